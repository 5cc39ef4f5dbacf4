// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/clinicalsummary.h"

#include "catalogue.h"
#include "diary.h"
#include "errors.h"
#include "plandocuments.h"
#include "planner/equivalence.h"
#include "storedplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace waymark::report {

namespace {

using namespace waymark::trajectory;

QString iso(const QDate &d)
{
    return dateText(d);
}

bool same(double a, double b)
{
    return std::abs(a - b) <= 0.005 * std::max(std::abs(a), std::abs(b)) + 1e-6;
}

QString methodText(const planner::Plan &plan)
{
    const QString every = QCoreApplication::translate("Report", " every %1 days").arg(plan.intervalDays);
    switch (plan.method) {
    case planner::Method::Linear:
        return QCoreApplication::translate("Report", "linear: %1 less each step%2").arg(mgText(plan.stepSize), every);
    case planner::Method::Percent:
        return QCoreApplication::translate("Report", "percent: %1 % of the previous dose each step%2")
            .arg(localDecimal(QLocale::c().toString(plan.stepSize, 'g', 4)), every);
    case planner::Method::Hyperbolic:
        return QCoreApplication::translate("Report", "hyperbolic: %1 points of modelled occupancy each step%2")
            .arg(localDecimal(QLocale::c().toString(plan.stepSize, 'g', 4)), every);
    case planner::Method::Custom:
        return QCoreApplication::translate("Report", "custom: the doses and dates the prescriber wrote down");
    }
    return {};
}

QStringList holdsText(const planner::Plan &plan)
{
    QStringList out;
    for (const planner::Adjustment &a : plan.adjustments) {
        if (a.kind != planner::Adjustment::Kind::Hold && a.kind != planner::Adjustment::Kind::Pause)
            continue;
        const QString what = a.kind == planner::Adjustment::Kind::Hold
            ? QCoreApplication::translate("Report", "held")
            : QCoreApplication::translate("Report", "paused");
        if (a.days)
            out << QCoreApplication::translate("Report", "%1 from %2 for %3 days").arg(what, iso(a.date)).arg(*a.days);
        else if (a.releasedOn)
            out << QCoreApplication::translate("Report", "%1 from %2 until %3")
                       .arg(what, iso(a.date), iso(*a.releasedOn));
        else
            out << QCoreApplication::translate("Report", "%1 from %2 until released (still open)")
                       .arg(what, iso(a.date));
    }
    return out;
}

} // namespace

/** Our own words at the end of each source's entry in SOURCES.md (what the numbers are and how
 *  Waymark uses them), translated (context "Source"); the citation before them stays as published. */
const QList<std::pair<QString, const char *>> &sourceNotes()
{
    static const QList<std::pair<QString, const char *>> notes {
        { QStringLiteral("S1"),
            QT_TRANSLATE_NOOP("Source",
                "Occupancy = Emax x dose / (ED50 + dose). The Emax/ED50 values are those of the public "
                "antidepressant calculator mkotsollaris/antidepressantscalculator (2023), which cites this "
                "paper; they could not be checked against the paper's own table, and one secondary source gives "
                "citalopram an ED50 near 3.4 mg instead of 2.33. Shown as modelled values, editable in Settings "
                "› Medicines (\"your values\"), never as a measurement. Sanity check: the citalopram row gives "
                "75.2 % at 20 mg; PET measured 77 % (Meyer et al., Am J Psychiatry 2001;158:1843–9).") },
        { QStringLiteral("S2"), QT_TRANSLATE_NOOP("Source", "mg equal to 10 mg oral diazepam.") },
        { QStringLiteral("S3"),
            QT_TRANSLATE_NOOP("Source",
                "table of approximate equivalents to 10 mg oral diazepam. Rates alprazolam, clonazepam and "
                "lorazepam half as potent as Ashton does.") },
        { QStringLiteral("S4"), QT_TRANSLATE_NOOP("Source", "per 5 mg diazepam (doubled here), with half-lives.") },
        { QStringLiteral("S5"),
            QT_TRANSLATE_NOOP("Source",
                "Product labelling (common strengths and liquid forms; vary by country). Half-lives are typical "
                "adult values.") },
    };
    return notes;
}

