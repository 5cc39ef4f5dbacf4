// SPDX-License-Identifier: GPL-3.0-or-later
#include "trajectory.h"

#include "diary.h"
#include "errors.h"
#include "planner/dosemaker.h"
#include "storedplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace waymark::trajectory {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double median(QVector<double> v)
{
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return std::isnan(x); }), v.end());
    if (v.isEmpty())
        return kNaN;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

double percentile(QVector<double> v, double p)
{
    if (v.isEmpty())
        return kNaN;
    std::sort(v.begin(), v.end());
    const double pos = p * double(v.size() - 1);
    const auto lo = qsizetype(std::floor(pos));
    const auto hi = qsizetype(std::ceil(pos));
    return v[lo] + (v[hi] - v[lo]) * (pos - double(lo));
}

double margin(double baseline)
{
    return std::max(2.0, 0.25 * baseline);
}

/** Centred 3-day mean at offset i of a series, from the values present. */
double mean3(const QVector<double> &v, int i)
{
    double sum = 0;
    int n = 0;
    for (int k = i - 1; k <= i + 1; ++k) {
        if (k >= 0 && k < v.size() && !std::isnan(v[k])) {
            sum += v[k];
            ++n;
        }
    }
    return n ? sum / n : kNaN;
}

/**
 * The dose level of some days' logged totals: the upper quartile (nearest rank, so always a
 * total that was logged). Forgotten doses only lower a day's total, so they cannot pull it down;
 * one day above it in seven is ignored.
 */
double doseLevel(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[qsizetype(std::ceil(0.75 * double(v.size()))) - 1];
}

/** How far below a level a value must be to count as lower (doses are whole micrograms). */
double tolerance(double level)
{
    return std::max(0.001, 0.01 * std::abs(level));
}

bool below(double v, double level)
{
    return v < level - tolerance(level);
}

/** The known values of v between two indexes (inclusive, clamped). */
QVector<double> knownIn(const QVector<double> &v, int from, int to)
{
    QVector<double> out;
    for (int i = std::max(0, from); i <= to && i < v.size(); ++i)
        if (!std::isnan(v[i]))
            out.append(v[i]);
    return out;
}

QString daysLogged(int logged, int days)
{
    return QCoreApplication::translate("Trajectory", "%1 of %2 days logged").arg(logged).arg(days);
}

} // namespace

int Trajectory::loggedDays(int fromIndex, int toIndex) const
{
    int n = 0;
    for (int i = std::max(0, fromIndex); i <= toIndex && i < days(); ++i)
        n += !std::isnan(load[i]);
    return n;
}

QList<Marker> Trajectory::markersOf(MarkerKind kind) const
{
    QList<Marker> out;
    for (const Marker &m : markers)
        if (m.kind == kind)
            out.append(m);
    return out;
}

QList<Drop> heldDrops(const QVector<double> &totals)
{
    QList<Drop> out;
    const int n = int(totals.size());
    int skipUntil = -1;
    for (int i = 0; i < n; ++i) {
        const double v = totals[i];
        if (std::isnan(v) || i <= skipUntil)
            continue; // unknown, or part of a drop already found
        const QVector<double> before = knownIn(totals, i - 7, i - 1);
        if (before.size() < 3)
            continue;
        const double b = doseLevel(before);
        if (!below(v, b))
            continue;
        const QVector<double> after = knownIn(totals, i, i + 6);
        if (after.size() < 3)
            continue;
        const double a = doseLevel(after);
        if (!below(a, b))
            continue;
        const auto back = std::count_if(after.begin(), after.end(), [&](double x) { return !below(x, b); });
        if (back > (after.size() >= 6 ? 1 : 0))
            continue; // the level did not stay below: alternating or irregular doses
        // A day below the new level is a forgotten dose: the cut is the first day at the new level
        // within the next 3 (a forgotten dose just before a cut does not move it earlier).
        // "At the new level": within 10 % of it (and nearer to it than to the level before).
        const double near = std::max(tolerance(a), std::min(0.1 * a, (b - a) / 2));
        auto atLevel = [&](double x) { return !std::isnan(x) && std::abs(x - a) <= near; };
        int day = i;
        while (day <= i + 3 && day < n && !atLevel(totals[day]))
            ++day;
        if (day > i + 3 || day >= n)
            continue;
        out.append({ day, b, a });
        skipUntil = day + 6;
    }
    return out;
}

