// SPDX-License-Identifier: GPL-3.0-or-later
// Diary: the taper plans (the second thing the diary stores besides daily entries).
#include "catalogue.h"
#include "database.h"
#include "diary.h"
#include "errors.h"
#include "messagedate.h"
#include "planner/crossovertext.h"
#include "planner/formsuggestion.h"
#include "planner/planjson.h"
#include "storedplan.h"

#include "planner/dosemaker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

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
        throw Error(ErrorCode::Damaged, QCoreApplication::translate("Errors", "A stored plan cannot be read."));
    p.plan = planner::planFromJson(doc.object());
    p.archived = st.int64(4) != 0;
    p.note = st.text(5);
    p.createdAt = QDateTime::fromString(st.text(6), Qt::ISODate);
    p.plan.otherForms = otherFormsOf(p.drugName);
    p.endedOn = QDate::fromString(st.text(7), Qt::ISODate);
    // Plans saved before step 1 had to be exactly the start dose still open (with a warning on step 1).
    p.schedule = planner::computeSchedule(p.plan, planner::StartRule::StoredLenient);
    return p;
}

constexpr const char *kPlanSelect
    = "SELECT p.id, p.drug_id, d.name, p.definition, p.archived, p.note, p.created_at, p.ended_on FROM plans p "
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
                                                             : "WHERE p.archived = 0 AND p.ended_on IS NULL "
                                                               "ORDER BY d.name, p.id")
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
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "drug: no such drug in this diary"),
            QStringLiteral("drug"));
    planner::Plan p;
    p.formulations = formulations(drugId);
    p.otherForms = otherFormsOf(d->name);
    p.startDate = m_clock.today();
    if (d->sertEmaxPct && d->sertEd50Mg)
        p.fit = planner::OccupancyFit { *d->sertEmaxPct, *d->sertEd50Mg,
            d->sources.contains(QLatin1String("S1")) ? QStringLiteral("S1 (modelled)") : QStringLiteral("user") };
    p.method = p.fit ? planner::Method::Hyperbolic : planner::Method::Percent;
    for (const StoredSwitch &s : switches())
        if (s.isActive() && s.diazepamDrugId == drugId) { // the plan after the switch
            p.startDate = std::max(p.startDate, s.crossover.lastDay().addDays(1));
            p.startDoseMg = s.crossover.targetDiazepamMg;
            p.maxSolidUnits = std::max(p.maxSolidUnits, planner::solidUnitsFor(p.formulations, p.startDoseMg));
        }
    return p;
}

StoredPlan Diary::savePlan(qint64 drugId, const planner::Plan &plan, const QString &note)
{
    if (!drug(drugId))
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "drug: no such drug in this diary"),
            QStringLiteral("drug"));
    const planner::Schedule schedule = planner::computeSchedule(plan); // throws InvalidInput naming the field
    for (const StoredSwitch &s : switches()) {
        if (!s.isActive())
            continue;
        if (s.fromDrugId == drugId)
            throw Error(ErrorCode::InvalidInput,
                QCoreApplication::translate("Errors",
                    "plan: this drug is being switched to diazepam (switch %1); a plan for it would "
                    "overlap the switch. End or archive the switch first")
                    .arg(s.id),
                QStringLiteral("plan"));
        if (s.diazepamDrugId == drugId && !schedule.steps.isEmpty()) {
            const QDate first = s.crossover.lastDay().addDays(1);
            const planner::Step &step1 = schedule.steps.first();
            if (step1.start < first)
                throwInvalid(QStringLiteral("startDate"),
                    QCoreApplication::translate("Errors",
                        "switch %1 gives diazepam until %2; a diazepam plan starts on %3 or later "
                        "(or end the switch first)")
                        .arg(QString::number(s.id), messageDate(s.crossover.lastDay()), messageDate(first)));
            if (std::abs(step1.doseMg - s.crossover.targetDiazepamMg) > planner::DoseMaker::kToleranceMg)
                throwInvalid(QStringLiteral("startDoseMg"),
                    QCoreApplication::translate("Errors",
                        "switch %1 ends at %2 mg diazepam; a diazepam plan after it starts from "
                        "%2 mg (or end the switch first)")
                        .arg(QString::number(s.id), planner::formatNumber(s.crossover.targetDiazepamMg)));
        }
    }
    for (const StoredPlan &p : plans(false))
        if (p.drugId == drugId)
            throw Error(ErrorCode::AlreadyExists,
                QCoreApplication::translate(
                    "Errors", "plan: this drug already has an active plan; adjust it, or archive it first"),
                QStringLiteral("plan"));
    qint64 id = 0;
    write([&] {
        const QString now = m_clock.now().toString(Qt::ISODate);
        m_db->prepare(
                "INSERT INTO plans (drug_id, definition, note, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)")
            .bind(1, drugId)
            .bind(2, definitionText(plan))
            .bind(3, note.isEmpty() ? QString() : note)
            .bind(4, now)
            .run();
        id = m_db->lastInsertId();
        record(Change::plan(id, drugId));
    });
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
        Statement owner = m_db->prepare("SELECT drug_id FROM plans WHERE id = ?1");
        owner.bind(1, planId);
        record(Change::plan(planId, owner.step() ? owner.int64(0) : 0));
    });
    return *this->plan(planId);
}

