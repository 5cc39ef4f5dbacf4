// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/crossover.h"
#include "planner/crossovertext.h"

#include "catalogue.h"
#include "errors.h"
#include "planner/dosemaker.h"
#include "planner/dosetimes.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <optional>

namespace waymark::planner {

int solidUnitsFor(const QList<Formulation> &forms, double largestDoseMg)
{
    double largest = 0;
    for (const Formulation &f : forms)
        if (!f.hidden && f.kind != Formulation::Kind::Liquid)
            largest = std::max(largest, f.strengthMg);
    if (largest <= 0)
        return 3;
    return std::clamp(int(std::ceil(largestDoseMg / largest - 1e-9)) + 1, 3, 6);
}

namespace {

/** The doses of one attempt, or nullopt when these forms cannot make n distinct stages. */
struct Attempt
{
    QList<MadeDose> from; ///< stages 1..n
    QList<MadeDose> diazepam; ///< stages 1..n
};

std::optional<Attempt> attempt(const DoseMaker &fromMaker, const DoseMaker &dzMaker, double doseMg, double perMg, int n,
    bool *diazepamLimited = nullptr)
{
    Attempt a;
    double previous = doseMg;
    for (int k = 1; k <= n; ++k) {
        MadeDose from;
        if (k == n) {
            from = fromMaker.atOrBelow(0);
        } else {
            const auto r = roundToMakeable(fromMaker, doseMg * double(n - k) / n, previous);
            if (!r || r->mg <= DoseMaker::kToleranceMg)
                return std::nullopt; // the step would repeat the dose before, or stop before the last stage
            from = *r;
        }
        // What was taken away, as diazepam, rounded down: the stage's total never exceeds the table's value.
        const MadeDose dz = dzMaker.atOrBelow((doseMg - from.mg) * perMg + DoseMaker::kToleranceMg);
        if (dz.mg <= DoseMaker::kToleranceMg) {
            if (diazepamLimited)
                *diazepamLimited = true;
            return std::nullopt; // a stage that only cuts, with nothing to replace it
        }
        a.from.append(from);
        a.diazepam.append(dz);
        previous = from.mg;
    }
    return a;
}

QString formsText(const QList<Formulation> &forms)
{
    QStringList out;
    for (const Formulation &f : forms)
        if (!f.hidden)
            out << f.label();
    return out.join(QStringLiteral(", "));
}

/** Forms from the library that make smaller steps than the person's: its liquids, smaller strengths, halves. */
QString smallerFormsHint(const catalogue::LibraryDrug &drug, const QList<Formulation> &forms)
{
    double smallest = 0;
    bool halves = false;
    bool liquid = false;
    for (const Formulation &f : forms) {
        if (f.hidden)
            continue;
        if (f.kind == Formulation::Kind::Liquid) {
            liquid = true;
            continue;
        }
        const double piece
            = f.strengthMg / (f.kind == Formulation::Kind::Tablet && !f.modifiedRelease ? f.splitParts : 1);
        smallest = smallest <= 0 ? piece : std::min(smallest, piece);
        halves = halves || f.splitParts > 1;
    }
    QStringList hints;
    if (!liquid)
        for (double c : drug.liquidsMgPerMl)
            hints << QCoreApplication::translate("Errors", "a %1 mg/mL liquid").arg(displayNumber(c));
    for (double s : drug.strengthsMg)
        if (smallest <= 0 || s < smallest - DoseMaker::kToleranceMg) {
            hints << (drug.capsules ? QCoreApplication::translate("Errors", "%1 mg capsules")
                                    : QCoreApplication::translate("Errors", "%1 mg tablets"))
                         .arg(displayNumber(s));
            break;
        }
    if (!halves && drug.tabletsSplittable())
        hints << QCoreApplication::translate("Errors", "halved tablets");
    if (hints.isEmpty())
        return QCoreApplication::translate(
            "Errors", "a smaller strength or a liquid would allow more (ask the pharmacist)");
    QString any = hints.first();
    for (qsizetype i = 1; i < hints.size(); ++i)
        any = QCoreApplication::translate("Errors", "%1 or %2").arg(any, hints[i]);
    return QCoreApplication::translate("Errors", "%1 would allow more (add it to the drug's forms)").arg(any);
}

Formulation tablet(double mg, int parts)
{
    Formulation f;
    f.kind = Formulation::Kind::Tablet;
    f.strengthMg = mg;
    f.splitParts = parts;
    return f;
}

/** The equivalence tables listing the drug at this dose, and the one asked for (c.used); throws
 *  naming the tables that do list it when sourceKey is not one of them. */
void chooseTable(Crossover &c, const catalogue::LibraryDrug &drug, double doseMg, const QString &sourceKey)
{
    c.alternatives = diazepamEquivalents(drug, doseMg);
    if (c.alternatives.isEmpty())
        throwInvalid(
            QStringLiteral("drug"), QCoreApplication::translate("Errors", "no equivalence table lists this drug"));
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
        throwInvalid(QStringLiteral("source"),
            QCoreApplication::translate("Errors", "this drug is listed in %1 only")
                .arg(keys.join(QStringLiteral(", "))));
    }
}

} // namespace

