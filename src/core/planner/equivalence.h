// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace waymark::catalogue {
struct LibraryDrug;
}

namespace waymark::planner {

/** A diazepam-equivalent dose under one published table, with that table named. */
struct DiazepamEquivalent
{
    double diazepamMg = 0; ///< the equivalent oral diazepam dose
    double mgPer10Diazepam = 0; ///< the table's value: mg of the drug equal to 10 mg diazepam
    QString sourceKey; ///< "S2", "S3", "S4"
    QString sourceLabel; ///< "Ashton (S2)", "VA/DoD 2021 (S3)", ...
};

/**
 * The diazepam equivalents of doseMg of a library drug, one per table that lists it: Ashton (S2;
 * values only from NHS Scotland's adaptation are labelled S4) and VA/DoD (S3). The tables differ
 * (2× for alprazolam, clonazepam and lorazepam), so both are returned with their labels: a switch is
 * only recorded once the person confirms it with their prescriber. Empty for a drug in no table.
 * Throws InvalidInput for a negative or non-finite dose.
 */
QList<DiazepamEquivalent> diazepamEquivalents(const catalogue::LibraryDrug &drug, double doseMg);

} // namespace waymark::planner
