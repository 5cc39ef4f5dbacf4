// SPDX-License-Identifier: GPL-3.0-or-later
#include "planswitch.h"

#include "catalogue.h"
#include "diary.h"
#include "diarycommands.h"
#include "errors.h"
#include "errortext.h"
#include "localnumber.h"
#include "planner/crossover.h"
#include "planner/dosemaker.h"
#include "planstepmodel.h"
#include "session.h"
#include "storedplan.h"
#include "validation.h"

#include <QCoreApplication>

using namespace waymark;
using waymark::app::localNumber;

namespace {

std::optional<catalogue::LibraryDrug> libraryDrug(const Drug &d)
{
    return catalogue::findDrug(d.libraryKey.isEmpty() ? d.name : d.libraryKey);
}

QVariantList stageRows(const planner::Crossover &c)
{
    QVariantList out;
    for (const planner::CrossoverStage &s : c.stages) {
        QString dates = s.index == 0
            ? PlanSwitch::tr("now, before the switch")
            : PlanSwitch::tr("%1 – %2").arg(PlanStepModel::dateText(s.start), PlanStepModel::dateText(s.end));
        const QString from = s.fromMg > 0 ? localNumber(s.fromMg) + QStringLiteral(" mg ") + c.fromDrug
                                          : PlanSwitch::tr("stop %1").arg(c.fromDrug);
        const QString dz = s.diazepamMg > 0 ? localNumber(s.diazepamMg) + PlanSwitch::tr(" mg diazepam")
                                            : PlanSwitch::tr("no diazepam yet");
        out.append(QVariantMap { { QStringLiteral("index"), s.index }, { QStringLiteral("datesText"), dates },
            { QStringLiteral("fromText"), from },
            { QStringLiteral("fromHowTo"), s.index > 0 && s.fromMg > 0 ? s.fromHowTo : QString() },
            { QStringLiteral("diazepamText"), dz },
            { QStringLiteral("diazepamHowTo"), s.diazepamMg > 0 ? s.diazepamHowTo : QString() },
            { QStringLiteral("totalText"),
                PlanSwitch::tr("together %1 mg as diazepam").arg(localNumber(c.totalEquivalentMg(s), 2)) },
            { QStringLiteral("timesChange"), s.timesChange } });
    }
    return out;
}

QString roundingTextOf(const planner::Crossover &c)
{
    return PlanSwitch::tr("Each stage's doses are ones you can make with your tablets or liquid. Diazepam is rounded "
                          "down, so a stage's total never goes above %1 mg (the %2 value for %3 mg); %4 is rounded "
                          "to the nearest dose you can make. After %5, diazepam %6 mg alone: a diazepam taper plan "
                          "can start on %7.")
        .arg(localNumber(c.used.diazepamMg, 2), c.used.sourceLabel, localNumber(c.fromDoseMg), c.fromDrug,
            PlanStepModel::dateText(c.lastDay()), localNumber(c.targetDiazepamMg),
            PlanStepModel::dateText(c.lastDay().addDays(1)));
}

} // namespace

PlanSwitch::PlanSwitch(QObject *parent)
    : QObject(parent)
{
    auto opened = [this] {
        if (Diary *d = diary())
            m_startDate = d->clock().today().toString(Qt::ISODate);
        reload();
    };
    m_watch.onOpened(opened);
    m_watch.onChanged([this](const ChangeSet &changes) {
        using K = Change::Kind;
        if (changes.touches({ K::Drug, K::Formulation, K::Plan, K::Switch }))
            reload();
    });
    opened();
}

Diary *PlanSwitch::diary() const
{
    return m_watch.diary();
}