QVector<double> rollingMean(const QVector<double> &values, int window, int minCount)
{
    QVector<double> out(values.size(), kNaN);
    double sum = 0;
    int count = 0;
    for (int i = 0; i < values.size(); ++i) {
        if (!std::isnan(values[i])) {
            sum += values[i];
            ++count;
        }
        if (i >= window && !std::isnan(values[i - window])) {
            sum -= values[i - window];
            --count;
        }
        if (count >= minCount)
            out[i] = sum / count;
    }
    return out;
}

Trajectory build(const Diary &diary, QDate from, QDate to, const Selection &selection)
{
    if (!from.isValid())
        from = diary.firstDay();
    if (!to.isValid())
        to = diary.lastDay();
    Trajectory t;
    if (!from.isValid() || !to.isValid() || to < from)
        return t;
    t.first = from;
    t.last = to;
    const int n = int(from.daysTo(to)) + 1;
    const qint64 firstJd = from.toJulianDay();

    // Which symptom ids count (indexed by id: the ratings loop is the hot path).
    std::vector<char> selected;
    for (const Symptom &s : diary.symptoms(true)) {
        bool take;
        if (!selection.symptomKeys.isEmpty())
            take = selection.symptomKeys.contains(s.key);
        else if (!selection.group.isEmpty())
            take = s.group == selection.group;
        else
            take = true;
        if (take) {
            if (s.id >= qint64(selected.size()))
                selected.resize(size_t(s.id) + 1, 0);
            selected[size_t(s.id)] = 1;
        }
    }

    // Days with any entry: a drug not logged on such a day (once the diary has seen it) was not taken.
    std::vector<char> anyEntry(size_t(n), 0);
    t.load = QVector<double>(n, kNaN);
    t.present = QVector<double>(n, kNaN);
    diary.forEachRating(from, to, [&](qint64 jd, qint64 symptomId, int severity) {
        anyEntry[size_t(jd - firstJd)] = 1;
        if (symptomId < 0 || symptomId >= qint64(selected.size()) || !selected[size_t(symptomId)])
            return;
        const auto i = qsizetype(jd - firstJd);
        if (std::isnan(t.load[i])) {
            t.load[i] = 0;
            t.present[i] = 0;
        }
        t.load[i] += severity;
        if (severity > 0)
            t.present[i] += 1;
    });
    t.loadMean7 = rollingMean(t.load, 7, 4);

    t.wellbeing = QVector<double>(n, kNaN);
    t.sleepHours = QVector<double>(n, kNaN);
    QList<Marker> notes;
    diary.forEachDayRow(from, to, [&](qint64 jd, int wellbeing, double sleep, bool hasNote) {
        const auto i = qsizetype(jd - firstJd);
        anyEntry[size_t(i)] = 1;
        if (wellbeing >= 0)
            t.wellbeing[i] = wellbeing;
        t.sleepHours[i] = sleep;
        if (hasNote)
            notes.append({ QDate::fromJulianDay(jd), MarkerKind::Note, 0, {}, 0, 0, 0 });
    });

    QHash<qint64, int> drugIndex;
    for (const Drug &d : diary.drugs(true)) {
        drugIndex.insert(d.id, int(t.drugs.size()));
        DrugSeries s;
        s.drugId = d.id;
        s.name = d.name;
        s.takenMg = QVector<double>(n, kNaN);
        s.plannedMg = QVector<double>(n, kNaN);
        s.occupancyPct = QVector<double>(n, kNaN);
        s.emaxPct = d.sertEmaxPct;
        s.ed50Mg = d.sertEd50Mg;
        t.drugs.append(s);
    }
    diary.forEachDose(from, to, [&](qint64 jd, qint64 drugId, qint64 micrograms) {
        DrugSeries &s = t.drugs[drugIndex.value(drugId)];
        double &v = s.takenMg[qsizetype(jd - firstJd)];
        const double mg = double(micrograms) / 1000.0;
        v = std::isnan(v) ? mg : v + mg;
    });

    for (const DrugSeries &s : t.drugs)
        for (int i = 0; i < n; ++i)
            if (!std::isnan(s.takenMg[i]))
                anyEntry[size_t(i)] = 1;
    int lastEntry = -1;
    for (int i = 0; i < n; ++i)
        if (anyEntry[size_t(i)])
            lastEntry = i;
    // Daily totals for finding reductions.
    QList<QVector<double>> totals;
    for (const DrugSeries &s : t.drugs) {
        QVector<double> v(n, kNaN);
        bool seen = false;
        for (int i = 0; i < n; ++i) {
            seen = seen || !std::isnan(s.takenMg[i]);
            if (!std::isnan(s.takenMg[i]))
                v[i] = s.takenMg[i];
            else if (seen && anyEntry[size_t(i)])
                v[i] = 0;
        }
        totals.append(v);
    }

    QList<Marker> markers;
    struct Cut
    {
        int index;
        int drug; ///< index into t.drugs
        DoseChange change;
    };
    QList<Cut> planCuts;
    // Planned doses of the active plans, their holds, and the steps the person followed.
    for (const StoredPlan &p : diary.plans(false)) {
        if (!drugIndex.contains(p.drugId))
            continue;
        const int di = drugIndex.value(p.drugId);
        DrugSeries &s = t.drugs[di];
        for (const planner::Step &step : p.schedule.steps) {
            const QDate a = std::max(step.start, from);
            const QDate b = step.isOpen() ? to : std::min(step.end, to);
            for (QDate d = a; d <= b; d = d.addDays(1))
                s.plannedMg[qsizetype(from.daysTo(d))] = step.doseMg;
        }
        for (qsizetype k = 1; k < p.schedule.steps.size(); ++k) {
            const planner::Step &prev = p.schedule.steps[k - 1];
            const planner::Step &step = p.schedule.steps[k];
            if (step.start < from || step.start > to || !below(step.doseMg, prev.doseMg))
                continue;
            const int at = t.indexOf(step.start);
            // A step cut short by a step back is judged on its own days (the days back are higher again).
            const bool steppedBack = k + 1 < p.schedule.steps.size() && p.schedule.steps[k + 1].stepBack;
            const int lastDay = steppedBack ? std::min(at + 6, t.indexOf(step.end)) : at + 6;
            const QVector<double> after = knownIn(totals[di], at, lastDay);
            if (after.size() < 2 || !below(doseLevel(after), prev.doseMg))
                continue; // the logged doses do not follow this step (yet)
            const QVector<double> before = knownIn(totals[di], at - 7, at - 1);
            const double fromMg = before.size() >= 3 ? doseLevel(before) : prev.doseMg;
            planCuts.append({ at, di, { s.drugId, s.name, fromMg, doseLevel(after), step.index, step.resumed } });
        }
        // Steps back to the previous dose: increases the person recorded (prescriber agreed).
        for (qsizetype k = 1; k < p.schedule.steps.size(); ++k) {
            const planner::Step &step = p.schedule.steps[k];
            if (!step.stepBack || step.start < from || step.start > to)
                continue;
            markers.append({ step.start, MarkerKind::Increase, p.drugId,
                { { s.drugId, s.name, p.schedule.steps[k - 1].doseMg, step.doseMg, step.index, false } }, 0, 0, 0 });
        }
        for (const planner::Adjustment &adj : p.plan.adjustments)
            if ((adj.kind == planner::Adjustment::Kind::Hold || adj.kind == planner::Adjustment::Kind::Pause)
                && adj.date >= from && adj.date <= to)
                markers.append({ adj.date, MarkerKind::Hold, p.drugId, {}, 0, 0, 0 });
    }

    // Switch stages, and the span around them where the two drugs' drops belong to the switch.
    struct Span
    {
        int drug;
        int from;
        int to;
    };
    QList<Span> switchSpans;
    for (const StoredSwitch &sw : diary.switches()) {
        const auto &stages = sw.crossover.stages;
        if (stages.size() < 2)
            continue;
        const int first = t.indexOf(stages[1].start), lastStage = t.indexOf(stages.last().start);
        for (qint64 id : { sw.fromDrugId, sw.diazepamDrugId })
            if (drugIndex.contains(id))
                switchSpans.append({ drugIndex.value(id), first - 6, lastStage + 6 });
        const int count = int(stages.size()) - 1;
        for (qsizetype k = 1; k < stages.size(); ++k) {
            const int at = t.indexOf(stages[k].start);
            if (at < 0 || at >= n || at > lastEntry)
                continue;
            Marker m { stages[k].start, MarkerKind::SwitchStage, 0, {}, sw.id, stages[k].index, count };
            auto name = [&](qint64 id, const QString &fallback) {
                return drugIndex.contains(id) ? t.drugs[drugIndex.value(id)].name : fallback;
            };
            m.changes.append({ sw.fromDrugId, name(sw.fromDrugId, sw.crossover.fromDrug), stages[k - 1].fromMg,
                stages[k].fromMg, 0 });
            m.changes.append({ sw.diazepamDrugId, name(sw.diazepamDrugId, QStringLiteral("Diazepam")),
                stages[k - 1].diazepamMg, stages[k].diazepamMg, 0 });
            markers.append(m);
        }
    }

    // Logged drops that hold, unless they are a followed plan step or part of a switch.
    QList<Cut> cuts = planCuts;
    for (int di = 0; di < t.drugs.size(); ++di) {
        for (const Drop &drop : heldDrops(totals[di])) {
            const bool planned = std::any_of(planCuts.begin(), planCuts.end(),
                [&](const Cut &c) { return c.drug == di && std::abs(c.index - drop.index) <= 6; });
            const bool switching = std::any_of(switchSpans.begin(), switchSpans.end(),
                [&](const Span &sp) { return sp.drug == di && drop.index >= sp.from && drop.index <= sp.to; });
            if (!planned && !switching)
                cuts.append({ drop.index, di, { t.drugs[di].drugId, t.drugs[di].name, drop.before, drop.after, 0 } });
        }
    }
    // One reduction per day, listing each drug in the diary's order.
    std::sort(cuts.begin(), cuts.end(),
        [](const Cut &a, const Cut &b) { return a.index != b.index ? a.index < b.index : a.drug < b.drug; });
    for (const Cut &c : cuts) {
        if (!markers.isEmpty() && markers.last().kind == MarkerKind::Reduction
            && markers.last().date == t.dateAt(c.index))
            markers.last().changes.append(c.change);
        else
            markers.append({ t.dateAt(c.index), MarkerKind::Reduction, 0, { c.change }, 0, 0, 0 });
    }

    for (DrugSeries &s : t.drugs) {
        if (!s.emaxPct || !s.ed50Mg)
            continue;
        for (int i = 0; i < n; ++i)
            if (!std::isnan(s.takenMg[i]))
                s.occupancyPct[i] = *s.emaxPct * s.takenMg[i] / (*s.ed50Mg + s.takenMg[i]);
    }
    markers.append(notes);
    std::stable_sort(markers.begin(), markers.end(), [](const Marker &a, const Marker &b) { return a.date < b.date; });
    t.markers = markers;
    return t;
}

