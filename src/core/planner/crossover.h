// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/equivalence.h"

#include <QDate>
#include <QList>
#include <QString>

namespace waymark::catalogue {
struct LibraryDrug;
}

namespace waymark::planner {

/** One stage of a switch: from `start` to `end` (inclusive), take both doses each day. */
struct CrossoverStage
{
    int index = 0; ///< 0 is the dose before the switch starts
    QDate start;
    QDate end;     ///< invalid for the last stage (diazepam alone, from then on)
    double fromMg = 0;
    double diazepamMg = 0;
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
    DiazepamEquivalent used;                 ///< the table chosen
    QList<DiazepamEquivalent> alternatives;  ///< every table's figure, the chosen one included
    double targetDiazepamMg = 0;             ///< diazepam at the end, rounded to 0.5 mg
    QList<CrossoverStage> stages;
};

/**
 * Computes a switch of doseMg of a library drug to diazepam over `stages` steps of `intervalDays`
 * from `start`, using the table `sourceKey` ("S2" Ashton, "S3" VA/DoD, "S4" NHS Scotland).
 * Stage k (1..stages) replaces k/stages of the dose; diazepam rounded to 0.5 mg, the old drug to
 * 0.01 mg. Throws InvalidInput naming the field: drug (not in an equivalence table or already
 * diazepam), doseMg, stages (1..12), intervalDays (1..90), source (not listed for the drug).
 */
Crossover computeCrossover(const catalogue::LibraryDrug &drug, double doseMg, const QDate &start, int stages,
                           int intervalDays, const QString &sourceKey);

} // namespace waymark::planner
