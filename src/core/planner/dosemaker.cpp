// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/dosemaker.h"

#include "errors.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace waymark::planner {
namespace {

using Kind = Formulation::Kind;

int effectiveParts(const Formulation &f)
{
    if (f.kind != Kind::Tablet || f.modifiedRelease)
        return 1;
    return f.splitParts == 2 || f.splitParts == 4 ? f.splitParts : 1;
}

int beadCount(const Formulation &f)
{
    return f.kind == Kind::Capsule && f.beadsPerCapsule && *f.beadsPerCapsule > 1 ? *f.beadsPerCapsule : 0;
}

QString fraction(int numerator, int parts)
{
    if (parts == 2)
        return QStringLiteral("½");
    switch (numerator) {
    case 1:
        return QStringLiteral("¼");
    case 2:
        return QStringLiteral("½");
    default:
        return QStringLiteral("¾");
    }
}

} // namespace

QString formatNumber(double value, int maxDecimals)
{
    const double scale = std::pow(10.0, maxDecimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0)
        rounded = 0; // no "-0"
    QString s = QLocale::c().toString(rounded, 'f', maxDecimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

QString displayNumber(double value, int maxDecimals)
{
    QString s = formatNumber(value, maxDecimals);
    const QLocale locale;
    if (locale.decimalPoint() != QLatin1String("."))
        s.replace(QLatin1Char('.'), locale.decimalPoint());
    if (value < 0 && locale.negativeSign() != QLatin1String("-"))
        s.replace(QLatin1Char('-'), locale.negativeSign());
    return s;
}

int DoseMaker::piecesPerUnit(const Formulation &f)
{
    return effectiveParts(f);
}

double DoseMaker::syringeMl(const Formulation &f)
{
    return f.syringeMl ? *f.syringeMl : kDefaultSyringeMl;
}

DoseMaker::DoseMaker(const QList<Formulation> &formulations, int maxSolidUnits)
    : m_maxSolidUnits(maxSolidUnits)
{
    const QString field = QStringLiteral("formulations");
    if (maxSolidUnits < 1 || maxSolidUnits > 6)
        throwInvalid(QStringLiteral("maxSolidUnits"), QCoreApplication::translate("Errors", "must be between 1 and 6"));
    for (const Formulation &f : formulations) {
        if (f.hidden)
            continue;
        if (f.kind == Kind::Liquid) {
            if (!(f.mgPerMl > 0) || !std::isfinite(f.mgPerMl))
                throwInvalid(
                    field, QCoreApplication::translate("Errors", "a liquid needs a concentration above 0 mg/mL"));
            if (!(syringeMl(f) >= 0.001) || syringeMl(f) > 100)
                throwInvalid(
                    field, QCoreApplication::translate("Errors", "the syringe step must be between 0.001 and 100 mL"));
            m_liquids.append(int(m_formulations.size()));
        } else {
            if (!(f.strengthMg > 0) || !std::isfinite(f.strengthMg))
                throwInvalid(
                    field, QCoreApplication::translate("Errors", "a tablet or capsule needs a strength above 0 mg"));
            if (f.beadsPerCapsule && (*f.beadsPerCapsule < 2 || *f.beadsPerCapsule > 5000))
                throwInvalid(
                    field, QCoreApplication::translate("Errors", "beads per capsule must be between 2 and 5000"));
        }
        m_formulations.append(f);
    }
    if (m_formulations.isEmpty())
        throwInvalid(
            field, QCoreApplication::translate("Errors", "add at least one tablet, capsule or liquid the person has"));

    enumerate(0, Combo {});
    // One combination per dose: the simplest (fewest units, fewest split pieces, no beads).
    std::sort(m_solids.begin(), m_solids.end(), [](const Combo &a, const Combo &b) {
        return std::tie(a.mg, a.units, a.splitPieces, a.beads) < std::tie(b.mg, b.units, b.splitPieces, b.beads);
    });
    QList<Combo> unique;
    for (const Combo &c : std::as_const(m_solids)) {
        if (!unique.isEmpty() && std::abs(unique.last().mg - c.mg) < kToleranceMg)
            continue;
        unique.append(c);
    }
    m_solids = unique;
}

void DoseMaker::enumerate(int index, const Combo &current)
{
    if (index == m_formulations.size()) {
        m_solids.append(current);
        return;
    }
    enumerate(index + 1, current); // without this formulation
    const Formulation &f = m_formulations[index];
    if (f.kind == Kind::Liquid)
        return;
    const int parts = effectiveParts(f);
    const int free = m_maxSolidUnits - current.units;
    for (int k = 1; k <= free * parts; ++k) {
        Combo next = current;
        next.mg += f.strengthMg * k / parts;
        next.units += (k + parts - 1) / parts;
        next.splitPieces += k % parts != 0 ? 1 : 0;
        next.parts.append({ DosePart::Kind::Solid, index, k });
        enumerate(index + 1, next);
    }
    const int beads = beadCount(f);
    if (beads == 0 || current.beads > 0)
        return;
    for (int whole = 0; whole < free; ++whole) {
        for (int b = 1; b < beads; ++b) {
            Combo next = current;
            next.mg += f.strengthMg * whole + f.strengthMg * b / beads;
            next.units += whole + 1;
            next.beads = 1;
            if (whole > 0)
                next.parts.append({ DosePart::Kind::Solid, index, whole });
            next.parts.append({ DosePart::Kind::Beads, index, b });
            enumerate(index + 1, next);
        }
    }
}

bool DoseMaker::better(const Candidate &a, const Candidate &b)
{
    // Same dose: least liquid, then fewest units, split pieces, bead counting.
    const auto key = [](const Candidate &c) {
        return std::make_tuple(std::llround(c.ml * 1000), c.solid->units, c.solid->splitPieces, c.solid->beads,
            int(c.solid->parts.size()));
    };
    return key(a) < key(b);
}

MadeDose DoseMaker::atOrBelow(double mg) const
{
    std::optional<Candidate> best;
    const auto consider = [&](const Candidate &c) {
        if (!best || c.mg > best->mg + kToleranceMg || (std::abs(c.mg - best->mg) < kToleranceMg && better(c, *best)))
            best = c;
    };
    for (const Combo &s : m_solids) {
        if (s.mg > mg + kToleranceMg)
            break;
        consider({ &s, -1, 0, s.mg, 0 });
        for (int li : m_liquids) {
            const Formulation &f = m_formulations[li];
            const double step = f.mgPerMl * syringeMl(f);
            const int n = int(std::floor((mg - s.mg) / step + 1e-7));
            if (n > 0)
                consider({ &s, li, n, s.mg + n * step, n * syringeMl(f) });
        }
    }
    return make(*best); // the empty combination (0 mg) is always there
}

std::optional<MadeDose> DoseMaker::above(double mg) const
{
    std::optional<Candidate> best;
    const auto consider = [&](const Candidate &c) {
        if (c.mg <= mg + kToleranceMg)
            return;
        if (!best || c.mg < best->mg - kToleranceMg || (std::abs(c.mg - best->mg) < kToleranceMg && better(c, *best)))
            best = c;
    };
    for (const Combo &s : m_solids) {
        if (s.mg > mg + kToleranceMg) {
            consider({ &s, -1, 0, s.mg, 0 });
            break; // ascending: later solids alone are larger, and adding liquid only adds
        }
        for (int li : m_liquids) {
            const Formulation &f = m_formulations[li];
            const double step = f.mgPerMl * syringeMl(f);
            const int n = int(std::floor((mg - s.mg) / step + 1e-7)) + 1;
            consider({ &s, li, n, s.mg + n * step, n * syringeMl(f) });
        }
    }
    if (!best)
        return std::nullopt;
    return make(*best);
}

std::optional<MadeDose> DoseMaker::exactly(double mg) const
{
    MadeDose d = atOrBelow(mg);
    if (std::abs(d.mg - mg) < kToleranceMg)
        return d;
    return std::nullopt;
}

bool DoseMaker::canMakeBelow(double mg) const
{
    return atOrBelow(mg - kToleranceMg * 10).mg > kToleranceMg;
}

QString DoseMaker::describe(const DosePart &part) const
{
    const Formulation &f = m_formulations[part.formulation];
    switch (part.kind) {
    case DosePart::Kind::Liquid:
        return QCoreApplication::translate("DoseMaker", "%1 mL of %2 mg/mL")
            .arg(displayNumber(part.count * syringeMl(f)), displayNumber(f.mgPerMl));
    case DosePart::Kind::Beads:
        return (part.count == 1 ? QCoreApplication::translate("DoseMaker", "%1 bead (of %2) from a %3 mg capsule")
                                : QCoreApplication::translate("DoseMaker", "%1 beads (of %2) from a %3 mg capsule"))
            .arg(part.count)
            .arg(beadCount(f))
            .arg(displayNumber(f.strengthMg));
    case DosePart::Kind::Solid:
        break;
    }
    const int parts = effectiveParts(f);
    const int whole = part.count / parts;
    const int rest = part.count % parts;
    QString qty = whole > 0 ? QString::number(whole) : QString();
    if (rest)
        qty += fraction(rest, parts);
    QString what = displayNumber(f.strengthMg) + QStringLiteral(" mg");
    if (f.kind == Kind::Capsule)
        what += QCoreApplication::translate("DoseMaker", " capsule");
    else if (f.modifiedRelease)
        what += QCoreApplication::translate("DoseMaker", " MR");
    return QStringLiteral("%1 × %2").arg(qty, what);
}

MadeDose DoseMaker::make(const Candidate &c) const
{
    MadeDose d;
    d.mg = std::round(c.mg * 1e9) / 1e9; // 17 × 0.2 mg is 3.4 mg, not 3.4000000000000004
    d.liquidMl = std::round(c.ml * 1e9) / 1e9;
    d.parts = c.solid->parts;
    // Larger strengths first, liquid last.
    std::stable_sort(d.parts.begin(), d.parts.end(), [this](const DosePart &a, const DosePart &b) {
        return m_formulations[a.formulation].strengthMg > m_formulations[b.formulation].strengthMg;
    });
    if (c.liquid >= 0)
        d.parts.append({ DosePart::Kind::Liquid, c.liquid, c.steps });
    d.solidUnits = c.solid->units;
    QStringList text;
    for (const DosePart &p : std::as_const(d.parts))
        text << describe(p);
    d.howTo = text.isEmpty() ? QCoreApplication::translate("DoseMaker", "stop") : text.join(QStringLiteral(" + "));
    return d;
}

std::optional<MadeDose> roundToMakeable(const DoseMaker &maker, double methodMg, double previousMg)
{
    const double tol = DoseMaker::kToleranceMg;
    const double target = std::max(methodMg, 0.0);
    MadeDose chosen = maker.atOrBelow(target);
    if (std::optional<MadeDose> above = maker.above(target)) {
        if ((above->mg - target) < (target - chosen.mg) - tol)
            chosen = *above;
    }
    if (chosen.mg >= previousMg - tol)
        return std::nullopt; // would repeat (or raise) the dose in force: merge
    return chosen;
}

} // namespace waymark::planner
