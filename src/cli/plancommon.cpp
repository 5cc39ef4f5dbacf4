// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the taper-plan commands: option names in messages, status text, JSON, notes.
#include "plancommon.h"

#include "commands.h"
#include "output.h"
#include "planner/dosemaker.h"
#include "planner/guidance.h"
#include "planner/schedulecsv.h"
#include "storedplan.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace waymark::cli::plan {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QJsonValue rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(iso(d)) : QJsonValue();
}

} // namespace

std::optional<Error> renamed(const Error &e, const OptionNames &names)
{
    if (e.field().isEmpty())
        return std::nullopt;
    QString why = e.message();
    if (why.startsWith(e.field() + QStringLiteral(": ")))
        why = why.mid(e.field().size() + 2);
    QString field = e.field();
    // Custom doses: "line 2: ..." is the second --dose; name it as it was typed when we can.
    static const QRegularExpression line(QStringLiteral("^line (\\d+): "));
    if (const auto m = line.match(why); m.hasMatch()) {
        for (const OptionName &n : names) {
            if (n.field == field + QLatin1Char('#') + m.captured(1)) {
                field = n.field;
                why = why.mid(m.capturedLength());
                break;
            }
        }
    }
    for (const OptionName &n : names) {
        if (n.field == field)
            return Error(e.code(), QStringLiteral("%1: %2%3").arg(n.option, why, n.hint), n.option);
    }
    return std::nullopt;
}

QString stepOptionFor(planner::Method method)
{
    switch (method) {
    case planner::Method::Linear:
        return QStringLiteral("step-mg");
    case planner::Method::Percent:
        return QStringLiteral("step-percent");
    case planner::Method::Hyperbolic:
        return QStringLiteral("step-points");
    case planner::Method::Custom:
        break;
    }
    return {};
}

const QStringList &stepOptions()
{
    static const QStringList list
        = { QStringLiteral("step-mg"), QStringLiteral("step-percent"), QStringLiteral("step-points") };
    return list;
}

QString stepUnit(planner::Method method)
{
    switch (method) {
    case planner::Method::Linear:
        return QStringLiteral("mg per step");
    case planner::Method::Percent:
        return QStringLiteral("% of the previous dose per step");
    case planner::Method::Hyperbolic:
        return QStringLiteral("occupancy points per step");
    case planner::Method::Custom:
        break;
    }
    return QStringLiteral("doses by date");
}

QString mgText(double mg)
{
    return planner::formatNumber(mg);
}

qint64 planId(const Args &args)
{
    const qint64 id = parseInteger(args.required(QStringLiteral("plan")), QStringLiteral("--plan"));
    if (id < 1)
        throwInvalid(QStringLiteral("--plan"), QStringLiteral("plan numbers start at 1; list them with \"plan show\""));
    return id;
}

QString methodSummary(const planner::Plan &p)
{
    using planner::Method;
    const QString every = QStringLiteral(" every %1 days").arg(p.intervalDays);
    switch (p.method) {
    case Method::Linear:
        return QStringLiteral("linear, %1 mg%2").arg(mgText(p.stepSize), every);
    case Method::Percent:
        return QStringLiteral("percent, %1%2").arg(planner::formatNumber(p.stepSize, 2) + QStringLiteral(" %"), every);
    case Method::Hyperbolic:
        return QStringLiteral("hyperbolic, %1 points%2").arg(planner::formatNumber(p.stepSize, 2), every);
    case Method::Custom:
        return QStringLiteral("custom, %1 dose(s)").arg(p.customDoses.size());
    }
    return {};
}

QString planStatus(const StoredPlan &p, const QDate &today)
{
    if (p.archived)
        return QStringLiteral("archived");
    if (p.endedOn.isValid() && today > p.endedOn) // e.g. when a switch to diazepam took over
        return QStringLiteral("ended; its last day was %1").arg(iso(p.endedOn));
    const QList<planner::Step> &steps = p.schedule.steps;
    if (steps.isEmpty())
        return QStringLiteral("no steps");
    const auto i = p.schedule.stepOn(today);
    if (!i) {
        if (today < steps.first().start)
            return QStringLiteral("starts on %1 at %2 mg").arg(iso(steps.first().start), mgText(steps.first().doseMg));
        return QStringLiteral("ended on %1").arg(iso(steps.last().end));
    }
    const planner::Step &s = steps[*i];
    if (s.doseMg <= planner::DoseMaker::kToleranceMg)
        return QStringLiteral("finished: 0 mg since %1").arg(iso(s.start));
    if (s.isOpen() && p.schedule.waitingForRelease)
        return QStringLiteral("step %1, %2 mg, held until released").arg(s.index).arg(mgText(s.doseMg));
    QString text = QStringLiteral("step %1 of %2, %3 mg until %4")
                       .arg(s.index)
                       .arg(steps.size())
                       .arg(mgText(s.doseMg), iso(s.end));
    if (s.heldDays > 0)
        text += QStringLiteral(" (held %1 days)").arg(s.heldDays);
    return text;
}

