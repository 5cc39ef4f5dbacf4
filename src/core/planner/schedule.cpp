// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/schedule.h"

#include "errors.h"
#include "messagedate.h"
#include "planner/dosemaker.h"
#include "planner/dosetimes.h"
#include "planner/schedulebuild_p.h"

#include <QCoreApplication>
#include <cmath>

namespace waymark::planner {
namespace {

constexpr double kTol = DoseMaker::kToleranceMg;
constexpr int kMaxSteps = 1000;
constexpr int kMaxDays = 3650;

// Shown to the person: the default locale's decimal separator (the CLI keeps the dot).
QString mg(double v)
{
    return displayNumber(v) + QStringLiteral(" mg");
}

QString iso(const QDate &d)
{
    return messageDate(d); // ISO in the CLI, the locale's date in the app
}

/** A custom plan's error about its line `index` (from 0). */
QString onLine(qsizetype index, const QString &why)
{
    return QCoreApplication::translate("Errors", "line %1: %2").arg(QString::number(index + 1), why);
}

/** "a; or with b; or with c": the forms that would make a dose. */
QString orList(const QStringList &items)
{
    QString out = items.value(0);
    for (qsizetype i = 1; i < items.size(); ++i)
        out = QCoreApplication::translate("Errors", "%1; or with %2").arg(out, items[i]);
    return out;
}

void requireInterval(int days, const QString &field)
{
    if (days < 1)
        throwInvalid(field,
            QCoreApplication::translate("Errors", "the step interval must be at least 1 day (got %1)").arg(days));
    if (days > kMaxDays)
        throwInvalid(
            field, QCoreApplication::translate("Errors", "the step interval must be at most %1 days").arg(kMaxDays));
}

/** Step size for the method, against the dose (and occupancy) it starts from. */
void requireStepSize(Method method, double size, double fromDoseMg, const std::optional<OccupancyFit> &fit)
{
    const QString field = QStringLiteral("stepSize");
    if (!std::isfinite(size))
        throwInvalid(field, QCoreApplication::translate("Errors", "must be a number"));
    switch (method) {
    case Method::Linear:
        if (size <= 0)
            throwInvalid(field, QCoreApplication::translate("Errors", "the step must be more than 0 mg"));
        if (size >= fromDoseMg - kTol)
            throwInvalid(field,
                QCoreApplication::translate("Errors", "the step (%1) must be smaller than the dose it starts from (%2)")
                    .arg(mg(size), mg(fromDoseMg)));
        break;
    case Method::Percent:
        if (size <= 0 || size >= 100)
            throwInvalid(field,
                QCoreApplication::translate("Errors", "the percentage must be between 0 and 100 (got %1)").arg(size));
        break;
    case Method::Hyperbolic: {
        const double occ = occupancyPct(*fit, fromDoseMg);
        if (size <= 0)
            throwInvalid(field, QCoreApplication::translate("Errors", "the occupancy drop must be more than 0 points"));
        if (size >= occ)
            throwInvalid(field,
                QCoreApplication::translate("Errors",
                    "the occupancy drop (%1 points) must be below the occupancy at "
                    "%2 (%3 %)")
                    .arg(formatNumber(size), mg(fromDoseMg), formatNumber(occ, 1)));
        break;
    }
    case Method::Custom:
        break;
    }
}

void validateMethodParameters(const Plan &plan);

void validateParameters(const Plan &plan)
{
    validateMethodParameters(plan);
    if (!plan.doseTimes.isEmpty())
        validateDoseTimes(
            plan.doseTimes, plan.method == Method::Custom ? plan.customDoses.first().doseMg : plan.startDoseMg);
}

void validateMethodParameters(const Plan &plan)
{
    requireInterval(plan.intervalDays, QStringLiteral("intervalDays"));
    if (plan.method == Method::Custom) {
        const QString field = QStringLiteral("customDoses");
        if (plan.customDoses.isEmpty())
            throwInvalid(
                field, QCoreApplication::translate("Errors", "a custom plan needs at least one dose with a date"));
        for (qsizetype i = 0; i < plan.customDoses.size(); ++i) {
            const CustomDose &c = plan.customDoses[i];
            if (!c.date.isValid())
                throwInvalid(
                    field, onLine(i, QCoreApplication::translate("Errors", "the date is missing or not a date")));
            if (!std::isfinite(c.doseMg) || c.doseMg < 0)
                throwInvalid(field, onLine(i, QCoreApplication::translate("Errors", "the dose must be 0 mg or more")));
            if (i == 0 && c.doseMg <= kTol)
                throwInvalid(
                    field, onLine(i, QCoreApplication::translate("Errors", "the first dose must be more than 0 mg")));
            if (i > 0) {
                const CustomDose &p = plan.customDoses[i - 1];
                if (c.date <= p.date)
                    throwInvalid(field,
                        onLine(i,
                            QCoreApplication::translate("Errors", "dates must follow each other (%1 is not after %2)")
                                .arg(iso(c.date), iso(p.date))));
                if (c.doseMg > p.doseMg + kTol)
                    throwInvalid(field,
                        onLine(i,
                            QCoreApplication::translate("Errors", "the schedule never goes up (%1 after %2)")
                                .arg(mg(c.doseMg), mg(p.doseMg))));
                if (p.doseMg <= kTol)
                    throwInvalid(
                        field, onLine(i, QCoreApplication::translate("Errors", "nothing can follow a 0 mg dose")));
            }
        }
        return;
    }
    if (!plan.startDate.isValid())
        throwInvalid(QStringLiteral("startDate"),
            QCoreApplication::translate("Errors", "the start date is missing or not a date"));
    if (!std::isfinite(plan.startDoseMg) || plan.startDoseMg <= 0)
        throwInvalid(QStringLiteral("startDoseMg"),
            QCoreApplication::translate("Errors", "the start dose must be more than 0 mg"));
    if (!std::isfinite(plan.finalDoseMg) || plan.finalDoseMg < 0)
        throwInvalid(QStringLiteral("finalDoseMg"),
            QCoreApplication::translate("Errors", "the final dose must be 0 mg or more"));
    if (plan.finalDoseMg >= plan.startDoseMg)
        throwInvalid(QStringLiteral("finalDoseMg"),
            QCoreApplication::translate("Errors",
                "the final dose (%1) must be below the start "
                "dose (%2)")
                .arg(mg(plan.finalDoseMg), mg(plan.startDoseMg)));
    if (plan.method == Method::Hyperbolic && !(plan.fit && plan.fit->isValid()))
        throwInvalid(QStringLiteral("method"),
            QCoreApplication::translate("Errors",
                "hyperbolic tapering needs an occupancy fit (Emax, ED50) for this drug; "
                "choose another method or enter a fit"));
    if (plan.fit && !plan.fit->isValid())
        throwInvalid(QStringLiteral("fit"),
            QCoreApplication::translate("Errors", "Emax must be between 0 and 110 % and ED50 above 0 mg"));
    requireStepSize(plan.method, plan.stepSize, plan.startDoseMg, plan.fit);
}

struct Draft
{
    double method = 0;
    MadeDose made;
    int days = 0; ///< 0: open-ended
    int heldDays = 0;
    bool edited = false;
    double asked = 0; ///< the step size in force when the method made this step (not for custom)
    int baseDays = 0; ///< the days one step was asked to last when it was made
    int mergedIntervals = 0; ///< method steps (custom: letter lines) folded in because they would repeat this dose
    double mergedLowest = 0; ///< the lowest method dose folded in
    QDate mergedLetterDate; ///< custom: the last letter date folded in
    bool skippedInto = false; ///< the step before this one was skipped
    bool startShort = false; ///< StoredLenient: step 1 is below the start dose
    bool endRule = false; ///< a stop because the method's dose fell below the final dose (not rounding to 0)
    double endMethod = 0; ///< endRule: that method dose
    QList<MadeDose> times; ///< plans with dose times: the amount at each, in the plan's time order
    bool back = false; ///< a step back to the previous dose
    bool resumed = false; ///< the step that continues the plan after a step back