ReductionResponse reductionResponse(const Trajectory &t, int lastN)
{
    ReductionResponse r;
    QList<Marker> cuts;
    for (const Marker &m : t.markers)
        if (m.kind == MarkerKind::Reduction)
            cuts.append(m);
    if (lastN > 0 && cuts.size() > lastN)
        cuts = cuts.mid(cuts.size() - lastN);

    const int width = ReductionResponse::offsetCount();
    for (const Marker &cut : cuts) {
        ReductionLine line;
        line.date = cut.date;
        for (const DoseChange &c : cut.changes)
            line.drugIds.append(c.drugId);
        line.load = QVector<double>(width, kNaN);
        line.complete = cut.date.addDays(ReductionResponse::kToOffset) <= t.last;
        const int at = t.indexOf(cut.date);
        for (int k = 0; k < width; ++k) {
            const int i = at + ReductionResponse::kFromOffset + k;
            if (i >= 0 && i < t.days())
                line.load[k] = t.load[i];
        }
        for (const DoseChange &c : cut.changes)
            line.afterStepBack = line.afterStepBack || c.afterStepBack;
        // A step back of a drug of this cut ends the line: what follows answers the higher dose.
        for (const Marker &m : t.markers) {
            if (m.kind != MarkerKind::Increase || m.date <= cut.date || !line.drugIds.contains(m.drugId))
                continue;
            const int offset = int(cut.date.daysTo(m.date));
            if (offset > ReductionResponse::kToOffset || (line.stepBackDay && *line.stepBackDay <= offset))
                continue;
            line.stepBackDay = offset;
        }
        if (line.stepBackDay)
            for (int k = *line.stepBackDay - ReductionResponse::kFromOffset; k < width; ++k)
                line.load[k] = kNaN;
        double sum = 0;
        int count = 0;
        for (int k = 0; k < -ReductionResponse::kFromOffset; ++k)
            if (!std::isnan(line.load[k])) {
                sum += line.load[k];
                ++count;
            }
        if (count < 3)
            continue; // too little before the cut to compare with
        line.baseline = sum / count;
        const double m = margin(line.baseline);
        const int zero = -ReductionResponse::kFromOffset;
        // Two days in a row at or above the line (the second may be unlogged).
        auto elevated = [&](int day, double line_) {
            const double v = line.load[zero + day];
            if (std::isnan(v) || v < line_)
                return false;
            const int next = zero + day + 1;
            return next >= width || std::isnan(line.load[next]) || line.load[next] >= line_;
        };
        auto calm = [&](int day, double line_) {
            const double v = line.load[zero + day];
            if (std::isnan(v) || v > line_)
                return false;
            const int next = zero + day + 1;
            return next >= width || std::isnan(line.load[next]) || line.load[next] <= line_;
        };
        for (int day = 1; day <= 21 && zero + day < width; ++day) {
            if (elevated(day, line.baseline + m)) {
                line.onsetDay = day;
                break;
            }
        }
        if (line.onsetDay) {
            int peak = *line.onsetDay;
            double best = -1;
            for (int day = *line.onsetDay; day <= 28 && zero + day < width; ++day) {
                const double v = mean3(line.load, zero + day);
                if (!std::isnan(v) && v > best) {
                    best = v;
                    peak = day;
                }
            }
            line.peakDay = peak;
            for (int day = peak + 1; zero + day < width; ++day) {
                if (calm(day, line.baseline + m / 2)) {
                    line.settleDay = day;
                    break;
                }
            }
        }
        r.lines.append(line);
    }

    // How many days around the reductions used were logged (overlapping windows counted once).
    std::vector<char> inWindow(size_t(std::max(0, t.days())), 0);
    for (const ReductionLine &l : r.lines) {
        const int at = t.indexOf(l.date);
        for (int i = std::max(0, at + ReductionResponse::kFromOffset);
             i <= at + ReductionResponse::kToOffset && i < t.days(); ++i)
            inWindow[size_t(i)] = 1;
    }
    for (int i = 0; i < t.days(); ++i) {
        if (!inWindow[size_t(i)])
            continue;
        ++r.windowDays;
        r.loggedDays += !std::isnan(t.load[i]);
    }

    r.median = QVector<double>(width, kNaN);
    for (int k = 0; k < width; ++k) {
        QVector<double> column;
        for (const ReductionLine &l : r.lines)
            if (!std::isnan(l.load[k]))
                column.append(l.load[k]);
        if (column.size() >= 2 || (r.lines.size() == 1 && column.size() == 1))
            r.median[k] = median(column);
    }

    QVector<double> onsets, settles;
    for (const ReductionLine &l : r.lines) {
        if (!l.onsetDay)
            continue;
        ++r.rose;
        onsets.append(*l.onsetDay);
        if (l.settleDay)
            settles.append(*l.settleDay);
        else if (l.stepBackDay)
            ++r.steppedBack;
        else if (l.complete)
            ++r.notSettled;
        else
            ++r.ongoing;
    }
    if (!onsets.isEmpty())
        r.medianOnsetDay = median(onsets);
    if (!settles.isEmpty())
        r.medianSettleDay = median(settles);

    const int used = int(r.lines.size());
    // The sentence in the app's language (context "Trajectory"; English without a translator).
    const QString which = used == 1
        ? QCoreApplication::translate("Trajectory", "After the last reduction")
        : QCoreApplication::translate("Trajectory", "After the last %1 reductions").arg(used);
    auto day = [](double d) { return planner::displayNumber(d, 1); };
    if (used == 0) {
        r.sentence
            = QCoreApplication::translate("Trajectory", "No dose reduction with enough diary days around it yet.");
    } else if (r.rose == 0) {
        r.sentence
            = QCoreApplication::translate("Trajectory", "%1, symptoms did not rise clearly above the week before.")
                  .arg(which);
    } else {
        const QString after = r.rose < used
            ? QCoreApplication::translate("Trajectory", "After %1 of the last %2 reductions").arg(r.rose).arg(used)
            : which;
        QString s = QCoreApplication::translate("Trajectory", "%1, symptoms rose").arg(after);
        s += QCoreApplication::translate("Trajectory", " on median day %1").arg(day(*r.medianOnsetDay));
        if (r.medianSettleDay)
            s += QCoreApplication::translate("Trajectory", " and settled by median day %1")
                     .arg(day(*r.medianSettleDay));
        else if (r.notSettled > 0)
            s += QCoreApplication::translate("Trajectory", " and had not settled within six weeks");
        else
            s += QCoreApplication::translate("Trajectory", " and have not settled yet");
        QStringList notes;
        if (r.medianSettleDay && r.notSettled > 0)
            notes << QCoreApplication::translate("Trajectory", "%1 had not settled within six weeks").arg(r.notSettled);
        if (r.medianSettleDay && r.ongoing > 0)
            notes << (r.ongoing == 1
                    ? QCoreApplication::translate("Trajectory", "1 is too recent to tell")
                    : QCoreApplication::translate("Trajectory", "%1 are too recent to tell").arg(r.ongoing));
        if (r.steppedBack > 0)
            notes << (r.steppedBack == 1
                    ? QCoreApplication::translate("Trajectory", "1 was followed by a step back to the previous dose")
                    : QCoreApplication::translate("Trajectory", "%1 were followed by a step back to the previous dose")
                          .arg(r.steppedBack));
        if (!notes.isEmpty())
            s += QStringLiteral(" (%1)").arg(notes.join(QStringLiteral("; ")));
        r.sentence = s + QLatin1Char('.');
    }
    if (used > 0)
        r.sentence += (used == 1
                ? QCoreApplication::translate("Trajectory", " Symptoms were logged on %1 of the %2 days around it.")
                : QCoreApplication::translate("Trajectory", " Symptoms were logged on %1 of the %2 days around them."))
                          .arg(r.loggedDays)
                          .arg(r.windowDays);
    return r;
}

