// SPDX-License-Identifier: GPL-3.0-or-later
// Switching to diazepam in a diary: "plan switch record | show | end | archive".
#include "commands.h"

#include "clock.h"
#include "diary.h"
#include "errors.h"
#include "output.h"
#include "plancommon.h"
#include "planner/crossover.h"
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
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/** How the core's switch fields are named on the command line. */
OptionNames switchNames()
{
    return {
        { QStringLiteral("drug"), QStringLiteral("--drug"), {} },
        { QStringLiteral("doseMg"), QStringLiteral("--mg"), {} },
        { QStringLiteral("stages"), QStringLiteral("--stages"), {} },
        { QStringLiteral("intervalDays"), QStringLiteral("--interval-days"), {} },
        { QStringLiteral("startDate"), QStringLiteral("--start"), {} },
        { QStringLiteral("source"), QStringLiteral("--table"), {} },
        { QStringLiteral("formulations"), QStringLiteral("--drug"),
            QStringLiteral(" (add forms with \"waymark-cli drug formulation add\")") },
        { QStringLiteral("confirm"), QStringLiteral("--prescriber-agreed"), {} },
        { QStringLiteral("plans"), QStringLiteral("--end-plans"), QStringLiteral(" (or --archive-plans)") },
        { QStringLiteral("switch"), QStringLiteral("--switch"), {} },
        { QStringLiteral("date"), QStringLiteral("--date"), {} },
    };
}

/** A whole number option within a range, checked before the passphrase is asked for. */
int intOption(const Args &args, const QString &name, int fallback, int low, int high)
{
    const auto v = args.value(name);
    if (!v)
        return fallback;
    const int n = parseInt(*v, QStringLiteral("--") + name);
    if (n < low || n > high)
        throwInvalid(QStringLiteral("--") + name, QStringLiteral("use %1 to %2").arg(low).arg(high));
    return n;
}