    bool isZero() const { return made.mg <= kTol; }
    QList<double> amounts() const
    {
        QList<double> out;
        for (const MadeDose &t : times)
            out << t.mg;
        return out;
    }
};

/** The day's dose as one MadeDose from the doses at each time. */
MadeDose combine(const QList<QTime> &times, const QList<MadeDose> &doses)
{
    MadeDose d;
    QStringList text;
    double mgSum = 0;
    for (qsizetype i = 0; i < doses.size(); ++i) {
        mgSum += doses[i].mg;
        d.liquidMl += doses[i].liquidMl;
        d.solidUnits += doses[i].solidUnits;
        d.parts += doses[i].parts;
        if (doses[i].mg > kTol)
            text << QStringLiteral("%1 %2").arg(times[i].toString(QStringLiteral("HH:mm")), doses[i].howTo);
    }
    d.mg = std::round(mgSum * 1e9) / 1e9;
    d.howTo = text.isEmpty() ? QCoreApplication::translate("DoseMaker", "stop") : text.join(QStringLiteral("; "));
    return d;
}

Draft zeroStep(double methodMg)
{
    Draft d;
    d.method = methodMg;
    d.made.howTo = QCoreApplication::translate("DoseMaker", "stop");
    return d;
}

QString formList(const QList<Formulation> &forms)
{
    QStringList out;
    for (const Formulation &f : forms)
        if (!f.hidden)
            out << f.label();
    return out.join(QStringLiteral(", "));
}

/** "(forms, at most N tablets or capsules a dose)": what the person's forms are. */
QString formsInBrackets(const Plan &plan)
{
    return plan.maxSolidUnits < 6 ? QCoreApplication::translate("Errors", "(%1, at most %2 tablets or capsules a dose)")
                                        .arg(formList(plan.formulations))
                                        .arg(plan.maxSolidUnits)
                                  : QStringLiteral("(%1)").arg(formList(plan.formulations));
}

/** "; the nearest they make: 7.5 mg and 10 mg", or nothing. */
QString nearestText(const DoseMaker &maker, double dose)
{
    QStringList nearest;
    const MadeDose below = maker.atOrBelow(dose);
    if (below.mg > kTol)
        nearest << mg(below.mg);
    if (const auto above = maker.above(dose))
        nearest << mg(above->mg);
    if (nearest.isEmpty())
        return {};
    if (nearest.size() == 1)
        return QCoreApplication::translate("Errors", "; the nearest they make: %1").arg(nearest.first());
    return QCoreApplication::translate("Errors", "; the nearest they make: %1 and %2").arg(nearest[0], nearest[1]);
}

/** Why the start dose cannot be step 1, and which forms would make it. */
[[noreturn]] void refuseStart(const Plan &plan, const DoseMaker &maker, double start)
{
    const bool custom = plan.method == Method::Custom;
    const QString field = custom ? QStringLiteral("customDoses") : QStringLiteral("startDoseMg");
    QString text = QCoreApplication::translate(
        "Errors", "step 1 must be exactly the dose taken now, and %1 cannot be made from these forms %2")
                       .arg(mg(start), formsInBrackets(plan));
    text += nearestText(maker, start);
    const QList<FormSuggestion> forms = formsMaking(plan, start);
    if (forms.isEmpty()) {
        text += QCoreApplication::translate(
            "Errors", ". No form in the library would make it either: start from a dose these forms make");
    } else {
        QStringList would;
        for (const FormSuggestion &f : forms) {
            QList<Formulation> with = withSuggestion(plan, f).formulations;
            const auto made = DoseMaker(with, plan.maxSolidUnits).exactly(start);
            would << QStringLiteral("%1 (%2)").arg(f.description, made ? made->howTo : QString());
        }
        text += QCoreApplication::translate(
            "Errors", ". It can be made with %1. Add that form, or start from a dose these forms make")
                    .arg(orList(would));
    }
    throwInvalid(field, custom ? onLine(0, text) : text);
}

/** Step 1 of a plan with dose times must make each time's amount exactly. */
[[noreturn]] void refuseTimes(const Plan &plan, const DoseMaker &maker, const DoseTime &t)
{
    const QString when = t.time.toString(QStringLiteral("HH:mm"));
    QString text = QCoreApplication::translate("Errors",
        "step 1 must be exactly the doses taken now, and the %1 dose of %2 cannot be made from these forms %3")
                       .arg(when, mg(t.doseMg), formsInBrackets(plan));
    text += nearestText(maker, t.doseMg);
    const QList<FormSuggestion> forms = formsMaking(plan, t.doseMg);
    if (!forms.isEmpty()) {
        QStringList would;
        for (const FormSuggestion &f : forms)
            would << f.description;
        text += QCoreApplication::translate(
            "Errors", ". It can be made with %1. Add that form, or change the dose at %2")
                    .arg(orList(would), when);
    }
    throwInvalid(QStringLiteral("doseTimes"), text);
}

class Builder
{
public:
    Builder(const Plan &plan, StartRule rule)
        : m_plan(plan)
        , m_maker((validateParameters(plan), plan.formulations), plan.maxSolidUnits)
        , m_interval(plan.intervalDays)
        , m_stepSize(plan.stepSize)
    {
        const double start = plan.method == Method::Custom ? plan.customDoses.first().doseMg : plan.startDoseMg;
        for (const DoseTime &t : plan.doseTimes)
            m_times << t.time;
        if (!m_times.isEmpty()) {
            for (const DoseTime &t : plan.doseTimes) {
                if (rule == StartRule::Exact && !m_maker.exactly(t.doseMg))
                    refuseTimes(plan, m_maker, t);
            }
            return; // a dose time can always be cut (to a smaller amount or, at last, stopped)
        }
        if (rule == StartRule::Exact && !m_maker.exactly(start))
            refuseStart(plan, m_maker, start);
        if (rule == StartRule::StoredLenient && m_maker.atOrBelow(start).mg <= kTol)
            throwInvalid(QStringLiteral("formulations"),
                QCoreApplication::translate(
                    "Errors", "no dose at or below the start dose of %1 can be made from these formulations")
                    .arg(mg(start)));
        if (!m_maker.canMakeBelow(start))
            throwInvalid(QStringLiteral("formulations"),
                QCoreApplication::translate("Errors",
                    "no dose below the start dose of %1 can be made from these formulations; "
                    "add a smaller strength, a tablet that may be split, or a liquid")
                    .arg(mg(start)));
    }

