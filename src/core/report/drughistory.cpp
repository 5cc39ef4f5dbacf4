// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/drughistory.h"

#include "diary.h"
#include "report/clinicalsummary.h"
#include "storedplan.h"
#include "trajectory.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <cmath>

namespace waymark::report {

namespace {

QString iso(const QDate &d)
{
    return dateText(d);
}

} // namespace

QString drugHistoryText(const Diary &diary, const QDate &asOf)
{
    using namespace waymark::trajectory;
    QStringList lines;
    lines << QCoreApplication::translate("Report", "Drug history as logged in Waymark, up to %1").arg(iso(asOf));
    const QDate first = diary.firstDay();
    if (!first.isValid() || first > asOf) {
        lines << QString() << QCoreApplication::translate("Report", "No doses logged.") << QString()
              << noAdviceSentence();
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    const Trajectory t = build(diary, first, asOf);
    QSet<QDate> logged;
    for (const DaySummary &d : diary.history(first, asOf))
        logged.insert(d.date);

    for (const DrugSeries &series : t.drugs) {
        // Daily totals as the trajectory model reads them: 0 on a logged day without this drug.
        QVector<double> totals(series.takenMg.size(), std::nan(""));
        int firstIndex = -1, lastIndex = -1;
        for (int i = 0; i < totals.size(); ++i) {
            if (!std::isnan(series.takenMg[i])) {
                totals[i] = series.takenMg[i];
                if (firstIndex < 0)
                    firstIndex = i;
                lastIndex = i;
            } else if (firstIndex >= 0 && logged.contains(t.dateAt(i))) {
                totals[i] = 0;
            }
        }
        if (firstIndex < 0)
            continue;
        QMap<QDate, QString> changes;
        for (const Marker &m : t.markers) {
            if (m.kind != MarkerKind::Reduction && m.kind != MarkerKind::SwitchStage)
                continue;
            for (const DoseChange &c : m.changes) {
                if (c.drugId != series.drugId)
                    continue;
                QString why = m.kind == MarkerKind::SwitchStage
                    ? QCoreApplication::translate("Report", " (switch to diazepam, stage %1 of %2)")
                          .arg(m.stage)
                          .arg(m.stageCount)
                    : c.planStep > 0 ? QCoreApplication::translate("Report", " (plan step %1)").arg(c.planStep)
                                     : QString();
                changes.insert(m.date,
                    QCoreApplication::translate("Report", "%1 → %2 a day%3")
                        .arg(mgText(c.fromMg), mgText(c.toMg), why));
            }
        }
        // Rises: the same rule on the negated totals (a drop of -dose is a rise of the dose).
        QVector<double> negated = totals;
        for (double &v : negated)
            v = -v;
        for (const Drop &d : heldDrops(negated)) {
            const QDate day = t.dateAt(d.index);
            if (!changes.contains(day))
                changes.insert(day,
                    QCoreApplication::translate("Report", "%1 → %2 a day (increase)")
                        .arg(mgText(-d.before), mgText(-d.after)));
        }
        lines << QString() << series.name;
        lines << QCoreApplication::translate("Report", "  %1  first logged: %2 a day")
                     .arg(iso(t.dateAt(firstIndex)), mgText(series.takenMg[firstIndex]));
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            if (it.key() > t.dateAt(firstIndex))
                lines << QStringLiteral("  %1  %2").arg(iso(it.key()), it.value());
        int loggedWithout = 0; // a day or two without a dose at the end is more likely not logged yet
        for (int i = lastIndex + 1; i < totals.size(); ++i)
            loggedWithout += totals[i] == 0;
        const bool stopped = loggedWithout >= 3;
        if (stopped)
            lines << QCoreApplication::translate("Report", "  %1  none logged since (last dose %2 a day on %3)")
                         .arg(
                             iso(t.dateAt(lastIndex + 1)), mgText(series.takenMg[lastIndex]), iso(t.dateAt(lastIndex)));
        else {
            // Since when: back to the first day of the last run at this dose (one day off it, such as a
            // forgotten dose, does not end the run; two in a row do).
            const double now = series.takenMg[lastIndex];
            int since = lastIndex, off = 0;
            for (int i = lastIndex - 1; i >= firstIndex && off < 2; --i) {
                if (std::isnan(totals[i]))
                    continue;
                if (std::abs(totals[i] - now) < 1e-6) {
                    since = i;
                    off = 0;
                } else {
                    ++off;
                }
            }
            lines << QCoreApplication::translate("Report", "  now: %1 a day, since %2 (last logged on %3)")
                         .arg(mgText(now), iso(t.dateAt(since)), iso(t.dateAt(lastIndex)));
        }
    }
    for (const StoredPlan &p : diary.plans(false))
        if (const auto at = p.schedule.stepOn(asOf))
            lines << QString()
                  << QCoreApplication::translate("Report", "%1 plan: step %2 of %3, %4 a day since %5.")
                         .arg(p.drugName)
                         .arg(*at + 1)
                         .arg(p.schedule.steps.size())
                         .arg(mgText(p.schedule.steps[*at].doseMg), iso(p.schedule.steps[*at].start));
    lines << QString() << noAdviceSentence();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace waymark::report
