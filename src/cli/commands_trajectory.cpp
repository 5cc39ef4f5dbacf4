// SPDX-License-Identifier: GPL-3.0-or-later
// "trajectory": what the Charts page shows, as text or JSON (daily load, reductions, switch
// stages, waves and the summary sentences), from the same core functions.
#include "commands.h"

#include "catalogue.h"
#include "clock.h"
#include "diary.h"
#include "errors.h"
#include "output.h"
#include "plancommon.h"
#include "trajectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace waymark::cli {

namespace {

using namespace waymark::trajectory;

QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString changesText(const QList<DoseChange> &changes, bool sources)
{
    QStringList parts;
    for (const DoseChange &c : changes) {
        QString s = QStringLiteral("%1 %2 → %3 mg").arg(c.drugName, plan::mgText(c.fromMg), plan::mgText(c.toMg));
        if (sources)
            s += c.planStep > 0 ? QStringLiteral(" (plan step %1)").arg(c.planStep) : QStringLiteral(" (logged)");
        parts << s;
    }
    return parts.join(QStringLiteral(", "));
}

QJsonArray changesJson(const QList<DoseChange> &changes, bool sources)
{
    QJsonArray out;
    for (const DoseChange &c : changes) {
        QJsonObject o { { QStringLiteral("drug"), c.drugName }, { QStringLiteral("from_mg"), c.fromMg },
            { QStringLiteral("to_mg"), c.toMg } };
        if (sources) {
            o.insert(QStringLiteral("source"), c.planStep > 0 ? QStringLiteral("plan step") : QStringLiteral("logged"));
            o.insert(QStringLiteral("plan_step"), c.planStep > 0 ? QJsonValue(c.planStep) : QJsonValue());
        }
        out.append(o);
    }
    return out;
}

} // namespace

