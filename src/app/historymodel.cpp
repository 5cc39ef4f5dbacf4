// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include "daycontroller.h"
#include "doselistmodel.h"
#include "errortext.h"

#include <QCoreApplication>
#include <QLocale>

using namespace waymark;

namespace {
const QDate kFirst(1900, 1, 1);
const QDate kLast(9999, 12, 31);
} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : RowListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &HistoryModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &HistoryModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &HistoryModel::countChanged);
    m_watch.onOpened([this] { reload(); });
    m_watch.onChanged([this](const ChangeSet &changes) {
        if (!m_errorText.isEmpty() || changes.touches({ Change::Kind::Drug, Change::Kind::Symptom })) {
            reload(); // names and safety flags appear on many rows (or the last read failed)
            return;
        }
        for (const QDate &day : changes.dates())
            updateDay(day);
    });
    reload();
}

void HistoryModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void HistoryModel::reload()
{
    Diary *d = m_watch.diary();
    if (!d) {
        clearRows();
        setErrorText({});
        return;
    }
    try {
        sync(d->history(kFirst, kLast));
        setErrorText({});
    } catch (const Error &e) {
        // Called from signals and QML: nothing may escape. Show what is known, and why no more.
        setErrorText(app::errorText(e));
    }
}

void HistoryModel::updateDay(const QDate &day)
{
    Diary *d = m_watch.diary();
    if (!d)
        return;
    QList<DaySummary> fresh;
    try {
        fresh = d->history(day, day);
    } catch (const Error &e) {
        setErrorText(app::errorText(e));
        return;
    }
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).date > day)
        ++row;
    const bool present = row < m_rows.size() && m_rows.at(row).date == day;
    if (present && fresh.isEmpty()) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    } else if (present) {
        m_rows[row] = fresh.first();
        Q_EMIT dataChanged(index(row), index(row));
    } else if (!fresh.isEmpty()) {
        beginInsertRows({}, row, row);
        m_rows.insert(row, fresh.first());
        endInsertRows();
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DaySummary &d = m_rows.at(index.row());
    switch (role) {
    case DateRole:
        return d.date.toString(Qt::ISODate);
    case Qt::DisplayRole:
    case DateLabelRole:
        return QLocale().toString(d.date, QCoreApplication::translate("DateFormat", "ddd d MMM yyyy"));
    case DosesTextRole: {
        QStringList parts;
        for (auto it = d.mgByDrug.begin(); it != d.mgByDrug.end(); ++it)
            parts.append(it.key() + QLatin1Char(' ') + DoseListModel::mgText(it.value()));
        return parts.join(QStringLiteral(" · "));
    }
    case DoseCountRole:
        return d.doseCount;
    case SymptomsRatedRole:
        return d.symptomsRated;
    case SymptomsPresentRole:
        return d.symptomsPresent;
    case SymptomLoadRole:
        return d.symptomLoad;
    case MaxSeverityRole:
        return d.maxSeverity;
    case SafetyFlagRole:
        return d.safetyFlag;
    case WellbeingRole:
        return d.wellbeing.value_or(-1);
    case SleepHoursRole:
        return d.sleepHours.value_or(-1.0);
    case HasNoteRole:
        return d.hasNote;
    case NoteForPrescriberRole:
        return d.noteForPrescriber;
    case SleepTextRole:
        return d.sleepHours ? DayController::hoursText(*d.sleepHours) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    return { { DateRole, "date" }, { DateLabelRole, "dateLabel" }, { DosesTextRole, "dosesText" },
        { DoseCountRole, "doseCount" }, { SymptomsRatedRole, "symptomsRated" },
        { SymptomsPresentRole, "symptomsPresent" }, { SymptomLoadRole, "symptomLoad" },
        { MaxSeverityRole, "maxSeverity" }, { SafetyFlagRole, "safetyFlag" }, { WellbeingRole, "wellbeing" },
        { SleepHoursRole, "sleepHours" }, { HasNoteRole, "hasNote" }, { SleepTextRole, "sleepText" },
        { NoteForPrescriberRole, "noteForPrescriber" } };
}