    /** Step 1: exactly the start dose (checked in the constructor), or for a stored plan the
     *  largest makeable dose at or below it. Never above it. */
    Draft firstStep(double start, int days) const
    {
        Draft d;
        d.method = start;
        d.days = days;
        d.baseDays = days;
        if (!m_times.isEmpty()) {
            for (const DoseTime &t : m_plan.doseTimes) {
                const auto exact = m_maker.exactly(t.doseMg);
                d.times << (exact ? *exact : m_maker.atOrBelow(t.doseMg));
                d.startShort = d.startShort || !exact;
            }
            d.made = combine(m_times, d.times);
            return d;
        }
        if (const auto exact = m_maker.exactly(start)) {
            d.made = *exact;
        } else {
            d.made = m_maker.atOrBelow(start);
            d.startShort = true;
        }
        return d;
    }

    Schedule run()
    {
        if (m_plan.method == Method::Custom)
            buildCustom();
        else
            buildMethod();
        for (const Adjustment &a : m_plan.adjustments)
            apply(a);
        return finish();
    }

private:
    struct Made
    {
        MadeDose total;
        QList<MadeDose> times;
    };

    /** The method's dose rounded to what can be made after the step `previous` (nullopt: it
     *  would not be below it). With dose times, the cut is spread over them (spreadCut()). */
    std::optional<Made> round(double methodMg, const Draft &previous) const
    {
        if (m_times.isEmpty()) {
            const auto made = roundToMakeable(m_maker, methodMg, previous.made.mg);
            if (!made)
                return std::nullopt;
            return Made { *made, {} };
        }
        const auto times = spreadCut(m_maker, m_times, previous.amounts(), methodMg, m_plan.spread);
        if (!times)
            return std::nullopt;
        return Made { combine(m_times, *times), *times };
    }

    Draft zero(double methodMg) const
    {
        Draft d = zeroStep(methodMg);
        for (qsizetype i = 0; i < m_times.size(); ++i)
            d.times << m_maker.atOrBelow(0);
        return d;
    }

    double nextMethod(double m) const
    {
        switch (m_plan.method) {
        case Method::Linear:
            return m - m_stepSize;
        case Method::Percent:
            return m * (1.0 - m_stepSize / 100.0);
        case Method::Hyperbolic:
            return doseForOccupancy(*m_plan.fit, occupancyPct(*m_plan.fit, m) - m_stepSize);
        case Method::Custom:
            break;
        }
        return 0;
    }