void PlanSwitch::reload()
{
    m_drugs.clear();
    m_switches.clear();
    Diary *d = diary();
    if (d) {
        const QDate today = d->clock().today();
        const QList<DoseEvent> usual = d->usualDoses(today.addDays(1));
        for (const Drug &drug : d->drugs(false)) {
            const auto lib = libraryDrug(drug);
            if (!lib || lib->key == QLatin1String("diazepam") || (!lib->diazepam10Ashton && !lib->diazepam10VaDod))
                continue;
            double mg = 0;
            for (const DoseEvent &e : usual)
                if (e.drugId == drug.id)
                    mg += e.mg();
            m_drugs.append(QVariantMap { { QStringLiteral("drugId"), drug.id }, { QStringLiteral("name"), drug.name },
                { QStringLiteral("doseText"), mg > 0 ? localNumber(mg) : QString() } });
        }
        try {
            for (const StoredSwitch &s : d->switches(true)) {
                QString status;
                if (s.archived)
                    status = tr("Archived.");
                else if (!s.problem.isEmpty())
                    status = s.problem;
                else if (s.endedOn.isValid())
                    status = tr("Ended; its last day was %1.").arg(PlanStepModel::dateText(s.endedOn));
                else if (today > s.crossover.lastDay())
                    status = tr(
                        "Stages done: diazepam %1 mg alone until a diazepam plan takes over, or you end the switch.")
                                 .arg(localNumber(s.crossover.targetDiazepamMg));
                else
                    status = tr("Active.");
                m_switches.append(QVariantMap { { QStringLiteral("switchId"), s.id },
                    { QStringLiteral("title"),
                        tr("%1 %2 mg to diazepam %3 mg")
                            .arg(s.crossover.fromDrug, localNumber(s.crossover.fromDoseMg),
                                localNumber(s.crossover.targetDiazepamMg)) },
                    { QStringLiteral("sourceText"), tr("Equivalence: %1").arg(s.crossover.used.sourceLabel) },
                    { QStringLiteral("confirmedText"),
                        tr("Recorded on %1 after you confirmed your prescriber agreed.")
                            .arg(PlanStepModel::dateText(s.confirmedAt.date())) },
                    { QStringLiteral("statusText"), status }, { QStringLiteral("active"), s.isActive() },
                    { QStringLiteral("archived"), s.archived }, { QStringLiteral("problem"), s.problem },
                    { QStringLiteral("stages"), s.problem.isEmpty() ? stageRows(s.crossover) : QVariantList {} } });
            }
        } catch (const Error &) { }
    }
    Q_EMIT drugsChanged();
    Q_EMIT switchesChanged();
    bool known = false;
    for (const QVariant &v : std::as_const(m_drugs))
        known = known || v.toMap().value(QStringLiteral("drugId")).toLongLong() == m_drugId;
    if (!known) {
        m_drugId = m_drugs.isEmpty() ? 0 : m_drugs.first().toMap().value(QStringLiteral("drugId")).toLongLong();
        m_dose = m_drugs.isEmpty() ? QString() : m_drugs.first().toMap().value(QStringLiteral("doseText")).toString();
        m_confirmed = false;
        useDoseTimeStages();
    }
    recompute();
}

void PlanSwitch::setDrugId(qint64 id)
{
    if (id == m_drugId)
        return;
    m_drugId = id;
    for (const QVariant &v : std::as_const(m_drugs))
        if (v.toMap().value(QStringLiteral("drugId")).toLongLong() == id)
            m_dose = v.toMap().value(QStringLiteral("doseText")).toString();
    m_confirmed = false;
    useDoseTimeStages();
    recompute();
}

void PlanSwitch::useDoseTimeStages()
{
    // several dose times: the switch replaces one of them each stage (Diary::previewSwitch)
    Diary *d = diary();
    const qsizetype times = d && m_drugId > 0 ? d->doseTimes(m_drugId).size() : 0;
    if (times >= 2 && m_stages != int(times)) {
        m_stages = int(times);
        Q_EMIT changed();
    }
}

#define WAYMARK_SETTER(name, member, type)                                                                             \
    void PlanSwitch::name(type v)                                                                                      \
    {                                                                                                                  \
        if (member == v)                                                                                               \
            return;                                                                                                    \
        member = v;                                                                                                    \
        m_confirmed = false; /* a changed switch needs a fresh confirmation */                                         \
        recompute();                                                                                                   \
    }
WAYMARK_SETTER(setDose, m_dose, const QString &)
WAYMARK_SETTER(setStartDate, m_startDate, const QString &)
WAYMARK_SETTER(setStages, m_stages, int)
WAYMARK_SETTER(setIntervalDays, m_intervalDays, int)
WAYMARK_SETTER(setSource, m_source, const QString &)
#undef WAYMARK_SETTER

void PlanSwitch::setPlanAction(const QString &v)
{
    const QString action = v == QLatin1String("end") || v == QLatin1String("archive") ? v : QString();
    if (action == m_planAction)
        return;
    m_planAction = action;
    Q_EMIT changed();
}

void PlanSwitch::setConfirmed(bool v)
{
    if (v == m_confirmed)
        return;
    m_confirmed = v;
    if (m_errorField == QLatin1String("confirm")) {
        m_errorText.clear();
        m_errorField.clear();
    }
    Q_EMIT changed();
}