QDate Crossover::lastDay() const
{
    return stages.size() > 1 ? stages.last().end : QDate();
}

double Crossover::totalEquivalentMg(const CrossoverStage &stage) const
{
    return used.mgPer10Diazepam > 0 ? stage.fromMg * 10.0 / used.mgPer10Diazepam + stage.diazepamMg : stage.diazepamMg;
}

QList<Formulation> libraryFormulations(const catalogue::LibraryDrug &drug)
{
    QList<Formulation> out;
    for (double s : drug.strengthsMg) {
        Formulation f = tablet(s, drug.tabletsSplittable() ? 2 : 1);
        if (drug.capsules)
            f.kind = Formulation::Kind::Capsule;
        out.append(f);
    }
    return out;
}

QList<Formulation> defaultDiazepamFormulations()
{
    return { tablet(2, 2), tablet(5, 2), tablet(10, 2) };
}

Crossover computeCrossover(const catalogue::LibraryDrug &drug, double doseMg, const QDate &start, int stages,
    int intervalDays, const QString &sourceKey, const QList<Formulation> &fromForms,
    const QList<Formulation> &diazepamForms)
{
    if (drug.key == QLatin1String("diazepam"))
        throwInvalid(QStringLiteral("drug"), QCoreApplication::translate("Errors", "the drug is already diazepam"));
    if (!std::isfinite(doseMg) || doseMg <= 0)
        throwInvalid(
            QStringLiteral("doseMg"), QCoreApplication::translate("Errors", "the current dose must be more than 0 mg"));
    if (stages == 1)
        throwInvalid(QStringLiteral("stages"),
            QCoreApplication::translate(
                "Errors", "one stage would mean switching all at once on the first day; use 2 to 12 stages"));
    if (stages < 2 || stages > 12)
        throwInvalid(QStringLiteral("stages"), QCoreApplication::translate("Errors", "use 2 to 12 stages"));
    if (intervalDays < 1 || intervalDays > 90)
        throwInvalid(
            QStringLiteral("intervalDays"), QCoreApplication::translate("Errors", "each stage lasts 1 to 90 days"));
    if (!start.isValid())
        throwInvalid(QStringLiteral("startDate"), QCoreApplication::translate("Errors", "a start date is needed"));
    Crossover c;
    c.fromDrug = drug.name;
    c.fromDoseMg = doseMg;
    chooseTable(c, drug, doseMg, sourceKey);
    const double perMg = 10.0 / c.used.mgPer10Diazepam;
    const double target = c.used.diazepamMg;

    const DoseMaker fromMaker(fromForms, solidUnitsFor(fromForms, doseMg));
    const DoseMaker dzMaker(diazepamForms, solidUnitsFor(diazepamForms, target));
    const MadeDose finalDz = dzMaker.atOrBelow(target + DoseMaker::kToleranceMg);
    const auto smallestDz = dzMaker.above(0);
    if (finalDz.mg <= DoseMaker::kToleranceMg)
        throwInvalid(QStringLiteral("doseMg"),
            QCoreApplication::translate(
                "Errors", "%1 mg equals %2 mg diazepam (%3), less than the smallest diazepam dose the forms make")
                .arg(displayNumber(doseMg), displayNumber(target, 2), c.used.sourceLabel));
    if (smallestDz && finalDz.mg < target - smallestDz->mg - DoseMaker::kToleranceMg)
        throwInvalid(QStringLiteral("formulations"),
            QCoreApplication::translate("Errors",
                "%1 mg diazepam (%2) needs more than %3 tablets a dose with %4; Waymark makes doses of at "
                "most %3 tablets, so it cannot schedule this switch (ask your prescriber)")
                .arg(displayNumber(target, 2), c.used.sourceLabel)
                .arg(dzMaker.maxSolidUnits())
                .arg(formsText(diazepamForms)));

    bool diazepamLimited = false;
    std::optional<Attempt> a = attempt(fromMaker, dzMaker, doseMg, perMg, stages, &diazepamLimited);
    if (!a) {
        int possible = 0;
        for (int n = stages - 1; n >= 2 && possible == 0; --n)
            if (attempt(fromMaker, dzMaker, doseMg, perMg, n))
                possible = n;
        // The first stage's diazepam is below the smallest diazepam dose the forms make: a finer diazepam form helps.
        const QString hint = diazepamLimited
            ? QCoreApplication::translate("Errors",
                "diazepam as a 2 mg/5 mL liquid (0.4 mg/mL) would allow more (add diazepam to the diary with that "
                "liquid among its forms)")
            : smallerFormsHint(drug, fromForms);
        if (possible == 0)
            throwInvalid(QStringLiteral("formulations"),
                QCoreApplication::translate("Errors",
                    "with %1 the dose of %2 mg cannot be replaced in stages (each stage must cut "
                    "it to a dose these forms make); %3")
                    .arg(formsText(fromForms), displayNumber(doseMg), hint));
        throwInvalid(QStringLiteral("stages"),
            QCoreApplication::translate("Errors",
                "with %1, %2 mg can be replaced in at most %3 stages (each stage must cut it to a "
                "dose these forms make); use %3 stages or fewer, or %4")
                .arg(formsText(fromForms), displayNumber(doseMg))
                .arg(possible)
                .arg(hint));
    }

    c.targetDiazepamMg = a->diazepam.last().mg;
    CrossoverStage now;
    now.fromMg = doseMg;
    c.stages.append(now);
    for (int k = 1; k <= stages; ++k) {
        CrossoverStage s;
        s.index = k;
        s.start = start.addDays(qint64(k - 1) * intervalDays);
        s.end = s.start.addDays(intervalDays - 1);
        s.fromMg = a->from[k - 1].mg;
        s.fromHowTo = a->from[k - 1].howTo;
        s.diazepamMg = a->diazepam[k - 1].mg;
        s.diazepamHowTo = a->diazepam[k - 1].howTo;
        c.stages.append(s);
    }
    return c;
}

