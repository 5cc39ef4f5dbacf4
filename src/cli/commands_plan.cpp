// SPDX-License-Identifier: GPL-3.0-or-later
// Taper plans: computing a schedule (plan), storing one (plan save), diazepam equivalents.
#include "commands.h"

#include "catalogue.h"
#include "diary.h"
#include "errors.h"
#include "output.h"
#include "plancommon.h"
#include "planner/dosetimes.h"
#include "planner/equivalence.h"
#include "planner/occupancy.h"
#include "storedplan.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark::cli {

using planner::Method;
using namespace plan;

namespace {

/** Everything typed that describes a schedule, checked before any diary is opened. */
struct ScheduleRequest
{
    QString drugName;
    Method method = Method::Hyperbolic;
    double startDoseMg = 0;
    QDate startDate;
    int intervalDays = 28;
    double stepSize = 0;
    double finalDoseMg = 0;
    QList<planner::CustomDose> customDoses;
    std::optional<int> maxSolidUnits;
    QList<Formulation> formulations; ///< empty: the library's or the diary's
    std::optional<planner::OccupancyFit> fit; ///< from --emax and --ed50
    QStringList doseTexts; ///< the --dose values as typed, for messages
    QList<planner::DoseTime> doseTimes; ///< from --times
    planner::Spread spread = planner::Spread::OneAtATime;

    /** The request applied to a plan (the diary's template, or an empty plan). */
    planner::Plan applyTo(planner::Plan p) const
    {
        p.method = method;
        p.startDoseMg = startDoseMg;
        p.startDate = startDate;
        p.intervalDays = intervalDays;
        p.stepSize = stepSize;
        p.finalDoseMg = finalDoseMg;
        p.customDoses = customDoses;
        if (maxSolidUnits)
            p.maxSolidUnits = *maxSolidUnits;
        if (!formulations.isEmpty())
            p.formulations = formulations;
        if (fit)
            p.fit = fit;
        p.doseTimes = doseTimes;
        p.spread = spread;
        return p;
    }

