// SPDX-License-Identifier: GPL-3.0-or-later
#include "symptomlistmodel.h"

#include "catalogtext.h"

#include "catalogue.h"
#include "diarycommands.h"
#include "errors.h"
#include "errortext.h"
#include "session.h"
#include "validation.h"

using namespace waymark;

SymptomListModel::SymptomListModel(QObject *parent)
    : RowListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &SymptomListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &SymptomListModel::countChanged);
    m_watch.onOpened([this] { reload(); });
    m_watch.onChanged([this](const ChangeSet &changes) {
        if (changes.touches(Change::Kind::Symptom))
            reload();
    });
    reload();
}

void SymptomListModel::reload()
{
    if (Diary *d = m_watch.diary())
        sync(d->symptoms(true));
    else
        clearRows();
}

QStringList SymptomListModel::groups() const
{
    return catalogue::symptomGroups();
}

QStringList SymptomListModel::groupNames() const
{
    return app::symptomGroupNames(catalogue::symptomGroups());
}

QVariant SymptomListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Symptom &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return waymark::app::symptomName(s.name);
    case KeyRole:
        return s.key;
    case GroupRole:
        return waymark::app::symptomGroupName(s.group);
    case GroupFirstRole:
        return index.row() == 0 || m_rows.at(index.row() - 1).group != s.group;
    case HiddenRole:
        return s.hidden;
    case UsualRole:
        return s.usual;
    case BuiltinRole:
        return s.builtin;
    case SafetyRole:
        return s.safety;
    default:
        return {};
    }
}

QHash<int, QByteArray> SymptomListModel::roleNames() const
{
    return { { KeyRole, "key" }, { NameRole, "name" }, { GroupRole, "group" }, { GroupFirstRole, "groupFirst" },
        { HiddenRole, "hidden" }, { UsualRole, "usual" }, { BuiltinRole, "builtin" }, { SafetyRole, "safety" } };
}

template <typename F> bool SymptomListModel::guarded(F &&f)
{
    return app::guardedChange(m_watch.diary(), &m_error, std::forward<F>(f));
}

bool SymptomListModel::setHidden(const QString &key, bool hidden)
{
    return guarded([&](Diary &d) {
        const auto s = d.symptom(key);
        if (hidden && s && s->safety)
            throwInvalid(QStringLiteral("symptom"),
                tr("%1 is a safety item: it stays on Today so a change can be noticed early")
                    .arg(app::symptomName(s->name)));
        Session::instance()->undoStack().push(commands::setSymptomHidden(key, hidden));
    });
}

bool SymptomListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString key = m_rows.at(index.row()).key;
    if (role == UsualRole)
        return setUsual(key, value.toBool());
    if (role == HiddenRole)
        return setHidden(key, value.toBool());
    return false;
}

Qt::ItemFlags SymptomListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool SymptomListModel::setUsual(const QString &key, bool usual)
{
    return guarded([&](Diary &) { Session::instance()->undoStack().push(commands::setSymptomUsual(key, usual)); });
}

bool SymptomListModel::addSymptom(const QString &name, const QString &group)
{
    return guarded(
        [&](Diary &) { Session::instance()->undoStack().push(commands::addSymptom(validate::name(name), group)); });
}
