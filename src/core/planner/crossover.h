// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h" // Formulation
#include "planner/equivalence.h"
#include "planner/plan.h" // DoseTime

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace waymark::catalogue {
struct LibraryDrug;
}

namespace waymark::planner {

/** One dose time during a stage of a switch that follows the person's dose times. */
struct CrossoverTime
{
    QTime time;
    double fromMg = 0; ///< the old drug at this time (0 once this time is replaced)
    double diazepamMg = 0; ///< diazepam at this time (0 until it is replaced)
    QString howTo; ///< how to make the one taken at this time ("1 × 0.5 mg", "1 × 10 mg")
    bool replaced() const { return diazepamMg > 0; }
};

/** One stage of a switch: from `start` to `end` (inclusive), take both doses each day. */
struct CrossoverStage
{
    int index = 0; ///< 0 is the dose before the switch starts (no dates)
    QDate start;
    QDate end;
    double fromMg = 0;
    double diazepamMg = 0;
    QString fromHowTo; ///< how to make fromMg with the person's forms ("stop" for 0 mg)
    QString diazepamHowTo; ///< how to make diazepamMg with the diazepam forms
    /** With dose times: what is taken at each time (in the order of the day), and which time this
     *  stage replaces ("evening (22:00) dose 0.5 mg → 10 mg diazepam; morning and afternoon unchanged"). */
    QList<CrossoverTime> times;
    QString timesChange;
};

/**
 * A switch from a benzodiazepine or z-drug to diazepam in stages (the Ashton Manual's approach:
 * replace part of the dose with its diazepam equivalent at each stage, so the two overlap).
 * The equivalence comes from one named table; the other table's figure is kept alongside, since
 * the sources differ by up to 2x. A proposal to agree with the prescriber, never applied by itself.
 */
struct Crossover
{
    QString fromDrug;
    double fromDoseMg = 0;
    DiazepamEquivalent used; ///< the table chosen
    QList<DiazepamEquivalent> alternatives; ///< every table's figure, the chosen one included
    double targetDiazepamMg = 0; ///< diazepam at the end, as made (≤ used.diazepamMg)
    /** stages[0] is "now" (fromDoseMg, no diazepam); stages[1..n] are dated, the last one diazepam alone. */
    QList<CrossoverStage> stages;
    /** The dose times the switch follows (empty: one daily dose); each stage replaces one of them. */
    QList<DoseTime> doseTimes;

    int stageCount() const { return int(stages.size()) - 1; }
    /** The last day of the last stage; from the day after, diazepam alone at targetDiazepamMg. */
    QDate lastDay() const;
    /** A stage's total as diazepam under the table used: fromMg × (10 / mg per 10 mg diazepam) + diazepamMg. */
    double totalEquivalentMg(const CrossoverStage &stage) const;
};

/** Tablets or capsules a dose of mg needs with the largest solid form (one more for the rest), 3 to 6:
 *  the DoseMaker limit used for switch doses and for the diazepam plan after a switch. */
int solidUnitsFor(const QList<Formulation> &forms, double mg);
/** Tablets or capsules of a library drug as the diary adds them (halves where the source allows). */
QList<Formulation> libraryFormulations(const catalogue::LibraryDrug &drug);
/** Diazepam as the library lists it: 2 mg, 5 mg and 10 mg tablets, in halves. */
QList<Formulation> defaultDiazepamFormulations();

/**
 * Computes a switch of doseMg of a library drug to diazepam over `stages` stages of `intervalDays`
 * from `start`, using the table `sourceKey` ("S2" Ashton, "S3" VA/DoD, "S4" NHS Scotland), with
 * doses the person can make: fromForms for the drug, diazepamForms for diazepam (see DoseMaker).
 *
 * Let E = 10 / (the table's mg per 10 mg diazepam) and T = doseMg × E, the table's value.
 * Stage k of n: the old drug is doseMg × (n − k) / n rounded to a makeable dose by
 * roundToMakeable() (the planner's rule), strictly below the stage before and above 0 until the
 * last stage (0 mg). Diazepam replaces what was taken away: (doseMg − old) × E rounded DOWN to a
 * makeable dose, so a stage's total (old × E + diazepam) never exceeds T; it falls short of T by
 * less than one diazepam step (1 mg with halved 2 mg tablets). The old drug never rises and
 * diazepam never falls.
 *
 * Throws InvalidInput naming the field: drug (not in an equivalence table, or already diazepam),
 * doseMg, stages (2..12; or more stages than the forms can make, saying how many they can and
 * which form would allow more), intervalDays (1..90), startDate, source (not listed for the drug),
 * formulations (none given, or the forms cannot make a staged switch at all).
 */
Crossover computeCrossover(const catalogue::LibraryDrug &drug, double doseMg, const QDate &start, int stages,
    int intervalDays, const QString &sourceKey, const QList<Formulation> &fromForms,
    const QList<Formulation> &diazepamForms);

/**
 * The same switch following the person's dose times (two or more, adding up to doseMg): each stage
 * replaces one dose time, the latest in the day first (the evening or night dose, then the next
 * latest, ...), so there are as many stages as dose times. At a replaced time the old drug stops
 * and diazepam takes its place: that time's amount × E rounded DOWN to a dose the diazepam forms
 * make, so each stage's total stays within the table's value T. The times not yet replaced keep
 * their amount (each must be made exactly with fromForms). With fewer than two dose times this is
 * computeCrossover() above.
 *
 * Throws InvalidInput as computeCrossover() does, and: stages (not the number of dose times),
 * doseTimes (they do not add up to doseMg, or an amount cannot be made from fromForms),
 * formulations (a time's diazepam would be below the smallest diazepam dose the forms make).
 */
Crossover computeCrossover(const catalogue::LibraryDrug &drug, double doseMg, const QDate &start, int stages,
    int intervalDays, const QString &sourceKey, const QList<Formulation> &fromForms,
    const QList<Formulation> &diazepamForms, const QList<DoseTime> &doseTimes);

} // namespace waymark::planner