    void buildMethod()
    {
        m_origin = m_plan.startDate;
        m_steps = { firstStep(m_plan.startDoseMg, m_interval) };
        generateAfter(0);
    }

    /** Replaces the steps after k by the method's continuation from step k. */
    void generateAfter(qsizetype k)
    {
        m_steps.resize(k + 1);
        if (m_steps[k].isZero())
            return;
        double m = m_steps[k].method;
        for (qsizetype iterations = k + 1;; ++iterations) {
            if (iterations > kMaxSteps)
                throwInvalid(QStringLiteral("stepSize"),
                    QCoreApplication::translate("Errors",
                        "the plan would need more than %1 steps; choose larger steps or a "
                        "higher final dose")
                        .arg(kMaxSteps));
            m = nextMethod(m);
            if (m <= kTol || m < m_plan.finalDoseMg - kTol) {
                Draft stop = zero(0);
                stop.asked = m_stepSize;
                stop.endRule = m > kTol;
                stop.endMethod = m;
                m_steps.append(stop);
                return;
            }
            const std::optional<Made> made = round(m, m_steps.last());
            if (!made) { // would repeat the dose in force: keep it one more interval
                Draft &last = m_steps.last();
                last.days += m_interval;
                last.mergedIntervals += 1;
                last.mergedLowest = m;
                continue;
            }
            if (made->total.mg <= kTol) {
                Draft stop = zero(m);
                stop.asked = m_stepSize;
                m_steps.append(stop);
                return;
            }
            Draft next;
            next.method = m;
            next.made = made->total;
            next.times = made->times;
            next.days = m_interval;
            next.baseDays = m_interval;
            next.asked = m_stepSize;
            m_steps.append(next);
        }
    }

    void buildCustom()
    {
        const QList<CustomDose> &doses = m_plan.customDoses;
        m_origin = doses.first().date;
        for (qsizetype i = 0; i < doses.size(); ++i) {
            const bool last = i + 1 == doses.size();
            const int days = last ? m_interval : int(doses[i].date.daysTo(doses[i + 1].date));
            if (doses[i].doseMg <= kTol) {
                m_steps.append(zero(0));
                break;
            }
            if (i == 0) {
                m_steps.append(firstStep(doses[i].doseMg, days));
                continue;
            }
            const std::optional<Made> made = round(doses[i].doseMg, m_steps.last());
            if (!made) {
                Draft &last = m_steps.last();
                last.days += days;
                last.mergedIntervals += 1;
                last.mergedLowest = doses[i].doseMg;
                last.mergedLetterDate = doses[i].date;
                continue;
            }
            if (made->total.mg <= kTol) {
                if (!last)
                    throwInvalid(QStringLiteral("customDoses"),
                        QCoreApplication::translate("Errors", "line %1: %2 cannot be made from these formulations")
                            .arg(i + 1)
                            .arg(mg(doses[i].doseMg)));
                m_steps.append(zero(doses[i].doseMg));
                break;
            }
            Draft next;
            next.method = doses[i].doseMg;
            next.made = made->total;
            next.times = made->times;
            next.days = days;
            next.baseDays = days;
            m_steps.append(next);
        }
    }

    QDate startOf(qsizetype k) const
    {
        qint64 offset = 0;
        for (qsizetype i = 0; i < k; ++i)
            offset += m_steps[i].days;
        return m_origin.addDays(offset);
    }

    std::optional<qsizetype> inForce(const QDate &date) const
    {
        QDate start = m_origin;
        for (qsizetype i = 0; i < m_steps.size(); ++i) {
            if (date < start)
                return std::nullopt;
            if (m_steps[i].days == 0 || date < start.addDays(m_steps[i].days))
                return i;
            start = start.addDays(m_steps[i].days);
        }
        return std::nullopt; // after a schedule that ends without a 0 mg step
    }

    qsizetype requireStepOn(const QDate &date, const QString &what) const
    {
        const std::optional<qsizetype> k = inForce(date);
        if (!k)
            throwInvalid(QStringLiteral("date"),
                QCoreApplication::translate("Errors",
                    "no step is in force on %1 to %2 (the schedule runs "
                    "from %3)")
                    .arg(iso(date), what, iso(m_origin)));
        if (m_steps[*k].isZero())
            throwInvalid(QStringLiteral("date"),
                QCoreApplication::translate("Errors", "the plan has reached 0 mg by %1; there is nothing to %2")
                    .arg(iso(date), what));
        return *k;
    }

    void apply(const Adjustment &a)
    {
        if (m_waiting)
            throwInvalid(QStringLiteral("adjustments"),
                QCoreApplication::translate(
                    "Errors", "the plan is held until released; release it before changing it further"));
        if (!a.date.isValid())
            throwInvalid(
                QStringLiteral("date"), QCoreApplication::translate("Errors", "the date is missing or not a date"));
        switch (a.kind) {
        case Adjustment::Kind::Hold:
        case Adjustment::Kind::Pause:
            return hold(a);
        case Adjustment::Kind::ChangePace:
            return changePace(a);
        case Adjustment::Kind::SkipAhead:
            return skipAhead(a);
        case Adjustment::Kind::EditDose:
            return editDose(a);
        case Adjustment::Kind::StepBack:
            return stepBack(a);
        }
    }

