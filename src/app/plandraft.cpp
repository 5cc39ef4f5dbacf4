// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandraft.h"

#include "diary.h"
#include "errors.h"
#include "errortext.h"
#include "medicinefacts.h"
#include "planner/dosemaker.h"
#include "planner/schedule.h"
#include "session.h"
#include "storedplan.h"
#include "validation.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>

using namespace waymark;
using planner::formatNumber;
using planner::Method;

PlanDraft::PlanDraft(QObject *parent)
    : QObject(parent)
{
    if (Session *s = Session::instance())
        connect(s, &Session::diaryChanged, this, &PlanDraft::attach);
    attach();
}

Diary *PlanDraft::diary() const
{
    Session *s = Session::instance();
    return s ? s->diary() : nullptr;
}

void PlanDraft::attach()
{
    if (m_attached)
        disconnect(m_attached, nullptr, this, nullptr);
    m_attached = diary();
    if (m_attached) {
        connect(m_attached, &Diary::drugsChanged, this, [this] {
            Q_EMIT drugsChanged();
            // a form may have been added (here or in Settings): keep what was typed, recompute
            loadTemplate();
            Q_EMIT draftChanged();
            recompute();
        });
        connect(m_attached, &Diary::plansChanged, this, &PlanDraft::drugsChanged);
    }
    Q_EMIT drugsChanged();
    reset();
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
        out.append(QVariantMap{{QStringLiteral("drugId"), drug.id},
                               {QStringLiteral("name"), drug.name},
                               {QStringLiteral("hasFit"), drug.sertEmaxPct && drug.sertEd50Mg},
                               {QStringLiteral("hasPlan"), planned.contains(drug.id)}});
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
    loadTemplate();
    // Defaults from what the diary knows: the dose logged most recently, today, four weeks a step.
    // The dose taken now: what the person said in Settings, or the last day they logged it if newer.
    m_startDose.clear();
    if (Diary *d = diary(); d && id > 0) {
        if (const auto now = app::doseNow(*d, id); now && now->mg > 0)
            m_startDose = formatNumber(now->mg);
        m_startDate = d->clock().today().toString(Qt::ISODate);
    }
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
    m_template = planner::Plan{};
    Diary *d = diary();
    if (!d || m_drugId <= 0)
        return;
    try {
        m_template = d->planTemplate(m_drugId);
    } catch (const Error &) {
        m_drugId = 0;
    }
}

QString PlanDraft::defaultStepSize(Method method, double startDoseMg)
{
    switch (method) {
    case Method::Hyperbolic: return QStringLiteral("5");
    case Method::Percent: return QStringLiteral("10");
    case Method::Linear:
        return startDoseMg > 0 ? formatNumber(std::max(0.5, std::round(startDoseMg / 10.0 * 2.0) / 2.0))
                               : QStringLiteral("1");
    case Method::Custom: return {};
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
        .arg(formatNumber(f.emaxPct, 2), formatNumber(f.ed50Mg, 2),
             personal ? tr("your values") : tr("from S1 (Sørensen et al. 2022)"));
}

QStringList PlanDraft::formulations() const
{
    QStringList out;
    for (const Formulation &f : m_template.formulations)
        out.append(f.label());
    return out;
}

QString PlanDraft::stepUnit() const
{
    const auto m = planner::methodFromName(m_method);
    if (!m)
        return {};
    switch (*m) {
    case Method::Linear: return tr("mg less each step");
    case Method::Percent: return tr("% of the previous dose each step");
    case Method::Hyperbolic: return tr("points of modelled occupancy each step");
    case Method::Custom: return {};
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
                         QStringLiteral("line %1: write a date and a dose, e.g. 2026-04-01 15").arg(n));
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
        throwInvalid(field, QStringLiteral("type %1").arg(what));
    return validate::number(text.trimmed(), field);
}

} // namespace

planner::Plan PlanDraft::plan() const
{
    if (m_drugId <= 0)
        throwInvalid(QStringLiteral("drug"), QStringLiteral("choose the medicine this plan is for"));
    planner::Plan p = m_template;
    const auto method = planner::methodFromName(m_method);
    if (!method)
        throwInvalid(QStringLiteral("method"), QStringLiteral("choose a method"));
    p.method = *method;
    const QString interval = m_intervalDays.trimmed();
    bool ok = false;
    p.intervalDays = interval.toInt(&ok);
    if (!ok)
        throwInvalid(QStringLiteral("intervalDays"), QStringLiteral("type a whole number of days, e.g. 28"));
    if (p.method == Method::Custom) {
        p.customDoses = parseCustom(m_customDoses);
        return p;
    }
    p.startDoseMg = mgField(m_startDose, QStringLiteral("startDoseMg"), QStringLiteral("the dose you take now, in mg"));
    p.startDate = validate::date(m_startDate.trimmed(), QStringLiteral("startDate"));
    p.stepSize = mgField(m_stepSize, QStringLiteral("stepSize"), QStringLiteral("how much each step is"));
    p.finalDoseMg = m_finalDose.trimmed().isEmpty() ? 0.0 : validate::number(m_finalDose.trimmed(), QStringLiteral("finalDoseMg"));
    return p;
}

void PlanDraft::recompute()
{
    try {
        const planner::Plan p = plan();
        const planner::Schedule s = planner::computeSchedule(p);
        QMap<QDate, double> none;
        const QDate today = diary() ? diary()->clock().today() : QDate::currentDate();
        m_preview.setRows(planStepRows(p, s, today, none));
        const planner::Step &last = s.steps.last();
        const qint64 days = s.steps.first().start.daysTo(last.start);
        m_summary = last.doseMg > 0
                        ? tr("%1 steps").arg(s.steps.size())
                        : tr("%1 steps; 0 mg from %2, about %3 months after the start")
                              .arg(QString::number(s.steps.size()), PlanStepModel::dateText(last.start),
                                   QLocale().toString(double(days) / 30.44, 'f', 0));
        m_valid = true;
        m_errorText.clear();
        m_errorField.clear();
    } catch (const Error &e) {
        m_preview.clear();
        m_summary.clear();
        m_valid = false;
        m_errorText = app::errorText(e);
        m_errorField = e.field();
    }
    Q_EMIT previewChanged();
}

void PlanDraft::setError(const QString &text, const QString &field)
{
    m_errorText = text;
    m_errorField = field;
    Q_EMIT previewChanged();
}

qint64 PlanDraft::save()
{
    qint64 id = 0;
    app::guardedChange(diary(), [this](const QString &text, const QString &field) { setError(text, field); },
                       [&](Diary &d) { id = d.savePlan(m_drugId, plan()).id; });
    return id;
}
