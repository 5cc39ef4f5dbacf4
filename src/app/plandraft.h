// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diarywatcher.h"
#include "planner/plan.h"
#include "planstepmodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace waymark {
class Diary;
}

/**
 * A new taper plan being made: the drug, method and numbers as the person types them, and a live
 * preview of the schedule recomputed on every change. Problems come back as errorText naming the
 * field (errorField: drug, method, startDoseMg, startDate, intervalDays, stepSize, finalDoseMg,
 * customDoses, formulations, plan); nothing is saved until save() and only when the preview is valid.
 */
class PlanDraft : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QVariantList drugs READ drugs NOTIFY drugsChanged)
    Q_PROPERTY(qint64 drugId READ drugId WRITE setDrugId NOTIFY draftChanged)
    Q_PROPERTY(QString method READ method WRITE setMethod NOTIFY draftChanged)
    Q_PROPERTY(QString startDose READ startDose WRITE setStartDose NOTIFY draftChanged)
    Q_PROPERTY(QString startDate READ startDate WRITE setStartDate NOTIFY draftChanged)
    Q_PROPERTY(QString intervalDays READ intervalDays WRITE setIntervalDays NOTIFY draftChanged)
    Q_PROPERTY(QString stepSize READ stepSize WRITE setStepSize NOTIFY draftChanged)
    Q_PROPERTY(QString finalDose READ finalDose WRITE setFinalDose NOTIFY draftChanged)
    Q_PROPERTY(QString customDoses READ customDoses WRITE setCustomDoses NOTIFY draftChanged)
    Q_PROPERTY(bool hasFit READ hasFit NOTIFY draftChanged)
    Q_PROPERTY(QString fitText READ fitText NOTIFY draftChanged)
    Q_PROPERTY(QStringList formulations READ formulations NOTIFY draftChanged)
    Q_PROPERTY(QString stepUnit READ stepUnit NOTIFY draftChanged)
    Q_PROPERTY(PlanStepModel *preview READ preview CONSTANT)
    Q_PROPERTY(QString previewSummary READ previewSummary NOTIFY previewChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY previewChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY previewChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY previewChanged)

public:
    explicit PlanDraft(QObject *parent = nullptr);

    QVariantList drugs() const;
    qint64 drugId() const { return m_drugId; }
    void setDrugId(qint64 id);
    QString method() const { return m_method; }
    void setMethod(const QString &method);
    QString startDose() const { return m_startDose; }
    void setStartDose(const QString &v) { setField(m_startDose, v); }
    QString startDate() const { return m_startDate; }
    void setStartDate(const QString &v) { setField(m_startDate, v); }
    QString intervalDays() const { return m_intervalDays; }
    void setIntervalDays(const QString &v) { setField(m_intervalDays, v); }
    QString stepSize() const { return m_stepSize; }
    void setStepSize(const QString &v) { setField(m_stepSize, v); }
    QString finalDose() const { return m_finalDose; }
    void setFinalDose(const QString &v) { setField(m_finalDose, v); }
    QString customDoses() const { return m_customDoses; }
    void setCustomDoses(const QString &v) { setField(m_customDoses, v); }
    bool hasFit() const { return m_template.fit.has_value(); }
    QString fitText() const;
    QStringList formulations() const;
    QString stepUnit() const;
    PlanStepModel *preview() { return &m_preview; }
    QString previewSummary() const { return m_summary; }
    bool valid() const { return m_valid; }
    QString errorText() const { return m_errorText; }
    QString errorField() const { return m_errorField; }

    /** The plan the fields describe; throws InvalidInput naming the field that cannot be read. */
    waymark::planner::Plan plan() const;

    /** Saves the plan (one Diary call). Returns the new plan's id, or 0 (see errorText). */
    Q_INVOKABLE qint64 save();
    /** Starts again from the first drug without a plan (or the given drug). */
    Q_INVOKABLE void reset(qint64 drugId = 0);

    static QString defaultStepSize(waymark::planner::Method method, double startDoseMg);

Q_SIGNALS:
    void drugsChanged();
    void draftChanged();
    void previewChanged();

private:
    waymark::Diary *diary() const;
    void setField(QString &field, const QString &value);
    void loadTemplate();
    void recompute();
    void setError(const QString &text, const QString &field);

    DiaryWatcher m_watch;
    qint64 m_drugId = 0;
    waymark::planner::Plan m_template;
    QString m_method;
    QString m_startDose;
    QString m_startDate;
    QString m_intervalDays = QStringLiteral("28");
    QString m_stepSize;
    QString m_finalDose = QStringLiteral("0");
    QString m_customDoses;
    PlanStepModel m_preview;
    QString m_summary;
    bool m_valid = false;
    QString m_errorText;
    QString m_errorField;
};
