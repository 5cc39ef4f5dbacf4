// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandailycontroller.h"

#include "diary.h"
#include "diarycommands.h"
#include "errortext.h"
#include "localnumber.h"
#include "plandocuments.h"
#include "planner/dosemaker.h"
#include "session.h"
#include "storedplan.h"
#include "validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>

using namespace waymark;
using waymark::app::localNumber;

namespace {

QString mgText(double mg)
{
    return localNumber(mg) + QStringLiteral(" mg");
}

QString iso(const QDate &d)
{
    // ISO in English, the language's own order in German ("15.03.2026").
    return QLocale().toString(d, QCoreApplication::translate("DateFormat", "yyyy-MM-dd"));
}

} // namespace

PlanDailyController::PlanDailyController(QObject *parent)
    : QObject(parent)
{
    m_watch.onOpened([this] { reload(); });
    m_watch.onChanged([this](const ChangeSet &c) {
        if (c.touches({ Change::Kind::Plan, Change::Kind::Setting, Change::Kind::Formulation }))
            reload();
    });
    m_watch.onToday([this](const QDate &, const QDate &) { reload(); });
    reload();
}

void PlanDailyController::setPlanId(int id)
{
    if (id == m_planId)
        return;
    m_planId = id;
    Q_EMIT planIdChanged();
    reload();
}

void PlanDailyController::setWeeks(int weeks)
{
    weeks = std::clamp(weeks, 1, 104);
    if (weeks == m_weeks)
        return;
    m_weeks = weeks;
    reload();
}

double PlanDailyController::marginPct() const
{
    const Diary *d = m_watch.diary();
    return d ? plandocuments::supplyMarginPct(*d) : plandocuments::kDefaultSupplyMarginPct;
}

void PlanDailyController::setMessage(const QString &error, const QString &status)
{
    m_error = error;
    m_status = status;
    Q_EMIT messageChanged();
}

void PlanDailyController::reload()
{
    m_hasTimes = false;
    m_timeSteps.clear();
    m_supply.clear();
    m_stepBackText.clear();
    const Diary *d = m_watch.diary();
    const auto p = d && m_planId > 0 ? d->plan(m_planId) : std::nullopt;
    if (p && !p->schedule.steps.isEmpty()) {
        const QDate today = d->clock().today();
        const auto current = p->schedule.stepOn(today);
        m_hasTimes = !p->plan.doseTimes.isEmpty();
        for (qsizetype i = 0; i < p->schedule.steps.size(); ++i) {
            const planner::Step &s = p->schedule.steps[i];
            QStringList times;
            for (const planner::TimeDose &t : s.times)
                times << QStringLiteral("%1 %2").arg(t.time.toString(QStringLiteral("HH:mm")), mgText(t.doseMg));
            const QString dates
                = s.isOpen() ? tr("from %1").arg(iso(s.start)) : tr("%1 to %2").arg(iso(s.start), iso(s.end));
            QString change = s.timesChange;
            if (s.stepBack)
                change = tr("Back to the previous dose (prescriber agreed)")
                    + (change.isEmpty() ? QString() : QStringLiteral(": ") + change);
            m_timeSteps.append(QVariantMap { { QStringLiteral("step"), s.index },
                { QStringLiteral("datesText"), dates }, { QStringLiteral("doseText"), mgText(s.doseMg) },
                { QStringLiteral("timesText"), times.join(QStringLiteral(" · ")) },
                { QStringLiteral("changeText"), change }, { QStringLiteral("stepBack"), s.stepBack },
                { QStringLiteral("current"), current && *current == i } });
        }
        const planner::SupplySummary sum = plandocuments::supply(*p, today, m_weeks, marginPct());
        const auto section = [&](const QString &title, const planner::Supply &s) {
            m_supply.append(QVariantMap { { QStringLiteral("title"), title },
                { QStringLiteral("heading"), tr("%1 to %2 · %3 days").arg(iso(s.from), iso(s.to)).arg(s.days) },
                { QStringLiteral("lines"), plandocuments::supplyLines(s) } });
        };
        section(tr("This step"), sum.currentStep);
        section(tr("Next %n week(s)", "", m_weeks), sum.weeks);
        section(tr("Whole plan"), sum.wholePlan);
        if (current && *current > 0 && !p->schedule.waitingForRelease && !p->archived
            && !p->schedule.steps[*current].stepBack) {
            const planner::Step &now = p->schedule.steps[*current];
            const planner::Step &before = p->schedule.steps[*current - 1];
            m_stepBackText = tr("Back to %1 a day, step %2's dose (now %3)")
                                 .arg(mgText(before.doseMg))
                                 .arg(before.index)
                                 .arg(mgText(now.doseMg));
        }
    }
    Q_EMIT changed();
}

bool PlanDailyController::setMargin(const QString &pct)
{
    const bool ok = app::guardedChange(
        m_watch.diary(), [this](const QString &text, const QString &) { setMessage(text, {}); },
        [&](Diary &) {
            const double v = validate::number(pct, QStringLiteral("marginPct"));
            Session::instance()->undoStack().push(commands::setSupplyMargin(v));
        });
    if (ok)
        reload();
    return ok;
}

bool PlanDailyController::stepBack(int days, bool prescriberAgreed)
{
    if (!prescriberAgreed) {
        setMessage(tr("Going back to the previous dose is recorded once your prescriber agreed: tick the box to say "
                      "they did."),
            {});
        return false;
    }
    return app::guardedChange(
        m_watch.diary(), [this](const QString &text, const QString &) { setMessage(text, {}); },
        [&](Diary &d) {
            const QDate today = d.clock().today();
            const planner::Adjustment a
                = days > 0 ? planner::Adjustment::stepBack(today, days) : planner::Adjustment::stepBack(today);
            Session::instance()->undoStack().push(commands::adjustPlan(m_planId, a));
        });
}

QString PlanDailyController::calendarFileName() const
{
    return QStringLiteral("waymark-plan-%1.ics").arg(m_planId);
}

bool PlanDailyController::exportCalendar(const QUrl &file, bool details)
{
    const Diary *d = m_watch.diary();
    const auto p = d && m_planId > 0 ? d->plan(m_planId) : std::nullopt;
    if (!p) {
        setMessage(tr("There is no plan to export."), {});
        return false;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty()) {
        setMessage(tr("Choose where to save the calendar file."), {});
        return false;
    }
    QSaveFile out(path);
    const QByteArray bytes = plandocuments::calendar(*p, details, d->clock().now()).toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        setMessage(tr("The calendar could not be saved there (%1). Choose another folder.").arg(out.errorString()), {});
        return false;
    }
    setMessage({},
        details ? tr("Saved. The events include the doses: calendars sync to other services.")
                : tr("Saved. The events say only \"Waymark: step N begins\"."));
    return true;
}