StoredPlan Diary::adjustPlan(qint64 planId, const planner::Adjustment &adjustment)
{
    const auto p = plan(planId);
    if (!p || p->archived)
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "plan: no such active plan"),
            QStringLiteral("plan"));
    return storePlanDefinition(planId, planner::withAdjustment(p->plan, adjustment));
}

StoredPlan Diary::releasePlanHold(qint64 planId, const QDate &on)
{
    const auto p = plan(planId);
    if (!p || p->archived)
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "plan: no such active plan"),
            QStringLiteral("plan"));
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
            throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "plan: no such active plan"),
                QStringLiteral("plan"));
        Statement owner = m_db->prepare("SELECT drug_id FROM plans WHERE id = ?1");
        owner.bind(1, planId);
        record(Change::plan(planId, owner.step() ? owner.int64(0) : 0));
    });
}

void Diary::restorePlan(const StoredPlan &p)
{
    if (!drug(p.drugId))
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "drug: no such drug in this diary"),
            QStringLiteral("drug"));
    planner::computeSchedule(p.plan);
    write([&] {
        m_db->prepare("INSERT OR REPLACE INTO plans (id, drug_id, definition, archived, note, created_at, updated_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .bind(1, p.id)
            .bind(2, p.drugId)
            .bind(3, definitionText(p.plan))
            .bind(4, int(p.archived))
            .bind(5, p.note.isEmpty() ? QString() : p.note)
            .bind(6, (p.createdAt.isValid() ? p.createdAt : m_clock.now()).toString(Qt::ISODate))
            .bind(7, m_clock.now().toString(Qt::ISODate))
            .run();
        record(Change::plan(p.id, p.drugId));
    });
}

void Diary::deletePlan(qint64 planId)
{
    write([&] {
        Statement owner = m_db->prepare("SELECT drug_id FROM plans WHERE id = ?1");
        owner.bind(1, planId);
        if (!owner.step())
            throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "plan: no such plan"),
                QStringLiteral("plan"));
        const qint64 drugId = owner.int64(0);
        m_db->prepare("DELETE FROM plans WHERE id = ?1").bind(1, planId).run();
        record(Change::plan(planId, drugId));
    });
}

void Diary::endPlan(qint64 planId, const QDate &lastDay)
{
    if (!lastDay.isValid())
        throwInvalid(QStringLiteral("date"), QCoreApplication::translate("Errors", "give the plan's last day"));
    write([&] {
        m_db->prepare(
                "UPDATE plans SET ended_on = ?2, updated_at = ?3 WHERE id = ?1 AND archived = 0 AND ended_on IS NULL")
            .bind(1, planId)
            .bind(2, lastDay.toString(Qt::ISODate))
            .bind(3, m_clock.now().toString(Qt::ISODate))
            .run();
        if (m_db->changes() == 0)
            throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "plan: no such active plan"),
                QStringLiteral("plan"));
        record(Change::plan(planId, 0));
    });
}