    /** Back to the previous step's dose from a.date (see Adjustment::StepBack). */
    void stepBack(const Adjustment &a)
    {
        const std::optional<qsizetype> found = inForce(a.date);
        if (!found)
            throwInvalid(QStringLiteral("date"),
                QCoreApplication::translate(
                    "Errors", "no step is in force on %1 to go back from (the schedule runs from %2)")
                    .arg(iso(a.date), iso(m_origin)));
        const qsizetype k = *found;
        if (k == 0)
            throwInvalid(QStringLiteral("date"),
                QCoreApplication::translate("Errors",
                    "on %1 the plan is at step 1, the dose taken when it began: there is no earlier "
                    "dose in this plan to go back to")
                    .arg(iso(a.date)));
        int days = 0; // 0: until released
        if (a.days) {
            if (*a.days < 1 || *a.days > kMaxDays)
                throwInvalid(QStringLiteral("days"),
                    QCoreApplication::translate("Errors", "a step back lasts 1 to %1 days").arg(kMaxDays));
            days = *a.days;
        } else if (a.releasedOn) {
            if (!a.releasedOn->isValid() || *a.releasedOn < a.date)
                throwInvalid(QStringLiteral("releasedOn"),
                    QCoreApplication::translate("Errors", "a step back is released on or after the day it began"));
            days = int(a.date.daysTo(*a.releasedOn));
            if (days > kMaxDays)
                throwInvalid(QStringLiteral("releasedOn"),
                    QCoreApplication::translate("Errors", "a step back lasts at most %1 days").arg(kMaxDays));
            if (days == 0)
                return; // released the day it began: the plan went on as before
        }
        Draft back = m_steps[k - 1];
        back.back = true;
        back.resumed = false;
        back.heldDays = 0;
        back.mergedIntervals = 0;
        back.edited = false;
        back.skippedInto = false;
        back.startShort = false;
        back.days = days;
        back.baseDays = days;
        Draft resumed = m_steps[k];
        resumed.resumed = true;
        resumed.skippedInto = false;
        const QDate start = startOf(k);
        qsizetype at = k;
        if (a.date > start) { // the part of step k already taken stays; the step is taken again after
            m_steps[k].days = int(start.daysTo(a.date));
            m_steps[k].heldDays = std::min(m_steps[k].heldDays, m_steps[k].days);
            at = k + 1;
            m_steps.insert(at, resumed); // the step back goes in before it, below
        } else {
            m_steps[k] = resumed;
        }
        m_steps.insert(at, back);
        if (days == 0) {
            m_steps.resize(at + 1);
            m_waiting = true;
        }
    }

    void hold(const Adjustment &a)
    {
        std::optional<int> days;
        if (a.days) {
            if (*a.days < 1 || *a.days > kMaxDays)
                throwInvalid(QStringLiteral("days"),
                    QCoreApplication::translate("Errors", "a hold lasts 1 to %1 days").arg(kMaxDays));
            days = *a.days;
        } else if (a.releasedOn) {
            if (!a.releasedOn->isValid() || *a.releasedOn < a.date)
                throwInvalid(QStringLiteral("releasedOn"),
                    QCoreApplication::translate("Errors", "a hold is released on or after the day it began"));
            days = int(a.date.daysTo(*a.releasedOn));
            if (*days > kMaxDays)
                throwInvalid(QStringLiteral("releasedOn"),
                    QCoreApplication::translate("Errors", "a hold lasts at most %1 days").arg(kMaxDays));
        }
        const bool pause = a.kind == Adjustment::Kind::Pause;
        if (pause && a.date < m_origin) {
            if (!days)
                throwInvalid(QStringLiteral("days"),
                    QCoreApplication::translate("Errors",
                        "a pause before the plan starts needs a number of "
                        "days; or move the start date"));
            m_origin = m_origin.addDays(*days);
            return;
        }
        const qsizetype k = requireStepOn(a.date,
            pause ? QCoreApplication::translate("Errors", "pause") : QCoreApplication::translate("Errors", "hold"));
        if (!days) {
            m_steps[k].days = 0;
            m_steps.resize(k + 1);
            m_waiting = true;
            return;
        }
        m_steps[k].days += *days;
        m_steps[k].heldDays += *days;
    }

    void changePace(const Adjustment &a)
    {
        if (!a.intervalDays && !a.stepSize)
            throwInvalid(QStringLiteral("stepSize"),
                QCoreApplication::translate("Errors", "give a new interval, a new step size, or both"));
        if (a.intervalDays)
            requireInterval(*a.intervalDays, QStringLiteral("intervalDays"));
        const qsizetype k = requireStepOn(a.date, QCoreApplication::translate("Errors", "change"));
        if (m_plan.method == Method::Custom) {
            if (a.stepSize)
                throwInvalid(QStringLiteral("stepSize"),
                    QCoreApplication::translate("Errors", "a custom plan has no step size; edit its doses instead"));
            m_interval = *a.intervalDays;
            for (qsizetype j = k + 1; j < m_steps.size(); ++j) {
                if (m_steps[j].days > 0)
                    m_steps[j].days = m_interval + m_steps[j].heldDays;
            }
            return;
        }
        if (a.stepSize)
            requireStepSize(m_plan.method, *a.stepSize, m_steps[k].method, m_plan.fit);
        if (a.intervalDays)
            m_interval = *a.intervalDays;
        if (a.stepSize)
            m_stepSize = *a.stepSize;
        generateAfter(k);
    }