QStringList adjustmentLines(const planner::Plan &p)
{
    using Kind = planner::Adjustment::Kind;
    QStringList out;
    for (const planner::Adjustment &a : p.adjustments) {
        switch (a.kind) {
        case Kind::Hold:
        case Kind::Pause: {
            const QString verb = a.kind == Kind::Hold ? QStringLiteral("held") : QStringLiteral("paused");
            if (a.days)
                out << QStringLiteral("%1 %2 days from %3").arg(verb).arg(*a.days).arg(iso(a.date));
            else if (a.releasedOn)
                out << QStringLiteral("%1 from %2, resumed on %3").arg(verb, iso(a.date), iso(*a.releasedOn));
            else
                out << QStringLiteral("%1 from %2 until released").arg(verb, iso(a.date));
            break;
        }
        case Kind::ChangePace: {
            QStringList what;
            if (a.intervalDays)
                what << QStringLiteral("every %1 days").arg(*a.intervalDays);
            if (a.stepSize)
                what << QStringLiteral("%1 %2").arg(planner::formatNumber(*a.stepSize), stepUnit(p.method));
            out << QStringLiteral("new pace after the step in force on %1: %2")
                       .arg(iso(a.date), what.join(QStringLiteral(", ")));
            break;
        }
        case Kind::SkipAhead:
            out << QStringLiteral("next step brought forward to %1").arg(iso(a.date));
            break;
        case Kind::EditDose:
            out << QStringLiteral("step %1 set to %2 mg on %3").arg(a.stepIndex).arg(mgText(a.doseMg), iso(a.date));
            break;
        case Kind::StepBack:
            if (a.days)
                out << QStringLiteral("back to the previous dose for %1 days from %2 (prescriber agreed)")
                           .arg(*a.days)
                           .arg(iso(a.date));
            else if (a.releasedOn)
                out << QStringLiteral("back to the previous dose from %1, released on %2 (prescriber agreed)")
                           .arg(iso(a.date), iso(*a.releasedOn));
            else
                out << QStringLiteral("back to the previous dose from %1 until released (prescriber agreed)")
                           .arg(iso(a.date));
            break;
        }
    }
    return out;
}

namespace {

QString causeName(planner::StepWarning::Cause cause)
{
    switch (cause) {
    case planner::StepWarning::Cause::Forms:
        return QStringLiteral("forms");
    case planner::StepWarning::Cause::Edited:
        return QStringLiteral("edited");
    case planner::StepWarning::Cause::Skipped:
        return QStringLiteral("skipped");
    case planner::StepWarning::Cause::FinalDose:
        return QStringLiteral("final-dose");
    }
    return {};
}

QJsonValue optional1(const std::optional<double> &v)
{
    return v ? rounded(*v, 1) : QJsonValue();
}

} // namespace