namespace {

QString sourceText(const PlannedDose &p)
{
    if (p.switchId == 0)
        return QCoreApplication::translate("PlannedDose", "plan %1, step %2").arg(p.planId).arg(p.stepIndex);
    if (p.afterSwitch)
        return QCoreApplication::translate("PlannedDose", "switch %1, after its last stage").arg(p.switchId);
    return QCoreApplication::translate("PlannedDose", "switch %1, stage %2 of %3")
        .arg(p.switchId)
        .arg(p.stepIndex)
        .arg(p.stepCount);
}

/** Marks every entry of a drug that has more than one source on the day. Never adds doses up. */
void markConflicts(QList<PlannedDose> &doses)
{
    for (PlannedDose &p : doses) {
        QStringList sources;
        for (const PlannedDose &q : std::as_const(doses))
            if (q.drugId == p.drugId)
                sources << QCoreApplication::translate("PlannedDose", "%1 mg (%2)")
                               .arg(planner::displayNumber(q.doseMg), sourceText(q));
        if (sources.size() < 2)
            continue;
        p.conflict = true;
        QString all = sources.first();
        for (qsizetype i = 1; i < sources.size(); ++i)
            all = QCoreApplication::translate("PlannedDose", "%1 and %2").arg(all, sources[i]);
        p.conflictText = sources.size() == 2
            ? QCoreApplication::translate("PlannedDose",
                "Two sources give a dose of this drug for this day: %1. They are not added up; end or archive "
                "one of them.")
                  .arg(all)
            : QCoreApplication::translate("PlannedDose",
                "%1 sources give a dose of this drug for this day: %2. They are not added up; end or archive "
                "one of them.")
                  .arg(sources.size())
                  .arg(all);
    }
}

QJsonObject stagesJson(const planner::Crossover &c)
{
    QJsonArray stages;
    for (qsizetype i = 1; i < c.stages.size(); ++i) {
        const planner::CrossoverStage &s = c.stages[i];
        QJsonObject o { { QStringLiteral("from_mg"), s.fromMg }, { QStringLiteral("from_how"), s.fromHowTo },
            { QStringLiteral("diazepam_mg"), s.diazepamMg }, { QStringLiteral("diazepam_how"), s.diazepamHowTo } };
        if (!s.times.isEmpty()) { // a switch following the dose times (schema-free: inside the definition)
            QJsonArray times;
            for (const planner::CrossoverTime &t : s.times)
                times.append(QJsonObject { { QStringLiteral("time"), t.time.toString(QStringLiteral("HH:mm")) },
                    { QStringLiteral("from_mg"), t.fromMg }, { QStringLiteral("diazepam_mg"), t.diazepamMg },
                    { QStringLiteral("how"), t.howTo } });
            o.insert(QStringLiteral("times"), times);
            o.insert(QStringLiteral("times_change"), s.timesChange);
        }
        stages.append(o);
    }
    QJsonObject out { { QStringLiteral("stages"), stages } };
    if (!c.doseTimes.isEmpty()) {
        QJsonArray times;
        for (const planner::DoseTime &t : c.doseTimes)
            times.append(QJsonObject { { QStringLiteral("time"), t.time.toString(QStringLiteral("HH:mm")) },
                { QStringLiteral("mg"), t.doseMg } });
        out.insert(QStringLiteral("dose_times"), times);
    }
    return out;
}

/** The stages as recorded (definition JSON), dated from the switch's start and interval. */
planner::Crossover storedCrossover(const catalogue::LibraryDrug &lib, double doseMg, const QString &sourceKey,
    const QDate &start, int intervalDays, const QJsonObject &definition)
{
    planner::Crossover c;
    c.fromDrug = lib.name;
    c.fromDoseMg = doseMg;
    c.alternatives = planner::diazepamEquivalents(lib, doseMg);
    bool found = false;
    for (const planner::DiazepamEquivalent &e : c.alternatives)
        if (e.sourceKey == sourceKey) {
            c.used = e;
            found = true;
        }
    const QJsonArray stages = definition.value(QStringLiteral("stages")).toArray();
    if (!found || stages.size() < 2 || intervalDays < 1 || !start.isValid())
        throw Error(ErrorCode::Damaged, QCoreApplication::translate("Errors", "A stored switch cannot be read."));
    planner::CrossoverStage now;
    now.fromMg = doseMg;
    c.stages.append(now);
    for (qsizetype k = 1; k <= stages.size(); ++k) {
        const QJsonObject o = stages.at(k - 1).toObject();
        planner::CrossoverStage s;
        s.index = int(k);
        s.start = start.addDays((k - 1) * intervalDays);
        s.end = s.start.addDays(intervalDays - 1);
        s.fromMg = o.value(QStringLiteral("from_mg")).toDouble();
        s.fromHowTo = o.value(QStringLiteral("from_how")).toString();
        s.diazepamMg = o.value(QStringLiteral("diazepam_mg")).toDouble();
        s.diazepamHowTo = o.value(QStringLiteral("diazepam_how")).toString();
        for (const auto &v : o.value(QStringLiteral("times")).toArray()) {
            const QJsonObject t = v.toObject();
            const QTime time = QTime::fromString(t.value(QStringLiteral("time")).toString(), QStringLiteral("HH:mm"));
            if (!time.isValid())
                throw Error(
                    ErrorCode::Damaged, QCoreApplication::translate("Errors", "A stored switch cannot be read."));
            s.times.append({ time, t.value(QStringLiteral("from_mg")).toDouble(),
                t.value(QStringLiteral("diazepam_mg")).toDouble(), t.value(QStringLiteral("how")).toString() });
        }
        s.timesChange = o.value(QStringLiteral("times_change")).toString();
        c.stages.append(s);
    }
    for (const auto &v : definition.value(QStringLiteral("dose_times")).toArray()) {
        const QJsonObject t = v.toObject();
        c.doseTimes.append({ QTime::fromString(t.value(QStringLiteral("time")).toString(), QStringLiteral("HH:mm")),
            t.value(QStringLiteral("mg")).toDouble() });
    }
    if (!c.doseTimes.isEmpty()) { // stage 0: the dose times as they were
        for (const planner::DoseTime &t : std::as_const(c.doseTimes))
            c.stages.first().times.append({ t.time, t.doseMg, 0, QString() });
    }
    // Which time each stage replaces, in the language of the moment: made again from the times (the
    // text stored with the switch is the language it was recorded in, English in older diaries).
    for (planner::CrossoverStage &st : c.stages) {
        if (st.index > 0 && !st.times.isEmpty()) {
            const QString change = planner::stageChangeText(c.doseTimes, st);
            if (!change.isEmpty())
                st.timesChange = change;
        }
        if (st.fromHowTo == QLatin1String("stop")) // "stop" as an older diary recorded it
            st.fromHowTo = QCoreApplication::translate("DoseMaker", "stop");
    }
    c.targetDiazepamMg = c.stages.last().diazepamMg;
    return c;
}

/** The person's forms of a drug, or fallback when they have none. */
QList<Formulation> formsOr(const QList<Formulation> &forms, const QList<Formulation> &fallback)
{
    return forms.isEmpty() ? fallback : forms;
}

} // namespace