qint64 switchId(const Args &args)
{
    const qint64 id = parseInteger(args.required(QStringLiteral("switch")), QStringLiteral("--switch"));
    if (id < 1)
        throwInvalid(
            QStringLiteral("--switch"), QStringLiteral("a switch number starts at 1; see \"plan switch show\""));
    return id;
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString statusText(const StoredSwitch &s, const QDate &today)
{
    if (s.archived)
        return QStringLiteral("archived");
    if (!s.problem.isEmpty())
        return s.problem;
    if (s.endedOn.isValid())
        return QStringLiteral("ended; its last day was %1").arg(iso(s.endedOn));
    const planner::Crossover &c = s.crossover;
    if (today < s.startDate)
        return QStringLiteral("starts on %1").arg(iso(s.startDate));
    if (today > c.lastDay())
        return QStringLiteral("stages done: diazepam %1 mg alone until a diazepam plan takes over or the switch is "
                              "ended")
            .arg(mgText(c.targetDiazepamMg));
    for (qsizetype i = 1; i < c.stages.size(); ++i)
        if (today >= c.stages[i].start && today <= c.stages[i].end)
            return QStringLiteral("stage %1 of %2 until %3").arg(i).arg(c.stageCount()).arg(iso(c.stages[i].end));
    return QString();
}

QString stagesCsv(const planner::Crossover &c)
{
    QStringList lines;
    lines << QStringLiteral("stage,start_date,end_date,from_mg,from_how_to_make,diazepam_mg,diazepam_how_to_make,"
                            "total_as_diazepam_mg");
    for (qsizetype i = 1; i < c.stages.size(); ++i) {
        const planner::CrossoverStage &s = c.stages[i];
        lines << QStringList { QString::number(s.index), iso(s.start), iso(s.end), mgText(s.fromMg),
            csvField(s.fromHowTo), mgText(s.diazepamMg), csvField(s.diazepamHowTo),
            planner::formatNumber(c.totalEquivalentMg(s), 2) }
                     .join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n'));
}

QString tableLine(const planner::DiazepamEquivalent &e, const planner::Crossover &c)
{
    return QStringLiteral("%1: %2 mg %3 = 10 mg diazepam, so %4 mg = %5 mg diazepam")
        .arg(e.sourceLabel, mgText(e.mgPer10Diazepam), c.fromDrug, mgText(c.fromDoseMg),
            planner::formatNumber(e.diazepamMg, 2));
}

QJsonObject tableJson(const planner::DiazepamEquivalent &e)
{
    return QJsonObject { { QStringLiteral("source"), e.sourceKey }, { QStringLiteral("label"), e.sourceLabel },
        { QStringLiteral("diazepam_mg"), planner::formatNumber(e.diazepamMg, 3).toDouble() },
        { QStringLiteral("mg_per_10mg_diazepam"), e.mgPer10Diazepam } };
}

QJsonObject switchJson(const StoredSwitch &s, const QDate &today)
{
    const planner::Crossover &c = s.crossover;
    QJsonArray tables;
    for (const planner::DiazepamEquivalent &e : c.alternatives)
        tables.append(tableJson(e));
    QJsonArray stages;
    for (qsizetype i = 1; i < c.stages.size(); ++i) {
        const planner::CrossoverStage &st = c.stages[i];
        QJsonObject stage { { QStringLiteral("stage"), st.index }, { QStringLiteral("start_date"), iso(st.start) },
            { QStringLiteral("end_date"), iso(st.end) }, { QStringLiteral("from_mg"), mgText(st.fromMg).toDouble() },
            { QStringLiteral("from_how_to_make"), st.fromHowTo },
            { QStringLiteral("diazepam_mg"), mgText(st.diazepamMg).toDouble() },
            { QStringLiteral("diazepam_how_to_make"), st.diazepamHowTo },
            { QStringLiteral("total_as_diazepam_mg"), planner::formatNumber(c.totalEquivalentMg(st), 2).toDouble() } };
        if (!st.timesChange.isEmpty()) // a switch following the drug's dose times: which time this stage replaces
            stage.insert(QStringLiteral("times_change"), st.timesChange);
        stages.append(stage);
    }
    return QJsonObject {
        { QStringLiteral("id"), s.id },
        { QStringLiteral("drug"), c.fromDrug },
        { QStringLiteral("dose_mg"), c.fromDoseMg },
        { QStringLiteral("table"), tableJson(c.used) },
        { QStringLiteral("tables"), tables },
        { QStringLiteral("stage_count"), s.stages },
        { QStringLiteral("interval_days"), s.intervalDays },
        { QStringLiteral("start_date"), iso(s.startDate) },
        { QStringLiteral("last_day"), s.problem.isEmpty() ? QJsonValue(iso(c.lastDay())) : QJsonValue() },
        { QStringLiteral("final_diazepam_mg"), s.problem.isEmpty() ? QJsonValue(c.targetDiazepamMg) : QJsonValue() },
        { QStringLiteral("stages"), stages },
        { QStringLiteral("status"), statusText(s, today) },
        { QStringLiteral("active"), s.isActive() },
        { QStringLiteral("ended_on"), s.endedOn.isValid() ? QJsonValue(iso(s.endedOn)) : QJsonValue() },
        { QStringLiteral("archived"), s.archived },
        { QStringLiteral("confirmed_at"), s.confirmedAt.toString(Qt::ISODate) },
        { QStringLiteral("problem"), s.problem.isEmpty() ? QJsonValue() : QJsonValue(s.problem) },
    };
}

QString switchText(const StoredSwitch &s, const QDate &today)
{
    const planner::Crossover &c = s.crossover;
    QStringList lines;
    lines << QStringLiteral("Switch %1: %2 %3 mg to diazepam, %4 stages of %5 days from %6")
                 .arg(s.id)
                 .arg(c.fromDrug, mgText(c.fromDoseMg))
                 .arg(s.stages)
                 .arg(s.intervalDays)
                 .arg(iso(s.startDate))
          << QStringLiteral("Status on %1: %2").arg(iso(today), statusText(s, today))
          << QStringLiteral("Table used: %1").arg(tableLine(c.used, c));
    for (const planner::DiazepamEquivalent &e : c.alternatives)
        if (e.sourceKey != c.used.sourceKey)
            lines << QStringLiteral("Other table: %1").arg(tableLine(e, c));
    lines << QStringLiteral("Prescriber's agreement confirmed on %1").arg(s.confirmedAt.date().toString(Qt::ISODate));
    if (!s.note.isEmpty())
        lines << QStringLiteral("Note: %1").arg(s.note);
    if (s.problem.isEmpty()) {
        lines << stagesCsv(c);
        lines << QStringLiteral("Doses are ones the forms make. Diazepam is rounded down, so no stage's total goes "
                                "above %1 mg (the table's value); %2 is rounded to the nearest makeable dose.")
                     .arg(planner::formatNumber(c.used.diazepamMg, 2), c.fromDrug)
              << QStringLiteral(
                     "After %1: diazepam %2 mg alone, until a diazepam plan takes over (it can start on %3).")
                     .arg(iso(c.lastDay()), mgText(c.targetDiazepamMg), iso(c.lastDay().addDays(1)));
    }
    return lines.join(QLatin1Char('\n'));
}

QString plannedSource(const PlannedDose &d)
{
    if (d.switchId == 0)
        return QStringLiteral("plan %1, step %2").arg(d.planId).arg(d.stepIndex);
    if (d.afterSwitch)
        return QStringLiteral("switch %1, after its last stage").arg(d.switchId);
    return QStringLiteral("switch %1, stage %2 of %3").arg(d.switchId).arg(d.stepIndex).arg(d.stepCount);
}

} // namespace

int cmdPlanSwitchRecord(const Args &args)
{
    // Everything typed is checked before the passphrase is asked for.
    const QString name = validate::name(args.required(QStringLiteral("drug")), QStringLiteral("--drug"));
    const double mg = validate::number(args.required(QStringLiteral("mg")), QStringLiteral("--mg"));
    validate::doseMicrograms(mg, QStringLiteral("--mg"));
    if (!args.has(QStringLiteral("stages")))
        throw UsageError { QStringLiteral("--stages N is needed (2 to 12)"), args.command };
    const int stages = parseInt(*args.value(QStringLiteral("stages")), QStringLiteral("--stages"));
    if (stages == 1)
        throwInvalid(QStringLiteral("--stages"),
            QStringLiteral("one stage would mean switching all at once on the first day; use 2 to 12 stages"));
    if (stages < 2 || stages > 12)
        throwInvalid(QStringLiteral("--stages"), QStringLiteral("use 2 to 12 stages"));
    const int interval = intOption(args, QStringLiteral("interval-days"), 14, 1, 90);
    const QDate start
        = parseDate(args.value(QStringLiteral("start")).value_or(QStringLiteral("today")), QStringLiteral("--start"));
    const QString table = args.required(QStringLiteral("table")).trimmed().toUpper();
    if (table != QLatin1String("S2") && table != QLatin1String("S3") && table != QLatin1String("S4"))
        throwInvalid(QStringLiteral("--table"),
            QStringLiteral("use S2 (Ashton), S3 (VA/DoD 2021) or S4 (NHS Scotland); \"plan equivalents\" "
                           "shows which list the drug"));
    if (!args.has(QStringLiteral("prescriber-agreed")))
        throwInvalid(QStringLiteral("--prescriber-agreed"),
            QStringLiteral("a switch to diazepam is recorded only once your prescriber agreed to it; add "
                           "--prescriber-agreed when they have"));
    const bool end = args.has(QStringLiteral("end-plans"));
    const bool archive = args.has(QStringLiteral("archive-plans"));
    if (end && archive)
        throw UsageError { QStringLiteral("give --end-plans or --archive-plans, not both"), args.command };
    const QString note = noteFrom(args).value_or(QString()).trimmed();

    auto diary = openDiary(args, false);
    const Drug drug = requireDrug(*diary, name);
    const Diary::ActivePlans plans = end ? Diary::ActivePlans::End
        : archive                        ? Diary::ActivePlans::Archive
                                         : Diary::ActivePlans::Refuse;
    const StoredSwitch s = naming(switchNames(),
        [&] { return diary->recordSwitch(drug.id, mg, start, stages, interval, table, true, note, plans); });
    const QDate today = defaultClock().today();
    if (args.has(QStringLiteral("json"))) {
        writeOut(QJsonDocument(switchJson(s, today)).toJson(QJsonDocument::Indented));
    } else {
        printOut(QStringLiteral("Recorded switch %1.").arg(s.id));
        printOut(switchText(s, today));
    }
    printErrLine(QStringLiteral("A switch is something to agree with your prescriber; Waymark does not give medical "
                                "advice. Equivalents are approximate and the tables differ."));
    return 0;
}

int cmdPlanSwitchShow(const Args &args)
{
    const std::optional<qint64> only
        = args.has(QStringLiteral("switch")) ? std::optional<qint64>(switchId(args)) : std::nullopt;
    const QDate today = defaultClock().today();
    auto diary = openDiary(args, true);
    QList<StoredSwitch> list;
    for (const StoredSwitch &s : diary->switches(args.has(QStringLiteral("all")) || only))
        if (!only || s.id == *only)
            list << s;
    if (only && list.isEmpty())
        throw Error(ErrorCode::NotFound,
            QStringLiteral("--switch: this diary has no switch %1; list them with \"plan switch show --all\"")
                .arg(*only),
            QStringLiteral("--switch"));
    const QList<PlannedDose> planned = diary->plannedDoses(today);

    if (args.has(QStringLiteral("json"))) {
        QJsonArray switches;
        for (const StoredSwitch &s : std::as_const(list))
            switches.append(switchJson(s, today));
        QJsonArray doses;
        for (const PlannedDose &d : planned)
            doses.append(QJsonObject { { QStringLiteral("drug"), d.drugName },
                { QStringLiteral("dose_mg"), mgText(d.doseMg).toDouble() },
                { QStringLiteral("how_to_make"), d.howToMake }, { QStringLiteral("source"), plannedSource(d) },
                { QStringLiteral("plan"), d.planId ? QJsonValue(d.planId) : QJsonValue() },
                { QStringLiteral("switch"), d.switchId ? QJsonValue(d.switchId) : QJsonValue() },
                { QStringLiteral("conflict"), d.conflict },
                { QStringLiteral("conflict_text"), d.conflict ? QJsonValue(d.conflictText) : QJsonValue() } });
        writeOut(
            QJsonDocument(QJsonObject { { QStringLiteral("today"), iso(today) },
                              { QStringLiteral("switches"), switches }, { QStringLiteral("planned_doses"), doses } })
                .toJson(QJsonDocument::Indented));
        return 0;
    }
    if (list.isEmpty())
        printOut(QStringLiteral("No switches to diazepam. Record one with \"waymark-cli plan switch record\"."));
    for (const StoredSwitch &s : std::as_const(list)) {
        printOut(switchText(s, today));
        printOut(QString());
    }
    QStringList lines;
    lines << QStringLiteral("Planned for %1:").arg(iso(today));
    if (planned.isEmpty())
        lines << QStringLiteral("  nothing");
    QStringList conflicts;
    for (const PlannedDose &d : planned) {
        if (d.conflict) {
            if (!conflicts.contains(d.conflictText)) {
                conflicts << d.conflictText;
                lines << QStringLiteral("  %1: CONFLICT: %2").arg(d.drugName, d.conflictText);
            }
            continue;
        }
        lines << QStringLiteral("  %1: %2 mg (%3), %4")
                     .arg(d.drugName, mgText(d.doseMg), d.doseMg > 0 ? d.howToMake : QStringLiteral("stop"),
                         plannedSource(d));
    }
    printOut(lines.join(QLatin1Char('\n')));
    return 0;
}

/** The switch with this id, or a NotFound error saying how to list them. */
static StoredSwitch requireSwitch(const Diary &diary, qint64 id)
{
    const auto s = diary.switchById(id);
    if (!s)
        throw Error(ErrorCode::NotFound,
            QStringLiteral("--switch: this diary has no switch %1; list them with \"plan switch show --all\"").arg(id),
            QStringLiteral("--switch"));
    return *s;
}

int cmdPlanSwitchEnd(const Args &args)
{
    const qint64 id = switchId(args);
    const QDate last
        = parseDate(args.value(QStringLiteral("date")).value_or(QStringLiteral("today")), QStringLiteral("--date"));
    auto diary = openDiary(args, false);
    const StoredSwitch s = requireSwitch(*diary, id);
    if (s.archived || s.endedOn.isValid())
        throwInvalid(QStringLiteral("--switch"),
            QStringLiteral("switch %1 is already %2")
                .arg(id)
                .arg(s.archived ? QStringLiteral("archived") : QStringLiteral("ended")));
    naming(switchNames(), [&] { diary->endSwitch(id, last); });
    printOut(QStringLiteral("Ended switch %1 (%2): its last day is %3; it asks for no doses after that.")
                 .arg(id)
                 .arg(s.crossover.fromDrug, iso(last)));
    return 0;
}

int cmdPlanSwitchArchive(const Args &args)
{
    const qint64 id = switchId(args);
    auto diary = openDiary(args, false);
    const StoredSwitch s = requireSwitch(*diary, id);
    if (s.archived)
        throwInvalid(QStringLiteral("--switch"), QStringLiteral("switch %1 is already archived").arg(id));
    naming(switchNames(), [&] { diary->archiveSwitch(id); });
    printOut(QStringLiteral("Archived switch %1 (%2). \"plan switch show --all\" still lists it; it asks for no doses.")
                 .arg(id)
                 .arg(s.crossover.fromDrug));
    return 0;
}

} // namespace waymark::cli