QJsonObject scheduleJson(const planner::Schedule &schedule)
{
    QJsonArray steps;
    for (const planner::Step &s : schedule.steps) {
        QJsonValue warning;
        if (s.warning.isSet())
            warning = QJsonObject { { QStringLiteral("kind"), planner::warningKindName(s.warning.kind) },
                { QStringLiteral("cause"), causeName(s.warning.cause) }, { QStringLiteral("text"), s.warning.text } };
        steps.append(
            QJsonObject { { QStringLiteral("step"), s.index }, { QStringLiteral("start_date"), dateJson(s.start) },
                { QStringLiteral("end_date"), dateJson(s.end) }, { QStringLiteral("dose_mg"), rounded(s.doseMg, 3) },
                { QStringLiteral("method_dose_mg"), rounded(s.methodDoseMg, 3) },
                { QStringLiteral("occupancy_pct"), s.occupancyPct ? rounded(*s.occupancyPct, 1) : QJsonValue() },
                { QStringLiteral("how_to_make"), s.howToMake }, { QStringLiteral("held_days"), s.heldDays },
                { QStringLiteral("edited"), s.edited }, { QStringLiteral("cut_pct"), optional1(s.cutPct) },
                { QStringLiteral("drop_points"), optional1(s.dropPoints) },
                { QStringLiteral("asked_cut"), s.askedCut ? rounded(*s.askedCut, 3) : QJsonValue() },
                { QStringLiteral("warning"), warning },
                { QStringLiteral("merged_note"), s.mergedNote.isEmpty() ? QJsonValue() : QJsonValue(s.mergedNote) } });
        QJsonObject step = steps.last().toObject();
        QJsonArray times;
        for (const planner::TimeDose &t : s.times)
            times.append(QJsonObject { { QStringLiteral("time"), t.time.toString(QStringLiteral("HH:mm")) },
                { QStringLiteral("dose_mg"), rounded(t.doseMg, 3) },
                { QStringLiteral("previous_mg"), rounded(t.previousMg, 3) },
                { QStringLiteral("how_to_make"), t.howToMake }, { QStringLiteral("changed"), t.changed() } });
        step.insert(QStringLiteral("times"), times);
        step.insert(QStringLiteral("change"), s.timesChange.isEmpty() ? QJsonValue() : QJsonValue(s.timesChange));
        step.insert(QStringLiteral("step_back"), s.stepBack);
        step.insert(QStringLiteral("resumed"), s.resumed);
        steps[steps.size() - 1] = step;
    }
    QJsonValue suggestion;
    if (schedule.suggestion)
        suggestion = QJsonObject { { QStringLiteral("kind"), planner::suggestionKindName(schedule.suggestion->kind) },
            { QStringLiteral("form"), schedule.suggestion->formulation.label() },
            { QStringLiteral("option"), formOption(schedule.suggestion->formulation) },
            { QStringLiteral("description"), schedule.suggestion->description },
            { QStringLiteral("warnings_before"), schedule.suggestion->warningsBefore },
            { QStringLiteral("warnings_after"), schedule.suggestion->warningsAfter },
            { QStringLiteral("warnings_after_total"), schedule.suggestion->warningsAfterTotal } };
    QJsonValue fit;
    if (schedule.fit)
        fit = QJsonObject { { QStringLiteral("emax_pct"), schedule.fit->emaxPct },
            { QStringLiteral("ed50_mg"), schedule.fit->ed50Mg }, { QStringLiteral("source"), schedule.fit->source } };
    return QJsonObject { { QStringLiteral("fit"), fit },
        { QStringLiteral("waiting_for_release"), schedule.waitingForRelease },
        { QStringLiteral("warnings"), schedule.warningCount() }, { QStringLiteral("suggestion"), suggestion },
        { QStringLiteral("steps"), steps } };
}

QJsonObject storedPlanJson(const StoredPlan &p, const QDate &today)
{
    QJsonObject o = scheduleJson(p.schedule);
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("drug"), p.drugName);
    o.insert(QStringLiteral("method"), planner::methodName(p.plan.method));
    o.insert(
        QStringLiteral("start_date"), dateJson(p.schedule.steps.isEmpty() ? QDate() : p.schedule.steps.first().start));
    o.insert(QStringLiteral("archived"), p.archived);
    o.insert(QStringLiteral("ended_on"), dateJson(p.endedOn));
    o.insert(QStringLiteral("note"), p.note);
    o.insert(QStringLiteral("status"), planStatus(p, today));
    o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(adjustmentLines(p.plan)));
    return o;
}

void printCsv(const planner::Schedule &schedule)
{
    writeOut(planner::scheduleToCsv(schedule).toUtf8());
}

void printNotes(const std::optional<planner::OccupancyFit> &fit)
{
    if (fit) {
        const bool user = fit->source.compare(QLatin1String("user"), Qt::CaseInsensitive) == 0;
        printErrLine(
            QStringLiteral("Note: occupancy_pct is modelled, not measured (Emax %1 %, ED50 %2 mg; source: %3).")
                .arg(planner::formatNumber(fit->emaxPct, 2), planner::formatNumber(fit->ed50Mg, 3),
                    user ? QStringLiteral("user, typed in") : fit->source));
    }
    printErrLine(kProposal);
}

} // namespace waymark::cli::plan

