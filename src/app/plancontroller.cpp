// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancontroller.h"

#include "diary.h"
#include "diarycommands.h"
#include "errors.h"
#include "errortext.h"
#include "localnumber.h"
#include "planner/dosemaker.h"
#include "planner/guidance.h"
#include "planner/holdsuggestion.h"
#include "session.h"
#include "storedplan.h"
#include "trajectory/trajectory.h"
#include "validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

using namespace waymark;
using planner::Method;
using waymark::app::localNumber;

namespace {

QString mgText(double mg)
{
    return localNumber(mg) + QStringLiteral(" mg");
}

QString methodText(const planner::Plan &p)
{
    switch (p.method) {
    case Method::Hyperbolic:
        return PlanController::tr("Hyperbolic: %1 points less modelled occupancy every %2")
            .arg(localNumber(p.stepSize), PlanStepModel::daysText(p.intervalDays));
    case Method::Percent:
        return PlanController::tr("Percent: %1 % less than the previous dose every %2")
            .arg(localNumber(p.stepSize), PlanStepModel::daysText(p.intervalDays));
    case Method::Linear:
        return PlanController::tr("Linear: %1 mg less every %2")
            .arg(localNumber(p.stepSize), PlanStepModel::daysText(p.intervalDays));
    case Method::Custom:
        return PlanController::tr("Custom: the doses and dates from your prescriber's letter (%1 lines)")
            .arg(p.customDoses.size());
    }
    return {};
}

QString stepUnit(Method m)
{
    switch (m) {
    case Method::Hyperbolic:
        return PlanController::tr("points");
    case Method::Percent:
        return PlanController::tr("%");
    case Method::Linear:
        return PlanController::tr("mg");
    case Method::Custom:
        return {};
    }
    return {};
}

} // namespace

PlanController::PlanController(QObject *parent)
    : QObject(parent)
{
    QQmlEngine::setObjectOwnership(&m_plans, QQmlEngine::CppOwnership);
    m_watch.onOpened([this] { reload(); });
    m_watch.onChanged([this](const ChangeSet &changes) {
        using K = Change::Kind;
        bool touched = changes.touches({ K::Plan, K::Switch, K::Drug, K::Formulation });
        if (Diary *d = diary())
            for (const QDate &day : changes.dates())
                touched = touched || day >= d->clock().today().addDays(-60); // hold suggestion's window
        if (touched)
            reload();
    });
    m_watch.onToday([this](const QDate &, const QDate &) { reload(); });
    reload();
}

PlanController::~PlanController() = default;

Diary *PlanController::diary() const
{
    return m_watch.diary();
}

QString PlanController::today() const
{
    Diary *d = diary();
    return d ? d->clock().today().toString(Qt::ISODate) : QString();
}

PlanStepModel *PlanController::stepsOf(qint64 planId) const
{
    const auto it = m_steps.find(planId);
    return it == m_steps.end() ? nullptr : it->second.get();
}

planner::HoldSuggestionParams PlanController::holdParams() const
{
    planner::HoldSuggestionParams p;
    if (Diary *d = diary()) {
        bool ok = false;
        const double ratio = d->setting(QStringLiteral("hold_ratio")).toDouble(&ok);
        if (ok && ratio >= 1.1 && ratio <= 5)
            p.ratio = ratio;
        const double increase = d->setting(QStringLiteral("hold_min_increase")).toDouble(&ok);
        if (ok && increase >= 1 && increase <= 50)
            p.minIncrease = increase;
    }
    return p;
}

double PlanController::holdRatio() const
{
    return holdParams().ratio;
}

double PlanController::holdMinIncrease() const
{
    return holdParams().minIncrease;
}

void PlanController::setHoldRatio(double ratio)
{
    if (std::abs(ratio - holdRatio()) < 1e-9)
        return;
    guarded([&](Diary &) {
        if (!(ratio >= 1.1 && ratio <= 5))
            throwInvalid(
                QStringLiteral("holdRatio"), QCoreApplication::translate("Waymark", "use a factor between 1.1 and 5"));
        Session::instance()->undoStack().push(commands::setSetting(QStringLiteral("hold_ratio"),
            QString::number(ratio, 'f', 2), QT_TRANSLATE_NOOP("Undo", "Hold suggestion changed")));
    });
    reload();
}