void PlanSwitch::recompute()
{
    m_equivalents.clear();
    m_stagesList.clear();
    m_summary.clear();
    m_roundingText.clear();
    m_overlapping.clear();
    m_valid = false;
    m_errorText.clear();
    m_errorField.clear();
    Diary *d = diary();
    try {
        if (!d || m_drugId <= 0)
            throwInvalid(QStringLiteral("drug"),
                QCoreApplication::translate("Waymark", "no medicine in this diary is in an equivalence table"));
        const auto drug = d->drug(m_drugId);
        const auto lib = drug ? libraryDrug(*drug) : std::nullopt;
        if (!lib)
            throwInvalid(QStringLiteral("drug"),
                QCoreApplication::translate("Waymark", "no equivalence table lists this medicine"));
        if (m_dose.trimmed().isEmpty())
            throwInvalid(
                QStringLiteral("doseMg"), QCoreApplication::translate("Waymark", "type the dose you take now, in mg"));
        const double mg = validate::number(m_dose.trimmed(), QStringLiteral("doseMg"));
        for (const planner::DiazepamEquivalent &e : planner::diazepamEquivalents(*lib, mg))
            m_equivalents.append(
                QVariantMap { { QStringLiteral("sourceKey"), e.sourceKey }, { QStringLiteral("label"), e.sourceLabel },
                    { QStringLiteral("diazepamText"), localNumber(e.diazepamMg, 2) + PlanSwitch::tr(" mg diazepam") },
                    { QStringLiteral("perTenText"),
                        tr("%1 mg %2 = 10 mg diazepam").arg(localNumber(e.mgPer10Diazepam, 2), lib->name) },
                    { QStringLiteral("chosen"), e.sourceKey == m_source } });
        const QDate start = validate::date(m_startDate.trimmed(), QStringLiteral("startDate"));
        const planner::Crossover c = d->previewSwitch(m_drugId, mg, start, m_stages, m_intervalDays, m_source);
        m_stagesList = stageRows(c);
        m_summary = tr("%1 %2 mg becomes %3 mg diazepam in %4 stages of %5, using %6.")
                        .arg(c.fromDrug, localNumber(mg), localNumber(c.targetDiazepamMg), QString::number(m_stages),
                            PlanStepModel::daysText(m_intervalDays), c.used.sourceLabel);
        m_roundingText = roundingTextOf(c);
        QStringList plans;
        for (const StoredPlan &p : d->plansOverlappingSwitch(m_drugId))
            plans << tr("the %1 plan").arg(p.drugName);
        if (!plans.isEmpty())
            m_overlapping = tr("You have an active taper plan that would overlap the switch (%1). Planned doses are "
                               "never added up, so choose what happens to it: end it (its last day becomes %2) or "
                               "archive it.")
                                .arg(plans.join(tr(" and ")), PlanStepModel::dateText(start.addDays(-1)));
        m_valid = true;
    } catch (const Error &e) {
        m_errorText = app::errorText(e);
        m_errorField = e.field();
    }
    Q_EMIT changed();
}

bool PlanSwitch::record()
{
    Diary *d = diary();
    if (!d)
        return false;
    try {
        const double mg = validate::number(m_dose.trimmed(), QStringLiteral("doseMg"));
        const QDate start = validate::date(m_startDate.trimmed(), QStringLiteral("startDate"));
        const Diary::ActivePlans action = m_planAction == QLatin1String("end") ? Diary::ActivePlans::End
            : m_planAction == QLatin1String("archive")                         ? Diary::ActivePlans::Archive
                                                                               : Diary::ActivePlans::Refuse;
        commands::SwitchRequest request;
        request.fromDrugId = m_drugId;
        request.fromDoseMg = mg;
        request.start = start;
        request.stages = m_stages;
        request.intervalDays = m_intervalDays;
        request.sourceKey = m_source;
        request.confirmedWithPrescriber = m_confirmed;
        request.plans = action;
        Session::instance()->undoStack().push(commands::recordSwitch(request));
        m_confirmed = false;
        m_planAction.clear();
        recompute();
        return true;
    } catch (const Error &e) {
        setError(app::errorText(e), e.field());
        return false;
    }
}

void PlanSwitch::setError(const QString &text, const QString &field)
{
    m_errorText = text;
    m_errorField = field;
    Q_EMIT changed();
}

bool PlanSwitch::endSwitch(qint64 switchId)
{
    Diary *d = diary();
    if (!d)
        return false;
    try {
        Session::instance()->undoStack().push(commands::endSwitch(switchId, d->clock().today()));
        return true;
    } catch (const Error &e) {
        setError(app::errorText(e), e.field());
        return false;
    }
}

bool PlanSwitch::archiveSwitch(qint64 switchId)
{
    Diary *d = diary();
    if (!d)
        return false;
    try {
        Session::instance()->undoStack().push(commands::archiveSwitch(switchId));
        return true;
    } catch (const Error &e) {
        setError(app::errorText(e), e.field());
        return false;
    }
}
