// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/plan.h"

#include "errors.h"
#include "messagedate.h"

#include <QCoreApplication>

namespace waymark::planner {

QString methodName(Method method)
{
    switch (method) {
    case Method::Linear:
        return QStringLiteral("linear");
    case Method::Percent:
        return QStringLiteral("percent");
    case Method::Hyperbolic:
        return QStringLiteral("hyperbolic");
    case Method::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<Method> methodFromName(const QString &name)
{
    for (Method m : { Method::Linear, Method::Percent, Method::Hyperbolic, Method::Custom }) {
        if (methodName(m).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

QString spreadName(Spread spread)
{
    switch (spread) {
    case Spread::OneAtATime:
        return QStringLiteral("one-at-a-time");
    case Spread::Even:
        return QStringLiteral("even");
    }
    return {};
}

std::optional<Spread> spreadFromName(const QString &name)
{
    for (Spread s : { Spread::OneAtATime, Spread::Even }) {
        if (spreadName(s).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

Adjustment Adjustment::hold(const QDate &date, int days)
{
    Adjustment a;
    a.kind = Kind::Hold;
    a.date = date;
    a.days = days;
    return a;
}

Adjustment Adjustment::holdUntilReleased(const QDate &date)
{
    Adjustment a;
    a.kind = Kind::Hold;
    a.date = date;
    return a;
}

Adjustment Adjustment::pause(const QDate &date, int days)
{
    Adjustment a = hold(date, days);
    a.kind = Kind::Pause;
    return a;
}

Adjustment Adjustment::pauseUntilResumed(const QDate &date)
{
    Adjustment a = holdUntilReleased(date);
    a.kind = Kind::Pause;
    return a;
}

Adjustment Adjustment::changePace(const QDate &from, std::optional<int> intervalDays, std::optional<double> stepSize)
{
    Adjustment a;
    a.kind = Kind::ChangePace;
    a.date = from;
    a.intervalDays = intervalDays;
    a.stepSize = stepSize;
    return a;
}

Adjustment Adjustment::skipAhead(const QDate &date)
{
    Adjustment a;
    a.kind = Kind::SkipAhead;
    a.date = date;
    return a;
}

Adjustment Adjustment::editDose(const QDate &madeOn, int stepIndex, double doseMg)
{
    Adjustment a;
    a.kind = Kind::EditDose;
    a.date = madeOn;
    a.stepIndex = stepIndex;
    a.doseMg = doseMg;
    return a;
}

Adjustment Adjustment::stepBack(const QDate &date)
{
    Adjustment a;
    a.kind = Kind::StepBack;
    a.date = date;
    return a;
}

Adjustment Adjustment::stepBack(const QDate &date, int days)
{
    Adjustment a = stepBack(date);
    a.days = days;
    return a;
}

bool Adjustment::isOpen() const
{
    return (kind == Kind::Hold || kind == Kind::Pause || kind == Kind::StepBack) && !days && !releasedOn;
}

Plan withAdjustment(Plan plan, const Adjustment &adjustment)
{
    plan.adjustments.append(adjustment);
    return plan;
}

Plan releaseHold(Plan plan, const QDate &on)
{
    for (Adjustment &a : plan.adjustments) {
        if (!a.isOpen())
            continue;
        if (!on.isValid() || on < a.date)
            throwInvalid(QStringLiteral("date"),
                QCoreApplication::translate("Errors", "a hold can only be released on or after the day it began (%1)")
                    .arg(messageDate(a.date)));
        a.releasedOn = on;
        return plan;
    }
    throwInvalid(QStringLiteral("hold"), QCoreApplication::translate("Errors", "the plan is not held until released"));
}

} // namespace waymark::planner
