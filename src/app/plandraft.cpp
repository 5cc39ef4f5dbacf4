// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandraft.h"

#include "diary.h"
#include "diarycommands.h"
#include "errors.h"
#include "errortext.h"
#include "localnumber.h"
#include "medicinefacts.h"
#include "planner/dosemaker.h"
#include "planner/guidance.h"
#include "planner/schedule.h"
#include "session.h"
#include "storedplan.h"
#include "validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>
#include <optional>

using namespace waymark;
using planner::Method;
using waymark::app::localNumber;

PlanDraft::PlanDraft(QObject *parent)
    : QObject(parent)
{
    m_watch.onOpened([this] {
        Q_EMIT drugsChanged();
        reset();
    });
    m_watch.onChanged([this](const ChangeSet &changes) {
        if (changes.touches({ Change::Kind::Drug, Change::Kind::Formulation })) {
            Q_EMIT drugsChanged();
            // a form may have been added (here or in Settings): keep what was typed, recompute
            loadTemplate();
            Q_EMIT draftChanged();
            recompute();
        } else if (changes.touches({ Change::Kind::Plan, Change::Kind::Switch })) {
            Q_EMIT drugsChanged();
        }
    });
    Q_EMIT drugsChanged();
    reset();
}

Diary *PlanDraft::diary() const
{
    return m_watch.diary();
}

QVariantList PlanDraft::drugs() const
{
    QVariantList out;
    Diary *d = diary();
    if (!d)
        return out;
    QSet<qint64> planned;
    for (const StoredPlan &p : d->plans(false))
        planned.insert(p.drugId);
    for (const Drug &drug : d->drugs(false))
        out.append(QVariantMap { { QStringLiteral("drugId"), drug.id }, { QStringLiteral("name"), drug.name },
            { QStringLiteral("hasFit"), drug.sertEmaxPct && drug.sertEd50Mg },
            { QStringLiteral("hasPlan"), planned.contains(drug.id) } });
    return out;
}

void PlanDraft::reset(qint64 drugId)
{
    Diary *d = diary();
    if (d && drugId <= 0) {
        QSet<qint64> planned;
        for (const StoredPlan &p : d->plans(false))
            planned.insert(p.drugId);
        for (const Drug &drug : d->drugs(false)) {
            if (!planned.contains(drug.id)) {
                drugId = drug.id;
                break;
            }
        }
    }
    m_drugId = -1;
    setDrugId(drugId);
}

void PlanDraft::setDrugId(qint64 id)
{
    if (id == m_drugId)
        return;
    m_drugId = id;
    m_applied.reset();
    loadTemplate();
    // Defaults from what the diary knows: the dose logged most recently, today, four weeks a step.
    // The dose taken now: what the person said in Settings, or the last day they logged it if newer.
    m_startDose.clear();
    double timesTotal = 0;
    for (const planner::DoseTime &t : std::as_const(m_doseTimes))
        timesTotal += t.doseMg;
    if (Diary *d = diary(); d && id > 0) {
        if (const auto now = app::doseNow(*d, id); now && now->mg > 0)
            m_startDose = localNumber(now->mg);
        // the medicine's dose times: their total is the dose taken now, each step says the amount at each
        if (!m_doseTimes.isEmpty())
            m_startDose = localNumber(timesTotal);
        m_startDate = d->clock().today().toString(Qt::ISODate);
        // Diazepam after a switch: the template starts from the switch's final dose, the day after its last stage.
        if (m_template.startDoseMg > 0 && m_template.startDate.isValid()) {
            m_startDose = localNumber(m_template.startDoseMg);
            m_startDate = m_template.startDate.toString(Qt::ISODate);
        }
    }
    m_useDoseTimes = !m_doseTimes.isEmpty() && std::abs(m_startDose.toDouble() - timesTotal) < 1e-9;
    m_spread = planner::Spread::OneAtATime;
    m_method = planner::methodName(m_template.method);
    m_intervalDays = QStringLiteral("28");
    m_finalDose = QStringLiteral("0");
    m_stepSize = defaultStepSize(m_template.method, m_startDose.toDouble());
    m_customDoses.clear();
    Q_EMIT draftChanged();
    recompute();
}

