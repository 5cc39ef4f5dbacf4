// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace waymark::catalogue {
struct LibraryDrug;
}

namespace waymark::planner {

/**
 * A fitted serotonin-transporter occupancy curve, occupancy(d) = Emax·d / (ED50 + d) (source S1).
 * The values are modelled, never measured: the app shows them with their provenance and lets the
 * person or their prescriber edit them.
 */
struct OccupancyFit
{
    double emaxPct = 0; ///< occupancy approached at very high doses, in percent
    double ed50Mg = 0; ///< dose giving half of Emax
    QString source; ///< e.g. "S1 (modelled)" or "user"

    bool isValid() const { return emaxPct > 0 && emaxPct <= 110 && ed50Mg > 0; }
};

/** Modelled occupancy in percent for a dose in mg (0 for a dose of 0 or below). */
double occupancyPct(const OccupancyFit &fit, double doseMg);

/** The dose in mg whose modelled occupancy is occupancyPct: ED50·o / (Emax − o). 0 for o ≤ 0;
 *  throws InvalidInput when o ≥ Emax (no dose reaches it). */
double doseForOccupancy(const OccupancyFit &fit, double occupancyPct);

/** The library's fit for a drug, when it has one (source "S1 (modelled)"). */
std::optional<OccupancyFit> fitFor(const catalogue::LibraryDrug &drug);

} // namespace waymark::planner