    void skipAhead(const Adjustment &a)
    {
        const qsizetype k = requireStepOn(a.date, QCoreApplication::translate("Errors", "skip"));
        if (k + 1 >= m_steps.size())
            throwInvalid(
                QStringLiteral("date"), QCoreApplication::translate("Errors", "there is no later step to move to"));
        const QDate start = startOf(k);
        if (a.date == start) {
            m_steps.removeAt(k); // skip this step entirely: the next one begins today
            if (k == 0)
                m_origin = a.date;
            else
                m_steps[k].skippedInto = true;
            return;
        }
        m_steps[k].days = int(start.daysTo(a.date));
        m_steps[k].heldDays = std::min(m_steps[k].heldDays, m_steps[k].days);
    }

    void editDose(const Adjustment &a)
    {
        const qsizetype i = a.stepIndex - 1;
        if (i < 0 || i >= m_steps.size())
            throwInvalid(QStringLiteral("stepIndex"),
                QCoreApplication::translate("Errors", "there is no step %1 (the schedule has %2)")
                    .arg(a.stepIndex)
                    .arg(m_steps.size()));
        if (startOf(i) < a.date)
            throwInvalid(QStringLiteral("stepIndex"),
                QCoreApplication::translate("Errors", "step %1 began on %2, before %3: only future steps can be edited")
                    .arg(a.stepIndex)
                    .arg(iso(startOf(i)), iso(a.date)));
        if (!std::isfinite(a.doseMg) || a.doseMg < 0)
            throwInvalid(
                QStringLiteral("doseMg"), QCoreApplication::translate("Errors", "the dose must be 0 mg or more"));
        // Step 1 may be edited down or kept, never above the dose taken now (the plan's start dose).
        const double start = m_plan.method == Method::Custom ? m_plan.customDoses.first().doseMg : m_plan.startDoseMg;
        const double previous = i > 0 ? m_steps[i - 1].made.mg : start + 10 * kTol;
        const bool wasZero = m_steps[i].isZero();
        std::optional<Made> made;
        if (a.doseMg > kTol) {
            if (i > 0) {
                made = round(a.doseMg, m_steps[i - 1]);
            } else if (!m_times.isEmpty() && a.doseMg >= start - kTol) {
                made = Made { firstStep(start, 0).made, firstStep(start, 0).times };
            } else if (!m_times.isEmpty()) {
                made = round(a.doseMg, firstStep(start, 0));
            } else if (const auto one = roundToMakeable(m_maker, a.doseMg, previous)) {
                made = Made { *one, {} };
            }
            if (!made && i == 0)
                throwInvalid(QStringLiteral("doseMg"),
                    QCoreApplication::translate("Errors", "step 1 cannot go above the dose taken now (%1)")
                        .arg(mg(start)));
            if (!made)
                throwInvalid(QStringLiteral("doseMg"),
                    QCoreApplication::translate("Errors", "%1 does not make a dose below the previous step's %2")
                        .arg(mg(a.doseMg), mg(previous)));
        }
        if (!made || made->total.mg <= kTol) {
            Draft stop = zero(made ? a.doseMg : 0);
            stop.edited = true;
            stop.asked = m_steps[i].asked;
            m_steps[i] = stop;
            m_steps.resize(i + 1);
            return;
        }
        Draft &step = m_steps[i];
        step.method = a.doseMg;
        step.made = made->total;
        step.times = made->times;
        step.edited = true;
        if (wasZero) { // the taper goes on at this dose for one interval, then stops
            step.days = m_interval;
            step.baseDays = m_interval;
            Draft stop = zero(0);
            stop.asked = m_stepSize;
            m_steps.append(stop);
            return;
        }
        // Later steps the edit would repeat or raise are merged into it.
        while (i + 1 < m_steps.size() && !m_steps[i + 1].isZero() && m_steps[i + 1].made.mg >= made->total.mg - kTol) {
            m_steps[i].days += m_steps[i + 1].days;
            m_steps.removeAt(i + 1);
        }
        respreadAfter(i);
    }

    /** With dose times: after step i changed, each later step is spread again from the one before
     *  it (so no time rises); a step that would no longer be below the one before is merged into it. */
    void respreadAfter(qsizetype i)
    {
        if (m_times.isEmpty())
            return;
        for (qsizetype j = i + 1; j < m_steps.size();) {
            if (m_steps[j].isZero())
                return;
            const std::optional<Made> made = round(m_steps[j].method, m_steps[j - 1]);
            if (!made) {
                m_steps[j - 1].days
                    = m_steps[j].days == 0 || m_steps[j - 1].days == 0 ? 0 : m_steps[j - 1].days + m_steps[j].days;
                m_steps.removeAt(j);
                continue;
            }
            if (made->total.mg <= kTol) {
                Draft stop = zero(m_steps[j].method);
                stop.asked = m_steps[j].asked;
                m_steps[j] = stop;
                m_steps.resize(j + 1);
                return;
            }
            m_steps[j].made = made->total;
            m_steps[j].times = made->times;
            ++j;
        }
    }

