// SPDX-License-Identifier: GPL-3.0-or-later
// Taper plans in a diary: showing them, and holds, pauses, pace changes, skips, edits, archiving.
#include "commands.h"

#include "clock.h"
#include "diary.h"
#include "errors.h"
#include "output.h"
#include "plancommon.h"
#include "planner/dosemaker.h"
#include "storedplan.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark::cli {

using namespace plan;

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/** The day of --NAME (default today). */
QDate dayOption(const Args &args, const QString &name = QStringLiteral("date"))
{
    return parseDate(args.value(name).value_or(QStringLiteral("today")), QStringLiteral("--") + name);
}

/** How the planner's adjustment fields are named for these commands. */
OptionNames adjustNames(const QString &dateOption = QStringLiteral("--date"))
{
    return {
        { QStringLiteral("date"), dateOption, {} },
        { QStringLiteral("releasedOn"), QStringLiteral("--date"), {} },
        { QStringLiteral("days"), QStringLiteral("--days"), {} },
        { QStringLiteral("stepIndex"), QStringLiteral("--step"), {} },
        { QStringLiteral("doseMg"), QStringLiteral("--mg"), {} },
        { QStringLiteral("hold"), QStringLiteral("--plan"), {} },
        { QStringLiteral("adjustments"), QStringLiteral("--plan"), QStringLiteral(" (\"plan resume\")") },
        { QStringLiteral("plan"), QStringLiteral("--plan"), {} },
        { QStringLiteral("intervalDays"), QStringLiteral("--interval-days"), {} },
    };
}

/** The active plan of --plan, or Error(NotFound) naming the option. */
StoredPlan requireActivePlan(const Diary &diary, qint64 id)
{
    const auto p = diary.plan(id);
    if (!p)
        throw Error(ErrorCode::NotFound,
            QStringLiteral("--plan: this diary has no plan %1; list them with \"plan show --all\"").arg(id),
            QStringLiteral("--plan"));
    if (p->archived)
        throw Error(ErrorCode::InvalidInput,
            QStringLiteral("--plan: plan %1 is archived and can no longer be changed").arg(id),
            QStringLiteral("--plan"));
    return *p;
}

/** The step in force on a day, if any. */
const planner::Step *stepOn(const StoredPlan &p, const QDate &day)
{
    const auto i = p.schedule.stepOn(day);
    return i ? &p.schedule.steps[*i] : nullptr;
}

/** Prints what changed (one line) and the new schedule as CSV. */
int printChanged(const StoredPlan &p, const QString &what)
{
    printOut(QStringLiteral("Plan %1 (%2): %3").arg(p.id).arg(p.drugName, what));
    printCsv(p.schedule);
    printErrLine(kProposal);
    return 0;
}

/** --days N or the flag for "until released", exactly one. */
std::optional<int> holdDays(const Args &args, const QString &openFlag)
{
    const bool days = args.has(QStringLiteral("days"));
    if (days == args.has(openFlag))
        throw UsageError { QStringLiteral("give either --days N or --%1").arg(openFlag), args.command };
    if (!days)
        return std::nullopt;
    const int n = parseInt(*args.value(QStringLiteral("days")), QStringLiteral("--days"));
    if (n < 1)
        throwInvalid(QStringLiteral("--days"), QStringLiteral("must be at least 1 day"));
    return n;
}

int holdOrPause(const Args &args, bool pause)
{
    const qint64 id = planId(args);
    const QDate date = dayOption(args);
    const std::optional<int> days
        = holdDays(args, pause ? QStringLiteral("until-resumed") : QStringLiteral("until-released"));
    const planner::Adjustment a = pause
        ? (days ? planner::Adjustment::pause(date, *days) : planner::Adjustment::pauseUntilResumed(date))
        : (days ? planner::Adjustment::hold(date, *days) : planner::Adjustment::holdUntilReleased(date));
    auto diary = openDiary(args, false);
    requireActivePlan(*diary, id);
    const StoredPlan p = naming(adjustNames(), [&] { return diary->adjustPlan(id, a); });
    const QString verb = pause ? QStringLiteral("paused") : QStringLiteral("held");
    const planner::Step *s = stepOn(p, date);
    const QString at = s ? QStringLiteral(" at step %1 (%2 mg)").arg(s->index).arg(mgText(s->doseMg)) : QString();
    if (days)
        return printChanged(p,
            QStringLiteral("%1 from %2 for %3 days%4; later steps move %3 days.")
                .arg(verb, iso(date))
                .arg(*days)
                .arg(at));
    return printChanged(p,
        QStringLiteral("%1 from %2%3 until released; resume with \"waymark-cli plan resume "
                       "--plan %4\".")
            .arg(verb, iso(date), at)
            .arg(id));
}

} // namespace

