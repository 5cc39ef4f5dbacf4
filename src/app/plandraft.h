// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diarywatcher.h"
#include "planner/formsuggestion.h"
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
 * customDoses, formulations, doseTimes, plan); nothing is saved until save() and only when the preview is valid.
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
    /** The medicine's dose times (Settings › Medicines): "08:00 0.5 mg · 14:00 0.5 mg · 22:00 0.5 mg"; "" when none. */
    Q_PROPERTY(QString doseTimesText READ doseTimesText NOTIFY draftChanged)
    Q_PROPERTY(bool hasDoseTimes READ hasDoseTimes NOTIFY draftChanged)
    /** Plan each step at those times (on by default when the medicine has them and they add up to the dose now). */
    Q_PROPERTY(bool useDoseTimes READ useDoseTimes WRITE setUseDoseTimes NOTIFY draftChanged)
    /** How each step's cut is shared between the times: "one-at-a-time" (the default) or "even". */
    Q_PROPERTY(QString spread READ spread WRITE setSpread NOTIFY draftChanged)
    Q_PROPERTY(bool hasFit READ hasFit NOTIFY draftChanged)
    Q_PROPERTY(QString fitText READ fitText NOTIFY draftChanged)
    Q_PROPERTY(QStringList formulations READ formulations NOTIFY draftChanged)
    Q_PROPERTY(QString stepUnit READ stepUnit NOTIFY draftChanged)
    Q_PROPERTY(PlanStepModel *preview READ preview CONSTANT)
    Q_PROPERTY(QString previewSummary READ previewSummary NOTIFY previewChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY previewChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY previewChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY previewChanged)
    /** Steps of the preview that cut more than asked (each carries its warning text). */
    Q_PROPERTY(int warningCount READ warningCount NOTIFY previewChanged)
    Q_PROPERTY(QString warningSummary READ warningSummary NOTIFY previewChanged)
    /** The form that would make the doses in between, one tap away: "Use citalopram 2 mg/mL liquid ...". */
    Q_PROPERTY(bool hasSuggestion READ hasSuggestion NOTIFY previewChanged)
    Q_PROPERTY(QString suggestionButtonText READ suggestionButtonText NOTIFY previewChanged)
    Q_PROPERTY(QString suggestionText READ suggestionText NOTIFY previewChanged)
    /** The suggested form in use in this draft (added to the person's forms when the plan is saved). */
    Q_PROPERTY(QString appliedFormText READ appliedFormText NOTIFY previewChanged)
    /** Published guidance beside the method, with its source. */
    Q_PROPERTY(QStringList guidanceLines READ guidanceLines NOTIFY previewChanged)
    Q_PROPERTY(QString guidanceSource READ guidanceSource NOTIFY previewChanged)
    /** A final dose whose stop drops no more than one asked step ("" when the stop is fine). */
    Q_PROPERTY(QString smallerFinalDose READ smallerFinalDose NOTIFY previewChanged)

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
    QString doseTimesText() const;
    bool hasDoseTimes() const { return !m_doseTimes.isEmpty(); }
    bool useDoseTimes() const { return m_useDoseTimes && !m_doseTimes.isEmpty(); }
    void setUseDoseTimes(bool use);
    QString spread() const { return waymark::planner::spreadName(m_spread); }
    void setSpread(const QString &spread);
    bool hasFit() const { return m_template.fit.has_value(); }
    QString fitText() const;
    QStringList formulations() const;
    QString stepUnit() const;
    PlanStepModel *preview() { return &m_preview; }
    QString previewSummary() const { return m_summary; }
    bool valid() const { return m_valid; }
    QString errorText() const { return m_errorText; }
    QString errorField() const { return m_errorField; }
    int warningCount() const { return m_warningCount; }
    QString warningSummary() const;
    bool hasSuggestion() const { return m_suggestion.has_value() && !m_applied; }
    QString suggestionButtonText() const;
    QString suggestionText() const;
    QString appliedFormText() const;
    QStringList guidanceLines() const { return m_guidanceLines; }
    QString guidanceSource() const { return m_guidanceSource; }
    QString smallerFinalDose() const { return m_smallerFinalDose; }

    /** The plan the fields describe; throws InvalidInput naming the field that cannot be read. */
    waymark::planner::Plan plan() const;

    /**
     * Saves the plan, with the suggested form if one was applied (one transaction). A plan with
     * warnings is saved only with warningsConfirmed (the person saw them and chose to keep it);
     * otherwise nothing is saved and errorField is "confirm". Returns the new plan's id, or 0.
     */
    Q_INVOKABLE qint64 save(bool warningsConfirmed = false);
    /** Recomputes the preview with the suggested form (the doses in between become makeable). */
    Q_INVOKABLE void applySuggestion();
    /** Back to the person's own forms. */
    Q_INVOKABLE void undoSuggestion();
    /** Takes the smaller final dose the guidance suggests. */
    Q_INVOKABLE void useSmallerFinalDose();
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
    QList<waymark::planner::DoseTime> m_doseTimes; ///< the medicine's, from the diary
    bool m_useDoseTimes = false;
    waymark::planner::Spread m_spread = waymark::planner::Spread::OneAtATime;
    PlanStepModel m_preview;
    QString m_summary;
    bool m_valid = false;
    QString m_errorText;
    QString m_errorField;
    int m_warningCount = 0;
    std::optional<waymark::planner::FormSuggestion> m_suggestion; ///< from the last preview
    std::optional<waymark::planner::FormSuggestion> m_applied; ///< in use in this draft
    QString m_drugName;
    QStringList m_guidanceLines;
    QString m_guidanceSource;
    QString m_smallerFinalDose;
};