void PlanDraft::loadTemplate()
{
    m_template = planner::Plan {};
    m_drugName.clear();
    m_doseTimes.clear();
    Diary *d = diary();
    if (!d || m_drugId <= 0)
        return;
    try {
        m_template = d->planTemplate(m_drugId);
        m_drugName = d->drug(m_drugId)->name;
        m_doseTimes = d->doseTimes(m_drugId);
    } catch (const Error &) {
        m_drugId = 0;
    }
    // a suggested form the person now has (or a change to the forms a replacement refers to) ends it
    if (m_applied) {
        const Formulation &want = m_applied->formulation;
        bool have = m_applied->kind == planner::FormSuggestion::Kind::Quarters;
        for (const Formulation &f : m_template.formulations)
            have = have
                || (f.kind == want.kind && std::abs(f.strengthMg - want.strengthMg) < 1e-9
                    && std::abs(f.mgPerMl - want.mgPerMl) < 1e-9 && f.splitParts == want.splitParts);
        if (have)
            m_applied.reset();
    }
}

QString PlanDraft::defaultStepSize(Method method, double startDoseMg)
{
    switch (method) {
    case Method::Hyperbolic:
        return QStringLiteral("5");
    case Method::Percent:
        return QStringLiteral("10");
    case Method::Linear:
        return startDoseMg > 0 ? localNumber(std::max(0.5, std::round(startDoseMg / 10.0 * 2.0) / 2.0))
                               : QStringLiteral("1");
    case Method::Custom:
        return {};
    }
    return {};
}

void PlanDraft::setMethod(const QString &method)
{
    const auto m = planner::methodFromName(method);
    if (!m || method == m_method)
        return;
    m_method = method;
    m_stepSize = defaultStepSize(*m, m_startDose.toDouble());
    if (*m == Method::Custom && m_customDoses.isEmpty() && !m_startDose.isEmpty())
        m_customDoses = m_startDate + QLatin1Char(' ') + m_startDose;
    Q_EMIT draftChanged();
    recompute();
}

void PlanDraft::setField(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT draftChanged();
    recompute();
}

QString PlanDraft::doseTimesText() const
{
    QStringList parts;
    for (const planner::DoseTime &t : m_doseTimes)
        parts << tr("%1 %2 mg").arg(t.time.toString(QStringLiteral("HH:mm")), localNumber(t.doseMg));
    return parts.join(QStringLiteral(" · "));
}

void PlanDraft::setUseDoseTimes(bool use)
{
    if (use == m_useDoseTimes)
        return;
    m_useDoseTimes = use;
    Q_EMIT draftChanged();
    recompute();
}

void PlanDraft::setSpread(const QString &spread)
{
    const auto s = planner::spreadFromName(spread);
    if (!s || *s == m_spread)
        return;
    m_spread = *s;
    Q_EMIT draftChanged();
    recompute();
}

QString PlanDraft::fitText() const
{
    if (!m_template.fit)
        return tr("No modelled effect on the serotonin transporter for this medicine: a plan by equal drops in it "
                  "(hyperbolic) is not available.");
    const auto &f = *m_template.fit;
    const bool personal = !f.source.contains(QLatin1String("S1"));
    return tr("Modelled effect on the serotonin transporter (occupancy) with maximum occupancy Emax %1 % and "
              "ED50 %2 mg (the dose giving half of it), %3. Modelled values, never measurements; change them "
              "in Settings › Medicines.")
        .arg(localNumber(f.emaxPct, 2), localNumber(f.ed50Mg, 2),
            personal ? tr("your values") : tr("from S1 (Sørensen et al. 2022)"));
}

QStringList PlanDraft::formulations() const
{
    QStringList out;
    for (const Formulation &f : m_template.formulations)
        out.append(f.label());
    return out;
}

QString PlanDraft::warningSummary() const
{
    if (m_warningCount <= 0)
        return {};
    return m_warningCount == 1
        ? tr("1 step cuts more than 1.5 times what you asked: see the warning on it.")
        : tr("%1 steps cut more than 1.5 times what you asked: see the warnings on them.").arg(m_warningCount);
}

QString PlanDraft::suggestionButtonText() const
{
    if (!m_suggestion)
        return {};
    if (m_suggestion->kind == planner::FormSuggestion::Kind::Quarters)
        return tr("Use %1").arg(m_suggestion->description);
    return tr("Use %1 %2").arg(m_drugName.toLower(), m_suggestion->formulation.label());
}