    /** How the planner's fields are named on the command line; formsNote explains defaulted formulations. */
    OptionNames names(const QString &formsNote) const
    {
        const QString forms = QStringLiteral("--tablet/--tablet-mr/--capsule/--liquid");
        OptionNames n = {
            { QStringLiteral("intervalDays"), QStringLiteral("--interval-days"), {} },
            { QStringLiteral("stepSize"), QStringLiteral("--") + stepOptionFor(method), {} },
            { QStringLiteral("startDoseMg"), QStringLiteral("--from-mg"), {} },
            { QStringLiteral("finalDoseMg"), QStringLiteral("--final-mg"), {} },
            { QStringLiteral("startDate"), QStringLiteral("--start"), {} },
            { QStringLiteral("method"), QStringLiteral("--method"), QStringLiteral(" (--emax P --ed50 MG)") },
            { QStringLiteral("fit"), QStringLiteral("--emax/--ed50"), {} },
            { QStringLiteral("occupancy"), QStringLiteral("--step-points"), {} },
            { QStringLiteral("formulations"), forms, formsNote },
            { QStringLiteral("maxSolidUnits"), QStringLiteral("--max-units"), {} },
            { QStringLiteral("customDoses"), QStringLiteral("--dose"), {} },
            { QStringLiteral("drug"), QStringLiteral("--drug"), {} },
            { QStringLiteral("plan"), QStringLiteral("--drug"), {} },
            { QStringLiteral("doseTimes"), QStringLiteral("--times"), {} },
            { QStringLiteral("times"), QStringLiteral("--times"), {} },
        };
        if (method == Method::Custom)
            n.first().hint = QStringLiteral(" (the length of the last step above 0 mg)");
        for (int i = 0; i < doseTexts.size(); ++i)
            n.append(
                { QStringLiteral("customDoses#%1").arg(i + 1), QStringLiteral("--dose %1").arg(doseTexts[i]), {} });
        return n;
    }
};

double numberOption(const Args &args, const QString &name)
{
    return validate::number(args.required(name), QStringLiteral("--") + name);
}

/** A dose in mg typed for an option: more than 0 (or 0 when allowed) and at most 10 g. */
double doseOption(const QString &text, const QString &field, bool zeroAllowed)
{
    const double mg = validate::number(text, field);
    if (zeroAllowed && mg == 0)
        return 0;
    validate::doseMicrograms(mg, field); // range and sign, with its message
    return mg;
}

Method resolveMethod(const Args &args)
{
    std::optional<Method> given;
    if (const auto m = args.value(QStringLiteral("method"))) {
        given = planner::methodFromName(*m);
        if (!given)
            throwInvalid(QStringLiteral("--method"),
                QStringLiteral("\"%1\" is not a method; use linear, percent, hyperbolic or custom")
                    .arg(m->trimmed().left(40)));
    }
    QStringList steps;
    for (const QString &o : stepOptions())
        if (args.has(o))
            steps << o;
    if (steps.size() > 1)
        throw UsageError { QStringLiteral("give one step option, not both --%1 and --%2").arg(steps[0], steps[1]),
            args.command };
    const bool doses = args.has(QStringLiteral("dose"));
    if (given == Method::Custom) {
        if (!steps.isEmpty())
            throw UsageError { QStringLiteral("--%1 does not go with --method custom: a custom plan takes its doses "
                                              "from --dose DATE=MG")
                                   .arg(steps.first()),
                args.command };
        if (!doses)
            throw UsageError { QStringLiteral("--method custom needs its doses: --dose DATE=MG, once for each change"),
                args.command };
        return Method::Custom;
    }
    if (given) {
        const QString want = stepOptionFor(*given);
        if (doses)
            throw UsageError { QStringLiteral("--dose does not go with --method %1 (only with --method custom)")
                                   .arg(planner::methodName(*given)),
                args.command };
        if (steps.isEmpty())
            throw UsageError {
                QStringLiteral("--method %1 needs --%2 (%3)").arg(planner::methodName(*given), want, stepUnit(*given)),
                args.command
            };
        if (steps.first() != want)
            throw UsageError { QStringLiteral("--%1 does not go with --method %2; use --%3 (%4)")
                                   .arg(steps.first(), planner::methodName(*given), want, stepUnit(*given)),
                args.command };
        return *given;
    }
    if (doses && !steps.isEmpty())
        throw UsageError { QStringLiteral("--dose (a custom plan) does not go with --%1").arg(steps.first()),
            args.command };
    if (doses)
        return Method::Custom;
    if (steps.isEmpty())
        throw UsageError { QStringLiteral("give the size of the steps: --step-mg X (linear), --step-percent P "
                                          "(percent) or --step-points P (hyperbolic); or a custom plan's doses with "
                                          "--dose DATE=MG"),
            args.command };
    for (Method m : { Method::Linear, Method::Percent, Method::Hyperbolic })
        if (stepOptionFor(m) == steps.first())
            return m;
    return Method::Linear; // not reached
}

/** "MG" or "MG:EXTRA" of a formulation option. */
std::pair<QString, std::optional<QString>> splitValue(const QString &text, const QString &field)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() > 2)
        throwInvalid(field, QStringLiteral("\"%1\" has more than one \":\"").arg(text.trimmed().left(40)));
    if (parts.size() == 2)
        return { parts[0], parts[1] };
    return { parts[0], std::nullopt };
}

