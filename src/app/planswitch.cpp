// SPDX-License-Identifier: GPL-3.0-or-later
#include "planswitch.h"

#include "catalogue.h"
#include "diary.h"
#include "errors.h"
#include "errortext.h"
#include "planner/crossover.h"
#include "planner/dosemaker.h"
#include "planstepmodel.h"
#include "session.h"
#include "storedplan.h"
#include "validation.h"

using namespace waymark;
using planner::formatNumber;

namespace {

std::optional<catalogue::LibraryDrug> libraryDrug(const Drug &d)
{
    return catalogue::findDrug(d.libraryKey.isEmpty() ? d.name : d.libraryKey);
}

QVariantList stageRows(const planner::Crossover &c)
{
    QVariantList out;
    for (const planner::CrossoverStage &s : c.stages) {
        QString dates = s.index == 0 ? PlanSwitch::tr("now, before the switch")
                                     : s.end.isValid()
                                           ? PlanSwitch::tr("%1 – %2").arg(PlanStepModel::dateText(s.start),
                                                                          PlanStepModel::dateText(s.end))
                                           : PlanSwitch::tr("from %1").arg(PlanStepModel::dateText(s.start));
        out.append(QVariantMap{{QStringLiteral("index"), s.index},
                               {QStringLiteral("datesText"), dates},
                               {QStringLiteral("fromText"), formatNumber(s.fromMg, 2) + QStringLiteral(" mg ") + c.fromDrug},
                               {QStringLiteral("diazepamText"), formatNumber(s.diazepamMg, 1) + QStringLiteral(" mg diazepam")}});
    }
    return out;
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
        if (changes.touches({K::Drug, K::Formulation, K::Plan, K::Switch}))
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
            m_drugs.append(QVariantMap{{QStringLiteral("drugId"), drug.id},
                                       {QStringLiteral("name"), drug.name},
                                       {QStringLiteral("doseText"), mg > 0 ? formatNumber(mg) : QString()}});
        }
        try {
            for (const StoredSwitch &s : d->switches()) {
                m_switches.append(QVariantMap{
                    {QStringLiteral("switchId"), s.id},
                    {QStringLiteral("title"), tr("%1 %2 mg to diazepam %3 mg").arg(s.crossover.fromDrug,
                        formatNumber(s.crossover.fromDoseMg), formatNumber(s.crossover.targetDiazepamMg, 1))},
                    {QStringLiteral("sourceText"), tr("Equivalence: %1").arg(s.crossover.used.sourceLabel)},
                    {QStringLiteral("confirmedText"),
                     tr("Recorded on %1 after you confirmed your prescriber agreed.").arg(PlanStepModel::dateText(s.confirmedAt.date()))},
                    {QStringLiteral("stages"), stageRows(s.crossover)}});
            }
        } catch (const Error &) {
        }
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
    recompute();
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
    m_valid = false;
    m_errorText.clear();
    m_errorField.clear();
    Diary *d = diary();
    try {
        if (!d || m_drugId <= 0)
            throwInvalid(QStringLiteral("drug"), QStringLiteral("no medicine in this diary is in an equivalence table"));
        const auto drug = d->drug(m_drugId);
        const auto lib = drug ? libraryDrug(*drug) : std::nullopt;
        if (!lib)
            throwInvalid(QStringLiteral("drug"), QStringLiteral("no equivalence table lists this medicine"));
        if (m_dose.trimmed().isEmpty())
            throwInvalid(QStringLiteral("doseMg"), QStringLiteral("type the dose you take now, in mg"));
        const double mg = validate::number(m_dose.trimmed(), QStringLiteral("doseMg"));
        for (const planner::DiazepamEquivalent &e : planner::diazepamEquivalents(*lib, mg))
            m_equivalents.append(QVariantMap{
                {QStringLiteral("sourceKey"), e.sourceKey},
                {QStringLiteral("label"), e.sourceLabel},
                {QStringLiteral("diazepamText"), formatNumber(e.diazepamMg, 2) + QStringLiteral(" mg diazepam")},
                {QStringLiteral("perTenText"), tr("%1 mg %2 = 10 mg diazepam").arg(formatNumber(e.mgPer10Diazepam, 2), lib->name)},
                {QStringLiteral("chosen"), e.sourceKey == m_source}});
        const QDate start = validate::date(m_startDate.trimmed(), QStringLiteral("startDate"));
        const planner::Crossover c = planner::computeCrossover(*lib, mg, start, m_stages, m_intervalDays, m_source);
        m_stagesList = stageRows(c);
        m_summary = tr("%1 %2 mg becomes %3 mg diazepam in %4 stages of %5, using %6.")
                        .arg(c.fromDrug, formatNumber(mg), formatNumber(c.targetDiazepamMg, 1), QString::number(m_stages),
                             PlanStepModel::daysText(m_intervalDays), c.used.sourceLabel);
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
        d->recordSwitch(m_drugId, mg, start, m_stages, m_intervalDays, m_source, m_confirmed);
        m_confirmed = false;
        Q_EMIT changed();
        return true;
    } catch (const Error &e) {
        m_errorText = app::errorText(e);
        m_errorField = e.field();
        Q_EMIT changed();
        return false;
    }
}