void PlanController::setHoldMinIncrease(double points)
{
    if (std::abs(points - holdMinIncrease()) < 1e-9)
        return;
    guarded([&](Diary &) {
        if (!(points >= 1 && points <= 50))
            throwInvalid(
                QStringLiteral("holdMinIncrease"), QCoreApplication::translate("Errors", "use 1 to 50 points"));
        Session::instance()->undoStack().push(commands::setSetting(QStringLiteral("hold_min_increase"),
            QString::number(points, 'f', 1), QT_TRANSLATE_NOOP("Undo", "Hold suggestion changed")));
    });
    reload();
}

QString PlanController::holdRuleText() const
{
    const planner::HoldSuggestionParams p = holdParams();
    return tr("How this is worked out: your baseline is the average daily symptom load (the sum of your symptom "
              "ratings) over the %1 days before the step you are on began (before the plan started, while you are on "
              "step 1), so each cut is compared with how you were just before it; the recent load is the average over "
              "the last %2 "
              "days. Waymark suggests a hold when the recent load is at least %3 times the baseline and at least "
              "%4 points above it, with at least %5 rated days in the baseline and %6 in the last week. You can "
              "change the two thresholds below. It is a suggestion only: nothing changes unless you choose to hold.")
        .arg(p.baselineDays)
        .arg(p.recentDays)
        .arg(localNumber(p.ratio, 2), localNumber(p.minIncrease, 1))
        .arg(p.baselineMinRated)
        .arg(p.recentMinRated);
}

void PlanController::reload()
{
    Diary *d = diary();
    QList<QVariantMap> out;
    std::map<qint64, std::unique_ptr<PlanStepModel>> keep;
    if (d) {
        try {
            const QDate today = d->clock().today();
            const QList<StoredPlan> stored = d->plans(false);
            QDate from = today.addDays(-6);
            for (const StoredPlan &p : stored)
                if (!p.schedule.steps.isEmpty())
                    from = std::min(from, p.schedule.steps.first().start.addDays(-14));
            QMap<QDate, double> loads;
            if (!stored.isEmpty()) {
                const trajectory::Trajectory t = trajectory::build(*d, from, today);
                for (int i = 0; i < t.days(); ++i)
                    if (!std::isnan(t.load.at(i)))
                        loads.insert(t.dateAt(i), t.load.at(i));
            }
            QMap<qint64, QMap<QDate, double>> logged;
            if (!stored.isEmpty())
                for (const DoseEvent &e : d->doses(from, today))
                    logged[e.drugId][e.date] += e.mg();
            for (const StoredPlan &p : stored) {
                auto node = m_steps.extract(p.id);
                std::unique_ptr<PlanStepModel> model
                    = node.empty() ? std::make_unique<PlanStepModel>() : std::move(node.mapped());
                model->setRows(planStepRows(p.schedule, today, logged.value(p.drugId)));
                keep[p.id] = std::move(model);
                QVariantMap map = describe(p, today, loads);
                map.insert(QStringLiteral("steps"), QVariant::fromValue<QObject *>(keep[p.id].get()));
                QVariantList week;
                for (int i = 6; i >= 0; --i) {
                    const QDate day = today.addDays(-i);
                    const auto step = p.schedule.stepOn(day);
                    const auto &byDay = logged[p.drugId];
                    const bool hasLog = byDay.contains(day);
                    QString match = QStringLiteral("none");
                    if (!step)
                        match = QStringLiteral("noplan");
                    else if (hasLog)
                        match = std::abs(byDay.value(day) - p.schedule.steps[*step].doseMg)
                                <= std::max(0.001, p.schedule.steps[*step].doseMg * 0.005)
                            ? QStringLiteral("same")
                            : QStringLiteral("different");
                    week.append(
                        QVariantMap { { QStringLiteral("dayText"),
                                          QLocale().toString(day, QCoreApplication::translate("DateFormat", "ddd d")) },
                            { QStringLiteral("plannedText"),
                                step ? mgText(p.schedule.steps[*step].doseMg) : QStringLiteral("–") },
                            { QStringLiteral("loggedText"), hasLog ? mgText(byDay.value(day)) : tr("not logged") },
                            { QStringLiteral("match"), match } });
                }
                map.insert(QStringLiteral("week"), week);
                out.append(map);
            }
        } catch (const Error &e) {
            m_error.set(app::errorText(e), e.field());
        }
    }
    // Models of plans that went away are deleted after QML has let go of them.
    for (auto &[id, model] : m_steps)
        model.release()->deleteLater();
    m_steps = std::move(keep);
    m_plans.setPlans(out);
    Q_EMIT plansChanged();
}