QList<PlannedDose> Diary::plannedDoses(const QDate &day) const
{
    QList<PlannedDose> out;
    // Every plan not archived: an ended plan still gives its doses up to its last day.
    Statement st
        = m_db->prepare(QByteArray(kPlanSelect).append("WHERE p.archived = 0 ORDER BY d.name, p.id").constData());
    while (st.step()) {
        const StoredPlan p = readPlan(st);
        if (p.endedOn.isValid() && day > p.endedOn)
            continue;
        const auto i = p.schedule.stepOn(day);
        if (!i)
            continue;
        const planner::Step &s = p.schedule.steps[*i];
        PlannedDose d;
        d.planId = p.id;
        d.drugId = p.drugId;
        d.drugName = p.drugName;
        d.doseMg = s.doseMg;
        d.howToMake = s.howToMake;
        d.stepIndex = s.index;
        d.stepCount = int(p.schedule.steps.size());
        d.stepStart = s.start;
        d.stepEnd = s.end;
        d.occupancyPct = s.occupancyPct;
        d.times = s.times;
        d.timesChange = s.timesChange;
        d.stepBack = s.stepBack;
        out.append(d);
    }
    const qsizetype fromPlans = out.size();
    for (const StoredSwitch &sw : switches()) {
        if (!sw.problem.isEmpty() || (sw.endedOn.isValid() && day > sw.endedOn))
            continue;
        const planner::Crossover &c = sw.crossover;
        const int count = c.stageCount();
        PlannedDose d;
        d.switchId = sw.id;
        d.stepCount = count;
        if (day > c.lastDay()) {
            // After the last stage: the final diazepam dose, until a diazepam plan takes over.
            bool planTakesOver = false;
            for (qsizetype i = 0; i < fromPlans; ++i)
                planTakesOver = planTakesOver || out[i].drugId == sw.diazepamDrugId;
            if (planTakesOver)
                continue;
            d.drugId = sw.diazepamDrugId;
            d.drugName = sw.diazepamName;
            d.doseMg = c.targetDiazepamMg;
            d.howToMake = c.stages.last().diazepamHowTo;
            d.stepIndex = count;
            d.stepStart = c.lastDay().addDays(1);
            d.afterSwitch = true;
            out.append(d);
            continue;
        }
        for (qsizetype i = 1; i < c.stages.size(); ++i) {
            const planner::CrossoverStage &s = c.stages[i];
            if (day < s.start || day > s.end)
                continue;
            d.stepIndex = s.index;
            d.stepStart = s.start;
            d.stepEnd = s.end;
            PlannedDose from = d; // the old drug, down to its 0 mg stop at the last stage
            from.drugId = sw.fromDrugId;
            from.drugName = sw.fromName;
            from.doseMg = s.fromMg;
            from.howToMake = s.fromHowTo;
            d.drugId = sw.diazepamDrugId;
            d.drugName = sw.diazepamName;
            d.doseMg = s.diazepamMg;
            d.howToMake = s.diazepamHowTo;
            // A switch following the dose times: each drug at the times it is taken this stage.
            const planner::CrossoverStage &prev = c.stages[i - 1];
            for (qsizetype t = 0; t < s.times.size(); ++t) {
                const planner::CrossoverTime &at = s.times[t];
                const planner::CrossoverTime *was = t < prev.times.size() ? &prev.times[t] : nullptr;
                planner::TimeDose td;
                td.time = at.time;
                td.howToMake = at.howTo;
                if (at.replaced()) {
                    td.doseMg = at.diazepamMg;
                    td.previousMg = was ? was->diazepamMg : 0;
                    d.times.append(td);
                } else {
                    td.doseMg = at.fromMg;
                    td.previousMg = was ? was->fromMg : at.fromMg;
                    from.times.append(td);
                }
            }
            from.timesChange = s.timesChange;
            d.timesChange = s.timesChange;
            out.append(from);
            out.append(d);
        }
    }
    markConflicts(out);
    return out;
}