    Schedule finish() const
    {
        Schedule out;
        const bool hasFit = m_plan.fit && m_plan.fit->isValid();
        if (hasFit)
            out.fit = m_plan.fit;
        out.waitingForRelease = m_waiting;
        QDate start = m_origin;
        for (qsizetype i = 0; i < m_steps.size(); ++i) {
            const Draft &d = m_steps[i];
            Step s;
            s.index = int(i + 1);
            s.start = start;
            if (d.days > 0) {
                s.end = start.addDays(d.days - 1);
                start = start.addDays(d.days);
            }
            s.doseMg = d.made.mg;
            s.methodDoseMg = d.method;
            if (hasFit)
                s.occupancyPct = occupancyPct(*m_plan.fit, d.made.mg);
            s.howToMake = d.made.howTo;
            s.deviationMg = d.made.mg - d.method;
            if (d.method > kTol)
                s.deviationPct = 100.0 * s.deviationMg / d.method;
            s.heldDays = d.heldDays;
            s.edited = d.edited;
            s.mergedIntervals = d.mergedIntervals;
            s.parts = d.made.parts;
            s.liquidMl = d.made.liquidMl;
            s.stepBack = d.back;
            s.resumed = d.resumed;
            for (qsizetype t = 0; t < d.times.size(); ++t) {
                TimeDose td;
                td.time = m_times[t];
                td.doseMg = d.times[t].mg;
                td.previousMg = i > 0 && t < m_steps[i - 1].times.size() ? m_steps[i - 1].times[t].mg : td.doseMg;
                td.howToMake = d.times[t].howTo;
                td.parts = d.times[t].parts;
                td.liquidMl = d.times[t].liquidMl;
                s.times.append(td);
            }
            if (!s.times.isEmpty())
                s.timesChange = describeTimesChange(s.times);
            if (i > 0 && d.back)
                s.mergedNote = {};
            else if (i > 0)
                judge(s, out.steps.last(), m_steps[i - 1], d);
            else if (d.startShort)
                s.warning = { StepWarning::Kind::StartNotMade, StepWarning::Cause::Forms,
                    QCoreApplication::translate("Schedule",
                        "Step 1 is %1, below the %2 taken now: these forms cannot make %2 (this plan was saved "
                        "before step 1 had to be exactly the dose taken now).")
                        .arg(mg(s.doseMg), mg(d.method)) };
            s.mergedNote = d.back ? QString() : mergedNote(d);
            out.steps.append(s);
        }
        return out;
    }

    /** What this step asked, in the method's unit: the step size in force, or the letter's own cut. */
    double askedFor(const Draft &previous, const Draft &d) const
    {
        if (m_plan.method != Method::Custom)
            return d.asked;
        if (previous.method <= kTol)
            return 100;
        return 100.0 * (previous.method - d.method) / previous.method;
    }

    /** The normal end of a percent or linear plan: a stop from a dose at or below the final dose,
     *  or from one whose next asked step would already fall below it. */
    bool normalEnd(const Step &previous, const Draft &d) const
    {
        if (m_plan.method == Method::Percent)
            return previous.doseMg * (1.0 - d.asked / 100.0) < m_plan.finalDoseMg + kTol;
        if (m_plan.method == Method::Linear)
            return previous.doseMg - d.asked < m_plan.finalDoseMg + kTol;
        return false;
    }

    void judge(Step &s, const Step &previous, const Draft &previousDraft, const Draft &d) const
    {
        s.cutMg = previous.doseMg - s.doseMg;
        s.cutPct = previous.doseMg > kTol ? 100.0 * *s.cutMg / previous.doseMg : 0.0;
        if (s.occupancyPct && previous.occupancyPct)
            s.dropPoints = *previous.occupancyPct - *s.occupancyPct;
        const double asked = askedFor(previousDraft, d);
        s.askedCut = asked;
        double real = 0;
        QString unit;
        QString longUnit;
        switch (m_plan.method) {
        case Method::Linear:
            real = *s.cutMg;
            unit = longUnit = QStringLiteral(" mg");
            break;
        case Method::Hyperbolic:
            real = s.dropPoints.value_or(0);
            unit = QCoreApplication::translate("Schedule", " points");
            longUnit = QCoreApplication::translate("Schedule", " points of modelled occupancy");
            break;
        case Method::Percent:
        case Method::Custom:
            real = *s.cutPct;
            unit = longUnit = QStringLiteral(" %");
            break;
        }
        if (!(real > 1.5 * asked + 1e-9))
            return;
        const bool stop = d.isZero();
        if (stop && normalEnd(previous, d))
            return;
        StepWarning &w = s.warning;
        w.kind = stop ? StepWarning::Kind::DeepStop : StepWarning::Kind::DeepCut;
        // A stop by the end rule right after a step that was not prolonged is the final dose's doing;
        // after a prolonged step it is the forms' (they made nothing between that dose and 0).
        w.cause = d.edited                                    ? StepWarning::Cause::Edited
            : d.skippedInto                                   ? StepWarning::Cause::Skipped
            : d.endRule && previousDraft.mergedIntervals == 0 ? StepWarning::Cause::FinalDose
                                                              : StepWarning::Cause::Forms;
        // In the app's language (context "Schedule"; English without a translator).
        const QString wanted = m_plan.method == Method::Custom
            ? QCoreApplication::translate("Schedule", "the letter asks %1%2").arg(displayNumber(asked, 1), unit)
            : m_plan.method == Method::Percent
            ? QCoreApplication::translate("Schedule", "%1%2 was asked").arg(displayNumber(asked, 1), unit)
            : QCoreApplication::translate("Schedule", "%1%2 were asked").arg(displayNumber(asked, 1), unit);
        w.text = stop ? QCoreApplication::translate("Schedule", "Stopping from %1 cuts %2%3 where %4")
                            .arg(mg(previous.doseMg), displayNumber(real, 1), longUnit, wanted)
                      : QCoreApplication::translate("Schedule", "This step cuts %1%2 (%3 to %4) where %5")
                            .arg(displayNumber(real, 1), longUnit, mg(previous.doseMg), mg(s.doseMg), wanted);
        switch (w.cause) {
        case StepWarning::Cause::Edited:
            w.text += QCoreApplication::translate("Schedule", ": this dose was set by hand.");
            break;
        case StepWarning::Cause::Skipped:
            w.text += QCoreApplication::translate("Schedule", ": the step before it was skipped.");
            break;
        case StepWarning::Cause::FinalDose:
            w.text += QCoreApplication::translate("Schedule",
                ": the plan stops here because the method's next dose (%1) is below the final dose chosen (%2); a "
                "smaller final dose would make the last step smaller.")
                          .arg(mg(d.endMethod), mg(m_plan.finalDoseMg));
            break;
        case StepWarning::Cause::Forms:
            w.text += stop ? QCoreApplication::translate("Schedule", ": these forms make nothing between %1 and 0 mg.")
                                 .arg(mg(previous.doseMg))
                           : QCoreApplication::translate("Schedule", ": these forms cannot make the doses in between.");
            break;
        }
    }

