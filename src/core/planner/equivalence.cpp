// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/equivalence.h"

#include "catalogue.h"
#include "errors.h"

#include <cmath>

#include <QCoreApplication>

namespace waymark::planner {

QList<DiazepamEquivalent> diazepamEquivalents(const catalogue::LibraryDrug &drug, double doseMg)
{
    if (!std::isfinite(doseMg) || doseMg < 0)
        throwInvalid(QStringLiteral("doseMg"), QCoreApplication::translate("Errors", "the dose must be 0 mg or more"));
    QList<DiazepamEquivalent> out;
    if (drug.diazepam10Ashton && *drug.diazepam10Ashton > 0) {
        // drugs.csv fills the Ashton column from NHS Scotland (S4) for drugs Ashton's table lacks.
        const bool ashton = drug.sources.contains(QStringLiteral("S2")) || !drug.sources.contains(QStringLiteral("S4"));
        out.append({ doseMg * 10.0 / *drug.diazepam10Ashton, *drug.diazepam10Ashton,
            ashton ? QStringLiteral("S2") : QStringLiteral("S4"),
            ashton ? QStringLiteral("Ashton (S2)") : QStringLiteral("NHS Scotland, after Ashton (S4)") });
    }
    if (drug.diazepam10VaDod && *drug.diazepam10VaDod > 0)
        out.append({ doseMg * 10.0 / *drug.diazepam10VaDod, *drug.diazepam10VaDod, QStringLiteral("S3"),
            QStringLiteral("VA/DoD 2021 (S3)") });
    return out;
}

} // namespace waymark::planner
