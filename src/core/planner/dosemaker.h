// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h" // Formulation

#include <QList>
#include <QString>
#include <optional>

namespace waymark::planner {

/** One ingredient of a made dose: pieces of a solid, beads from a capsule, or a liquid measure. */
struct DosePart
{
    enum class Kind { Solid, Beads, Liquid };
    Kind kind = Kind::Solid;
    int formulation = 0; ///< index into the DoseMaker's formulation list
    /** Solid: number of 1/splitParts pieces (3 halves = 1½ tablets); Beads: bead count;
     *  Liquid: syringe steps (volume = count × syringe mL). */
    int count = 0;
};

/** A dose the person can make, and how. */
struct MadeDose
{
    double mg = 0;
    QList<DosePart> parts; ///< empty for 0 mg
    QString howTo; ///< "1 × 10 mg + ½ × 5 mg", "1.7 mL of 2 mg/mL", "stop" for 0 mg
    double liquidMl = 0;
    int solidUnits = 0; ///< tablets or capsules handled (a split or opened one counts as one)
};

/** Numbers as people read them: up to maxDecimals decimals, no trailing zeros, "C" locale. */
QString formatNumber(double value, int maxDecimals = 3);
/** formatNumber with the decimal separator (and minus sign) of the default QLocale: what a person
 *  reads in the app's language ("12,5" in German). Only for display text, never for stored values;
 *  the CLI keeps the C locale as default, so its text keeps the dot. */
QString displayNumber(double value, int maxDecimals = 3);

/**
 * Which doses can be made from a set of formulations, and how.
 *
 * Makeable: tablets whole, or in halves/quarters where splitParts allows and never when modified
 * release; capsules whole; beads counted from one opened capsule where beadsPerCapsule is set
 * (mg per bead = strength / beads); a liquid measured in whole syringe steps (syringeMl, default
 * 0.1 mL); and combinations of at most maxSolidUnits tablets or capsules (default 3, an opened or
 * split one counting as one) with at most one liquid measure and at most one opened capsule.
 * Hidden formulations are ignored.
 *
 * When a dose can be made in several ways, the way chosen needs, in this order: the least liquid
 * (tablets first, liquid for the remainder), the fewest tablets/capsules, the fewest split
 * pieces, no bead counting.
 */
class DoseMaker
{
public:
    static constexpr double kToleranceMg = 1e-6;
    static constexpr double kDefaultSyringeMl = 0.1;

    /** Throws InvalidInput (field "formulations") for an empty set or an impossible formulation. */
    explicit DoseMaker(const QList<Formulation> &formulations, int maxSolidUnits = 3);

    const QList<Formulation> &formulations() const { return m_formulations; }
    int maxSolidUnits() const { return m_maxSolidUnits; }

    /** The largest makeable dose at or below mg (0 mg, "stop", when nothing else is). */
    MadeDose atOrBelow(double mg) const;
    /** The smallest makeable dose above mg, if any. */
    std::optional<MadeDose> above(double mg) const;
    /** The dose exactly (within kToleranceMg), if makeable. */
    std::optional<MadeDose> exactly(double mg) const;
    /** Whether some dose d with 0 < d < mg can be made. */
    bool canMakeBelow(double mg) const;

    static double syringeMl(const Formulation &f);
    /** The pieces a tablet or capsule is used in (2 halves, 4 quarters; 1 when whole only). */
    static int piecesPerUnit(const Formulation &f);

private:
    struct Combo
    {
        double mg = 0;
        QList<DosePart> parts;
        int units = 0;
        int splitPieces = 0;
        int beads = 0;
    };
    struct Candidate
    {
        const Combo *solid = nullptr;
        int liquid = -1; ///< formulation index, -1 for none
        int steps = 0;
        double mg = 0;
        double ml = 0;
    };

    void enumerate(int index, const Combo &current);
    static bool better(const Candidate &a, const Candidate &b);
    MadeDose make(const Candidate &c) const;
    QString describe(const DosePart &part) const;

    QList<Formulation> m_formulations;
    QList<int> m_liquids;
    QList<Combo> m_solids; ///< every solid combination (incl. none), one per dose, ascending mg
    int m_maxSolidUnits = 3;
};

/**
 * The planner's rounding rule, from the dose the method asks for (methodMg) to a makeable one,
 * given the dose in force before this step (previousMg; the schedule never goes up or repeats).
 *
 * Let below = the largest makeable dose ≤ methodMg and above = the smallest makeable dose
 * > methodMg. The rounded dose is `below`, unless `above` exists and is strictly closer:
 * (above − method) < (method − below) − 1e-6 mg. Both deviations are measured against the same
 * method dose (and so against the same planned cut), so "above is closer" and "below would be the
 * bigger relative change" are one condition; a tie goes down. A dose is therefore never rounded up
 * by more than half the gap between the two makeable doses around it, which is what the
 * formulations force.
 *
 * When the rounded dose is not below previousMg (it would repeat or raise the dose in force) the
 * result is nullopt and the caller merges the step into the previous one: the dose in force is
 * kept one more interval, and the cut comes once the method's dose has come closer to the next
 * lower makeable dose. The planner never jumps to the next lower dose instead, as that would cut
 * deeper than both the method and the rounding rule ask.
 */
std::optional<MadeDose> roundToMakeable(const DoseMaker &maker, double methodMg, double previousMg);

} // namespace waymark::planner
