// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diarywatcher.h"
#include "fielderror.h"
#include "planlistmodel.h"
#include "planstepmodel.h"

#include "planner/holdsuggestion.h"
#include <QDate>
#include <QMap>

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <map>
#include <memory>

namespace waymark {
class Diary;
struct StoredPlan;
namespace planner {
struct Adjustment;
}
} // namespace waymark

/**
 * The diary's taper plans for the Plan page: each active plan with its schedule (a PlanStepModel
 * per plan, kept across changes so rows update in place), where it stands today, the last seven
 * days planned against logged, and a hold suggestion when the recent symptom load is well above
 * the pre-taper baseline. Every change (hold, release, pause, pace, skip, edit, archive) is one
 * Diary call; the past stays as it was taken. Errors come back as errorText/errorField.
 */
class PlanController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    /** One row per active plan, keyed by plan id; each row's `plan` is {planId, drugId, drugName,
     *  methodText, statusText, fitText, stepUnit, method, waiting, currentStep, steps (PlanStepModel),
     *  suggestion {show, enoughData, baselineText, recentText, reason},
     *  week [{dayText, plannedText, loggedText, match}]}. Updated row by row. */
    Q_PROPERTY(PlanListModel *plans READ plans CONSTANT)
    Q_PROPERTY(int planCount READ planCount NOTIFY plansChanged)
    Q_PROPERTY(QString today READ today NOTIFY plansChanged)
    /** What went wrong with the last change asked for, and which field it is about. */
    Q_PROPERTY(FieldError *error READ error CONSTANT)
    /** The hold-suggestion thresholds (kept in the diary): recent >= ratio x baseline and >= baseline + increase. */
    Q_PROPERTY(double holdRatio READ holdRatio WRITE setHoldRatio NOTIFY plansChanged)
    Q_PROPERTY(double holdMinIncrease READ holdMinIncrease WRITE setHoldMinIncrease NOTIFY plansChanged)
    Q_PROPERTY(QString holdRuleText READ holdRuleText NOTIFY plansChanged)

public:
    explicit PlanController(QObject *parent = nullptr);
    ~PlanController() override;

    PlanListModel *plans() { return &m_plans; }
    int planCount() const { return m_plans.rowCount(); }
    QString today() const;
    FieldError *error() { return &m_error; }
    /** The step model of a plan (nullptr when there is no such active plan). */
    PlanStepModel *stepsOf(qint64 planId) const;

    /** Hold the step in force today for `days` days; days ≤ 0: until released. */
    Q_INVOKABLE bool hold(qint64 planId, int days);
    /** Ends an open hold or pause today. */
    Q_INVOKABLE bool release(qint64 planId);
    /** Pause the whole plan from today for `days` days; days ≤ 0: until resumed. */
    Q_INVOKABLE bool pause(qint64 planId, int days);
    /** From the next step on: a new interval and/or step size (empty text: unchanged). */
    Q_INVOKABLE bool changePace(qint64 planId, const QString &intervalDays, const QString &stepSize);
    /** The next step begins today. */
    Q_INVOKABLE bool skipAhead(qint64 planId);
    /** Sets the dose of a future step. */
    Q_INVOKABLE bool editStep(qint64 planId, int stepIndex, const QString &mg);
    Q_INVOKABLE bool archive(qint64 planId);
    Q_INVOKABLE void reload();

    /** The hold rule as the page explains it, with the thresholds in force. */
    QString holdRuleText() const;
    double holdRatio() const;
    void setHoldRatio(double ratio);
    double holdMinIncrease() const;
    void setHoldMinIncrease(double points);
    /** The thresholds in force (defaults: 1.5x and +3, as planner::HoldSuggestionParams). */
    waymark::planner::HoldSuggestionParams holdParams() const;

Q_SIGNALS:
    void plansChanged();

private:
    waymark::Diary *diary() const;
    QVariantMap describe(const waymark::StoredPlan &plan, const QDate &today, const QMap<QDate, double> &loads);
    bool adjust(qint64 planId, const waymark::planner::Adjustment &adjustment);
    template <typename F> bool guarded(F &&f);

    DiaryWatcher m_watch;
    PlanListModel m_plans;
    std::map<qint64, std::unique_ptr<PlanStepModel>> m_steps;
    FieldError m_error { this };
};