namespace waymark::cli::plan {

QString formOption(const Formulation &f)
{
    using Kind = Formulation::Kind;
    switch (f.kind) {
    case Kind::Liquid:
        return QStringLiteral("--liquid %1:%2")
            .arg(mgText(f.mgPerMl), planner::formatNumber(planner::DoseMaker::syringeMl(f)));
    case Kind::Capsule:
        return QStringLiteral("--capsule %1").arg(mgText(f.strengthMg))
            + (f.beadsPerCapsule ? QStringLiteral(":%1").arg(*f.beadsPerCapsule) : QString());
    case Kind::Tablet:
        break;
    }
    if (f.modifiedRelease)
        return QStringLiteral("--tablet-mr %1").arg(mgText(f.strengthMg));
    return QStringLiteral("--tablet %1").arg(mgText(f.strengthMg))
        + (f.splitParts == 2 || f.splitParts == 4 ? QStringLiteral(":%1").arg(f.splitParts) : QString());
}

QString formOptions(const QList<Formulation> &forms)
{
    QStringList out;
    for (const Formulation &f : forms)
        if (!f.hidden)
            out << formOption(f);
    return out.join(QLatin1Char(' '));
}

QString rerunHint(const planner::Plan &p, const planner::FormSuggestion &s, bool formsDefaulted)
{
    if (formsDefaulted)
        return QStringLiteral("re-run with %1").arg(formOptions(planner::withSuggestion(p, s).formulations));
    if (s.replaces && *s.replaces < p.formulations.size())
        return QStringLiteral("re-run with %1 instead of %2")
            .arg(formOption(s.formulation), formOption(p.formulations[*s.replaces]));
    return QStringLiteral("re-run adding %1").arg(formOption(s.formulation));
}

planner::Schedule computeNaming(const planner::Plan &p, bool formsDefaulted)
{
    try {
        return planner::computeSchedule(p);
    } catch (const Error &e) {
        const bool start = e.field() == QLatin1String("startDoseMg")
            || (e.field() == QLatin1String("customDoses") && e.message().contains(QLatin1String("step 1 must be")));
        if (!start)
            throw;
        const double dose = p.method == planner::Method::Custom ? p.customDoses.first().doseMg : p.startDoseMg;
        QStringList hints;
        for (const planner::FormSuggestion &s : planner::formsMaking(p, dose))
            hints << rerunHint(p, s, formsDefaulted);
        if (hints.isEmpty())
            throw;
        throw Error(
            e.code(), e.message() + QStringLiteral(" (%1)").arg(hints.join(QStringLiteral("; or "))), e.field());
    }
}

void printJudgement(const planner::Plan &p, const planner::Schedule &schedule, bool formsDefaulted)
{
    QStringList which;
    for (const planner::Step &s : schedule.steps)
        if (s.warning.isSet())
            which << QString::number(s.index);
    if (!which.isEmpty()) {
        QString line
            = QStringLiteral("Warning: %1 cut%2 more than 1.5 times what was asked (step%3 %4; see the "
                             "warning column).")
                  .arg(which.size() == 1 ? QStringLiteral("1 step") : QStringLiteral("%1 steps").arg(which.size()),
                      which.size() == 1 ? QStringLiteral("s") : QString(),
                      which.size() == 1 ? QString() : QStringLiteral("s"), which.join(QStringLiteral(", ")));
        if (schedule.suggestion) {
            const planner::FormSuggestion &s = *schedule.suggestion;
            double low = 0;
            for (const planner::Step &st : schedule.steps)
                if (st.doseMg > planner::DoseMaker::kToleranceMg && (low == 0 || st.doseMg < low))
                    low = st.doseMg;
            const bool none = s.warningsAfterTotal == 0;
            const QString stretch = none ? QString() : QStringLiteral(" down to %1 mg").arg(mgText(low));
            line += s.warningsAfter == 0 ? QStringLiteral(" With %1, no step%2 would: %3.")
                                               .arg(s.description, stretch, rerunHint(p, s, formsDefaulted))
                                         : QStringLiteral(" With %1, %2 of %3 down to %5 mg would: %4.")
                                               .arg(s.description)
                                               .arg(s.warningsAfter)
                                               .arg(s.warningsBefore)
                                               .arg(rerunHint(p, s, formsDefaulted))
                                               .arg(mgText(low));
        }
        printErrLine(line);
    }
    for (const planner::Step &s : schedule.steps)
        if (!s.mergedNote.isEmpty())
            printErrLine(QStringLiteral("Step %1: %2").arg(s.index).arg(s.mergedNote));
    const planner::MethodGuidance g = planner::planGuidance(p, schedule);
    for (const QString &l : g.lines)
        printErrLine(QStringLiteral("Guidance: ") + l);
    if (!g.source.isEmpty())
        printErrLine(QStringLiteral("Guidance source: ") + g.source);
}

QJsonObject guidanceJson(const planner::Plan &p, const planner::Schedule &schedule)
{
    const planner::MethodGuidance g = planner::planGuidance(p, schedule);
    return QJsonObject { { QStringLiteral("lines"), QJsonArray::fromStringList(g.lines) },
        { QStringLiteral("source"), g.source },
        { QStringLiteral("smaller_final_dose_mg"),
            g.smallerFinalDoseMg ? rounded(*g.smallerFinalDoseMg, 3) : QJsonValue() } };
}

} // namespace waymark::cli::plan
