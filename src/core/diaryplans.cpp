// SPDX-License-Identifier: GPL-3.0-or-later
// Diary: the taper plans (the second thing the diary stores besides daily entries).
#include "database.h"
#include "diary.h"
#include "catalogue.h"
#include "errors.h"
#include "planner/formsuggestion.h"
#include "planner/planjson.h"
#include "storedplan.h"

#include <QJsonDocument>

namespace waymark {
namespace {

/** The library's forms of a drug the diary names, for the planner's suggestions (never stored). */
QList<Formulation> otherFormsOf(const QString &drugName)
{
    const auto lib = catalogue::findDrug(drugName);
    return lib ? planner::libraryForms(*lib) : QList<Formulation> {};
}

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
    p.plan.otherForms = otherFormsOf(p.drugName);
    // Plans saved before step 1 had to be exactly the start dose still open (with a warning on step 1).
    p.schedule = planner::computeSchedule(p.plan, planner::StartRule::StoredLenient);
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
    p.otherForms = otherFormsOf(d->name);
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
    planner::computeSchedule(plan, planner::StartRule::StoredLenient); // a plan already stored: its step 1 stands
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
        m_db->prepare("UPDATE plans SET archived = 1, updated_at = ?2 WHERE id = ?1 AND archived = 0")
            .bind(1, planId)
            .bind(2, m_clock.now().toString(Qt::ISODate))
            .run();
        if (m_db->changes() == 0)
            throw Error(ErrorCode::NotFound, QStringLiteral("plan: no such active plan"), QStringLiteral("plan"));
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
                    s.end, s.occupancyPct, 0});
    }
    for (const StoredSwitch &sw : switches()) {
        const auto &stages = sw.crossover.stages;
        for (qsizetype i = 1; i < stages.size(); ++i) {
            const planner::CrossoverStage &st = stages[i];
            if (day < st.start || (st.end.isValid() && day > st.end))
                continue;
            const int count = int(stages.size()) - 1;
            if (st.fromMg > 0)
                out.append({0, sw.fromDrugId, sw.crossover.fromDrug, st.fromMg, QString(), st.index, count, st.start,
                            st.end, std::nullopt, sw.id});
            out.append({0, sw.diazepamDrugId, QStringLiteral("Diazepam"), st.diazepamMg, QString(), st.index, count,
                        st.start, st.end, std::nullopt, sw.id});
        }
    }
    return out;
}

StoredSwitch Diary::recordSwitch(qint64 fromDrugId, double fromDoseMg, const QDate &start, int stages,
                                 int intervalDays, const QString &sourceKey, bool confirmedWithPrescriber,
                                 const QString &note)
{
    const auto from = drug(fromDrugId);
    if (!from)
        throw Error(ErrorCode::NotFound, QStringLiteral("drug: no such drug in this diary"), QStringLiteral("drug"));
    const auto lib = catalogue::findDrug(from->libraryKey.isEmpty() ? from->name : from->libraryKey);
    if (!lib)
        throwInvalid(QStringLiteral("drug"), QStringLiteral("no equivalence table lists this drug"));
    const planner::Crossover crossover = planner::computeCrossover(*lib, fromDoseMg, start, stages, intervalDays, sourceKey);
    if (!confirmedWithPrescriber)
        throwInvalid(QStringLiteral("confirm"),
                     QStringLiteral("a switch to diazepam is recorded only after you confirm that your prescriber agreed to it"));
    qint64 id = 0;
    write([&] {
        qint64 diazepamId = 0;
        if (const auto dz = drugByName(QStringLiteral("Diazepam")))
            diazepamId = dz->id;
        else
            diazepamId = addDrug(QStringLiteral("Diazepam")).id;
        m_db->prepare("INSERT INTO switches (from_drug_id, to_drug_id, from_dose_mg, source_key, stages, interval_days, "
                      "start_date, confirmed_at, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
            .bind(1, fromDrugId)
            .bind(2, diazepamId)
            .bind(3, fromDoseMg)
            .bind(4, sourceKey)
            .bind(5, stages)
            .bind(6, intervalDays)
            .bind(7, start.toString(Qt::ISODate))
            .bind(8, m_clock.now().toString(Qt::ISODate))
            .bind(9, note.isEmpty() ? QString() : note)
            .run();
        id = m_db->lastInsertId();
    });
    Q_EMIT plansChanged();
    for (const StoredSwitch &s : switches())
        if (s.id == id)
            return s;
    throw Error(ErrorCode::Io, QStringLiteral("The switch was not stored."));
}

QList<StoredSwitch> Diary::switches() const
{
    Statement st = m_db->prepare("SELECT s.id, s.from_drug_id, s.to_drug_id, s.from_dose_mg, s.source_key, s.stages, "
                                 "s.interval_days, s.start_date, s.confirmed_at, s.note, d.library_key, d.name "
                                 "FROM switches s JOIN drugs d ON d.id = s.from_drug_id ORDER BY s.id");
    QList<StoredSwitch> out;
    while (st.step()) {
        StoredSwitch s;
        s.id = st.int64(0);
        s.fromDrugId = st.int64(1);
        s.diazepamDrugId = st.int64(2);
        s.stages = int(st.int64(5));
        s.intervalDays = int(st.int64(6));
        s.startDate = QDate::fromString(st.text(7), Qt::ISODate);
        s.confirmedAt = QDateTime::fromString(st.text(8), Qt::ISODate);
        s.note = st.text(9);
        const auto lib = catalogue::findDrug(st.text(10).isEmpty() ? st.text(11) : st.text(10));
        if (!lib)
            throw Error(ErrorCode::Damaged, QStringLiteral("A stored switch names a drug the library no longer has."));
        s.crossover = planner::computeCrossover(*lib, st.real(3), s.startDate, s.stages, s.intervalDays, st.text(4));
        out.append(s);
    }
    return out;
}

} // namespace waymark