QVariantMap PlanController::describe(const StoredPlan &p, const QDate &today, const QMap<QDate, double> &loads)
{
    const planner::Schedule &s = p.schedule;
    QVariantMap m;
    m.insert(QStringLiteral("planId"), p.id);
    m.insert(QStringLiteral("drugId"), p.drugId);
    m.insert(QStringLiteral("drugName"), p.drugName);
    m.insert(QStringLiteral("method"), planner::methodName(p.plan.method));
    m.insert(QStringLiteral("methodText"), methodText(p.plan));
    m.insert(QStringLiteral("stepUnit"), stepUnit(p.plan.method));
    m.insert(QStringLiteral("intervalDays"), p.plan.intervalDays);
    m.insert(QStringLiteral("stepSize"), localNumber(p.plan.stepSize));
    m.insert(QStringLiteral("waiting"), s.waitingForRelease);
    // model words only where the method uses the model (hyperbolic) or explains itself with it (linear)
    const bool modelApplies
        = s.fit && (p.plan.method == planner::Method::Hyperbolic || p.plan.method == planner::Method::Linear);
    m.insert(QStringLiteral("fitText"),
        modelApplies
            ? tr("Occupancy is the modelled effect on the serotonin transporter, from a fitted curve (maximum Emax "
                 "%1 %, half of it at ED50 %2 mg; %3), never measured.")
                  .arg(localNumber(s.fit->emaxPct, 2), localNumber(s.fit->ed50Mg, 2),
                      s.fit->source.contains(QLatin1String("S1")) ? tr("from S1, Sørensen et al. 2022")
                                                                  : tr("your values"))
            : QString());

    const planner::MethodGuidance guidance = planner::planGuidance(p.plan, s);
    m.insert(QStringLiteral("guidanceLines"), guidance.lines);
    m.insert(QStringLiteral("guidanceSource"), guidance.source);
    m.insert(QStringLiteral("warningCount"), s.warningCount());

    const auto i = s.stepOn(today);
    int current = 0;
    QString status;
    if (!i) {
        status = tr("Starts on %1 at %2.")
                     .arg(PlanStepModel::dateText(s.steps.first().start), mgText(s.steps.first().doseMg));
    } else {
        const planner::Step &st = s.steps[*i];
        current = st.index;
        const int count = int(s.steps.size());
        if (st.doseMg <= 0)
            status = tr("Finished: 0 mg since %1.").arg(PlanStepModel::dateText(st.start));
        else if (st.isOpen() && s.waitingForRelease)
            status
                = tr("Step %1 of %2: %3, held until you release it.").arg(st.index).arg(count).arg(mgText(st.doseMg));
        else
            status = tr("Step %1 of %2: %3 until %4.")
                         .arg(st.index)
                         .arg(count)
                         .arg(mgText(st.doseMg), PlanStepModel::dateText(st.end));
    }
    m.insert(QStringLiteral("statusText"), status);
    m.insert(QStringLiteral("currentStep"), current);
    m.insert(QStringLiteral("started"), bool(i));
    m.insert(QStringLiteral("finished"), i && s.steps[*i].doseMg <= 0);

    QVariantMap suggestion { { QStringLiteral("show"), false } };
    if (i && !s.waitingForRelease && s.steps[*i].doseMg > 0) {
        try {
            const planner::HoldSuggestion h = planner::suggestHold(loads, s, today, holdParams());
            suggestion.insert(QStringLiteral("show"), h.suggestHold);
            suggestion.insert(QStringLiteral("enoughData"), h.enoughData);
            suggestion.insert(QStringLiteral("baselineText"), h.baseline ? localNumber(*h.baseline, 1) : QString());
            suggestion.insert(QStringLiteral("recentText"), h.recent ? localNumber(*h.recent, 1) : QString());
            suggestion.insert(QStringLiteral("baselineRated"), h.baselineRated);
            suggestion.insert(QStringLiteral("recentRated"), h.recentRated);
            suggestion.insert(QStringLiteral("baselineWhen"), h.baselineWhen);
            suggestion.insert(QStringLiteral("reason"), h.reason);
        } catch (const Error &) {
            // not enough to go on: no suggestion
        }
    }
    m.insert(QStringLiteral("suggestion"), suggestion);
    return m;
}