QHash<QString, QString> sourceTexts()
{
    QHash<QString, QString> out;
    const QString all = catalogue::sourcesText();
    static const QRegularExpression item(QStringLiteral("^- (S\\d+): (.*?)(?=^- |\\z)"),
        QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    auto it = item.globalMatch(all);
    while (it.hasNext()) {
        const auto m = it.next();
        QString text = m.captured(2).simplified();
        for (const auto &[key, note] : sourceNotes()) {
            const QString english = QString::fromUtf8(note);
            if (key == m.captured(1) && text.endsWith(english)) // a changed SOURCES.md stays as written
                text = text.chopped(english.size()) + QCoreApplication::translate("Source", note);
        }
        out.insert(m.captured(1), text);
    }
    return out;
}

namespace {

QString excerpt(const QString &note, int chars)
{
    QString s = note.simplified();
    if (s.size() <= chars)
        return s;
    int cut = int(s.lastIndexOf(QLatin1Char(' '), chars - 1));
    if (cut < chars / 2)
        cut = chars - 1;
    return s.left(cut) + QStringLiteral("…");
}

struct SymptomInfo
{
    QString key;
    QString name;
    bool safety = false;
};

} // namespace

QString noAdviceSentence()
{
    return QCoreApplication::translate("Report",
        "Waymark does not give medical advice: this summary records what the person logged, and any "
        "plan in it is a proposal to agree with their prescriber.");
}

QString severityName(int severity)
{
    static const char *const names[] = { QT_TRANSLATE_NOOP("Report", "none"), QT_TRANSLATE_NOOP("Report", "mild"),
        QT_TRANSLATE_NOOP("Report", "moderate"), QT_TRANSLATE_NOOP("Report", "severe"),
        QT_TRANSLATE_NOOP("Report", "extreme") };
    return severity >= 0 && severity <= 4 ? QCoreApplication::translate("Report", names[severity]) : QString();
}

QString mgText(double mg)
{
    QString s = QString::number(mg, 'f', 4);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return localDecimal(s) + QStringLiteral(" mg");
}

QString localDecimal(const QString &number)
{
    const QString point = QLocale().decimalPoint();
    if (point == QLatin1String("."))
        return number;
    QString s = number;
    return s.replace(QLatin1Char('.'), point);
}

QString dateText(const QDate &date)
{
    // ISO in English (the form a clinic's records and the exported files use); the translation
    // gives the language's own order ("15.03.2026").
    return QLocale().toString(date, QCoreApplication::translate("DateFormat", "yyyy-MM-dd"));
}

QPair<QDate, QDate> defaultRange(const Diary &diary, const QDate &today)
{
    QDate first;
    for (const StoredPlan &p : diary.plans(true))
        if (!p.schedule.steps.isEmpty() && p.schedule.steps.first().start <= today
            && (!first.isValid() || p.schedule.steps.first().start < first))
            first = p.schedule.steps.first().start;
    // At least three months: a plan begun last week says little about how the taper has gone.
    const QDate threeMonths = today.addMonths(-3).addDays(1);
    return { first.isValid() ? std::min(first, threeMonths) : threeMonths, today };
}

Summary buildSummary(const Diary &diary, const Options &options)
{
    if (!options.from.isValid())
        throwInvalid(QStringLiteral("from"),
            QCoreApplication::translate("Report", "the summary needs the first day of its range"));
    if (!options.to.isValid())
        throwInvalid(
            QStringLiteral("to"), QCoreApplication::translate("Report", "the summary needs the last day of its range"));
    if (options.to < options.from)
        throwInvalid(QStringLiteral("to"),
            QCoreApplication::translate(
                "Report", "the range ends before it starts; give an end on or after its start"));
    if (options.from.daysTo(options.to) > qint64(366) * 20)
        throwInvalid(QStringLiteral("from"),
            QCoreApplication::translate("Report", "the range is longer than 20 years; choose a shorter one"));

    Summary s;
    s.options = options;
    const QDate from = options.from, to = options.to;
    s.asOf = options.today.isValid() ? std::min(options.today, to) : to;
    s.asOf = std::max(s.asOf, from);
    s.daysInRange = int(from.daysTo(to)) + 1;

    // The whole diary up to the end of the range: reductions, waves and the response need the days before.
    const QDate first = diary.firstDay();
    const QDate buildFrom = first.isValid() ? std::min(first, from) : from;
    s.trajectory = trajectory::build(diary, buildFrom, to);
    s.waves = findWaves(s.trajectory);
    s.response = reductionResponse(s.trajectory, 5);
    const Trajectory &t = s.trajectory;
    const int i0 = t.indexOf(from), i1 = t.indexOf(to);

    const QList<DaySummary> history = diary.history(from, to);
    QHash<QDate, DaySummary> byDay;
    for (const DaySummary &d : history)
        byDay.insert(d.date, d);
    s.daysLogged = int(history.size());
    s.daysSymptomsLogged = t.loggedDays(i0, i1);
    s.loggedText = QCoreApplication::translate(
        "Report", "Something was logged on %1 of the %2 days from %3 to %4; symptoms on %5.")
                       .arg(s.daysLogged)
                       .arg(s.daysInRange)
                       .arg(iso(from), iso(to))
                       .arg(s.daysSymptomsLogged);

    const QList<Drug> drugs = diary.drugs(true);
    const QList<DoseEvent> doses = diary.doses(from, to);

    // Drugs taken now: the last day up to the end of the range with a dose of each drug.
    const QHash<QString, QString> sources = sourceTexts();
    QSet<QString> usedSources;
    for (int di = 0; di < t.drugs.size(); ++di) {
        const DrugSeries &series = t.drugs[di];
        int last = -1;
        for (int i = i1; i >= 0; --i)
            if (!std::isnan(series.takenMg[i])) {
                last = i;
                break;
            }
        if (last < 0)
            continue;
        // Stopped: a logged day after the last dose (0 mg) counts too, but only within the range.
        DrugNow now;
        now.drugId = series.drugId;
        now.name = series.name;
        now.lastDay = t.dateAt(last);
        now.dailyMg = series.takenMg[last];
        QList<DoseEvent> dayDoses = diary.doses(now.lastDay);
        dayDoses.erase(std::remove_if(dayDoses.begin(), dayDoses.end(),
                           [&](const DoseEvent &e) { return e.drugId != series.drugId; }),
            dayDoses.end());
        std::stable_sort(dayDoses.begin(), dayDoses.end(), [](const DoseEvent &a, const DoseEvent &b) {
            return a.time.value_or(QTime(0, 0)) < b.time.value_or(QTime(0, 0));
        });
        for (const DoseEvent &e : dayDoses)
            now.doses << (e.time ? QCoreApplication::translate("Report", "%1 at %2")
                                       .arg(mgText(e.mg()), e.time->toString(QStringLiteral("HH:mm")))
                                 : mgText(e.mg()));
        bool stopped = false;
        for (int i = last + 1; i <= i1; ++i)
            if (i >= i0 && std::isnan(series.takenMg[i]) && byDay.contains(t.dateAt(i)))
                stopped = true; // logged days with none of it since
        if (stopped && last < i0)
            continue; // stopped before the range began
        const auto it = std::find_if(drugs.begin(), drugs.end(), [&](const Drug &d) { return d.id == series.drugId; });
        if (it != drugs.end() && !stopped) {
            if (const auto lib = catalogue::findDrug(it->libraryKey.isEmpty() ? it->name : it->libraryKey)) {
                const QList<planner::DiazepamEquivalent> eq = planner::diazepamEquivalents(*lib, now.dailyMg);
                QStringList parts;
                for (const planner::DiazepamEquivalent &e : eq) {
                    if (lib->key == QLatin1String("diazepam"))
                        break;
                    parts << QStringLiteral("%1 (%2)").arg(mgText(e.diazepamMg), e.sourceLabel);
                    usedSources.insert(e.sourceKey);
                }
                if (!parts.isEmpty())
                    now.equivalent = QCoreApplication::translate("Report", "about %1 diazepam")
                                         .arg(parts.join(QCoreApplication::translate("Report", " or ")));
            }
        }
        if (stopped) {
            now.text = QCoreApplication::translate("Report", "%1: none logged since %2 (last dose %3 a day)")
                           .arg(now.name, iso(now.lastDay.addDays(1)), mgText(now.dailyMg));
        } else {
            now.text = QCoreApplication::translate("Report", "%1 %2 a day").arg(now.name, mgText(now.dailyMg));
            if (now.doses.size() > 1 || (now.doses.size() == 1 && now.doses.first() != mgText(now.dailyMg)))
                now.text += QStringLiteral(" (%1)").arg(now.doses.join(QStringLiteral(" + ")));
            now.text += now.lastDay == to
                ? QCoreApplication::translate("Report", ", as logged on the last day of the range")
                : QCoreApplication::translate("Report", ", as last logged on %1").arg(iso(now.lastDay));
            if (!now.equivalent.isEmpty())
                now.text += QStringLiteral("; %1").arg(now.equivalent);
        }
        s.drugsNow.append(now);
    }

    // Plans: where the person is on the day "now" means.
    for (const StoredPlan &p : diary.plans(false)) {
        if (p.schedule.steps.isEmpty())
            continue;
        PlanNow pn;
        pn.planId = p.id;
        pn.drugName = p.drugName;
        pn.methodText = methodText(p.plan);
        pn.steps = p.schedule.steps;
        pn.fit = p.schedule.fit;
        pn.waitingForRelease = p.schedule.waitingForRelease;
        pn.holds = holdsText(p.plan);
        pn.stepCount = int(p.schedule.steps.size());
        const auto at = p.schedule.stepOn(s.asOf);
        QStringList sentences;
        sentences << QCoreApplication::translate("Report", "%1 plan (%2), %3 steps%4 from %5.")
                         .arg(p.drugName, pn.methodText)
                         .arg(pn.stepCount)
                         .arg(pn.waitingForRelease ? QCoreApplication::translate("Report", " known so far") : QString())
                         .arg(iso(p.schedule.steps.first().start));
        if (!at) {
            sentences << QCoreApplication::translate("Report", "On %1 it had not begun; step 1 is %2 from %3.")
                             .arg(iso(s.asOf), mgText(p.schedule.steps.first().doseMg),
                                 iso(p.schedule.steps.first().start));
        } else {
            const planner::Step &step = p.schedule.steps[*at];
            pn.step = step.index;
            pn.doseMg = step.doseMg;
            pn.stepStart = step.start;
            QString now = QCoreApplication::translate("Report", "On %1: step %2 of %3, %4 a day since %5")
                              .arg(iso(s.asOf))
                              .arg(step.index)
                              .arg(pn.stepCount)
                              .arg(mgText(step.doseMg), iso(step.start));
            if (step.occupancyPct)
                now += QCoreApplication::translate("Report", " (modelled occupancy %1 %)")
                           .arg(localDecimal(QString::number(*step.occupancyPct, 'f', 1)));
            if (*at + 1 < p.schedule.steps.size()) {
                const planner::Step &next = p.schedule.steps[*at + 1];
                pn.nextChange = next.start;
                pn.nextDoseMg = next.doseMg;
                now += QCoreApplication::translate("Report", "; next change on %1 to %2.")
                           .arg(iso(next.start), mgText(next.doseMg));
            } else if (pn.waitingForRelease) {
                now += QCoreApplication::translate(
                    "Report", "; held until released, so the next change has no date yet.");
            } else {
                now += step.doseMg == 0 ? QCoreApplication::translate("Report", "; this is the end of the plan.")
                                        : QCoreApplication::translate("Report", "; this is the last step.");
            }
            sentences << now;
        }
        if (!pn.holds.isEmpty())
            sentences << QCoreApplication::translate("Report", "Holds: %1.").arg(pn.holds.join(QStringLiteral("; ")));
        pn.text = sentences.join(QLatin1Char(' '));
        // Doses across the day: the amount at each time, and which dose each step changes.
        for (const planner::Step &st : p.schedule.steps) {
            if (st.times.isEmpty())
                continue;
            QStringList times;
            for (const planner::TimeDose &t : st.times)
                times << QStringLiteral("%1 %2").arg(t.time.toString(QStringLiteral("HH:mm")), mgText(t.doseMg));
            QString line = QCoreApplication::translate("Report", "Step %1, from %2: %3")
                               .arg(st.index)
                               .arg(iso(st.start), times.join(QStringLiteral(" · ")));
            const QString change = st.stepBack
                ? QCoreApplication::translate("Report", "back to the previous dose (prescriber agreed)")
                : st.timesChange;
            if (st.index > 1 && !change.isEmpty())
                line += QStringLiteral(" — ") + change;
            pn.timesLines << line;
        }
        // What to ask the pharmacy for: the next 8 weeks from the day "now" means, with the person's margin.
        const planner::SupplySummary supply = plandocuments::supply(
            p, s.asOf, plandocuments::kDefaultSupplyWeeks, plandocuments::supplyMarginPct(diary));
        pn.supplyHeading
            = plandocuments::supplyHeading(QCoreApplication::translate("Report", "Supply for the next %1 weeks")
                                               .arg(plandocuments::kDefaultSupplyWeeks),
                supply.weeks);
        pn.supplyLines = plandocuments::supplyLines(supply.weeks);
        if (pn.fit)
            usedSources.insert(
                pn.fit->source.startsWith(QLatin1String("user")) ? QStringLiteral("user") : QStringLiteral("S1"));
        s.plans.append(pn);
    }
    for (const StoredSwitch &sw : diary.switches(false)) {
        if (sw.crossover.stages.size() < 2 || sw.startDate > to)
            continue;
        const QDate last = sw.crossover.lastDay();
        if (sw.endedOn.isValid() && sw.endedOn < from)
            continue;
        QString text = QCoreApplication::translate("Report",
            "Switch from %1 to diazepam in %2 stages every %3 days from %4 to %5, "
            "under %6 (%7 mg equal to 10 mg diazepam); final dose %8 diazepam.")
                           .arg(sw.fromName)
                           .arg(sw.stages)
                           .arg(sw.intervalDays)
                           .arg(iso(sw.startDate), iso(last), sw.crossover.used.sourceLabel,
                               localDecimal(QLocale::c().toString(sw.crossover.used.mgPer10Diazepam, 'g', 4)),
                               mgText(sw.crossover.targetDiazepamMg));
        if (sw.endedOn.isValid())
            text += QCoreApplication::translate("Report", " Ended on %1.").arg(iso(sw.endedOn));
        usedSources.insert(sw.crossover.used.sourceKey);
        s.switches << text;
    }

    for (const Marker &m : t.markers) {
        if (m.date < from || m.date > to || (m.kind != MarkerKind::Reduction && m.kind != MarkerKind::SwitchStage))
            continue;
        QStringList parts;
        for (const DoseChange &c : m.changes) {
            QString part = QStringLiteral("%1 %2 → %3").arg(c.drugName, mgText(c.fromMg), mgText(c.toMg));
            if (m.kind == MarkerKind::Reduction)
                part += c.planStep > 0 ? QCoreApplication::translate("Report", " (plan step %1)").arg(c.planStep)
                                       : QCoreApplication::translate("Report", " (logged)");
            parts << part;
        }
        const QString what = m.kind == MarkerKind::SwitchStage
            ? QCoreApplication::translate("Report", "switch stage %1 of %2: ").arg(m.stage).arg(m.stageCount)
            : QString();
        s.reductionsInRange << QStringLiteral("%1: %2%3").arg(iso(m.date), what, parts.join(QStringLiteral(", ")));
    }

    // Symptoms in the range.
    QHash<qint64, SymptomInfo> symptomById;
    for (const Symptom &sym : diary.symptoms(true))
        // A built-in symptom's name in the summary's language (context "Symptom", as the app shows
        // it, without the soft hyphens that break it on a narrow screen); a name the person typed has
        // no translation and stays as typed.
        symptomById.insert(sym.id,
            { sym.key, QCoreApplication::translate("Symptom", sym.name.toUtf8().constData()).remove(QChar(0x00AD)),
                sym.safety });
    struct Acc
    {
        int present = 0, rated = 0, max = 0;
        QDate maxOn;
        double sum = 0;
        int firstRated = 0, secondRated = 0;
        double firstSum = 0, secondSum = 0;
    };
    QHash<qint64, Acc> acc;
    const qint64 mid = from.toJulianDay() + (to.toJulianDay() - from.toJulianDay() + 1) / 2;
    QHash<qint64, QList<QPair<qint64, int>>> byWeek; // week index -> (symptom, severity)
    QSet<QDate> safetyDays;
    diary.forEachRating(from, to, [&](qint64 jd, qint64 symptomId, int severity) {
        Acc &a = acc[symptomId];
        ++a.rated;
        if (severity > 0) {
            ++a.present;
            a.sum += severity;
        }
        if (severity >= a.max && severity > 0) {
            a.max = severity;
            a.maxOn = QDate::fromJulianDay(jd);
        }
        (jd < mid ? a.firstRated : a.secondRated) += 1;
        (jd < mid ? a.firstSum : a.secondSum) += severity;
        byWeek[(jd - from.toJulianDay()) / 7].append({ symptomId, severity });
        const SymptomInfo info = symptomById.value(symptomId);
        if (info.safety && severity >= 2) {
            s.safety.append({ QDate::fromJulianDay(jd), info.name, severity });
            safetyDays.insert(QDate::fromJulianDay(jd));
        }
    });
    QList<SymptomStat> stats;
    for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
        const Acc &a = it.value();
        if (a.present == 0)
            continue;
        const SymptomInfo info = symptomById.value(it.key());
        SymptomStat st;
        st.key = info.key;
        st.name = info.name;
        st.daysPresent = a.present;
        st.daysRated = a.rated;
        st.maxSeverity = a.max;
        st.maxOn = a.maxOn;
        st.meanWhenPresent = a.sum / a.present;
        if (a.firstRated < 3 || a.secondRated < 3) {
            st.trend = QCoreApplication::translate("Report", "too few ratings to tell");
        } else {
            const double m1 = a.firstSum / a.firstRated, m2 = a.secondSum / a.secondRated;
            const double margin = std::max(0.3, 0.25 * m1);
            st.trend = m2 > m1 + margin ? QCoreApplication::translate("Report", "rising")
                : m2 < m1 - margin      ? QCoreApplication::translate("Report", "easing")
                                        : QCoreApplication::translate("Report", "about the same");
            st.trend += QCoreApplication::translate("Report", " (mean %1, then %2)")
                            .arg(localDecimal(QString::number(m1, 'f', 1)), localDecimal(QString::number(m2, 'f', 1)));
        }
        st.text = QCoreApplication::translate("Report", "%1: on %2 of %3 rated days, worst %4 (%5); %6")
                      .arg(st.name)
                      .arg(st.daysPresent)
                      .arg(st.daysRated)
                      .arg(severityName(st.maxSeverity), iso(st.maxOn), st.trend);
        stats.append(st);
    }
    s.mostFrequent = stats;
    std::sort(s.mostFrequent.begin(), s.mostFrequent.end(), [](const SymptomStat &a, const SymptomStat &b) {
        return a.daysPresent != b.daysPresent ? a.daysPresent > b.daysPresent : a.name < b.name;
    });
    s.mostSevere = stats;
    std::sort(s.mostSevere.begin(), s.mostSevere.end(), [](const SymptomStat &a, const SymptomStat &b) {
        if (a.maxSeverity != b.maxSeverity)
            return a.maxSeverity > b.maxSeverity;
        if (a.meanWhenPresent != b.meanWhenPresent)
            return a.meanWhenPresent > b.meanWhenPresent;
        return a.name < b.name;
    });
    QList<SymptomStat> weekSymptoms = s.mostFrequent.mid(0, 6);
    s.mostFrequent = s.mostFrequent.mid(0, 5);
    s.mostSevere = s.mostSevere.mid(0, 5);
    std::sort(s.safety.begin(), s.safety.end(), [](const SafetyEvent &a, const SafetyEvent &b) {
        return a.date != b.date ? a.date < b.date : a.name < b.name;
    });

    // Adherence against the active plans' planned doses (the trajectory's plannedMg).
    for (const DrugSeries &series : t.drugs) {
        AdherenceDrug ad;
        ad.drugName = series.name;
        for (int i = i0; i <= i1; ++i) {
            if (std::isnan(series.plannedMg[i]))
                continue;
            ++ad.plannedDays;
            const QDate d = t.dateAt(i);
            if (!byDay.contains(d)) {
                ++ad.notLogged;
                continue;
            }
            const double planned = series.plannedMg[i];
            const double taken = std::isnan(series.takenMg[i]) ? 0.0 : series.takenMg[i];
            if (same(taken, planned)) {
                ++ad.asPlanned;
                continue;
            }
            if (taken == 0)
                ++ad.missed;
            else if (taken > planned)
                ++ad.higher;
            else
                ++ad.lower;
            s.deviations.append({ d, series.name, planned, taken });
        }
        if (ad.plannedDays == 0)
            continue;
        ad.text = QCoreApplication::translate(
            "Report", "%1: %2 of the %3 planned days as planned; %4 missed, %5 lower, %6 higher; %7 not logged.")
                      .arg(ad.drugName)
                      .arg(ad.asPlanned)
                      .arg(ad.plannedDays)
                      .arg(ad.missed)
                      .arg(ad.lower)
                      .arg(ad.higher)
                      .arg(ad.notLogged);
        s.adherence.append(ad);
    }
    std::sort(s.deviations.begin(), s.deviations.end(),
        [](const Deviation &a, const Deviation &b) { return a.date < b.date; });

    // Notes for the prescriber, and the day-by-day table.
    for (auto it = history.crbegin(); it != history.crend(); ++it)
        if (it->noteForPrescriber)
            s.prescriberNotes.append({ it->date, diary.day(it->date).note });

    QList<int> columns; // indexes into t.drugs of the drugs logged or planned in the range
    for (int di = 0; di < t.drugs.size(); ++di) {
        bool any = false;
        for (int i = i0; i <= i1 && !any; ++i)
            any = !std::isnan(t.drugs[di].takenMg[i]) || !std::isnan(t.drugs[di].plannedMg[i]);
        if (any) {
            columns << di;
            s.drugColumns << t.drugs[di].name;
        }
    }
    QHash<QPair<qint64, qint64>, int> doseCounts; // (julian day, drug id) -> doses
    for (const DoseEvent &e : doses)
        doseCounts[{ e.date.toJulianDay(), e.drugId }] += 1;
    const bool notes = options.sections & NoteExcerpts;
    for (int i = i0; i <= i1; ++i) {
        const QDate d = t.dateAt(i);
        if (!byDay.contains(d)) {
            if (!s.days.isEmpty() && !s.days.last().logged && s.days.last().endDate == d.addDays(-1))
                s.days.last().endDate = d;
            else {
                DayRow row;
                row.date = row.endDate = d;
                for (int di : columns) {
                    row.takenMg << std::nullopt;
                    row.doseCount << 0;
                    const double p = t.drugs[di].plannedMg[i];
                    row.plannedMg << (std::isnan(p) ? std::nullopt : std::optional<double>(p));
                }
                s.days.append(row);
            }
            continue;
        }
        const DaySummary &sum = byDay[d];
        DayRow row;
        row.date = row.endDate = d;
        row.logged = true;
        for (int di : columns) {
            const DrugSeries &series = t.drugs[di];
            const double v = series.takenMg[i];
            row.takenMg << (std::isnan(v) ? std::nullopt : std::optional<double>(v));
            row.doseCount << doseCounts.value({ d.toJulianDay(), series.drugId });
            const double p = series.plannedMg[i];
            row.plannedMg << (std::isnan(p) ? std::nullopt : std::optional<double>(p));
        }
        if (!std::isnan(t.load[i]))
            row.load = t.load[i];
        row.wellbeing = sum.wellbeing;
        row.sleepHours = sum.sleepHours;
        row.forPrescriber = sum.noteForPrescriber;
        row.safety = safetyDays.contains(d);
        if (notes && sum.hasNote)
            row.note = excerpt(diary.day(d).note, 60);
        s.days.append(row);
    }

    // Weekly symptom table: 7-day blocks from the first day of the range, the most frequent symptoms.
    QList<qint64> weekIds;
    for (const SymptomStat &st : weekSymptoms) {
        for (auto it = symptomById.cbegin(); it != symptomById.cend(); ++it)
            if (it.value().key == st.key)
                weekIds << it.key();
        s.weekColumns << st.name;
    }
    for (qint64 w = 0; from.addDays(w * 7) <= to; ++w) {
        WeekRow row;
        row.start = from.addDays(w * 7);
        row.end = std::min(to, row.start.addDays(6));
        double loadSum = 0;
        for (int i = t.indexOf(row.start); i <= t.indexOf(row.end); ++i)
            if (!std::isnan(t.load[i])) {
                ++row.ratedDays;
                loadSum += t.load[i];
            }
        if (row.ratedDays > 0)
            row.meanLoad = loadSum / row.ratedDays;
        const auto &ratings = byWeek.value(w);
        for (qint64 id : weekIds) {
            int n = 0;
            double sum = 0;
            for (const auto &r : ratings)
                if (r.first == id) {
                    ++n;
                    sum += r.second;
                }
            row.meanSeverity << (n ? std::optional<double>(sum / n) : std::nullopt);
        }
        s.weeks.append(row);
    }

    // Sources of the modelled numbers shown.
    for (const PlanNow &pn : s.plans)
        if (pn.fit)
            s.sources.append({ pn.fit->source.startsWith(QLatin1String("user")) ? QStringLiteral("user")
                                                                                : QStringLiteral("S1"),
                QCoreApplication::translate("Report",
                    "Modelled serotonin-transporter occupancy of %1 (plan steps): Emax %2 %, ED50 %3, "
                    "occupancy = Emax × dose / (ED50 + dose); %4.")
                    .arg(pn.drugName, localDecimal(QLocale::c().toString(pn.fit->emaxPct, 'g', 4)),
                        mgText(pn.fit->ed50Mg),
                        pn.fit->source.startsWith(QLatin1String("user"))
                            ? QCoreApplication::translate("Report", "values entered by the person or their prescriber")
                            : QCoreApplication::translate("Report", "library values, source S1")) });
    QStringList keys = QStringList(usedSources.cbegin(), usedSources.cend());
    keys.sort();
    for (const QString &k : keys)
        if (sources.contains(k))
            s.sources.append({ k, QStringLiteral("%1: %2").arg(k, sources.value(k)) });
    s.sources.append({ QStringLiteral("trajectory"),
        QCoreApplication::translate("Report",
            "Symptom load is the sum of the day's severities (0 none to 4 extreme) of the symptoms "
            "rated; reductions, waves and the reduction response are computed by Waymark's trajectory "
            "model from the logged doses and ratings (docs/ARCHITECTURE.md, \"Charts\").") });
    return s;
}

} // namespace waymark::report