int cmdTrajectory(const Args &args)
{
    std::optional<QDate> from, to;
    if (const auto v = args.value(QStringLiteral("from")))
        from = parseDate(*v, QStringLiteral("from"));
    if (const auto v = args.value(QStringLiteral("to")))
        to = parseDate(*v, QStringLiteral("to"));
    if (from && to && *to < *from)
        throwInvalid(QStringLiteral("to"),
            QStringLiteral("the end of the range is before its start; give --to on or "
                           "after --from"));
    Selection selection;
    if (const auto g = args.value(QStringLiteral("group"))) {
        QString match;
        for (const QString &known : catalogue::symptomGroups())
            if (known.compare(g->trimmed(), Qt::CaseInsensitive) == 0)
                match = known;
        if (match.isEmpty())
            throwInvalid(QStringLiteral("group"),
                QStringLiteral("no such symptom group; the groups are: %1")
                    .arg(catalogue::symptomGroups().join(QStringLiteral(", "))));
        selection.group = match;
    }

    auto diary = openDiary(args, true);
    // As the Charts page: the whole diary up to today, then the range asked for.
    Trajectory t;
    const QDate first = diary->firstDay();
    if (first.isValid())
        t = build(*diary, first, std::max(diary->lastDay(), defaultClock().today()), selection);
    const Waves waves = findWaves(t);
    const ReductionResponse response = reductionResponse(t, 5);

    const int i0 = t.days() ? std::max(0, from ? t.indexOf(*from) : 0) : 0;
    const int i1 = t.days() ? std::min(t.days() - 1, to ? t.indexOf(*to) : t.days() - 1) : -1;
    const bool any = i1 >= i0;
    const QDate a = any ? t.dateAt(i0) : (from ? *from : QDate());
    const QDate b = any ? t.dateAt(i1) : (to ? *to : QDate());
    auto inRange = [&](const QDate &d) { return any && d >= a && d <= b; };
    const int logged = any ? t.loggedDays(i0, i1) : 0;
    const int days = any ? i1 - i0 + 1 : 0;
    const QString rangeSentence = !any ? QStringLiteral("Nothing logged in this range.")
                                       : QStringLiteral("Symptoms were logged on %1 of the %2 days from %3 to %4.")
                                             .arg(logged)
                                             .arg(days)
                                             .arg(iso(a), iso(b));

    if (args.has(QStringLiteral("json"))) {
        QJsonArray daily;
        for (int i = i0; any && i <= i1; ++i) {
            QJsonObject taken;
            for (const DrugSeries &d : t.drugs)
                if (!std::isnan(d.takenMg[i]))
                    taken.insert(d.name, d.takenMg[i]);
            daily.append(QJsonObject { { QStringLiteral("date"), iso(t.dateAt(i)) },
                { QStringLiteral("load"), number(t.load[i]) }, { QStringLiteral("load_mean7"), number(t.loadMean7[i]) },
                { QStringLiteral("taken_mg"), taken } });
        }
        QJsonArray reductions, stages, backs;
        for (const Marker &m : t.markers) {
            if (!inRange(m.date))
                continue;
            if (m.kind == MarkerKind::Reduction)
                reductions.append(QJsonObject { { QStringLiteral("date"), iso(m.date) },
                    { QStringLiteral("drugs"), changesJson(m.changes, true) } });
            else if (m.kind == MarkerKind::SwitchStage)
                stages.append(QJsonObject { { QStringLiteral("date"), iso(m.date) },
                    { QStringLiteral("stage"), m.stage }, { QStringLiteral("stages"), m.stageCount },
                    { QStringLiteral("drugs"), changesJson(m.changes, false) } });
            else if (m.kind == MarkerKind::Increase)
                backs.append(QJsonObject { { QStringLiteral("date"), iso(m.date) },
                    { QStringLiteral("drugs"), changesJson(m.changes, false) } });
        }
        auto periods = [&](const QList<Period> &list) {
            QJsonArray out;
            for (const Period &p : list)
                if (any && p.end >= a && p.start <= b)
                    out.append(QJsonObject { { QStringLiteral("start"), iso(p.start) },
                        { QStringLiteral("end"), iso(p.end) }, { QStringLiteral("days"), p.days() } });
            return out;
        };
        const QJsonObject root {
            { QStringLiteral("from"), a.isValid() ? QJsonValue(iso(a)) : QJsonValue() },
            { QStringLiteral("to"), b.isValid() ? QJsonValue(iso(b)) : QJsonValue() },
            { QStringLiteral("days"), days },
            { QStringLiteral("logged_days"), logged },
            { QStringLiteral("group"), selection.group.isEmpty() ? QJsonValue() : QJsonValue(selection.group) },
            { QStringLiteral("daily"), daily },
            { QStringLiteral("reductions"), reductions },
            { QStringLiteral("switch_stages"), stages },
            { QStringLiteral("steps_back"), backs },
            { QStringLiteral("waves"), periods(waves.waves) },
            { QStringLiteral("calm_windows"), periods(waves.windows) },
            { QStringLiteral("sentences"),
                QJsonObject { { QStringLiteral("range"), rangeSentence },
                    { QStringLiteral("reductions"), response.sentence },
                    { QStringLiteral("waves"), waves.sentence } } },
        };
        writeOut(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }

    QStringList lines;
    if (!any) {
        lines << rangeSentence;
        printOut(lines.join(QLatin1Char('\n')));
        return 0;
    }
    lines << QStringLiteral("Trajectory from %1 to %2%3")
                 .arg(iso(a), iso(b),
                     selection.group.isEmpty() ? QString() : QStringLiteral(" (%1 symptoms)").arg(selection.group));
    lines << rangeSentence << response.sentence << waves.sentence;
    QStringList cuts, stageLines, waveLines, backLines;
    for (const Marker &m : t.markers) {
        if (!inRange(m.date))
            continue;
        if (m.kind == MarkerKind::Reduction)
            cuts << QStringLiteral("  %1  %2").arg(iso(m.date), changesText(m.changes, true));
        else if (m.kind == MarkerKind::SwitchStage)
            stageLines << QStringLiteral("  %1  stage %2 of %3: %4")
                              .arg(iso(m.date))
                              .arg(m.stage)
                              .arg(m.stageCount)
                              .arg(changesText(m.changes, false));
        else if (m.kind == MarkerKind::Increase)
            backLines << QStringLiteral("  %1  %2").arg(iso(m.date), changesText(m.changes, false));
    }
    for (const Period &p : waves.waves)
        if (p.end >= a && p.start <= b)
            waveLines << QStringLiteral("  %1 to %2 (%3 days)").arg(iso(p.start), iso(p.end)).arg(p.days());
    lines << QString() << QStringLiteral("Reductions:");
    lines << (cuts.isEmpty() ? QStringList { QStringLiteral("  none") } : cuts);
    if (!stageLines.isEmpty())
        lines << QString() << QStringLiteral("Switch stages:") << stageLines;
    if (!backLines.isEmpty())
        lines << QString() << QStringLiteral("Steps back to the previous dose (increases, prescriber agreed):")
              << backLines;
    lines << QString() << QStringLiteral("Waves:");
    lines << (waveLines.isEmpty() ? QStringList { QStringLiteral("  none") } : waveLines);
    lines << QString() << QStringLiteral("Daily symptom load (- = not logged), 7-day mean, doses taken:");
    for (int i = i0; i <= i1; ++i) {
        QStringList doses;
        for (const DrugSeries &d : t.drugs)
            if (!std::isnan(d.takenMg[i]))
                doses << QStringLiteral("%1 %2 mg").arg(d.name, plan::mgText(d.takenMg[i]));
        QString line
            = QStringLiteral("  %1  %2  %3")
                  .arg(iso(t.dateAt(i)), std::isnan(t.load[i]) ? QStringLiteral("-") : QString::number(t.load[i]),
                      std::isnan(t.loadMean7[i]) ? QStringLiteral("-") : QString::number(t.loadMean7[i], 'f', 1));
        if (!doses.isEmpty())
            line += QStringLiteral("  ") + doses.join(QStringLiteral(", "));
        lines << line;
    }
    printOut(lines.join(QLatin1Char('\n')));
    return 0;
}

QList<Command> trajectoryCommands()
{
    const QString dateHelp = QStringLiteral("YYYY-MM-DD, or \"today\" or \"yesterday\"");
    return {
        { QStringLiteral("trajectory"), QStringLiteral("[--from D] [--to D] [--group NAME] [--json]"),
            QStringLiteral("Print what the Charts page shows: symptom load, reductions, waves"),
            QStringLiteral(
                "Opens the diary read-only and prints, for the range (default: the whole diary up to today):\n"
                "the daily symptom load (the sum of the day's ratings; not logged on days nothing was rated),\n"
                "the reductions (a plan step the logged doses followed, or a drop in the logged daily total\n"
                "that held for a week; cuts of several drugs on one day are one reduction), the stages of a\n"
                "switch to diazepam (not reductions), the waves (stretches above your own calm level) and the\n"
                "summary sentences. Reductions, waves and sentences are worked out over the whole diary, as on\n"
                "the Charts page; the range only chooses what is printed.\n"
                "JSON keys: from, to, days, logged_days, group, daily [{date, load, load_mean7, taken_mg\n"
                "{drug: mg}}], reductions [{date, drugs [{drug, from_mg, to_mg, source (\"plan step\" or\n"
                "\"logged\"), plan_step}]}], switch_stages [{date, stage, stages, drugs [{drug, from_mg,\n"
                "to_mg}]}], waves and calm_windows [{start, end, days}], sentences {range, reductions, waves}.\n"
                "Unknown values are null."),
            { { QStringLiteral("from"), QStringLiteral("D"), QStringLiteral("the first day to print: ") + dateHelp },
                { QStringLiteral("to"), QStringLiteral("D"), QStringLiteral("the last day to print: ") + dateHelp },
                { QStringLiteral("group"), QStringLiteral("NAME"),
                    QStringLiteral("count only one symptom group (as \"symptoms\" lists them)") },
                { QStringLiteral("json"), QString(), QStringLiteral("print JSON instead of text") } },
            0, 0, Command::DiaryUse::Required, true, cmdTrajectory },
    };
}

} // namespace waymark::cli