int cmdPlanShow(const Args &args)
{
    const std::optional<qint64> only
        = args.has(QStringLiteral("plan")) ? std::optional<qint64>(planId(args)) : std::nullopt;
    const bool csv = args.has(QStringLiteral("csv"));
    if (csv && !only)
        throw UsageError { QStringLiteral("--csv needs --plan ID (it prints one schedule)"), args.command };
    if (csv && args.has(QStringLiteral("json")))
        throw UsageError { QStringLiteral("give --csv or --json, not both"), args.command };
    const QDate today = defaultClock().today();

    auto diary = openDiary(args, true);
    QList<StoredPlan> plans;
    if (only) {
        const auto p = diary->plan(*only);
        if (!p)
            throw Error(ErrorCode::NotFound,
                QStringLiteral("--plan: this diary has no plan %1; list them with \"plan show --all\"").arg(*only),
                QStringLiteral("--plan"));
        plans << *p;
    } else {
        plans = diary->plans(args.has(QStringLiteral("all")));
    }
    QList<PlannedDose> planned;
    for (const PlannedDose &d : diary->plannedDoses(today))
        if (!only || d.planId == *only)
            planned << d;

    if (csv) {
        printCsv(plans.first().schedule);
        printErrLine(kProposal);
        return 0;
    }
    if (args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const StoredPlan &p : std::as_const(plans))
            list.append(storedPlanJson(p, today));
        QJsonArray doses;
        for (const PlannedDose &d : std::as_const(planned))
            doses.append(QJsonObject { { QStringLiteral("plan"), d.planId }, { QStringLiteral("drug"), d.drugName },
                { QStringLiteral("dose_mg"), mgText(d.doseMg).toDouble() },
                { QStringLiteral("how_to_make"), d.howToMake }, { QStringLiteral("step"), d.stepIndex },
                { QStringLiteral("step_count"), d.stepCount }, { QStringLiteral("step_start"), iso(d.stepStart) },
                { QStringLiteral("step_end"), d.stepEnd.isValid() ? QJsonValue(iso(d.stepEnd)) : QJsonValue() },
                { QStringLiteral("occupancy_pct"),
                    d.occupancyPct ? QJsonValue(planner::formatNumber(*d.occupancyPct, 1).toDouble()) : QJsonValue() },
                { QStringLiteral("switch"), d.switchId ? QJsonValue(d.switchId) : QJsonValue() },
                { QStringLiteral("conflict"), d.conflict } });
        writeOut(QJsonDocument(QJsonObject { { QStringLiteral("today"), iso(today) }, { QStringLiteral("plans"), list },
                                   { QStringLiteral("planned_doses"), doses } })
                     .toJson(QJsonDocument::Indented));
        return 0;
    }

    if (plans.isEmpty()) {
        printOut(QStringLiteral("No active plans. Make one with \"waymark-cli plan save\"."));
        return 0;
    }
    for (const StoredPlan &p : std::as_const(plans)) {
        QStringList lines;
        const QDate start = p.schedule.steps.isEmpty() ? QDate() : p.schedule.steps.first().start;
        lines << QStringLiteral("Plan %1: %2, %3, from %4").arg(p.id).arg(p.drugName, methodSummary(p.plan), iso(start))
              << QStringLiteral("Status on %1: %2").arg(iso(today), planStatus(p, today));
        for (const QString &change : adjustmentLines(p.plan))
            lines << QStringLiteral("Change: %1").arg(change);
        if (!p.note.isEmpty())
            lines << QStringLiteral("Note: %1").arg(p.note);
        printOut(lines.join(QLatin1Char('\n')));
        printCsv(p.schedule);
        printOut(QString());
    }
    QStringList lines;
    lines << QStringLiteral("Planned for %1:").arg(iso(today));
    if (planned.isEmpty())
        lines << QStringLiteral("  nothing");
    for (const PlannedDose &d : std::as_const(planned)) {
        // An open step above 0 mg is held until released: the later steps are not known yet.
        const QString step = !d.stepEnd.isValid() && d.doseMg > planner::DoseMaker::kToleranceMg
            ? QStringLiteral("step %1, held until released").arg(d.stepIndex)
            : QStringLiteral("step %1 of %2").arg(d.stepIndex).arg(d.stepCount);
        // A switch's doses are listed too; two sources of one drug are a conflict, never a sum.
        const QString source = d.switchId ? QStringLiteral("switch %1 (see \"plan switch show\")").arg(d.switchId)
                                          : QStringLiteral("plan %1").arg(d.planId);
        lines << QStringLiteral("  %1: %2 mg (%3), %4, %5").arg(d.drugName, mgText(d.doseMg), d.howToMake, step, source)
                + (d.conflict ? QStringLiteral(". CONFLICT: ") + d.conflictText : QString());
    }
    printOut(lines.join(QLatin1Char('\n')));
    printErrLine(kProposal);
    return 0;
}

