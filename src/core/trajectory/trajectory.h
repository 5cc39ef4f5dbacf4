// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace waymark {
class Diary;
}

/**
 * The trajectory model: the diary turned into daily series for charts and reports. Plain C++ on
 * the core; one value per calendar day, NaN where nothing was logged, so series line up by index.
 */
namespace waymark::trajectory {

/** Which symptoms count towards the load: all visible ones, a group, or chosen keys. */
struct Selection
{
    QStringList symptomKeys; ///< when not empty, only these
    QString group; ///< when not empty (and no keys), only this group
};

struct DrugSeries
{
    qint64 drugId = 0;
    QString name;
    QVector<double> takenMg; ///< total mg logged per day; NaN on days without a dose of it
    QVector<double> plannedMg; ///< planned dose per day; NaN where no plan covers the day
    QVector<double> occupancyPct; ///< modelled SERT occupancy of the taken dose; NaN without a fit
    std::optional<double> emaxPct;
    std::optional<double> ed50Mg;
};

/** Increase: a step back to the previous dose the person recorded (planner Adjustment::StepBack). */
enum class MarkerKind { Reduction, SwitchStage, Hold, Note, Increase };

/** One drug's part in a reduction or a switch stage. */
struct DoseChange
{
    qint64 drugId = 0;
    QString drugName;
    double fromMg = 0; ///< daily total before (reductions: the level logged over the week before)
    double toMg = 0; ///< daily total after (reductions: the level logged over the week from the day)
    int planStep
        = 0; ///< reductions: the active plan's step (1-based) that starts on the day; 0 = found in the logged doses
    /** Reductions: the plan step that continues the plan after a step back (a cut back to a dose
     *  already taken before); increases: always false. */
    bool afterStepBack = false;
};

struct Marker
{
    QDate date;
    MarkerKind kind = MarkerKind::Reduction;
    qint64 drugId = 0; ///< holds: the plan's drug
    QList<DoseChange> changes; ///< reductions and switch stages: every drug whose dose changed that day
    qint64 switchId = 0; ///< switch stages
    int stage = 0; ///< switch stages: 1-based
    int stageCount = 0;
};

struct Trajectory
{
    QDate first;
    QDate last;
    QVector<double> load; ///< sum of severities of the selected symptoms; NaN when none rated
    QVector<double> present; ///< how many selected symptoms were rated 1 or more
    QVector<double> loadMean7; ///< mean load over the 7 days ending on the day (needs 4 rated days)
    QVector<double> wellbeing; ///< 0..10, NaN when not logged
    QVector<double> sleepHours;
    QList<DrugSeries> drugs;
    QList<Marker> markers; ///< in date order

