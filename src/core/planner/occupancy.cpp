// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/occupancy.h"

#include "catalogue.h"
#include "errors.h"

#include <QCoreApplication>

namespace waymark::planner {

double occupancyPct(const OccupancyFit &fit, double doseMg)
{
    if (doseMg <= 0)
        return 0;
    return fit.emaxPct * doseMg / (fit.ed50Mg + doseMg);
}

double doseForOccupancy(const OccupancyFit &fit, double occupancy)
{
    if (occupancy <= 0)
        return 0;
    if (occupancy >= fit.emaxPct)
        throwInvalid(QStringLiteral("occupancy"),
            QCoreApplication::translate("Errors", "%1 % is at or above the model's maximum of %2 %; no dose reaches it")
                .arg(occupancy)
                .arg(fit.emaxPct));
    return fit.ed50Mg * occupancy / (fit.emaxPct - occupancy);
}

std::optional<OccupancyFit> fitFor(const catalogue::LibraryDrug &drug)
{
    if (!drug.sertEmaxPct || !drug.sertEd50Mg)
        return std::nullopt;
    return OccupancyFit { *drug.sertEmaxPct, *drug.sertEd50Mg, QStringLiteral("S1 (modelled)") };
}

} // namespace waymark::planner
