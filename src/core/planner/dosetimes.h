// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/dosemaker.h"
#include "planner/plan.h"
#include "planner/schedule.h"

#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace waymark::planner {

/** At most this many dose times a day. */
constexpr int kMaxDoseTimes = 8;

/**
 * Reads "08:00=0.5,14:00=0.5,22:00=0.25" (separators ',' or ';', spaces ignored; times as HH:MM
 * or H:MM, amounts in mg). Throws InvalidInput (field "times") saying which part is wrong. The
 * result is in time order; times must differ and amounts be above 0 mg.
 */
QList<DoseTime> parseDoseTimes(const QString &text);

/** "08:00=0.5;14:00=0.5;22:00=0.25" (the CSV `times` column; `separator` ',' for the CLI). */
QString formatDoseTimes(const QList<DoseTime> &times, QChar separator = QLatin1Char(';'));
QString formatDoseTimes(const QList<TimeDose> &times, QChar separator = QLatin1Char(';'));

/** Checks a plan's dose times (order, count, amounts) and that they add up to `totalMg`; throws
 *  InvalidInput (field "doseTimes"). */
void validateDoseTimes(const QList<DoseTime> &times, double totalMg);

/** "morning", "afternoon", "evening", "night" — or "08:00" when two times share that part of the day. */
QString doseTimeName(const QList<QTime> &all, const QTime &time);

/** "evening (22:00) dose 0.5 → 0.375 mg; morning and afternoon unchanged". */
QString describeTimesChange(const QList<TimeDose> &times);

/**
 * The amounts at each time for a step whose day's total the method asks to be `methodTotalMg`,
 * from the amounts of the step before (same order), by the plan's spread (see Spread). Each amount
 * is made by `maker` (one dose), none is above the one before it, and the total is rounded as
 * roundToMakeable() rounds one dose: the nearer of the makeable totals around the method's, a tie
 * going down. nullopt when that total would not be below the previous one (the caller keeps the
 * step in force one more interval).
 */
std::optional<QList<MadeDose>> spreadCut(const DoseMaker &maker, const QList<QTime> &times,
    const QList<double> &previous, double methodTotalMg, Spread spread);

} // namespace waymark::planner