    int days() const { return int(load.size()); }
    int indexOf(const QDate &d) const { return int(first.daysTo(d)); }
    QDate dateAt(int index) const { return first.addDays(index); }
    /** Days between two indexes (inclusive, clamped) whose load is known: the days symptoms were logged. */
    int loggedDays(int fromIndex, int toIndex) const;
    /** The markers of one kind, in date order. */
    QList<Marker> markersOf(MarkerKind kind) const;
};

/**
 * Builds the trajectory between two days (inclusive; defaults to the diary's first and last
 * logged day).
 *
 * Reductions (one marker per day, listing every drug cut that day):
 * - a step of an active plan, on the step's start, when the logged doses follow it: the level
 *   (upper quartile) of the drug's logged daily totals over the step's first 7 days (at least 2
 *   logged) is below the previous step's dose;
 * - otherwise a drop in the logged daily total that holds (heldDrops()).
 * A drug's daily total is the sum of its doses that day; a day with other entries but no dose of
 * a drug the diary has seen logged counts as 0 mg of it; a day with no entry at all is unknown.
 * A logged drop within 6 days of a followed plan step of the same drug is that step. Drops of
 * the two drugs of a recorded switch to diazepam, from 6 days before its first stage to 6 days
 * after its last, are the switch's: each stage start is a SwitchStage marker instead (the
 * diazepam-equivalent dose does not change), up to the diary's last logged day.
 */
Trajectory build(const Diary &diary, QDate from = {}, QDate to = {}, const Selection &selection = {});

/** A drop found in a series of daily totals. */
struct Drop
{
    int index = 0;
    double before = 0; ///< level (upper quartile) of the logged totals of the 7 days before
    double after = 0; ///< level of the logged totals of the 7 days from the day
};

/**
 * The drops in a daily total that hold. The level of some days is the upper quartile of their
 * logged totals (forgotten doses only lower a day's total, so they cannot pull it down). A drop
 * starts on a day below the level of the 7 days before, where the level of that day and the 6
 * after it is below the level before too (at least 3 logged in each, "below" meaning by more than
 * 1 %), and at most one of those 7 days is back at or above the level before (none while fewer
 * than 6 are known). It is dated on the first day at the new level (within 10 %) in the next 3
 * days, so a forgotten dose just before a cut does not move it. One forgotten or partial dose
 * (20, 20, 10, 20) is not a drop, alternating doses (10, 5, 10, 5) are not drops, and a cut is
 * found once (the 6 days after a drop are not looked at again). NaN = not known.
 */
QList<Drop> heldDrops(const QVector<double> &totals);

/** Mean of the last `window` days ending at each index, from days with a value; NaN below minCount. */
QVector<double> rollingMean(const QVector<double> &values, int window, int minCount);

// ----------------------------------------------------------------- reduction response

struct ReductionLine
{
    QDate date;
    QList<qint64> drugIds; ///< every drug cut that day (one line per day)
    double baseline = 0; ///< mean load on days -7..-1
    QVector<double> load; ///< days fromOffset..toOffset; NaN where not logged
    std::optional<int> onsetDay; ///< first day the load rose clearly above the baseline
    std::optional<int> peakDay;
    std::optional<int> settleDay; ///< first day after the peak back near the baseline
    bool complete = false; ///< the diary reaches day 42 after it
    /** The day (offset) a step back to the previous dose began inside this line's window: from it
     *  the load is no longer this cut's (left out: NaN), and onset, peak and settling are judged
     *  only before it. */
    std::optional<int> stepBackDay;
    bool afterStepBack = false; ///< the cut that continued a plan after a step back
};

struct ReductionResponse
{
    static constexpr int kFromOffset = -7;
    static constexpr int kToOffset = 42;
    QList<ReductionLine> lines; ///< the reductions used, oldest first
    QVector<double> median; ///< median load per offset across lines (NaN with fewer than 2 values)
    std::optional<double> medianOnsetDay;
    std::optional<double> medianSettleDay;
    int rose = 0; ///< reductions after which symptoms rose
    int notSettled = 0; ///< of those, how many had not settled by day 42
    int ongoing = 0; ///< of those, too recent to have settled yet
    int steppedBack = 0; ///< of those, how many were followed by a step back to the previous dose before settling
    int loggedDays = 0; ///< days with symptoms logged in the lines' windows (days -7..42, overlaps once)
    int windowDays = 0; ///< days of those windows inside the trajectory
    QString sentence; ///< one-sentence plain summary

    static int offsetCount() { return kToOffset - kFromOffset + 1; }
};

/**
 * Aligns the load on each reduction marker (a day whose cuts of several drugs count once; switch
 * stages are not reductions, nor steps back, which are increases) and summarises the typical
 * reaction. A step back of a drug of the cut inside a line's window ends the line there (what
 * follows is the reaction to the higher dose, not to the cut). Uses the last `lastN`
 * reductions (0: all). The baseline is the mean load on days -7..-1 (at least 3
 * logged). Symptoms rose on the first day (1..21) that starts two days in a row at least
 * max(2, 25 % of the baseline) above it; they settled on the first day after the peak (highest
 * 3-day mean up to day 28) that starts two days in a row within half that margin of the baseline.
 */
ReductionResponse reductionResponse(const Trajectory &t, int lastN = 5);

// ----------------------------------------------------------------- windows and waves

struct Period
{
    QDate start;
    QDate end; ///< inclusive
    int days() const { return int(start.daysTo(end)) + 1; }
};

struct Waves
{
    QList<Period> waves; ///< load above the person's own baseline
    QList<Period> windows; ///< the calmer stretches between waves
    QVector<double> baseline; ///< per day: the person's calm level (NaN until known)
    int loggedDays = 0; ///< days with symptoms logged in the trajectory
    QString sentence;
};

/**
 * Waves are runs of at least 3 days above the line baseline + max(2, 25 % of the baseline): a
 * day is above when it was logged and both its load and its 3-day mean load are above the line;
 * runs at most 2 days apart merge (so short gaps in the log do not split a wave). The baseline of
 * a day is the 25th percentile of the person's last 56 logged days before it that were not above
 * the line (at least 14): days inside a wave never join it, so a long plateau of high load stays
 * one wave instead of becoming the new "usual".
 */
Waves findWaves(const Trajectory &t);

} // namespace waymark::trajectory
