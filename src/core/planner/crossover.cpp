// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/crossover.h"

#include "catalogue.h"
#include "errors.h"

#include <cmath>

namespace waymark::planner {

Crossover computeCrossover(const catalogue::LibraryDrug &drug, double doseMg, const QDate &start, int stages,
                           int intervalDays, const QString &sourceKey)
{
    if (drug.key == QLatin1String("diazepam"))
        throwInvalid(QStringLiteral("drug"), QStringLiteral("the drug is already diazepam"));
    if (!std::isfinite(doseMg) || doseMg <= 0)
        throwInvalid(QStringLiteral("doseMg"), QStringLiteral("the current dose must be more than 0 mg"));
    if (stages < 1 || stages > 12)
        throwInvalid(QStringLiteral("stages"), QStringLiteral("use 1 to 12 stages"));
    if (intervalDays < 1 || intervalDays > 90)
        throwInvalid(QStringLiteral("intervalDays"), QStringLiteral("each stage lasts 1 to 90 days"));
    if (!start.isValid())
        throwInvalid(QStringLiteral("startDate"), QStringLiteral("a start date is needed"));
    Crossover c;
    c.fromDrug = drug.name;
    c.fromDoseMg = doseMg;
    c.alternatives = diazepamEquivalents(drug, doseMg);
    if (c.alternatives.isEmpty())
        throwInvalid(QStringLiteral("drug"), QStringLiteral("no equivalence table lists this drug"));
    bool found = false;
    for (const DiazepamEquivalent &e : c.alternatives)
        if (e.sourceKey == sourceKey) {
            c.used = e;
            found = true;
        }
    if (!found) {
        QStringList keys;
        for (const DiazepamEquivalent &e : c.alternatives)
            keys << e.sourceKey;
        throwInvalid(QStringLiteral("source"), QStringLiteral("this drug is listed in %1 only").arg(keys.join(QStringLiteral(", "))));
    }
    const auto half = [](double mg) { return std::round(mg * 2.0) / 2.0; };
    const auto cent = [](double mg) { return std::round(mg * 100.0) / 100.0; };
    c.targetDiazepamMg = std::max(0.5, half(c.used.diazepamMg));
    c.stages.append({0, start.addDays(-1), start.addDays(-1), doseMg, 0});
    c.stages.first().start = QDate(); // "before": no dates of its own
    c.stages.first().end = QDate();
    for (int k = 1; k <= stages; ++k) {
        CrossoverStage s;
        s.index = k;
        s.start = start.addDays(qint64(k - 1) * intervalDays);
        s.end = k == stages ? QDate() : s.start.addDays(intervalDays - 1);
        s.fromMg = cent(doseMg * double(stages - k) / stages);
        s.diazepamMg = std::max(0.5, half(c.targetDiazepamMg * double(k) / stages));
        c.stages.append(s);
    }
    return c;
}

} // namespace waymark::planner