QList<Formulation> parseFormulations(const Args &args)
{
    QList<Formulation> out;
    for (const QString &v : args.values(QStringLiteral("tablet"))) {
        const QString field = QStringLiteral("--tablet");
        const auto [mg, split] = splitValue(v, field);
        Formulation f;
        f.kind = Formulation::Kind::Tablet;
        f.strengthMg = validate::strength(validate::number(mg, field), field);
        if (split) {
            const qint64 parts = parseInteger(*split, field);
            if (parts != 1 && parts != 2 && parts != 4)
                throwInvalid(field,
                    QStringLiteral("a tablet can be taken whole only (:1), in halves (:2) or in "
                                   "quarters (:4), e.g. --tablet 10:2"));
            f.splitParts = int(parts);
        }
        out << f;
    }
    for (const QString &v : args.values(QStringLiteral("tablet-mr"))) {
        const QString field = QStringLiteral("--tablet-mr");
        if (v.contains(QLatin1Char(':')))
            throwInvalid(field, QStringLiteral("modified-release tablets are never split; give only the strength"));
        Formulation f;
        f.kind = Formulation::Kind::Tablet;
        f.modifiedRelease = true;
        f.strengthMg = validate::strength(validate::number(v, field), field);
        out << f;
    }
    for (const QString &v : args.values(QStringLiteral("capsule"))) {
        const QString field = QStringLiteral("--capsule");
        const auto [mg, beads] = splitValue(v, field);
        Formulation f;
        f.kind = Formulation::Kind::Capsule;
        f.strengthMg = validate::strength(validate::number(mg, field), field);
        if (beads) {
            const qint64 n = parseInteger(*beads, field);
            if (n < 2 || n > 5000)
                throwInvalid(field, QStringLiteral("beads per capsule must be between 2 and 5000"));
            f.beadsPerCapsule = int(n);
        }
        out << f;
    }
    for (const QString &v : args.values(QStringLiteral("liquid"))) {
        const QString field = QStringLiteral("--liquid");
        const auto [conc, syringe] = splitValue(v, field);
        Formulation f;
        f.kind = Formulation::Kind::Liquid;
        f.mgPerMl = validate::strength(validate::number(conc, field), field);
        if (syringe) {
            const double ml = validate::number(*syringe, field);
            if (ml < 0.01 || ml > 10)
                throwInvalid(field, QStringLiteral("the syringe step must be between 0.01 and 10 mL"));
            f.syringeMl = ml;
        }
        out << f;
    }
    return out;
}

ScheduleRequest readRequest(const Args &args)
{
    ScheduleRequest r;
    r.drugName = validate::name(args.required(QStringLiteral("drug")), QStringLiteral("--drug"));
    r.method = resolveMethod(args);
    if (r.method == Method::Custom) {
        for (const char *option : { "from-mg", "start", "final-mg" })
            if (args.has(QLatin1String(option)))
                throw UsageError { QStringLiteral("--%1 does not go with a custom plan: its first --dose is the start, "
                                                  "and a last --dose DATE=0 stops")
                                       .arg(QLatin1String(option)),
                    args.command };
        r.doseTexts = args.values(QStringLiteral("dose"));
        for (const QString &text : std::as_const(r.doseTexts)) {
            const QString field = QStringLiteral("--dose %1").arg(text.trimmed().left(40));
            const qsizetype eq = text.indexOf(QLatin1Char('='));
            if (eq < 0)
                throwInvalid(field, QStringLiteral("write DATE=MG, e.g. --dose 2026-02-02=15"));
            r.customDoses.append({ parseDate(text.left(eq), field), doseOption(text.mid(eq + 1), field, true) });
        }
    }
    if (const auto t = args.value(QStringLiteral("times")))
        r.doseTimes = naming(r.names({}), [&] { return planner::parseDoseTimes(*t); });
    if (const auto s = args.value(QStringLiteral("spread"))) {
        const auto spread = planner::spreadFromName(*s);
        if (!spread)
            throwInvalid(QStringLiteral("--spread"),
                QStringLiteral("\"%1\" is not a spread; use one-at-a-time or even").arg(s->trimmed().left(40)));
        if (r.doseTimes.isEmpty())
            throw UsageError { QStringLiteral("--spread needs --times (how the cut is shared between dose times)"),
                args.command };
        r.spread = *spread;
    }
    if (r.method != Method::Custom) {
        double timesTotal = 0;
        for (const planner::DoseTime &t : std::as_const(r.doseTimes))
            timesTotal += t.doseMg;
        r.startDoseMg = !args.has(QStringLiteral("from-mg")) && !r.doseTimes.isEmpty()
            ? timesTotal
            : doseOption(args.required(QStringLiteral("from-mg")), QStringLiteral("--from-mg"), false);
        r.startDate = parseDate(
            args.value(QStringLiteral("start")).value_or(QStringLiteral("today")), QStringLiteral("--start"));
        r.stepSize = numberOption(args, stepOptionFor(r.method));
        if (const auto f = args.value(QStringLiteral("final-mg")))
            r.finalDoseMg = validate::number(*f, QStringLiteral("--final-mg"));
    }
    if (const auto n = args.value(QStringLiteral("interval-days")))
        r.intervalDays = parseInt(*n, QStringLiteral("--interval-days"));
    if (const auto n = args.value(QStringLiteral("max-units")))
        r.maxSolidUnits = parseInt(*n, QStringLiteral("--max-units"));
    r.formulations = parseFormulations(args);

    const bool emax = args.has(QStringLiteral("emax"));
    if (emax != args.has(QStringLiteral("ed50")))
        throw UsageError { QStringLiteral("--emax and --ed50 go together (the occupancy fit needs both)"),
            args.command };
    if (emax) {
        r.fit = planner::OccupancyFit { numberOption(args, QStringLiteral("emax")),
            numberOption(args, QStringLiteral("ed50")), QStringLiteral("user") };
        if (!(r.fit->emaxPct > 0 && r.fit->emaxPct <= 110))
            throwInvalid(QStringLiteral("--emax"), QStringLiteral("Emax must be more than 0 and at most 110 %"));
        if (!(r.fit->ed50Mg > 0) || r.fit->ed50Mg > validate::kMaxDoseMg)
            throwInvalid(QStringLiteral("--ed50"), QStringLiteral("ED50 must be more than 0 mg"));
    }
    return r;
}