int cmdPlanHold(const Args &args)
{
    return holdOrPause(args, false);
}

int cmdPlanPause(const Args &args)
{
    return holdOrPause(args, true);
}

int cmdPlanBack(const Args &args)
{
    const qint64 id = planId(args);
    const QDate date = dayOption(args);
    const std::optional<int> days = holdDays(args, QStringLiteral("until-released"));
    if (!args.has(QStringLiteral("prescriber-agreed")))
        throw UsageError { QStringLiteral("going back to the previous dose is recorded once your prescriber agreed: "
                                          "add --prescriber-agreed"),
            args.command };
    const planner::Adjustment a
        = days ? planner::Adjustment::stepBack(date, *days) : planner::Adjustment::stepBack(date);
    auto diary = openDiary(args, false);
    requireActivePlan(*diary, id);
    const StoredPlan p = naming(adjustNames(), [&] { return diary->adjustPlan(id, a); });
    const planner::Step *s = stepOn(p, date);
    const QString dose = s ? QStringLiteral(" to %1 mg (step %2)").arg(mgText(s->doseMg)).arg(s->index) : QString();
    if (days)
        return printChanged(p,
            QStringLiteral("back to the previous dose%1 from %2 for %3 days; then the plan continues from the dose "
                           "it had.")
                .arg(dose, iso(date))
                .arg(*days));
    return printChanged(p,
        QStringLiteral("back to the previous dose%1 from %2 until released; continue with \"waymark-cli plan resume "
                       "--plan %3\".")
            .arg(dose, iso(date))
            .arg(id));
}

int cmdPlanResume(const Args &args)
{
    const qint64 id = planId(args);
    const QDate date = dayOption(args);
    auto diary = openDiary(args, false);
    requireActivePlan(*diary, id);
    const StoredPlan p = naming(adjustNames(), [&] { return diary->releasePlanHold(id, date); });
    QString next;
    if (const auto i = p.schedule.stepOn(date); i && *i + 1 < p.schedule.steps.size()) {
        const planner::Step &s = p.schedule.steps[*i + 1];
        next = QStringLiteral(" The next step (%1 mg) begins on %2.").arg(mgText(s.doseMg), iso(s.start));
    }
    return printChanged(p, QStringLiteral("resumed on %1.%2").arg(iso(date), next));
}