QList<StoredPlan> Diary::plansOverlappingSwitch(qint64 fromDrugId) const
{
    const auto dz = drugByName(QStringLiteral("Diazepam"));
    QList<StoredPlan> out;
    for (const StoredPlan &p : plans(false))
        if (p.drugId == fromDrugId || (dz && p.drugId == dz->id))
            out.append(p);
    return out;
}

planner::Crossover Diary::previewSwitch(qint64 fromDrugId, double fromDoseMg, const QDate &start, int stages,
    int intervalDays, const QString &sourceKey) const
{
    const auto from = drug(fromDrugId);
    if (!from)
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "drug: no such drug in this diary"),
            QStringLiteral("drug"));
    const auto lib = catalogue::findDrug(from->libraryKey.isEmpty() ? from->name : from->libraryKey);
    if (!lib)
        throwInvalid(
            QStringLiteral("drug"), QCoreApplication::translate("Errors", "no equivalence table lists this drug"));
    const QList<Formulation> fromForms = formulations(fromDrugId);
    if (fromForms.isEmpty())
        throwInvalid(QStringLiteral("formulations"),
            QCoreApplication::translate("Errors",
                "add the tablets, capsules or liquid of this drug that you have first: each stage's "
                "dose is made from them"));
    const auto dz = drugByName(QStringLiteral("Diazepam"));
    const QList<Formulation> dzForms
        = formsOr(dz ? formulations(dz->id) : QList<Formulation> {}, planner::defaultDiazepamFormulations());
    // The drug's dose times, when there are several and they add up to the dose being switched:
    // each stage replaces one of them.
    QList<planner::DoseTime> times = doseTimes(fromDrugId);
    double total = 0;
    for (const planner::DoseTime &t : std::as_const(times))
        total += t.doseMg;
    if (times.size() < 2 || std::abs(total - fromDoseMg) > planner::DoseMaker::kToleranceMg)
        times.clear();
    return planner::computeCrossover(
        *lib, fromDoseMg, start, stages, intervalDays, sourceKey, fromForms, dzForms, times);
}

