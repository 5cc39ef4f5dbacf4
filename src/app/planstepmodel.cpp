// SPDX-License-Identifier: GPL-3.0-or-later
#include "planstepmodel.h"

#include "localnumber.h"
#include "planner/dosemaker.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

using waymark::app::localNumber;

QString PlanStepModel::daysText(int n)
{
    return tr("%n day(s)", "", n);
}

QString PlanStepModel::dateText(const QDate &date)
{
    return QLocale().toString(date, QCoreApplication::translate("DateFormat", "d MMM yyyy"));
}

QString PlanStepModel::occupancyText(const PlanStepRow &row)
{
    if (!row.step.occupancyPct || row.step.doseMg <= 0)
        return {};
    QString source = row.fitSource;
    source.remove(QStringLiteral("(modelled)"));
    source = source.trimmed();
    if (source.isEmpty() || source == QLatin1String("user"))
        source = tr("your values");
    return tr("%1 % occupancy (modelled, %2)").arg(localNumber(*row.step.occupancyPct, 1), source);
}

QString PlanStepModel::roundingText(const waymark::planner::Step &step)
{
    if (step.doseMg <= 0)
        return std::abs(step.methodDoseMg) < 0.0005
            ? tr("stop")
            : tr("stop: the method's %1 mg is below the last dose you can make or your final dose")
                  .arg(localNumber(step.methodDoseMg, 2));
    if (step.edited)
        return tr("dose set by you (method: %1 mg)").arg(localNumber(step.methodDoseMg, 2));
    if (std::abs(step.deviationMg) < 0.0005)
        return tr("exactly the method's dose");
    const QString sign = step.deviationMg > 0 ? QStringLiteral("+") : QStringLiteral("−");
    QString text = tr("rounded from %1 mg (%2%3 mg")
                       .arg(localNumber(step.methodDoseMg, 2), sign, localNumber(std::abs(step.deviationMg), 2));
    if (step.deviationPct)
        text += QStringLiteral(", %1%2 %").arg(sign, localNumber(std::abs(*step.deviationPct), 1));
    return text + QLatin1Char(')');
}

QString PlanStepModel::adherenceText(const PlanStepRow &row)
{
    if (row.status == QLatin1String("future") || row.daysElapsed <= 0)
        return {};
    QString text = tr("%1 at the planned dose").arg(daysText(row.daysAtPlan));
    if (row.daysDifferent > 0)
        text += tr(", %1 at another dose").arg(row.daysDifferent);
    const int missing = row.daysElapsed - row.daysAtPlan - row.daysDifferent;
    if (missing > 0)
        text += tr(", %1 not logged").arg(missing);
    return text;
}

QString PlanStepModel::datesText(const PlanStepRow &row)
{
    const auto &s = row.step;
    if (!s.isOpen())
        return tr("%1 – %2").arg(dateText(s.start), dateText(s.end));
    if (row.waitingAfter)
        return tr("from %1, held until you release it").arg(dateText(s.start));
    return tr("from %1").arg(dateText(s.start));
}

QString PlanStepModel::cutText(const PlanStepRow &row)
{
    const auto &s = row.step;
    if (!s.cutPct)
        return {};
    QString text = tr("cut %1 %").arg(localNumber(*s.cutPct, 1));
    if (s.dropPoints)
        text += tr(" · %1 points less modelled occupancy").arg(localNumber(*s.dropPoints, 1));
    return text;
}

QString PlanStepModel::keptLongerText(const PlanStepRow &row)
{
    return row.step.mergedNote;
}