QString PlanDraft::suggestionText() const
{
    if (!m_suggestion)
        return {};
    if (!m_valid)
        return tr("With %1, step 1 can be exactly the dose you take now.").arg(m_suggestion->description);
    if (m_suggestion->warningsAfter == 0)
        return tr("With %1, the doses in between can be made: no step cuts more than asked.")
            .arg(m_suggestion->description);
    return tr("With %1, %2 of %3 steps still cut more than asked.")
        .arg(m_suggestion->description)
        .arg(m_suggestion->warningsAfter)
        .arg(m_suggestion->warningsBefore);
}

QString PlanDraft::appliedFormText() const
{
    if (!m_applied)
        return {};
    return tr("In this preview: %1. Saving the plan adds it to your forms of this medicine; get it from your "
              "pharmacy or prescriber before the step that needs it.")
        .arg(m_applied->description);
}

void PlanDraft::applySuggestion()
{
    if (!m_suggestion)
        return;
    m_applied = m_suggestion;
    Q_EMIT draftChanged();
    recompute();
}

void PlanDraft::undoSuggestion()
{
    if (!m_applied)
        return;
    m_applied.reset();
    Q_EMIT draftChanged();
    recompute();
}

void PlanDraft::useSmallerFinalDose()
{
    if (!m_smallerFinalDose.isEmpty())
        setFinalDose(m_smallerFinalDose);
}

QString PlanDraft::stepUnit() const
{
    const auto m = planner::methodFromName(m_method);
    if (!m)
        return {};
    switch (*m) {
    case Method::Linear:
        return tr("mg less each step");
    case Method::Percent:
        return tr("% of the previous dose each step");
    case Method::Hyperbolic:
        return tr("points of modelled occupancy each step");
    case Method::Custom:
        return {};
    }
    return {};
}