QString labels(const QList<Formulation> &forms)
{
    QStringList out;
    for (const Formulation &f : forms)
        out << f.label();
    return out.join(QStringLiteral(", "));
}

[[noreturn]] void needFit(const QString &where)
{
    throwInvalid(QStringLiteral("--method"),
        QStringLiteral("hyperbolic tapering needs an occupancy fit, and %1; give one with --emax P --ed50 MG, "
                       "or choose another method")
            .arg(where));
}

} // namespace

int cmdPlan(const Args &args)
{
    const ScheduleRequest r = readRequest(args);
    const auto lib = catalogue::findDrug(r.drugName);
    QString formsNote;
    planner::Plan p = r.applyTo({});
    if (p.formulations.isEmpty()) {
        if (!lib)
            throwInvalid(QStringLiteral("--drug"),
                QStringLiteral("this drug is not in the built-in library; give the forms you have with "
                               "--tablet, --tablet-mr, --capsule or --liquid"));
        p.formulations = planner::libraryForms(*lib, false); // the usual strengths, as "drug add" gives them
        formsNote = QStringLiteral(" (none given, so the library's were used: %1)").arg(labels(p.formulations));
    }
    const bool formsDefaulted = !formsNote.isEmpty();
    if (lib)
        p.otherForms = planner::libraryForms(*lib);
    if (!p.fit && lib)
        p.fit = planner::fitFor(*lib);
    if (p.method == Method::Hyperbolic && !p.fit)
        needFit(lib ? QStringLiteral("the library has none for this drug")
                    : QStringLiteral("this drug is not in the built-in library"));
    const planner::Schedule schedule = naming(r.names(formsNote), [&] { return computeNaming(p, formsDefaulted); });

    if (args.has(QStringLiteral("json"))) {
        QJsonObject o = scheduleJson(schedule);
        o.insert(QStringLiteral("drug"), lib ? lib->name : r.drugName);
        o.insert(QStringLiteral("method"), planner::methodName(p.method));
        QJsonArray forms;
        for (const Formulation &f : std::as_const(p.formulations))
            forms.append(f.label());
        o.insert(QStringLiteral("formulations"), forms);
        o.insert(QStringLiteral("guidance"), guidanceJson(p, schedule));
        writeOut(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        printCsv(schedule);
    }
    printJudgement(p, schedule, formsDefaulted);
    printNotes(schedule.fit);
    return 0;
}

int cmdPlanSave(const Args &args)
{
    const ScheduleRequest r = readRequest(args);
    const QString note = noteFrom(args, QStringLiteral("--note")).value_or(QString());
    const OptionNames names = r.names(r.formulations.isEmpty()
            ? QStringLiteral(" (none given, so the diary's formulations of the drug were "
                             "used; see \"drug list\")")
            : QString());

    auto diary = openDiary(args, false);
    const Drug drug = naming(names, [&] { return requireDrug(*diary, r.drugName); });
    for (const StoredPlan &existing : diary->plans(false))
        if (existing.drugId == drug.id)
            throw Error(ErrorCode::AlreadyExists,
                QStringLiteral("--drug: this drug already has an active plan (plan %1); change it with the "
                               "other \"plan\" commands, or archive it first (\"plan archive --plan %1\")")
                    .arg(existing.id),
                QStringLiteral("--drug"));
    const planner::Plan p = r.applyTo(diary->planTemplate(drug.id));
    if (p.method == Method::Hyperbolic && !p.fit)
        needFit(QStringLiteral("the diary has none for this drug"));
    naming(names, [&] { computeNaming(p, r.formulations.isEmpty()); });
    const StoredPlan saved = naming(names, [&] {
        StoredPlan out;
        diary->batch([&] {
            out = diary->savePlan(drug.id, p, note);
            if (!r.doseTimes.isEmpty()) // the person's dose times: Today's usual doses follow them
                diary->setDoseTimes(drug.id, r.doseTimes);
        });
        return out;
    });

    if (args.has(QStringLiteral("json"))) {
        writeOut(QJsonDocument(storedPlanJson(saved, defaultClock().today())).toJson(QJsonDocument::Indented));
    } else {
        printOut(QStringLiteral("Saved plan %1 for %2 (%3, from %4).")
                     .arg(saved.id)
                     .arg(saved.drugName, methodSummary(saved.plan),
                         saved.schedule.steps.first().start.toString(Qt::ISODate)));
        printCsv(saved.schedule);
    }
    printJudgement(saved.plan, saved.schedule, r.formulations.isEmpty()); // given forms replace the diary's
    printNotes(saved.schedule.fit);
    return 0;
}

int cmdPlanEquivalents(const Args &args)
{
    const QString name = validate::name(args.required(QStringLiteral("drug")), QStringLiteral("--drug"));
    const double mg = doseOption(args.required(QStringLiteral("mg")), QStringLiteral("--mg"), false);
    const auto lib = catalogue::findDrug(name);
    if (!lib)
        throwInvalid(QStringLiteral("--drug"), QStringLiteral("this drug is not in the built-in library"));
    const QList<planner::DiazepamEquivalent> list = naming({ { QStringLiteral("doseMg"), QStringLiteral("--mg"), {} } },
        [&] { return planner::diazepamEquivalents(*lib, mg); });
    if (list.isEmpty())
        throwInvalid(QStringLiteral("--drug"),
            QStringLiteral("no diazepam-equivalence table in the library lists %1").arg(lib->name));

    if (args.has(QStringLiteral("json"))) {
        QJsonArray eqs;
        for (const planner::DiazepamEquivalent &e : list)
            eqs.append(QJsonObject { { QStringLiteral("source"), e.sourceKey },
                { QStringLiteral("label"), e.sourceLabel }, { QStringLiteral("diazepam_mg"), e.diazepamMg },
                { QStringLiteral("mg_per_10mg_diazepam"), e.mgPer10Diazepam } });
        writeOut(QJsonDocument(QJsonObject { { QStringLiteral("drug"), lib->name }, { QStringLiteral("mg"), mg },
                                   { QStringLiteral("equivalents"), eqs } })
                     .toJson(QJsonDocument::Indented));
    } else {
        QStringList lines;
        lines << QStringLiteral("%1 mg %2 as diazepam:").arg(mgText(mg), lib->name);
        for (const planner::DiazepamEquivalent &e : list)
            lines << QStringLiteral("  %1: %2 mg diazepam (%3 mg %4 = 10 mg diazepam)")
                         .arg(e.sourceLabel, mgText(e.diazepamMg), mgText(e.mgPer10Diazepam), lib->name);
        lines << QStringLiteral("The tables differ; agree any switch with your prescriber.");
        printOut(lines.join(QLatin1Char('\n')));
    }
    printErrLine(QStringLiteral("Equivalents are approximate; Waymark does not give medical advice."));
    return 0;
}

} // namespace waymark::cli