StoredSwitch Diary::recordSwitch(qint64 fromDrugId, double fromDoseMg, const QDate &start, int stages, int intervalDays,
    const QString &sourceKey, bool confirmedWithPrescriber, const QString &note, ActivePlans activePlans)
{
    const planner::Crossover crossover = previewSwitch(fromDrugId, fromDoseMg, start, stages, intervalDays, sourceKey);
    const auto dz = drugByName(QStringLiteral("Diazepam"));
    if (!confirmedWithPrescriber)
        throwInvalid(QStringLiteral("confirm"),
            QCoreApplication::translate(
                "Errors", "a switch to diazepam is recorded only after you confirm that your prescriber agreed to it"));
    for (const StoredSwitch &s : switches())
        if (s.isActive())
            throw Error(ErrorCode::InvalidInput,
                QCoreApplication::translate("Errors",
                    "switch: switch %1 to diazepam is still active; end or archive it before "
                    "recording another")
                    .arg(s.id),
                QStringLiteral("switch"));
    const QList<StoredPlan> overlapping = plansOverlappingSwitch(fromDrugId);
    if (!overlapping.isEmpty() && activePlans == ActivePlans::Refuse) {
        QStringList names;
        for (const StoredPlan &p : overlapping)
            names << (p.drugId == fromDrugId
                    ? QCoreApplication::translate("Errors", "plan %1 (the drug being switched)")
                    : QCoreApplication::translate("Errors", "plan %1 (diazepam)"))
                         .arg(p.id);
        throw Error(ErrorCode::InvalidInput,
            QCoreApplication::translate("Errors",
                "plans: %1 would overlap the switch; end it (its last day becomes the day before the "
                "switch starts) or archive it, then record the switch")
                .arg(names.join(QCoreApplication::translate("Errors", " and "))),
            QStringLiteral("plans"));
    }
    qint64 id = 0;
    write([&] {
        for (const StoredPlan &p : overlapping) {
            if (activePlans == ActivePlans::Archive)
                archivePlan(p.id);
            else
                endPlan(p.id, start.addDays(-1));
        }
        qint64 diazepamId = 0;
        if (dz)
            diazepamId = dz->id;
        else
            diazepamId = addDrug(QStringLiteral("Diazepam")).id;
        m_db->prepare(
                "INSERT INTO switches (from_drug_id, to_drug_id, from_dose_mg, source_key, stages, interval_days, "
                "start_date, confirmed_at, note, definition) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
            .bind(1, fromDrugId)
            .bind(2, diazepamId)
            .bind(3, fromDoseMg)
            .bind(4, sourceKey)
            .bind(5, stages)
            .bind(6, intervalDays)
            .bind(7, start.toString(Qt::ISODate))
            .bind(8, m_clock.now().toString(Qt::ISODate))
            .bind(9, note.isEmpty() ? QString() : note)
            .bind(10, QString::fromUtf8(QJsonDocument(stagesJson(crossover)).toJson(QJsonDocument::Compact)))
            .run();
        id = m_db->lastInsertId();
        record(Change::switchTo(id, fromDrugId));
    });
    if (const auto s = switchById(id))
        return *s;
    throw Error(ErrorCode::Io, QCoreApplication::translate("Errors", "The switch was not stored."));
}

QList<StoredSwitch> Diary::querySwitches(const char *condition, qint64 id) const
{
    Statement st = m_db->prepare(
        QByteArray("SELECT s.id, s.from_drug_id, s.to_drug_id, s.from_dose_mg, s.source_key, s.stages, "
                   "s.interval_days, s.start_date, s.confirmed_at, s.note, d.library_key, d.name, s.definition, "
                   "s.ended_on, s.archived, t.name "
                   "FROM switches s JOIN drugs d ON d.id = s.from_drug_id JOIN drugs t ON t.id = s.to_drug_id WHERE ")
            .append(condition)
            .append(" ORDER BY s.id")
            .constData());
    if (id != 0)
        st.bind(1, id);
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
        s.fromName = st.text(11);
        s.endedOn = QDate::fromString(st.text(13), Qt::ISODate);
        s.archived = st.int64(14) != 0;
        s.diazepamName = st.text(15);
        const auto lib = catalogue::findDrug(st.text(10).isEmpty() ? st.text(11) : st.text(10));
        if (!lib)
            throw Error(ErrorCode::Damaged,
                QCoreApplication::translate("Errors", "A stored switch names a drug the library no longer has."));
        const double dose = st.real(3);
        const QString source = st.text(4);
        if (!st.isNull(12)) {
            const QJsonDocument doc = QJsonDocument::fromJson(st.text(12).toUtf8());
            if (!doc.isObject())
                throw Error(
                    ErrorCode::Damaged, QCoreApplication::translate("Errors", "A stored switch cannot be read."));
            s.crossover = storedCrossover(*lib, dose, source, s.startDate, s.intervalDays, doc.object());
        } else {
            // Recorded by version 4 (stages not kept): computed again with the forms the diary has now.
            try {
                s.crossover = planner::computeCrossover(*lib, dose, s.startDate, s.stages, s.intervalDays, source,
                    formsOr(formulations(s.fromDrugId), planner::libraryFormulations(*lib)),
                    formsOr(formulations(s.diazepamDrugId), planner::defaultDiazepamFormulations()));
            } catch (const Error &e) {
                if (e.code() != ErrorCode::InvalidInput)
                    throw;
                s.crossover.fromDrug = lib->name;
                s.crossover.fromDoseMg = dose;
                s.crossover.alternatives = planner::diazepamEquivalents(*lib, dose);
                for (const planner::DiazepamEquivalent &eq : std::as_const(s.crossover.alternatives))
                    if (eq.sourceKey == source)
                        s.crossover.used = eq;
                s.problem = QCoreApplication::translate("Errors",
                    "This switch (%1 stage(s)) was recorded by an earlier version, and its stages cannot be made "
                    "with the forms in the diary (%2). It gives no planned doses: end or archive it, and record it "
                    "again.")
                                .arg(s.stages)
                                .arg(e.message());
            }
        }
        out.append(s);
    }
    return out;
}