template <typename F> bool PlanController::guarded(F &&f)
{
    return app::guardedChange(diary(), &m_error, std::forward<F>(f));
}

bool PlanController::adjust(qint64 planId, const planner::Adjustment &adjustment)
{
    return guarded([&](Diary &) { Session::instance()->undoStack().push(commands::adjustPlan(planId, adjustment)); });
}

bool PlanController::hold(qint64 planId, int days)
{
    Diary *d = diary();
    const QDate today = d ? d->clock().today() : QDate();
    return adjust(
        planId, days > 0 ? planner::Adjustment::hold(today, days) : planner::Adjustment::holdUntilReleased(today));
}

bool PlanController::release(qint64 planId)
{
    return guarded(
        [&](Diary &d) { Session::instance()->undoStack().push(commands::releasePlanHold(planId, d.clock().today())); });
}

bool PlanController::pause(qint64 planId, int days)
{
    Diary *d = diary();
    const QDate today = d ? d->clock().today() : QDate();
    return adjust(
        planId, days > 0 ? planner::Adjustment::pause(today, days) : planner::Adjustment::pauseUntilResumed(today));
}

bool PlanController::changePace(qint64 planId, const QString &intervalDays, const QString &stepSize)
{
    return guarded([&](Diary &d) {
        std::optional<int> interval;
        std::optional<double> size;
        if (!intervalDays.trimmed().isEmpty()) {
            bool ok = false;
            interval = intervalDays.trimmed().toInt(&ok);
            if (!ok)
                throwInvalid(QStringLiteral("intervalDays"),
                    QCoreApplication::translate("Waymark", "type a whole number of days"));
        }
        if (!stepSize.trimmed().isEmpty())
            size = validate::number(stepSize.trimmed(), QStringLiteral("stepSize"));
        if (!interval && !size)
            throwInvalid(QStringLiteral("intervalDays"),
                QCoreApplication::translate("Waymark", "give a new interval, a new step size, or both"));
        Session::instance()->undoStack().push(
            commands::adjustPlan(planId, planner::Adjustment::changePace(d.clock().today(), interval, size)));
    });
}

bool PlanController::skipAhead(qint64 planId)
{
    return guarded([&](Diary &d) {
        Session::instance()->undoStack().push(
            commands::adjustPlan(planId, planner::Adjustment::skipAhead(d.clock().today())));
    });
}

bool PlanController::editStep(qint64 planId, int stepIndex, const QString &mg)
{
    return guarded([&](Diary &d) {
        const double dose = validate::number(mg.trimmed(), QStringLiteral("doseMg"));
        Session::instance()->undoStack().push(
            commands::adjustPlan(planId, planner::Adjustment::editDose(d.clock().today(), stepIndex, dose)));
    });
}

bool PlanController::archive(qint64 planId)
{
    return guarded([&](Diary &) { Session::instance()->undoStack().push(commands::archivePlan(planId)); });
}