QString stageChangeText(const QList<DoseTime> &doseTimes, const CrossoverStage &stage)
{
    const qsizetype n = doseTimes.size();
    if (stage.index < 1 || stage.index > n || stage.times.size() != n)
        return {};
    QList<QTime> all;
    for (const DoseTime &t : doseTimes)
        all << t.time;
    const auto names = [](const QStringList &list) {
        return list.size() == 1 ? list.first()
                                : list.mid(0, list.size() - 1).join(QStringLiteral(", "))
                + QCoreApplication::translate("DoseTimes", " and ") + list.last();
    };
    QString change;
    QStringList kept;
    QStringList before;
    for (qsizetype i = 0; i < n; ++i) {
        const QTime time = doseTimes[i].time;
        const QString name = doseTimeName(all, time);
        if (i == n - stage.index) { // the time this stage replaces (the latest in the day first)
            const QString hhmm = time.toString(QStringLiteral("HH:mm"));
            const QString label = name == hhmm ? name : QStringLiteral("%1 (%2)").arg(name, hhmm);
            change = QCoreApplication::translate("DoseTimes", "%1 dose %2 mg → %3 mg diazepam")
                         .arg(label, displayNumber(doseTimes[i].doseMg), displayNumber(stage.times[i].diazepamMg));
        } else if (i > n - stage.index) {
            before << name;
        } else {
            kept << name;
        }
    }
    if (!before.isEmpty())
        change += QCoreApplication::translate("DoseTimes", "; %1 already diazepam").arg(names(before));
    if (!kept.isEmpty())
        change += QCoreApplication::translate("DoseTimes", "; %1 unchanged").arg(names(kept));
    return change;
}

