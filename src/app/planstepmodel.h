// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/schedule.h"
#include "rowlistmodel.h"

#include <QDate>
#include <QMap>
#include <QQmlEngine>

/** One schedule step as the Plan page shows it: the step, where it stands today, how it was kept. */
struct PlanStepRow
{
    waymark::planner::Step step;
    QString fitSource; ///< "S1 (modelled)", "user"; empty without a fit
    QString status; ///< "past", "current", "future"
    bool waitingAfter = false; ///< the plan waits for a release after this (open, held) step
    int daysAtPlan = 0; ///< days so far logged at the planned dose
    int daysDifferent = 0; ///< days so far logged at another dose
    int daysElapsed = 0; ///< days of the step up to today
};

/**
 * The steps of one schedule (a saved plan's, or the preview while a plan is being made): dates,
 * makeable dose and how to make it, how far rounding moved it, modelled occupancy with its source,
 * and for steps that have begun, how many days were logged at the planned dose. Rows are keyed by
 * step number, so a hold or an edit updates rows in place.
 */
class PlanStepModel : public RowListModel<PlanStepRow, int>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PlanController")

public:
    enum Role {
        StepIndexRole = Qt::UserRole + 1,
        StartRole,
        DatesTextRole,
        DaysTextRole,
        DoseMgRole,
        DoseTextRole,
        HowToMakeRole,
        RoundingTextRole,
        OccupancyTextRole,
        StatusRole,
        HeldDaysRole,
        HeldTextRole,
        EditedRole,
        AdherenceTextRole,
        IsOpenRole,
        KeptLongerTextRole,
        CutTextRole,
        WarningTextRole,
        WarningKindRole,
        TimesTextRole,
        TimesChangeRole,
    };
    Q_ENUM(Role)

    explicit PlanStepModel(QObject *parent = nullptr)
        : RowListModel(parent)
    {
        m_onlyChangedRows = true; // a step's values come from its row alone
    }

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<PlanStepRow> &rows) { sync(rows); }
    void clear() { clearRows(); }
    const QList<PlanStepRow> &rows() const { return m_rows; }

    static QString dateText(const QDate &date);
    /** "1 day", "28 days" */
    static QString daysText(int n);
    static QString occupancyText(const PlanStepRow &row);
    static QString roundingText(const waymark::planner::Step &step);
    static QString adherenceText(const PlanStepRow &row);
    static QString datesText(const PlanStepRow &row);
    /** "cut 25 % · 5.0 points less modelled occupancy"; empty for step 1. */
    static QString cutText(const PlanStepRow &row);
    /** Why the step lasts longer than the interval (the planner's note on a merged step). */
    static QString keptLongerText(const PlanStepRow &row);

protected:
    int keyOf(const PlanStepRow &row) const override { return row.step.index; }
};

/** The rows of a schedule as of `today`; loggedMg: total mg of the plan's drug logged per day
 *  (days without a dose of it are absent), used for the days-at-the-planned-dose counts. */
QList<PlanStepRow> planStepRows(
    const waymark::planner::Schedule &schedule, const QDate &today, const QMap<QDate, double> &loggedMg);
