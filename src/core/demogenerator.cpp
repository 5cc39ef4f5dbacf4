// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "diary.h"
#include "errors.h"
#include "planner/plan.h"
#include "portablerandom.h"
#include "storedplan.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <cmath>
#include <random>

namespace waymark {
namespace {

using Random = PortableRandom;

struct Step
{
    int startDay; // offset from the first day
    double mg;
};

/** Sertraline steps: shrinking cuts every 3 weeks, two longer holds after bad waves; the last
 *  step (0 mg) is the end of the taper. */
QList<Step> sertralineSteps(int days)
{
    static const std::array<double, 18> doses
        = { 50, 40, 32, 25, 20, 16, 12.5, 10, 8, 6.5, 5, 4, 3, 2.2, 1.5, 1, 0.5, 0 };
    QList<Step> out;
    int day = 0;
    const int first = std::min(28, days / 6); // a stable month before the first cut
    for (size_t i = 0; i < doses.size(); ++i) {
        out.append({ day, doses[i] });
        int length = i == 0 ? first : 21;
        if (i == 3)
            length += 14; // hold: a hard wave
        if (i == 7)
            length += 21; // hold
        day += length;
    }
    return out;
}

/** Diazepam: 5 mg at night until two months after the sertraline taper ended, then 0.5 mg cuts
 *  every 4 weeks, with one 4-week hold at 2.5 mg. */
double diazepamMg(int day, int sertralineEnd)
{
    const int start = sertralineEnd + 60;
    if (day < start)
        return 5.0;
    int cuts = (day - start) / 28 + 1;
    if (cuts > 5)
        cuts = std::max(5, cuts - 1); // the hold
    return std::max(0.0, 5.0 - 0.5 * cuts);
}

double stepDose(const QList<Step> &steps, int day)
{
    double mg = steps.first().mg;
    for (const Step &s : steps)
        if (s.startDay <= day)
            mg = s.mg;
    return mg;
}

/** Shape of a withdrawal wave: quiet for 2 days, rising to a peak on day 7, settling over 3 weeks. */
double waveShape(int sinceCut)
{
    if (sinceCut < 2)
        return 0.0;
    if (sinceCut <= 7)
        return double(sinceCut - 2) / 5.0;
    return std::exp(-double(sinceCut - 7) / 6.0);
}

struct DemoSymptom
{
    const char *key;
    double sensitivity;
};

constexpr std::array<DemoSymptom, 10> kUsual = { {
    { "dizziness", 1.1 },
    { "brain_zaps", 1.2 },
    { "insomnia", 0.9 },
    { "anxiety", 1.0 },
    { "irritability", 0.8 },
    { "fatigue", 0.7 },
    { "headache", 0.6 },
    { "nausea", 0.5 },
    { "low_mood", 0.8 },
    { "poor_concentration", 0.9 },
} };

const QStringList &notes()
{
    static const QStringList list = {
        QStringLiteral("Zaps worse in the afternoon, eased after a walk."),
        QStringLiteral("Slept badly, woke at 3 and could not get back."),
        QStringLiteral("Good day. Met a friend for coffee."),
        QStringLiteral("Dizzy when turning my head quickly."),
        QStringLiteral("Wave started today; decided to stay on this dose a bit longer."),
        QStringLiteral("Told the GP about the waves; agreed to hold this step."),
        QStringLiteral("Calmer window. Felt almost like myself."),
        QStringLiteral("Measured the liquid with the 1 mL syringe; easier than cutting tablets."),
        QStringLiteral("Anxious morning, better by evening."),
        QStringLiteral("Tired but steady."),
    };
    return list;
}

/**
 * The demo's taper plan, so the Plan and Today pages show a real schedule: sertraline from the
 * dose the demo takes now (from the day it began), hyperbolic, 5 points of modelled occupancy
 * every 28 days, made with the demo's 20 mg/mL liquid (and the library's tablets). Derived from
 * the generated doses only, so it is as deterministic as they are.
 */
void addDemoPlan(Diary &diary, const QDate &today)
{
    const auto sertraline = diary.drugByName(QStringLiteral("Sertraline"));
    if (!sertraline)
        return;
    auto mgOn = [&](const QDate &day) {
        double mg = 0;
        for (const DoseEvent &e : diary.doses(day))
            if (e.drugId == sertraline->id)
                mg += e.mg();
        return mg;
    };
    double current = 0;
    for (const DoseEvent &e : diary.usualDoses(today.addDays(1)))
        if (e.drugId == sertraline->id)
            current += e.mg();
    if (current <= 0)
        return;
    QDate start = today;
    for (QDate day = today.addDays(-1); day >= diary.firstDay(); day = day.addDays(-1)) {
        const double mg = mgOn(day);
        if (mg > 0 && std::abs(mg - current) > 1e-6)
            break;
        if (mg > 0)
            start = day;
    }
    planner::Plan plan = diary.planTemplate(sertraline->id);
    plan.method = planner::Method::Hyperbolic;
    plan.startDoseMg = current;
    plan.startDate = start;
    plan.intervalDays = 28;
    plan.stepSize = 5;
    // A long demo ends its taper below what the demo's forms make (e.g. 0.5 mg of sertraline from a
    // 20 mg/mL liquid and 0.1 mL syringe): the planner rightly refuses such a step 1, and the demo
    // then has no plan rather than failing.
    try {
        diary.savePlan(sertraline->id, plan, QStringLiteral("Demo plan"));
    } catch (const Error &e) {
        if (e.code() != ErrorCode::InvalidInput)
            throw;
    }
}

} // namespace

void generateDemo(Diary &diary, const DemoOptions &options)
{
    if (options.days < 1 || options.days > kMaxDemoDays)
        throwInvalid(QStringLiteral("days"),
            QCoreApplication::translate("Errors", "must be between 1 and %1").arg(kMaxDemoDays));
    if (!diary.drugs(true).isEmpty() || diary.firstDay().isValid())
        throwInvalid(QStringLiteral("diary"),
            QCoreApplication::translate("Errors", "the demo needs a new, empty diary; choose another file"));

    const QDate end = options.endDate.isValid() ? options.endDate : diary.clock().today();
    const QDate first = end.addDays(-(options.days - 1));
    Random rng(options.seed);
    const QList<Step> steps = sertralineSteps(options.days);

    diary.batch([&] {
        const Drug sertraline = diary.addDrug(QStringLiteral("Sertraline"));
        const Drug diazepam = diary.addDrug(QStringLiteral("Diazepam"));
        Formulation liquid;
        liquid.drugId = sertraline.id;
        liquid.kind = Formulation::Kind::Liquid;
        liquid.mgPerMl = 20;
        liquid.syringeMl = 0.1;
        diary.addFormulation(liquid);
        for (const DemoSymptom &s : kUsual)
            diary.setSymptomUsual(QString::fromLatin1(s.key), true);
        diary.setSetting(QStringLiteral("crisis_number"), QStringLiteral("0800 000 000 (demo number)"));

        QList<int> cutDays; // day offsets of every dose reduction, both drugs
        QList<double> cutSizes;
        for (int i = 1; i < steps.size(); ++i) {
            cutDays.append(steps[i].startDay);
            cutSizes.append(0.6 + 0.4 * double(i) / double(steps.size())); // later cuts hurt more
        }
        const int sertralineEnd = steps.last().startDay;
        for (int d = 1; d < options.days; ++d) {
            if (diazepamMg(d, sertralineEnd) < diazepamMg(d - 1, sertralineEnd)) {
                cutDays.append(d);
                cutSizes.append(0.5);
            }
        }

        double carry = 0.0; // slow background that lifts in good stretches
        for (int day = 0; day < options.days; ++day) {
            const QDate date = first.addDays(day);
            const bool gap = rng.chance(0.03); // some days nothing is logged
            if (gap)
                continue;

            const double sMg = stepDose(steps, day);
            if (sMg > 0) {
                NewDose dose;
                dose.date = date;
                dose.time = QTime(8, rng.pick(4) * 15);
                dose.drugId = sertraline.id;
                dose.micrograms = qint64(std::llround(sMg * 1000.0));
                diary.logDose(dose);
            }
            const double dMg = diazepamMg(day, sertralineEnd);
            if (dMg > 0) {
                NewDose dose;
                dose.date = date;
                dose.time = QTime(22, rng.pick(3) * 15);
                dose.drugId = diazepam.id;
                dose.micrograms = qint64(std::llround(dMg * 1000.0));
                diary.logDose(dose);
            }

            double level = 0.35 + carry;
            for (int i = 0; i < cutDays.size(); ++i)
                if (day >= cutDays[i])
                    level += 2.6 * cutSizes[i] * waveShape(day - cutDays[i]);
            carry = std::clamp(carry * 0.9 + 0.05 * rng.normal(), -0.2, 0.6);

            int load = 0;
            for (const DemoSymptom &s : kUsual) {
                const double v = s.sensitivity * level + 0.45 * rng.normal();
                const int severity = std::clamp(int(std::lround(v)), 0, 4);
                load += severity;
                diary.setRating(date, QString::fromLatin1(s.key), severity);
            }
            if (level > 2.2 && rng.chance(0.15))
                diary.setRating(date, QStringLiteral("tinnitus"), 1 + rng.pick(2));

            const int wellbeing = std::clamp(int(std::lround(8.0 - 0.28 * load + 0.7 * rng.normal())), 0, 10);
            const double sleep = std::clamp(7.5 - 0.6 * level + 0.6 * rng.normal(), 3.0, 10.0);
            std::optional<QString> note;
            if (rng.chance(0.12))
                note = notes()[rng.pick(int(notes().size()))];
            diary.updateDay(date, wellbeing, sleep, note);
            // Notes about waves and dizziness are the ones a person would bring to the prescriber.
            if (note && (note->startsWith(QLatin1String("Wave started")) || note->startsWith(QLatin1String("Dizzy"))))
                diary.setNoteForPrescriber(date, true);
        }
        if (options.withPlan)
            addDemoPlan(diary, end);
    });
}

} // namespace waymark
