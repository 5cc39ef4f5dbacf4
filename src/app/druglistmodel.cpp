// SPDX-License-Identifier: GPL-3.0-or-later
#include "druglistmodel.h"

#include "catalogue.h"
#include "diarycommands.h"
#include "errors.h"
#include "errortext.h"
#include "session.h"
#include "validation.h"

using namespace waymark;

DrugListModel::DrugListModel(QObject *parent)
    : RowListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &DrugListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &DrugListModel::countChanged);
    m_watch.onOpened([this] { reload(); });
    m_watch.onChanged([this](const ChangeSet &changes) {
        if (changes.touches(Change::Kind::Drug))
            reload();
    });
    reload();
}

void DrugListModel::reload()
{
    if (Diary *d = m_watch.diary())
        sync(d->drugs(true));
    else
        clearRows();
    Q_EMIT libraryNamesChanged();
}

QStringList DrugListModel::libraryNames() const
{
    QStringList names;
    for (const catalogue::LibraryDrug &d : catalogue::drugs()) {
        bool have = false;
        for (const Drug &mine : m_rows)
            have = have || mine.name.compare(d.name, Qt::CaseInsensitive) == 0;
        if (!have)
            names.append(d.name);
    }
    return names;
}

QVariant DrugListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Drug &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return d.name;
    case IdRole: return d.id;
    case DrugClassRole: return d.drugClass;
    case HiddenRole: return d.hidden;
    case FromLibraryRole: return !d.libraryKey.isEmpty();
    case DetailRole: {
        QString text = d.drugClass;
        if (!d.halfLifeHours.isEmpty())
            text += tr(" · half-life %1 h").arg(d.halfLifeHours);
        return text;
    }
    default: return {};
    }
}

QHash<int, QByteArray> DrugListModel::roleNames() const
{
    return {{IdRole, "drugId"},     {NameRole, "name"},               {DrugClassRole, "drugClass"},
            {HiddenRole, "hidden"}, {FromLibraryRole, "fromLibrary"}, {DetailRole, "detail"}};
}

void DrugListModel::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorChanged();
}

void DrugListModel::clearError()
{
    setError({});
}

bool DrugListModel::addFromLibrary(const QString &name)
{
    return addCustom(name, QString());
}

bool DrugListModel::addCustom(const QString &name, const QString &drugClass)
{
    Diary *diary = m_watch.diary();
    if (!diary)
        return false;
    try {
        const QString clean = validate::name(name);
        const bool inLibrary = catalogue::findDrug(clean).has_value();
        if (!inLibrary && drugClass.trimmed().isEmpty())
            throwInvalid(QStringLiteral("class"), tr("say what kind of medicine it is (e.g. SSRI, benzodiazepine)"));
        diary->addDrug(clean, drugClass.trimmed());
        setError({});
        return true;
    } catch (const Error &e) {
        setError(app::errorText(e));
        return false;
    }
}

bool DrugListModel::setHidden(qint64 drugId, bool hidden)
{
    if (!m_watch.diary())
        return false;
    try {
        Session::instance()->undoStack().push(commands::setDrugHidden(drugId, hidden));
        setError({});
        return true;
    } catch (const Error &e) {
        setError(app::errorText(e));
        return false;
    }
}