Crossover computeCrossover(const catalogue::LibraryDrug &drug, double doseMg, const QDate &start, int stages,
    int intervalDays, const QString &sourceKey, const QList<Formulation> &fromForms,
    const QList<Formulation> &diazepamForms, const QList<DoseTime> &doseTimes)
{
    if (doseTimes.size() < 2)
        return computeCrossover(drug, doseMg, start, stages, intervalDays, sourceKey, fromForms, diazepamForms);
    validateDoseTimes(doseTimes, doseMg); // in order, distinct, adding up to the dose (field doseTimes)
    const int n = int(doseTimes.size());
    if (stages != n)
        throwInvalid(QStringLiteral("stages"),
            QCoreApplication::translate("Errors",
                "with %1 dose times a day the switch has %1 stages, each replacing one dose time; use "
                "%1 stages (or clear the dose times in Settings › Medicines to choose another number)")
                .arg(n));
    // The checks of the one-dose switch (drug, dose, stages 2..12, interval, date, table).
    if (drug.key == QLatin1String("diazepam"))
        throwInvalid(QStringLiteral("drug"), QCoreApplication::translate("Errors", "the drug is already diazepam"));
    if (n > 12)
        throwInvalid(QStringLiteral("stages"), QCoreApplication::translate("Errors", "use 2 to 12 stages"));
    if (intervalDays < 1 || intervalDays > 90)
        throwInvalid(
            QStringLiteral("intervalDays"), QCoreApplication::translate("Errors", "each stage lasts 1 to 90 days"));
    if (!start.isValid())
        throwInvalid(QStringLiteral("startDate"), QCoreApplication::translate("Errors", "a start date is needed"));
    Crossover c;
    c.fromDrug = drug.name;
    c.fromDoseMg = doseMg;
    c.doseTimes = doseTimes;
    chooseTable(c, drug, doseMg, sourceKey);
    const double perMg = 10.0 / c.used.mgPer10Diazepam;
    if (fromForms.isEmpty())
        throwInvalid(
            QStringLiteral("formulations"), QCoreApplication::translate("Errors", "no forms of the drug were given"));

    double largest = 0;
    for (const DoseTime &t : doseTimes)
        largest = std::max(largest, t.doseMg);
    const DoseMaker fromMaker(fromForms, solidUnitsFor(fromForms, largest));
    const DoseMaker dzMaker(diazepamForms, solidUnitsFor(diazepamForms, largest * perMg));
    QList<MadeDose> from;
    QList<MadeDose> dz;
    for (const DoseTime &t : doseTimes) {
        const QString when = t.time.toString(QStringLiteral("HH:mm"));
        const auto made = fromMaker.exactly(t.doseMg);
        if (!made)
            throwInvalid(QStringLiteral("doseTimes"),
                QCoreApplication::translate(
                    "Errors", "%1 mg at %2 cannot be made from %3; change the amount at that time or add a form")
                    .arg(displayNumber(t.doseMg), when, formsText(fromForms)));
        // What this time becomes as diazepam, rounded down: the stage's total never exceeds the table's value.
        const MadeDose d = dzMaker.atOrBelow(t.doseMg * perMg + DoseMaker::kToleranceMg);
        if (d.mg <= DoseMaker::kToleranceMg)
            throwInvalid(QStringLiteral("formulations"),
                QCoreApplication::translate("Errors",
                    "%1 mg at %2 equals %3 mg diazepam (%4), less than the smallest diazepam dose the "
                    "forms make; diazepam as a 2 mg/5 mL liquid (0.4 mg/mL) would allow it (add "
                    "diazepam to the diary with that liquid among its forms)")
                    .arg(displayNumber(t.doseMg), when, displayNumber(t.doseMg * perMg, 2), c.used.sourceLabel));
        from.append(*made);
        dz.append(d);
    }

    const auto joinHowTo = [](const QStringList &parts) {
        return parts.isEmpty() ? QCoreApplication::translate("DoseMaker", "stop") : parts.join(QStringLiteral(" · "));
    };
    CrossoverStage now;
    now.fromMg = doseMg;
    for (qsizetype i = 0; i < n; ++i)
        now.times.append({ doseTimes[i].time, from[i].mg, 0, from[i].howTo });
    c.stages.append(now);
    for (int k = 1; k <= n; ++k) {
        CrossoverStage s;
        s.index = k;
        s.start = start.addDays(qint64(k - 1) * intervalDays);
        s.end = s.start.addDays(intervalDays - 1);
        QStringList fromHow;
        QStringList dzHow;
        for (qsizetype i = 0; i < n; ++i) {
            const QString hhmm = doseTimes[i].time.toString(QStringLiteral("HH:mm"));
            const bool replaced = i >= n - k; // the latest time first
            if (replaced) {
                s.times.append({ doseTimes[i].time, 0, dz[i].mg, dz[i].howTo });
                s.diazepamMg += dz[i].mg;
                dzHow << QStringLiteral("%1 %2").arg(hhmm, dz[i].howTo);
            } else {
                s.times.append({ doseTimes[i].time, from[i].mg, 0, from[i].howTo });
                s.fromMg += from[i].mg;
                fromHow << QStringLiteral("%1 %2").arg(hhmm, from[i].howTo);
            }
        }
        s.timesChange = stageChangeText(doseTimes, s);
        s.fromHowTo = joinHowTo(fromHow);
        s.diazepamHowTo = joinHowTo(dzHow);
        s.fromMg = std::round(s.fromMg * 1e6) / 1e6;
        s.diazepamMg = std::round(s.diazepamMg * 1e6) / 1e6;
        c.stages.append(s);
    }
    c.targetDiazepamMg = c.stages.last().diazepamMg;
    return c;
}

} // namespace waymark::planner