QList<StoredSwitch> Diary::switches(bool includeArchived) const
{
    return querySwitches(includeArchived ? "1" : "s.archived = 0");
}

std::optional<StoredSwitch> Diary::switchById(qint64 switchId) const
{
    const QList<StoredSwitch> found = querySwitches("s.id = ?1", switchId);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

void Diary::endSwitch(qint64 switchId, const QDate &lastDay)
{
    if (!lastDay.isValid())
        throwInvalid(QStringLiteral("date"), QCoreApplication::translate("Errors", "give the switch's last day"));
    write([&] {
        m_db->prepare("UPDATE switches SET ended_on = ?2 WHERE id = ?1 AND archived = 0 AND ended_on IS NULL")
            .bind(1, switchId)
            .bind(2, lastDay.toString(Qt::ISODate))
            .run();
        if (m_db->changes() == 0)
            throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "switch: no such active switch"),
                QStringLiteral("switch"));
        record(Change::switchTo(switchId, 0));
    });
}

void Diary::archiveSwitch(qint64 switchId)
{
    write([&] {
        m_db->prepare("UPDATE switches SET archived = 1 WHERE id = ?1 AND archived = 0").bind(1, switchId).run();
        if (m_db->changes() == 0)
            throw Error(ErrorCode::NotFound,
                QCoreApplication::translate("Errors", "switch: no such switch, or already archived"),
                QStringLiteral("switch"));
        record(Change::switchTo(switchId, 0));
    });
}

} // namespace waymark