int cmdPlanSlow(const Args &args)
{
    const qint64 id = planId(args);
    const QDate from = dayOption(args, QStringLiteral("from"));
    std::optional<int> interval;
    if (const auto n = args.value(QStringLiteral("interval-days")))
        interval = parseInt(*n, QStringLiteral("--interval-days"));
    QStringList steps;
    for (const QString &o : stepOptions())
        if (args.has(o))
            steps << o;
    if (steps.size() > 1)
        throw UsageError { QStringLiteral("give one step option, not both --%1 and --%2").arg(steps[0], steps[1]),
            args.command };
    if (!interval && steps.isEmpty())
        throw UsageError { QStringLiteral("give --interval-days N, a step option (--step-mg, --step-percent, "
                                          "--step-points), or both"),
            args.command };
    std::optional<double> size;
    if (!steps.isEmpty())
        size = validate::number(*args.value(steps.first()), QStringLiteral("--") + steps.first());

    auto diary = openDiary(args, false);
    const StoredPlan before = requireActivePlan(*diary, id);
    const planner::Method method = before.plan.method;
    if (!steps.isEmpty() && steps.first() != stepOptionFor(method)) {
        if (method == planner::Method::Custom)
            throw UsageError { QStringLiteral("--%1 does not go with plan %2: a custom plan has no step size; change "
                                              "its doses with \"plan edit-step\"")
                                   .arg(steps.first())
                                   .arg(id),
                args.command };
        throw UsageError { QStringLiteral("--%1 does not go with plan %2, a %3 plan; use --%4 (%5)")
                               .arg(steps.first())
                               .arg(id)
                               .arg(planner::methodName(method), stepOptionFor(method), stepUnit(method)),
            args.command };
    }
    OptionNames names = adjustNames(QStringLiteral("--from"));
    names.append({ QStringLiteral("stepSize"),
        steps.isEmpty() ? QStringLiteral("--interval-days") : QStringLiteral("--") + steps.first(), {} });
    const StoredPlan p
        = naming(names, [&] { return diary->adjustPlan(id, planner::Adjustment::changePace(from, interval, size)); });
    QStringList what;
    if (interval)
        what << QStringLiteral("every %1 days").arg(*interval);
    if (size)
        what << QStringLiteral("%1 %2").arg(planner::formatNumber(*size), stepUnit(method));
    return printChanged(
        p, QStringLiteral("after the step in force on %1: %2.").arg(iso(from), what.join(QStringLiteral(", "))));
}

int cmdPlanSkip(const Args &args)
{
    const qint64 id = planId(args);
    const QDate date = dayOption(args);
    auto diary = openDiary(args, false);
    requireActivePlan(*diary, id);
    const StoredPlan p
        = naming(adjustNames(), [&] { return diary->adjustPlan(id, planner::Adjustment::skipAhead(date)); });
    const planner::Step *s = stepOn(p, date);
    return printChanged(p,
        s ? QStringLiteral("step %1 (%2 mg) begins on %3.").arg(s->index).arg(mgText(s->doseMg), iso(date))
          : QStringLiteral("the next step begins on %1.").arg(iso(date)));
}

int cmdPlanEditStep(const Args &args)
{
    const qint64 id = planId(args);
    const int step = parseInt(args.required(QStringLiteral("step")), QStringLiteral("--step"));
    const double mg = validate::number(args.required(QStringLiteral("mg")), QStringLiteral("--mg"));
    if (mg < 0)
        throwInvalid(QStringLiteral("--mg"), QStringLiteral("the dose must be 0 mg or more"));
    if (mg > 0)
        validate::doseMicrograms(mg, QStringLiteral("--mg"));
    const QDate date = dayOption(args);
    auto diary = openDiary(args, false);
    requireActivePlan(*diary, id);
    const StoredPlan p
        = naming(adjustNames(), [&] { return diary->adjustPlan(id, planner::Adjustment::editDose(date, step, mg)); });
    QString what = QStringLiteral("step %1 is now").arg(step);
    if (step >= 1 && step <= p.schedule.steps.size()) {
        const planner::Step &s = p.schedule.steps[step - 1];
        what += QStringLiteral(" %1 mg (%2).").arg(mgText(s.doseMg), s.howToMake);
    } else {
        what += QStringLiteral(" %1 mg.").arg(mgText(mg));
    }
    return printChanged(p, what);
}

int cmdPlanArchive(const Args &args)
{
    const qint64 id = planId(args);
    auto diary = openDiary(args, false);
    if (const auto existing = diary->plan(id); existing && existing->archived)
        throwInvalid(QStringLiteral("--plan"), QStringLiteral("plan %1 is already archived").arg(id));
    const StoredPlan p = requireActivePlan(*diary, id);
    diary->archivePlan(id);
    printOut(QStringLiteral("Archived plan %1 (%2). \"plan show --all\" still lists it.").arg(id).arg(p.drugName));
    return 0;
}

} // namespace waymark::cli