    QString mergedNote(const Draft &d) const
    {
        if (d.mergedIntervals == 0 || d.isZero())
            return {};
        const int days = d.days > 0 ? d.days - d.heldDays : 0;
        if (d.days > 0 && days <= d.baseDays)
            return {}; // cut short by a skip: no longer than asked after all
        QString lead = days > 0
            ? QCoreApplication::translate("Schedule", "Kept for %1 days instead of %2").arg(days).arg(d.baseDays)
            : QCoreApplication::translate("Schedule", "Kept longer than one step");
        if (m_plan.method == Method::Custom)
            return lead
                + QCoreApplication::translate("Schedule",
                    ": the letter's %1 from %2 cannot be made below %3 with these forms, so %3 is kept until the "
                    "letter's next dose that can.")
                      .arg(mg(d.mergedLowest), iso(d.mergedLetterDate), mg(d.made.mg));
        const QString asked = d.mergedIntervals == 1
            ? QCoreApplication::translate("Schedule", "the dose the method asks in between (%1) cannot")
                  .arg(mg(d.mergedLowest))
            : QCoreApplication::translate("Schedule", "the %1 doses the method asks in between (down to %2) cannot")
                  .arg(d.mergedIntervals)
                  .arg(mg(d.mergedLowest));
        return lead
            + QCoreApplication::translate("Schedule",
                ": %1 be made below %2 with these forms, so %2 is kept until the method's dose comes nearer a "
                "smaller dose they make.")
                  .arg(asked, mg(d.made.mg));
    }

    const Plan &m_plan;
    DoseMaker m_maker;
    int m_interval;
    double m_stepSize;
    QDate m_origin;
    QList<Draft> m_steps;
    bool m_waiting = false;
    QList<QTime> m_times; ///< the plan's dose times (empty: one dose a day)
};

} // namespace

std::optional<qsizetype> Schedule::stepOn(const QDate &date) const
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (date >= steps[i].start && (steps[i].isOpen() || date <= steps[i].end))
            return i;
    }
    return std::nullopt;
}

QString warningKindName(StepWarning::Kind kind)
{
    switch (kind) {
    case StepWarning::Kind::None:
        return {};
    case StepWarning::Kind::DeepCut:
        return QStringLiteral("deep-cut");
    case StepWarning::Kind::DeepStop:
        return QStringLiteral("deep-stop");
    case StepWarning::Kind::StartNotMade:
        return QStringLiteral("start-not-made");
    }
    return {};
}

int Schedule::warningCount() const
{
    int n = 0;
    for (const Step &s : steps)
        n += s.warning.isSet() ? 1 : 0;
    return n;
}

void validatePlan(const Plan &plan)
{
    Builder check(plan, StartRule::Exact);
}

namespace detail {

Schedule buildSchedule(const Plan &plan, StartRule startRule)
{
    return Builder(plan, startRule).run();
}

int formsWarnings(const Schedule &schedule, double floorMg)
{
    int n = 0;
    for (qsizetype i = 1; i < schedule.steps.size(); ++i) {
        const Step &s = schedule.steps[i];
        n += s.warning.isSet() && s.warning.cause == StepWarning::Cause::Forms
            && s.warning.kind != StepWarning::Kind::StartNotMade && schedule.steps[i - 1].doseMg >= floorMg - kTol;
    }
    return n;
}

double lowestDose(const Schedule &schedule)
{
    double low = 0;
    for (const Step &s : schedule.steps)
        if (s.doseMg > kTol && (low == 0 || s.doseMg < low))
            low = s.doseMg;
    return low;
}

} // namespace detail

Schedule computeSchedule(const Plan &plan, StartRule startRule)
{
    Schedule s = detail::buildSchedule(plan, startRule);
    const int before = detail::formsWarnings(s);
    if (before == 0)
        return s;
    s.suggestion = detail::bestSuggestion(plan, startRule, s);
    const double low = detail::lowestDose(s);
    for (Step &st : s.steps) {
        if (!st.warning.isSet() || st.warning.cause != StepWarning::Cause::Forms
            || st.warning.kind == StepWarning::Kind::StartNotMade)
            continue;
        if (!s.suggestion) {
            st.warning.text += QCoreApplication::translate("Schedule",
                " No form in the library makes finer doses than these; a finer syringe or a more dilute liquid (ask "
                "your pharmacist) would.");
        } else if (s.suggestion->warningsAfter == 0) {
            st.warning.text += QCoreApplication::translate(
                "Schedule", " With %1, they can be made: recomputed with it, no step down to %2 cuts more than asked.")
                                   .arg(s.suggestion->description, mg(low));
        } else {
            st.warning.text += QCoreApplication::translate("Schedule",
                " With %1, more of them can be made: recomputed with it, %2 of %3 such steps down to %4 remain.")
                                   .arg(s.suggestion->description)
                                   .arg(s.suggestion->warningsAfter)
                                   .arg(s.suggestion->warningsBefore)
                                   .arg(mg(low));
        }
    }
    return s;
}

} // namespace waymark::planner