QVariant PlanStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanStepRow &r = m_rows.at(index.row());
    const auto &s = r.step;
    switch (role) {
    case Qt::DisplayRole:
    case DoseTextRole:
        return localNumber(s.doseMg) + QStringLiteral(" mg");
    case StepIndexRole:
        return s.index;
    case StartRole:
        return s.start.toString(Qt::ISODate);
    case DatesTextRole:
        return datesText(r);
    case DaysTextRole:
        return s.isOpen() ? QString() : daysText(s.days());
    case DoseMgRole:
        return s.doseMg;
    case HowToMakeRole:
        return s.doseMg > 0 ? s.howToMake : tr("stop");
    case RoundingTextRole:
        return roundingText(s);
    case OccupancyTextRole:
        return occupancyText(r);
    case StatusRole:
        return r.status;
    case HeldDaysRole:
        return s.heldDays;
    case HeldTextRole:
        if (r.waitingAfter)
            return tr("held until released");
        return s.heldDays > 0 ? tr("held %1 longer").arg(daysText(s.heldDays)) : QString();
    case KeptLongerTextRole:
        return keptLongerText(r);
    case CutTextRole:
        return cutText(r);
    case WarningTextRole:
        return s.warning.text;
    case TimesTextRole: {
        // plans with dose times: "08:00 0.5 mg · 14:00 0.5 mg · 22:00 0.375 mg"
        QStringList parts;
        for (const waymark::planner::TimeDose &t : s.times)
            parts << tr("%1 %2 mg").arg(t.time.toString(QStringLiteral("HH:mm")), localNumber(t.doseMg));
        return parts.join(QStringLiteral(" · "));
    }
    case TimesChangeRole:
        return s.timesChange;
    case WarningKindRole:
        return waymark::planner::warningKindName(s.warning.kind);
    case EditedRole:
        return s.edited;
    case AdherenceTextRole:
        return adherenceText(r);
    case IsOpenRole:
        return s.isOpen();
    default:
        return {};
    }
}

QHash<int, QByteArray> PlanStepModel::roleNames() const
{
    return { { StepIndexRole, "stepIndex" }, { StartRole, "start" }, { DatesTextRole, "datesText" },
        { DaysTextRole, "daysText" }, { DoseMgRole, "doseMg" }, { DoseTextRole, "doseText" },
        { HowToMakeRole, "howToMake" }, { RoundingTextRole, "roundingText" }, { OccupancyTextRole, "occupancyText" },
        { StatusRole, "status" }, { HeldDaysRole, "heldDays" }, { HeldTextRole, "heldText" }, { EditedRole, "edited" },
        { KeptLongerTextRole, "keptLongerText" }, { CutTextRole, "cutText" }, { WarningTextRole, "warningText" },
        { WarningKindRole, "warningKind" }, { AdherenceTextRole, "adherenceText" }, { IsOpenRole, "isOpen" },
        { TimesTextRole, "timesText" }, { TimesChangeRole, "timesChange" } };
}

QList<PlanStepRow> planStepRows(
    const waymark::planner::Schedule &schedule, const QDate &today, const QMap<QDate, double> &loggedMg)
{
    QList<PlanStepRow> rows;
    const QString source = schedule.fit ? schedule.fit->source : QString();
    for (qsizetype i = 0; i < schedule.steps.size(); ++i) {
        PlanStepRow r;
        r.step = schedule.steps.at(i);
        r.fitSource = source;
        const auto &s = r.step;
        const bool begun = s.start <= today;
        const bool ended = !s.isOpen() && s.end < today;
        r.status = ended ? QStringLiteral("past") : begun ? QStringLiteral("current") : QStringLiteral("future");
        r.waitingAfter = schedule.waitingForRelease && i == schedule.steps.size() - 1;
        if (begun) {
            const QDate last = ended ? s.end : today;
            r.daysElapsed = int(s.start.daysTo(last)) + 1;
            for (auto it = loggedMg.lowerBound(s.start); it != loggedMg.end() && it.key() <= last; ++it) {
                if (std::abs(it.value() - s.doseMg) <= std::max(0.001, s.doseMg * 0.005))
                    ++r.daysAtPlan;
                else
                    ++r.daysDifferent;
            }
        }
        rows.append(r);
    }
    return rows;
}
