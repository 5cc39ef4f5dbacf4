// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandocuments.h"

#include "diary.h"
#include "errors.h"
#include "planner/dosemaker.h"
#include "planner/icalendar.h"

#include <cmath>

#include <QCoreApplication>
#include <QLocale>

namespace waymark::plandocuments {

double supplyMarginPct(const Diary &diary)
{
    bool ok = false;
    const double v = diary.setting(kSupplyMarginKey).toDouble(&ok);
    return ok && std::isfinite(v) && v >= 0 && v <= 100 ? v : kDefaultSupplyMarginPct;
}

void setSupplyMarginPct(Diary &diary, double pct)
{
    if (!std::isfinite(pct) || pct < 0 || pct > 100)
        throwInvalid(QStringLiteral("marginPct"), QCoreApplication::translate("Errors", "the margin is 0 to 100 %"));
    diary.setSetting(kSupplyMarginKey, planner::formatNumber(pct, 1));
}

planner::SupplySummary supply(const StoredPlan &plan, const QDate &today, int weeks, double marginPct)
{
    return planner::supplySummary(plan.plan, plan.schedule, today, weeks, marginPct);
}

QStringList supplyLines(const planner::Supply &supply)
{
    QStringList out;
    for (const planner::SupplyLine &l : supply.lines)
        out << l.text;
    if (out.isEmpty())
        out << QCoreApplication::translate("Supply", "nothing");
    if (!supply.note.isEmpty())
        out << supply.note;
    return out;
}

QString supplyHeading(const QString &what, const planner::Supply &supply)
{
    // In the app's language (context "Supply"; English with ISO days without a translator).
    const QString format = QCoreApplication::translate("DateFormat", "yyyy-MM-dd");
    return QCoreApplication::translate("Supply", "%1 (%2 to %3, %4 days, with a %5 % margin)")
        .arg(what, QLocale().toString(supply.from, format), QLocale().toString(supply.to, format))
        .arg(supply.days)
        .arg(planner::displayNumber(supply.marginPct, 1));
}

QString calendarUidBase(const StoredPlan &plan)
{
    return QStringLiteral("plan-%1-%2")
        .arg(plan.id)
        .arg(plan.createdAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
}

QString calendar(const StoredPlan &plan, bool details, const QDateTime &stamp)
{
    planner::CalendarOptions o;
    o.uidBase = calendarUidBase(plan);
    o.sequence = int(plan.plan.adjustments.size());
    o.stamp = stamp;
    o.details = details;
    o.drugName = plan.drugName;
    return planner::scheduleToICalendar(plan.schedule, o);
}

} // namespace waymark::plandocuments
