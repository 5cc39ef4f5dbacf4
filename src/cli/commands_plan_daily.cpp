// SPDX-License-Identifier: GPL-3.0-or-later
// The plan in daily life: what to ask the pharmacy for (plan supply) and the calendar (plan calendar).
#include "clock.h"
#include "commands.h"
#include "diary.h"
#include "errors.h"
#include "output.h"
#include "plancommon.h"
#include "plandocuments.h"
#include "planner/dosemaker.h"
#include "storedplan.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace waymark::cli {

using namespace plan;

namespace {

StoredPlan requirePlan(const Diary &diary, qint64 id)
{
    const auto p = diary.plan(id);
    if (!p)
        throw Error(ErrorCode::NotFound,
            QStringLiteral("--plan: this diary has no plan %1; list them with \"plan show --all\"").arg(id),
            QStringLiteral("--plan"));
    return *p;
}

QJsonObject supplyJson(const planner::Supply &s)
{
    QJsonArray lines;
    for (const planner::SupplyLine &l : s.lines)
        lines.append(QJsonObject { { QStringLiteral("form"), l.formulation.label() },
            { QStringLiteral("unit"), l.unit }, { QStringLiteral("used"), planner::formatNumber(l.used, 3).toDouble() },
            { QStringLiteral("amount"), l.amount }, { QStringLiteral("text"), l.text } });
    return QJsonObject { { QStringLiteral("from"), s.from.toString(Qt::ISODate) },
        { QStringLiteral("to"), s.to.toString(Qt::ISODate) }, { QStringLiteral("days"), s.days },
        { QStringLiteral("margin_pct"), s.marginPct }, { QStringLiteral("open_ended"), s.openEnded },
        { QStringLiteral("note"), s.note.isEmpty() ? QJsonValue() : QJsonValue(s.note) },
        { QStringLiteral("lines"), lines } };
}

} // namespace

int cmdPlanSupply(const Args &args)
{
    const qint64 id = planId(args);
    int weeks = plandocuments::kDefaultSupplyWeeks;
    if (const auto w = args.value(QStringLiteral("weeks")))
        weeks = parseInt(*w, QStringLiteral("--weeks"));
    if (weeks < 1 || weeks > 104)
        throwInvalid(QStringLiteral("--weeks"), QStringLiteral("the number of weeks is 1 to 104"));
    std::optional<double> margin;
    if (const auto m = args.value(QStringLiteral("margin")))
        margin = validate::number(*m, QStringLiteral("--margin"));
    if (margin && (*margin < 0 || *margin > 100))
        throwInvalid(QStringLiteral("--margin"), QStringLiteral("the margin is 0 to 100 %"));
    const QDate today
        = parseDate(args.value(QStringLiteral("date")).value_or(QStringLiteral("today")), QStringLiteral("--date"));
    auto diary = openDiary(args, !args.has(QStringLiteral("save-margin")));
    const StoredPlan p = requirePlan(*diary, id);
    if (margin && args.has(QStringLiteral("save-margin")))
        plandocuments::setSupplyMarginPct(*diary, *margin);
    const double pct = margin.value_or(plandocuments::supplyMarginPct(*diary));
    const planner::SupplySummary s = plandocuments::supply(p, today, weeks, pct);
    if (args.has(QStringLiteral("json"))) {
        writeOut(QJsonDocument(
            QJsonObject { { QStringLiteral("plan"), p.id }, { QStringLiteral("drug"), p.drugName },
                { QStringLiteral("date"), today.toString(Qt::ISODate) }, { QStringLiteral("weeks"), weeks },
                { QStringLiteral("current_step"), supplyJson(s.currentStep) },
                { QStringLiteral("next_weeks"), supplyJson(s.weeks) },
                { QStringLiteral("whole_plan"), supplyJson(s.wholePlan) } })
                     .toJson(QJsonDocument::Indented));
    } else {
        QStringList lines;
        lines << QStringLiteral("Plan %1 (%2): what to ask the pharmacy for").arg(p.id).arg(p.drugName);
        const auto section = [&](const QString &what, const planner::Supply &supply) {
            lines << plandocuments::supplyHeading(what, supply) + QLatin1Char(':');
            for (const QString &l : plandocuments::supplyLines(supply))
                lines << QStringLiteral("  ") + l;
        };
        section(QStringLiteral("The current step"), s.currentStep);
        section(QStringLiteral("The next %1 weeks").arg(weeks), s.weeks);
        section(QStringLiteral("The whole plan"), s.wholePlan);
        printOut(lines.join(QLatin1Char('\n')));
    }
    printErrLine(QStringLiteral("Counts: a piece of a split tablet is taken at a later dose, and a piece left over "
                                "still needs a whole tablet; a capsule opened to count beads is one capsule a dose; "
                                "mL rounded up to a whole mL."));
    printErrLine(kProposal);
    return 0;
}

int cmdPlanCalendar(const Args &args)
{
    const qint64 id = planId(args);
    const QString out = args.required(QStringLiteral("out")).trimmed();
    if (out.isEmpty())
        throwInvalid(QStringLiteral("--out"), QStringLiteral("give the file to write, e.g. --out plan.ics"));
    auto diary = openDiary(args, true);
    const StoredPlan p = requirePlan(*diary, id);
    const bool details = args.has(QStringLiteral("details"));
    const QString ics = plandocuments::calendar(p, details, defaultClock().now());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics.toUtf8()) < 0 || !file.commit())
        throw Error(ErrorCode::Io,
            QStringLiteral("--out: the calendar could not be written there (%1); choose another folder")
                .arg(file.errorString()),
            QStringLiteral("--out"));
    int events = 0;
    for (const planner::Step &s : p.schedule.steps)
        events += 1 + (s.heldDays > 0 && !s.isOpen() ? 1 : 0);
    printOut(QStringLiteral("Wrote %1 events of plan %2 to %3%4.")
                 .arg(events)
                 .arg(p.id)
                 .arg(out,
                     details ? QStringLiteral(" with the doses (calendars sync to other services: keep it private)")
                             : QStringLiteral(" (neutral titles; --details adds the doses)")));
    return 0;
}

} // namespace waymark::cli
