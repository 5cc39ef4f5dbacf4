// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the taper-plan commands: option names in messages, status text, JSON, notes.
#include "plancommon.h"

#include "commands.h"
#include "output.h"
#include "planner/dosemaker.h"
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
    static const QStringList list = {QStringLiteral("step-mg"), QStringLiteral("step-percent"),
                                     QStringLiteral("step-points")};
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
        }
    }
    return out;
}

QJsonObject scheduleJson(const planner::Schedule &schedule)
{
    QJsonArray steps;
    for (const planner::Step &s : schedule.steps)
        steps.append(QJsonObject{
            {QStringLiteral("step"), s.index},
            {QStringLiteral("start_date"), dateJson(s.start)},
            {QStringLiteral("end_date"), dateJson(s.end)},
            {QStringLiteral("dose_mg"), rounded(s.doseMg, 3)},
            {QStringLiteral("method_dose_mg"), rounded(s.methodDoseMg, 3)},
            {QStringLiteral("occupancy_pct"), s.occupancyPct ? rounded(*s.occupancyPct, 1) : QJsonValue()},
            {QStringLiteral("how_to_make"), s.howToMake},
            {QStringLiteral("held_days"), s.heldDays},
            {QStringLiteral("edited"), s.edited}});
    QJsonValue fit;
    if (schedule.fit)
        fit = QJsonObject{{QStringLiteral("emax_pct"), schedule.fit->emaxPct},
                          {QStringLiteral("ed50_mg"), schedule.fit->ed50Mg},
                          {QStringLiteral("source"), schedule.fit->source}};
    return QJsonObject{{QStringLiteral("fit"), fit},
                       {QStringLiteral("waiting_for_release"), schedule.waitingForRelease},
                       {QStringLiteral("steps"), steps}};
}

QJsonObject storedPlanJson(const StoredPlan &p, const QDate &today)
{
    QJsonObject o = scheduleJson(p.schedule);
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("drug"), p.drugName);
    o.insert(QStringLiteral("method"), planner::methodName(p.plan.method));
    o.insert(QStringLiteral("start_date"),
             dateJson(p.schedule.steps.isEmpty() ? QDate() : p.schedule.steps.first().start));
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
        printErrLine(QStringLiteral("Note: occupancy_pct is modelled, not measured (Emax %1 %, ED50 %2 mg; source: %3).")
                         .arg(planner::formatNumber(fit->emaxPct, 2), planner::formatNumber(fit->ed50Mg, 3),
                              user ? QStringLiteral("user, typed in") : fit->source));
    }
    printErrLine(kProposal);
}

} // namespace waymark::cli::plan