namespace {

QList<planner::CustomDose> parseCustom(const QString &text)
{
    static const QRegularExpression line(
        QStringLiteral("^\\s*(\\d{4}-\\d{1,2}-\\d{1,2})\\s*[=:;,]?\\s*([0-9]+(?:[.,][0-9]+)?)\\s*(?:mg)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    QList<planner::CustomDose> out;
    int n = 0;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        if (raw.trimmed().isEmpty())
            continue;
        ++n;
        const auto m = line.match(raw);
        if (!m.hasMatch())
            throwInvalid(QStringLiteral("customDoses"),
                QCoreApplication::translate("Waymark", "line %1: write a date and a dose, e.g. 2026-04-01 15").arg(n));
        planner::CustomDose c;
        c.date = QDate::fromString(m.captured(1), Qt::ISODate);
        if (!c.date.isValid())
            c.date = QDate::fromString(m.captured(1), QStringLiteral("yyyy-M-d"));
        c.doseMg = validate::number(m.captured(2), QStringLiteral("customDoses"));
        out.append(c);
    }
    return out;
}

double mgField(const QString &text, const QString &field, const QString &what)
{
    if (text.trimmed().isEmpty())
        throwInvalid(field, QCoreApplication::translate("Errors", "type %1").arg(what));
    return validate::number(text.trimmed(), field);
}

} // namespace

planner::Plan PlanDraft::plan() const
{
    if (m_drugId <= 0)
        throwInvalid(
            QStringLiteral("drug"), QCoreApplication::translate("Waymark", "choose the medicine this plan is for"));
    planner::Plan p = m_template;
    const auto method = planner::methodFromName(m_method);
    if (!method)
        throwInvalid(QStringLiteral("method"), QCoreApplication::translate("Waymark", "choose a method"));
    p.method = *method;
    const QString interval = m_intervalDays.trimmed();
    bool ok = false;
    p.intervalDays = interval.toInt(&ok);
    if (!ok)
        throwInvalid(QStringLiteral("intervalDays"),
            QCoreApplication::translate("Waymark", "type a whole number of days, e.g. 28"));
    if (useDoseTimes()) {
        p.doseTimes = m_doseTimes;
        p.spread = m_spread;
    }
    if (p.method == Method::Custom) {
        p.customDoses = parseCustom(m_customDoses);
        return m_applied ? planner::withSuggestion(p, *m_applied) : p;
    }
    p.startDoseMg = mgField(m_startDose, QStringLiteral("startDoseMg"),
        QCoreApplication::translate("Waymark", "the dose you take now, in mg"));
    p.startDate = validate::date(m_startDate.trimmed(), QStringLiteral("startDate"));
    p.stepSize = mgField(
        m_stepSize, QStringLiteral("stepSize"), QCoreApplication::translate("Waymark", "how much each step is"));
    p.finalDoseMg = m_finalDose.trimmed().isEmpty()
        ? 0.0
        : validate::number(m_finalDose.trimmed(), QStringLiteral("finalDoseMg"));
    return m_applied ? planner::withSuggestion(p, *m_applied) : p;
}

void PlanDraft::recompute()
{
    m_warningCount = 0;
    m_suggestion.reset();
    m_smallerFinalDose.clear();
    try {
        const planner::Plan p = plan();
        const planner::Schedule s = planner::computeSchedule(p);
        QMap<QDate, double> none;
        const QDate today = diary() ? diary()->clock().today() : QDate::currentDate();
        m_preview.setRows(planStepRows(s, today, none));
        const planner::Step &last = s.steps.last();
        const qint64 days = s.steps.first().start.daysTo(last.start);
        m_summary = last.doseMg > 0 ? tr("%1 steps").arg(s.steps.size())
                                    : tr("%1 steps; 0 mg from %2, about %3 months after the start")
                                          .arg(QString::number(s.steps.size()), PlanStepModel::dateText(last.start),
                                              QLocale().toString(double(days) / 30.44, 'f', 0));
        m_warningCount = s.warningCount();
        m_suggestion = s.suggestion;
        const planner::MethodGuidance g = planner::planGuidance(p, s);
        m_guidanceLines = g.lines;
        m_guidanceSource = g.source;
        if (g.smallerFinalDoseMg)
            m_smallerFinalDose = localNumber(*g.smallerFinalDoseMg);
        m_valid = true;
        m_errorText.clear();
        m_errorField.clear();
    } catch (const Error &e) {
        m_preview.clear();
        m_summary.clear();
        m_valid = false;
        m_errorText = app::errorText(e);
        m_errorField = e.field();
        // step 1 cannot be made from these forms: the form that would make it, one tap away
        if (e.field() == QLatin1String("startDoseMg") && !m_applied) {
            try {
                const planner::Plan p = plan();
                const QList<planner::FormSuggestion> making = planner::formsMaking(p, p.startDoseMg);
                if (!making.isEmpty())
                    m_suggestion = making.first();
            } catch (const Error &) {
                // the dose itself cannot be read: nothing to suggest
            }
        }
        const auto method = planner::methodFromName(m_method);
        const planner::MethodGuidance g = method ? planner::methodGuidance(*method) : planner::MethodGuidance {};
        m_guidanceLines = g.lines;
        m_guidanceSource = g.source;
    }
    Q_EMIT previewChanged();
}

void PlanDraft::setError(const QString &text, const QString &field)
{
    m_errorText = text;
    m_errorField = field;
    Q_EMIT previewChanged();
}

qint64 PlanDraft::save(bool warningsConfirmed)
{
    if (m_valid && m_warningCount > 0 && !warningsConfirmed) {
        setError(tr("Some steps cut more than 1.5 times what you asked (see the warnings on them). Use the "
                    "suggested form, or confirm that you want this plan as it is."),
            QStringLiteral("confirm"));
        return 0;
    }
    qint64 id = 0;
    const std::optional<planner::FormSuggestion> applied = m_applied;
    app::guardedChange(
        diary(), [this](const QString &text, const QString &field) { setError(text, field); },
        [&](Diary &d) {
            const planner::Plan p = plan();
            if (!applied) {
                // Only the plan changes: saving it is a step that can be undone.
                Session::instance()->undoStack().push(commands::savePlan(m_drugId, p));
                for (const StoredPlan &stored : d.plans(false))
                    if (stored.drugId == m_drugId)
                        id = stored.id;
                return;
            }
            d.batch([&] {
                // the suggested form becomes one of the person's forms, with the plan
                Formulation f = applied->formulation;
                f.id = 0;
                f.drugId = m_drugId;
                if (applied->replaces && *applied->replaces < m_template.formulations.size())
                    d.setFormulationHidden(m_template.formulations.at(*applied->replaces).id, true);
                d.addFormulation(f);
                id = d.savePlan(m_drugId, p).id;
            });
        });
    if (id > 0) {
        m_applied.reset();
    } else if (applied && !m_applied) {
        // rolled back: the form was not added after all; keep it in the draft as before
        m_applied = applied;
        loadTemplate();
    }
    return id;
}
