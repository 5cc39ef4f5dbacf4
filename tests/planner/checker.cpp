// SPDX-License-Identifier: GPL-3.0-or-later
#include "checker.h"

#include "errors.h"

#include <QRegularExpression>
#include <QStringList>
#include <cmath>
#include <functional>

namespace waymark::planner::test {
namespace {

using Kind = Formulation::Kind;

bool same(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

double parseQuantity(const QString &whole, const QString &frac, int *parts)
{
    double q = whole.isEmpty() ? 0 : whole.toDouble();
    *parts = 1;
    if (frac == QStringLiteral("½")) {
        q += 0.5;
        *parts = 2;
    } else if (frac == QStringLiteral("¼")) {
        q += 0.25;
        *parts = 4;
    } else if (frac == QStringLiteral("¾")) {
        q += 0.75;
        *parts = 4;
    }
    return q;
}

QList<Formulation> visible(const QList<Formulation> &forms)
{
    QList<Formulation> out;
    for (const Formulation &f : forms)
        if (!f.hidden)
            out.append(f);
    return out;
}

} // namespace

QString checkHowTo(const QList<Formulation> &all, int maxSolidUnits, double doseMg, const QString &howTo)
{
    const QList<Formulation> forms = visible(all);
    if (howTo == QStringLiteral("stop"))
        return doseMg == 0 ? QString() : QStringLiteral("'stop' for %1 mg").arg(doseMg);
    static const QRegularExpression liquidRe(QStringLiteral("^(\\d+(?:\\.\\d+)?) mL of (\\d+(?:\\.\\d+)?) mg/mL$"));
    static const QRegularExpression beadsRe(
        QStringLiteral("^(\\d+) beads? \\(of (\\d+)\\) from a (\\d+(?:\\.\\d+)?) mg capsule$"));
    static const QRegularExpression solidRe(QStringLiteral("^(\\d*)([½¼¾]?) × (\\d+(?:\\.\\d+)?) mg( capsule| MR)?$"));
    double total = 0;
    double units = 0;
    int liquids = 0;
    int opened = 0;
    for (const QString &part : howTo.split(QStringLiteral(" + "))) {
        if (auto m = liquidRe.match(part); m.hasMatch()) {
            const double ml = m.captured(1).toDouble();
            const double conc = m.captured(2).toDouble();
            bool found = false;
            for (const Formulation &f : forms) {
                if (f.kind != Kind::Liquid || !same(f.mgPerMl, conc))
                    continue;
                const double syringe = f.syringeMl.value_or(0.1);
                const double steps = ml / syringe;
                if (std::abs(steps - std::round(steps)) > 1e-6 || steps < 1)
                    continue;
                found = true;
                total += std::round(steps) * syringe * f.mgPerMl;
                break;
            }
            if (!found)
                return QStringLiteral("no liquid measures '%1'").arg(part);
            ++liquids;
        } else if (auto b = beadsRe.match(part); b.hasMatch()) {
            const int n = b.captured(1).toInt();
            const int of = b.captured(2).toInt();
            const double s = b.captured(3).toDouble();
            bool found = false;
            for (const Formulation &f : forms)
                found = found || (f.kind == Kind::Capsule && same(f.strengthMg, s) && f.beadsPerCapsule == of);
            if (!found || n < 1 || n >= of)
                return QStringLiteral("no capsule gives '%1'").arg(part);
            total += s * n / of;
            units += 1;
            ++opened;
        } else if (auto s = solidRe.match(part); s.hasMatch()) {
            int parts = 1;
            const double q = parseQuantity(s.captured(1), s.captured(2), &parts);
            const double strength = s.captured(3).toDouble();
            const bool isCapsule = s.captured(4) == QStringLiteral(" capsule");
            const bool mr = s.captured(4) == QStringLiteral(" MR");
            bool found = false;
            for (const Formulation &f : forms) {
                if (!same(f.strengthMg, strength) || (f.kind == Kind::Capsule) != isCapsule || f.kind == Kind::Liquid
                    || f.modifiedRelease != mr)
                    continue;
                if (parts > 1 && (f.kind != Kind::Tablet || f.modifiedRelease))
                    continue; // capsules and modified-release tablets are never split
                if (parts > 1 && f.splitParts % parts != 0)
                    continue;
                found = true;
            }
            if (!found || q <= 0)
                return QStringLiteral("no formulation gives '%1'").arg(part);
            total += q * strength;
            units += std::ceil(q);
        } else {
            return QStringLiteral("cannot read '%1'").arg(part);
        }
    }
    if (liquids > 1 || opened > 1)
        return QStringLiteral("more than one liquid or opened capsule in '%1'").arg(howTo);
    if (units > maxSolidUnits)
        return QStringLiteral("%1 units in '%2'").arg(units).arg(howTo);
    if (!same(total, doseMg))
        return QStringLiteral("'%1' makes %2 mg, not %3 mg").arg(howTo).arg(total, 0, 'g', 12).arg(doseMg, 0, 'g', 12);
    return {};
}

Bracket bruteBracket(const QList<Formulation> &all, int maxUnits, double target)
{
    const QList<Formulation> forms = visible(all);
    QList<double> solids; // every solid total
    // Depth-first over formulations: piece counts, then (once) an opened capsule's beads.
    std::function<void(int, double, int, bool)> walk = [&](int i, double mg, int units, bool opened) {
        if (i == forms.size()) {
            solids.append(mg);
            return;
        }
        const Formulation &f = forms[i];
        if (f.kind == Kind::Liquid) {
            walk(i + 1, mg, units, opened);
            return;
        }
        const int parts = (f.kind == Kind::Tablet && !f.modifiedRelease && (f.splitParts == 2 || f.splitParts == 4))
            ? f.splitParts
            : 1;
        for (int k = 0; units + (k + parts - 1) / parts <= maxUnits; ++k)
            walk(i + 1, mg + f.strengthMg * k / parts, units + (k + parts - 1) / parts, opened);
        if (f.kind == Kind::Capsule && f.beadsPerCapsule && *f.beadsPerCapsule > 1 && !opened) {
            const int beads = *f.beadsPerCapsule;
            for (int whole = 0; units + whole + 1 <= maxUnits; ++whole)
                for (int b = 1; b < beads; ++b)
                    walk(i + 1, mg + f.strengthMg * whole + f.strengthMg * b / beads, units + whole + 1, true);
        }
    };
    walk(0, 0, 0, false);
    Bracket out;
    const double eps = 1e-6;
    for (double s : std::as_const(solids)) {
        QList<double> totals { s };
        for (const Formulation &f : forms) {
            if (f.kind != Kind::Liquid)
                continue;
            const double step = f.mgPerMl * f.syringeMl.value_or(0.1);
            // every liquid amount near the target from this solid total
            const double n = std::floor((target - s) / step);
            for (double k = std::max(1.0, n - 1); k <= std::max(1.0, n + 2); k += 1)
                totals.append(s + k * step);
        }
        for (double t : std::as_const(totals)) {
            if (t <= target + eps)
                out.below = std::max(out.below, t);
            else if (!out.above || t < *out.above)
                out.above = t;
        }
    }
    return out;
}

QString checkContiguous(const Schedule &schedule)
{
    const QList<Step> &steps = schedule.steps;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &s = steps[i];
        if (s.index != i + 1)
            return QStringLiteral("step %1 has index %2").arg(i + 1).arg(s.index);
        if (!s.start.isValid())
            return QStringLiteral("step %1 has no start").arg(s.index);
        const bool last = i + 1 == steps.size();
        if (s.isOpen() && !last)
            return QStringLiteral("step %1 is open but not last").arg(s.index);
        if (!s.isOpen() && s.end < s.start)
            return QStringLiteral("step %1 ends before it starts").arg(s.index);
        if (!last && steps[i + 1].start != s.end.addDays(1))
            return QStringLiteral("gap or overlap after step %1 (%2 then %3)")
                .arg(s.index)
                .arg(s.end.toString(Qt::ISODate), steps[i + 1].start.toString(Qt::ISODate));
    }
    return {};
}

Formulation tablet(double mg, int splitParts, bool modifiedRelease)
{
    Formulation f;
    f.kind = Kind::Tablet;
    f.strengthMg = mg;
    f.splitParts = splitParts;
    f.modifiedRelease = modifiedRelease;
    return f;
}

Formulation capsule(double mg, std::optional<int> beads)
{
    Formulation f;
    f.kind = Kind::Capsule;
    f.strengthMg = mg;
    f.beadsPerCapsule = beads;
    return f;
}

Formulation liquid(double mgPerMl, std::optional<double> syringeMl)
{
    Formulation f;
    f.kind = Kind::Liquid;
    f.mgPerMl = mgPerMl;
    f.syringeMl = syringeMl;
    return f;
}

const OccupancyFit kCitalopram { 83.98, 2.33, QStringLiteral("S1 (modelled)") };
const OccupancyFit kSertraline { 92.01, 7.72, QStringLiteral("S1 (modelled)") };
const OccupancyFit kParoxetine { 97.14, 5.60, QStringLiteral("S1 (modelled)") };

Plan hyperbolicCitalopram()
{
    Plan p;
    p.method = Method::Hyperbolic;
    p.startDoseMg = 20;
    p.startDate = QDate(2026, 1, 5);
    p.intervalDays = 28;
    p.stepSize = 5;
    p.fit = kCitalopram;
    p.formulations = { liquid(2, 0.1) };
    return p;
}

QString invalidField(const Plan &plan)
{
    try {
        computeSchedule(plan);
    } catch (const Error &e) {
        if (e.code() != ErrorCode::InvalidInput)
            return QStringLiteral("wrong code");
        return e.field();
    }
    return QStringLiteral("no error");
}

} // namespace waymark::planner::test
