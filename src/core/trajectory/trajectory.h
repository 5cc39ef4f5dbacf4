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
    QString group;           ///< when not empty (and no keys), only this group
};

struct DrugSeries
{
    qint64 drugId = 0;
    QString name;
    QVector<double> takenMg;      ///< total mg logged per day; NaN on days without a dose of it
    QVector<double> plannedMg;    ///< planned dose per day; NaN where no plan covers the day
    QVector<double> occupancyPct; ///< modelled SERT occupancy of the taken dose; NaN without a fit
    std::optional<double> emaxPct;
    std::optional<double> ed50Mg;
};

enum class MarkerKind { Reduction, Hold, Note };

struct Marker
{
    QDate date;
    MarkerKind kind = MarkerKind::Reduction;
    qint64 drugId = 0;   ///< for reductions and holds
    double fromMg = 0;   ///< reductions: the dose before
    double toMg = 0;     ///< reductions: the dose after
};

struct Trajectory
{
    QDate first;
    QDate last;
    QVector<double> load;      ///< sum of severities of the selected symptoms; NaN when none rated
    QVector<double> present;   ///< how many selected symptoms were rated 1 or more
    QVector<double> loadMean7; ///< mean load over the 7 days ending on the day (needs 4 rated days)
    QVector<double> wellbeing; ///< 0..10, NaN when not logged
    QVector<double> sleepHours;
    QList<DrugSeries> drugs;
    QList<Marker> markers; ///< in date order

    int days() const { return int(load.size()); }
    int indexOf(const QDate &d) const { return int(first.daysTo(d)); }
    QDate dateAt(int index) const { return first.addDays(index); }
};

/**
 * Builds the trajectory between two days (inclusive; defaults to the diary's first and last
 * logged day). Reductions are detected from the doses logged: a day whose total for a drug is
 * lower than the drug's previous logged total by more than 1 %.
 */
Trajectory build(const Diary &diary, QDate from = {}, QDate to = {}, const Selection &selection = {});

/** Mean of the last `window` days ending at each index, from days with a value; NaN below minCount. */
QVector<double> rollingMean(const QVector<double> &values, int window, int minCount);

// ----------------------------------------------------------------- reduction response

struct ReductionLine
{
    QDate date;
    qint64 drugId = 0;
    double baseline = 0;           ///< mean load on days -7..-1
    QVector<double> load;          ///< days fromOffset..toOffset; NaN where not logged
    std::optional<int> onsetDay;   ///< first day the load rose clearly above the baseline
    std::optional<int> peakDay;
    std::optional<int> settleDay;  ///< first day after the peak back near the baseline
    bool complete = false;         ///< the diary reaches day 42 after it
};

struct ReductionResponse
{
    static constexpr int kFromOffset = -7;
    static constexpr int kToOffset = 42;
    QList<ReductionLine> lines;   ///< the reductions used, oldest first
    QVector<double> median;       ///< median load per offset across lines (NaN with fewer than 2 values)
    std::optional<double> medianOnsetDay;
    std::optional<double> medianSettleDay;
    int rose = 0;                 ///< reductions after which symptoms rose
    int notSettled = 0;           ///< of those, how many had not settled by day 42
    int ongoing = 0;              ///< of those, too recent to have settled yet
    QString sentence;             ///< one-sentence plain summary

    static int offsetCount() { return kToOffset - kFromOffset + 1; }
};

/**
 * Aligns the load on each reduction (all drugs) and summarises the typical reaction. Uses the
 * last `lastN` reductions (0: all). The baseline is the mean load on days -7..-1 (at least 3
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
    QList<Period> waves;   ///< load above the person's own baseline
    QList<Period> windows; ///< the calmer stretches between waves
    QVector<double> baseline; ///< per day: the person's rolling calm level (NaN until known)
    QString sentence;
};

/**
 * Waves are runs of at least 3 days whose 3-day mean load is above the baseline plus
 * max(2, 25 % of it); runs less than 3 days apart merge. The baseline is the 25th percentile of
 * the load over the 56 days before the day (at least 14 rated days).
 */
Waves findWaves(const Trajectory &t);

} // namespace waymark::trajectory
