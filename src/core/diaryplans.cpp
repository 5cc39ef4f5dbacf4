// SPDX-License-Identifier: GPL-3.0-or-later
// Diary: the taper plans (the second thing the diary stores besides daily entries).
#include "database.h"
#include "diary.h"
#include "errors.h"
#include "planner/planjson.h"
#include "storedplan.h"

#include <QJsonDocument>

namespace waymark {
namespace {

StoredPlan readPlan(const Statement &st)
{
    StoredPlan p;
    p.id = st.int64(0);
    p.drugId = st.int64(1);
    p.drugName = st.text(2);
    const QJsonDocument doc = QJsonDocument::fromJson(st.text(3).toUtf8());
    if (!doc.isObject())
        throw Error(ErrorCode::Damaged, QStringLiteral("A stored plan cannot be read."));
    p.plan = planner::planFromJson(doc.object());
    p.archived = st.int64(4) != 0;
    p.note = st.text(5);
    p.createdAt = QDateTime::fromString(st.text(6), Qt::ISODate);
    p.schedule = planner::computeSchedule(p.plan);
    return p;
}

constexpr const char *kPlanSelect =
    "SELECT p.id, p.drug_id, d.name, p.definition, p.archived, p.note, p.created_at FROM plans p "
    "JOIN drugs d ON d.id = p.drug_id ";

QString definitionText(const planner::Plan &plan)
{
    return QString::fromUtf8(QJsonDocument(planner::planToJson(plan)).toJson(QJsonDocument::Compact));
}

} // namespace

QList<StoredPlan> Diary::plans(bool includeArchived) const
{
    Statement st = m_db->prepare(QByteArray(kPlanSelect)
                                     .append(includeArchived ? "ORDER BY p.archived, d.name, p.id"
                                                             : "WHERE p.archived = 0 ORDER BY d.name, p.id")
                                     .constData());
    QList<StoredPlan> out;
    while (st.step())
        out.append(readPlan(st));
    return out;
}

std::optional<StoredPlan> Diary::plan(qint64 planId) const
{
    Statement st = m_db->prepare(QByteArray(kPlanSelect).append("WHERE p.id = ?1").constData());
    st.bind(1, planId);
    if (st.step())
        return readPlan(st);
    return std::nullopt;
}

planner::Plan Diary::planTemplate(qint64 drugId) const
{
    const auto d = drug(drugId);
    if (!d)
        throw Error(ErrorCode::NotFound, QStringLiteral("drug: no such drug in this diary"), QStringLiteral("drug"));
    planner::Plan p;
    p.formulations = formulations(drugId);
    p.startDate = m_clock.today();
    if (d->sertEmaxPct && d->sertEd50Mg)
        p.fit = planner::OccupancyFit {*d->sertEmaxPct, *d->sertEd50Mg,
                                       d->sources.contains(QLatin1String("S1")) ? QStringLiteral("S1 (modelled)")
                                                                                : QStringLiteral("user")};
    p.method = p.fit ? planner::Method::Hyperbolic : planner::Method::Percent;
    return p;
}

StoredPlan Diary::savePlan(qint64 drugId, const planner::Plan &plan, const QString &note)
{
    if (!drug(drugId))
        throw Error(ErrorCode::NotFound, QStringLiteral("drug: no such drug in this diary"), QStringLiteral("drug"));
    planner::computeSchedule(plan); // throws InvalidInput naming the field
    for (const StoredPlan &p : plans(false))
        if (p.drugId == drugId)
            throw Error(ErrorCode::AlreadyExists,
                        QStringLiteral("plan: this drug already has an active plan; adjust it, or archive it first"),
                        QStringLiteral("plan"));
    qint64 id = 0;
    write([&] {
        const QString now = m_clock.now().toString(Qt::ISODate);
        m_db->prepare("INSERT INTO plans (drug_id, definition, note, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)")
            .bind(1, drugId)
            .bind(2, definitionText(plan))
            .bind(3, note.isEmpty() ? QString() : note)
            .bind(4, now)
            .run();
        id = m_db->lastInsertId();
    });
    Q_EMIT plansChanged();
    return *this->plan(id);
}

StoredPlan Diary::storePlanDefinition(qint64 planId, const planner::Plan &plan)
{
    planner::computeSchedule(plan);
    write([&] {
        m_db->prepare("UPDATE plans SET definition = ?2, updated_at = ?3 WHERE id = ?1")
            .bind(1, planId)
            .bind(2, definitionText(plan))
            .bind(3, m_clock.now().toString(Qt::ISODate))
            .run();
    });
    Q_EMIT plansChanged();
    return *this->plan(planId);
}

StoredPlan Diary::adjustPlan(qint64 planId, const planner::Adjustment &adjustment)
{
    const auto p = plan(planId);
    if (!p || p->archived)
        throw Error(ErrorCode::NotFound, QStringLiteral("plan: no such active plan"), QStringLiteral("plan"));
    return storePlanDefinition(planId, planner::withAdjustment(p->plan, adjustment));
}

StoredPlan Diary::releasePlanHold(qint64 planId, const QDate &on)
{
    const auto p = plan(planId);
    if (!p || p->archived)
        throw Error(ErrorCode::NotFound, QStringLiteral("plan: no such active plan"), QStringLiteral("plan"));
    return storePlanDefinition(planId, planner::releaseHold(p->plan, on));
}

void Diary::archivePlan(qint64 planId)
{
    write([&] {
        m_db->prepare("UPDATE plans SET archived = 1, updated_at = ?2 WHERE id = ?1")
            .bind(1, planId)
            .bind(2, m_clock.now().toString(Qt::ISODate))
            .run();
        if (m_db->changes() == 0)
            throw Error(ErrorCode::NotFound, QStringLiteral("plan: no such plan"), QStringLiteral("plan"));
    });
    Q_EMIT plansChanged();
}

QList<PlannedDose> Diary::plannedDoses(const QDate &day) const
{
    QList<PlannedDose> out;
    for (const StoredPlan &p : plans(false)) {
        const auto i = p.schedule.stepOn(day);
        if (!i)
            continue;
        const planner::Step &s = p.schedule.steps[*i];
        out.append({p.id, p.drugId, p.drugName, s.doseMg, s.howToMake, s.index, int(p.schedule.steps.size()), s.start,
                    s.end, s.occupancyPct});
    }
    return out;
}

} // namespace waymark
