// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include "daycontroller.h"
#include "doselistmodel.h"
#include "errortext.h"

#include <QCoreApplication>
#include <QLocale>

using namespace waymark;

namespace {
const QDate kLast(9999, 12, 31);
} // namespace

const QDate HistoryModel::kAll(1900, 1, 1);

HistoryModel::HistoryModel(QObject *parent)
    : RowListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &HistoryModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &HistoryModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &HistoryModel::countChanged);
    m_watch.onOpened([this] {
        m_from = QDate(); // a new diary (or none): read its newest months again
        reload();
    });
    m_watch.onChanged([this](const ChangeSet &changes) {
        if (!m_errorText.isEmpty() || changes.touches({ Change::Kind::Drug, Change::Kind::Symptom })) {
            reload(); // names and safety flags appear on many rows (or the last read failed)
            return;
        }
        bool older = false; // a day not read yet: no row to update, but the count may change
        for (const QDate &day : changes.dates()) {
            if (m_from != kAll && day < m_from)
                older = true;
            else
                updateDay(day);
        }
        if (older) {
            try {
                if (Diary *d = m_watch.diary())
                    setDayCount(d->recordedDayCount());
            } catch (const Error &e) {
                setErrorText(app::errorText(e));
            }
        }
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

void HistoryModel::setDayCount(int count)
{
    if (count == m_dayCount)
        return;
    m_dayCount = count;
    Q_EMIT dayCountChanged();
}

QList<DaySummary> HistoryModel::readBack(Diary &d, QDate start)
{
    QList<DaySummary> out;
    QDate to = m_from.isValid() ? m_from.addDays(-1) : kLast;
    const QDate first = d.firstDay();
    for (;;) {
        if (!first.isValid() || start <= first)
            start = kAll; // the rest of the diary
        out.append(d.history(start, to));
        if (start == kAll || out.size() >= kMinRows)
            break;
        to = start.addDays(-1);
        start = start.addMonths(-kFetchMonths);
    }
    m_from = start; // only once every read succeeded: a failed read leaves the window as it was
    return out;
}

void HistoryModel::reload()
{
    Diary *d = m_watch.diary();
    if (!d) {
        clearRows();
        m_from = QDate();
        setDayCount(0);
        setErrorText({});
        return;
    }
    try {
        QList<DaySummary> rows;
        if (m_from.isValid()) {
            rows = d->history(m_from, kLast); // the same window again (names changed, or a retry)
        } else {
            // The newest whole months, then further back until there are enough rows to fill a view.
            const QDate newest = d->lastDay();
            rows = readBack(
                *d, newest.isValid() ? QDate(newest.year(), newest.month(), 1).addMonths(1 - kFirstMonths) : kAll);
        }
        sync(rows);
        setDayCount(m_from == kAll ? int(m_rows.size()) : d->recordedDayCount());
        setErrorText({});
    } catch (const Error &e) {
        // Called from signals and QML: nothing may escape. Show what is known, and why no more.
        setErrorText(app::errorText(e));
    }
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_from.isValid() && m_from != kAll && m_watch.diary() != nullptr;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<DaySummary> older;
    try {
        older = readBack(*m_watch.diary(), m_from.addMonths(-kFetchMonths));
    } catch (const Error &e) {
        setErrorText(app::errorText(e));
        return;
    }
    if (older.isEmpty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(older.size()) - 1);
    m_rows.append(older);
    endInsertRows();
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
        setDayCount(m_dayCount - 1);
    } else if (present) {
        m_rows[row] = fresh.first();
        Q_EMIT dataChanged(index(row), index(row));
    } else if (!fresh.isEmpty()) {
        beginInsertRows({}, row, row);
        m_rows.insert(row, fresh.first());
        endInsertRows();
        setDayCount(m_dayCount + 1);
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
