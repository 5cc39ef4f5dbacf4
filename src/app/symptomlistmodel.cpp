// SPDX-License-Identifier: GPL-3.0-or-later
#include "symptomlistmodel.h"

#include "catalogue.h"
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
    if (Session *s = Session::instance())
        connect(s, &Session::diaryChanged, this, &SymptomListModel::attach);
    attach();
}

void SymptomListModel::attach()
{
    if (m_attached)
        disconnect(m_attached, nullptr, this, nullptr);
    m_attached = Session::instance() ? Session::instance()->diary() : nullptr;
    if (m_attached)
        connect(m_attached, &Diary::symptomsChanged, this, &SymptomListModel::reload);
    reload();
}

void SymptomListModel::reload()
{
    if (m_attached)
        sync(m_attached->symptoms(true));
    else
        clearRows();
}

QStringList SymptomListModel::groups() const
{
    return catalogue::symptomGroups();
}

QVariant SymptomListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Symptom &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return s.name;
    case KeyRole: return s.key;
    case GroupRole: return s.group;
    case GroupFirstRole: return index.row() == 0 || m_rows.at(index.row() - 1).group != s.group;
    case HiddenRole: return s.hidden;
    case UsualRole: return s.usual;
    case BuiltinRole: return s.builtin;
    case SafetyRole: return s.safety;
    default: return {};
    }
}

QHash<int, QByteArray> SymptomListModel::roleNames() const
{
    return {{KeyRole, "key"},       {NameRole, "name"},   {GroupRole, "group"},     {GroupFirstRole, "groupFirst"},
            {HiddenRole, "hidden"}, {UsualRole, "usual"}, {BuiltinRole, "builtin"}, {SafetyRole, "safety"}};
}

void SymptomListModel::clearError()
{
    if (m_errorText.isEmpty())
        return;
    m_errorText.clear();
    Q_EMIT errorChanged();
}

template<typename F>
bool SymptomListModel::guarded(F &&f)
{
    if (!m_attached)
        return false;
    try {
        f(*m_attached);
        clearError();
        return true;
    } catch (const Error &e) {
        m_errorText = app::errorText(e);
        Q_EMIT errorChanged();
        return false;
    }
}

bool SymptomListModel::setHidden(const QString &key, bool hidden)
{
    return guarded([&](Diary &d) {
        const auto s = d.symptom(key);
        if (hidden && s && s->safety)
            throwInvalid(QStringLiteral("symptom"),
                         tr("%1 is a safety item: it stays on Today so a change can be noticed early").arg(s->name));
        d.setSymptomHidden(key, hidden);
    });
}

bool SymptomListModel::setUsual(const QString &key, bool usual)
{
    return guarded([&](Diary &d) { d.setSymptomUsual(key, usual); });
}

bool SymptomListModel::addSymptom(const QString &name, const QString &group)
{
    return guarded([&](Diary &d) { d.addSymptom(validate::name(name), group); });
}