Waves findWaves(const Trajectory &t)
{
    Waves w;
    const int n = t.days();
    w.baseline = QVector<double>(n, kNaN);
    w.loggedDays = t.loggedDays(0, n - 1);

    // Walk forward: a day's line comes from the calm days before it; a day above the line never
    // becomes part of "usual".
    constexpr int kPool = 56;
    constexpr int kMinPool = 14;
    QVector<double> calm; // the latest calm logged days' loads, oldest first
    std::vector<char> aboveLine(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        if (calm.size() >= kMinPool)
            w.baseline[i] = percentile(calm, 0.25);
        const double v = t.load[i];
        bool above = false;
        if (!std::isnan(w.baseline[i]) && !std::isnan(v)) {
            // Unlogged days are never above (runs merge across short gaps below).
            const double line = w.baseline[i] + margin(w.baseline[i]);
            const double m = mean3(t.load, i);
            above = m > line && v > line;
        }
        aboveLine[size_t(i)] = above;
        if (!above && !std::isnan(v)) {
            calm.append(v);
            if (calm.size() > kPool)
                calm.removeFirst();
        }
    }

    // Raw runs of days above the line.
    QList<QPair<int, int>> runs;
    int start = -1;
    for (int i = 0; i <= n; ++i) {
        const bool above = i < n && aboveLine[size_t(i)];
        if (above && start < 0)
            start = i;
        if (!above && start >= 0) {
            runs.append({ start, i - 1 });
            start = -1;
        }
    }
    // Merge runs less than 3 days apart, keep those of 3 days or more.
    QList<QPair<int, int>> merged;
    for (const auto &r : runs) {
        if (!merged.isEmpty() && r.first - merged.last().second <= 3)
            merged.last().second = r.second;
        else
            merged.append(r);
    }
    for (const auto &r : merged)
        if (r.second - r.first + 1 >= 3)
            w.waves.append({ t.dateAt(r.first), t.dateAt(r.second) });
    for (int i = 1; i < w.waves.size(); ++i)
        w.windows.append({ w.waves[i - 1].end.addDays(1), w.waves[i].start.addDays(-1) });

    const QString logged = daysLogged(w.loggedDays, n);
    if (w.waves.isEmpty()) {
        w.sentence = QCoreApplication::translate("Trajectory",
            "No waves: symptoms have not stayed clearly above your usual level for 3 days or "
            "more (%1).")
                         .arg(logged);
    } else {
        QVector<double> lengths, calm;
        for (const Period &p : w.waves)
            lengths.append(p.days());
        for (const Period &p : w.windows)
            calm.append(p.days());
        QString s = w.waves.size() == 1
            ? QCoreApplication::translate("Trajectory", "1 wave of symptoms above your usual level, lasting %1 days")
                  .arg(w.waves.first().days())
            : QCoreApplication::translate(
                "Trajectory", "%1 waves of symptoms above your usual level, lasting a median of %2 days")
                  .arg(w.waves.size())
                  .arg(median(lengths), 0, 'f', 0);
        if (!calm.isEmpty())
            s += QCoreApplication::translate("Trajectory", ", with calmer windows of a median %1 days between them")
                     .arg(median(calm), 0, 'f', 0);
        int lastLogged = n - 1;
        while (lastLogged > 0 && std::isnan(t.load[lastLogged]))
            --lastLogged;
        if (t.indexOf(w.waves.last().end) >= lastLogged)
            s += w.waves.size() == 1 ? QCoreApplication::translate("Trajectory", "; it is still going on")
                                     : QCoreApplication::translate("Trajectory", "; the last is still going on");
        w.sentence = s + QStringLiteral(" (%1).").arg(logged);
    }
    return w;
}

} // namespace waymark::trajectory
