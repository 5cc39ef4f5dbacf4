// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diarywatcher.h"
#include "doselistmodel.h"
#include "fielderror.h"
#include "storedplan.h"
#include "symptomratingmodel.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace waymark {
class Diary;
class UndoCommand;
} // namespace waymark

/**
 * One day of the diary, for the Today page (also used to edit earlier days): doses, symptom
 * ratings, wellbeing, sleep and note. Every change is saved at once as one undoable step (the
 * Session's undo stack); errors come back as errorText/errorField and nothing is half-saved. It
 * reloads only for committed changes that touch the day shown, and follows "today" over midnight
 * when it was showing today.
 */
class DayController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString date READ date WRITE setDate NOTIFY dateChanged)
    Q_PROPERTY(QString dateLabel READ dateLabel NOTIFY dateChanged)
    Q_PROPERTY(QString relativeLabel READ relativeLabel NOTIFY dateChanged)
    /** How sentences name the day: "today", "yesterday", "on Saturday 14 March". */
    Q_PROPERTY(QString dayPhrase READ dayPhrase NOTIFY dateChanged)
    Q_PROPERTY(bool isToday READ isToday NOTIFY dateChanged)
    Q_PROPERTY(bool canGoForward READ canGoForward NOTIFY dateChanged)
    Q_PROPERTY(DoseListModel *doses READ doses CONSTANT)
    Q_PROPERTY(SymptomRatingModel *symptoms READ symptoms CONSTANT)
    Q_PROPERTY(QVariantList usualDoses READ usualDoses NOTIFY dayLoaded)
    /** [{drugId, drugName, amountText, howToMake, stepText, mg, logged, conflict, conflictText}]: what the taper
     *  plans and switches ask for this day, one row per drug. Doses are never added up: when two sources give
     *  the same drug, the row is a conflict (mg 0, nothing to log; conflictText names both). */
    Q_PROPERTY(QVariantList plannedDoses READ plannedDoses NOTIFY dayLoaded)
    /** The day's planned-dose conflicts as one text ("" when none), for a warning on the page. */
    Q_PROPERTY(QString plannedConflict READ plannedConflict NOTIFY dayLoaded)
    Q_PROPERTY(QVariantList drugs READ drugs NOTIFY drugsChanged)
    Q_PROPERTY(int wellbeing READ wellbeing NOTIFY dayLoaded)
    Q_PROPERTY(double sleepHours READ sleepHours NOTIFY dayLoaded)
    /** Hours slept as shown and typed ("7.25", "7.5", "7"); empty when not recorded. */
    Q_PROPERTY(QString sleepText READ sleepText NOTIFY dayLoaded)
    /** The most recent night recorded in the week before this day (-1: none): where "+" starts. */
    Q_PROPERTY(double recentSleepHours READ recentSleepHours NOTIFY dayLoaded)
    Q_PROPERTY(QString note READ note NOTIFY dayLoaded)
    /** The saved note is marked "for my prescriber" (the clinician summary lists it). */
    Q_PROPERTY(bool noteForPrescriber READ noteForPrescriber NOTIFY dayLoaded)
    Q_PROPERTY(QVariantList safetyAlerts READ safetyAlerts NOTIFY dayLoaded)
    /** No symptom rated above none on this day, and some still unrated: "No symptoms" can be tapped. */
    Q_PROPERTY(bool canRateNoSymptoms READ canRateNoSymptoms NOTIFY symptomStateChanged)
    /** Every symptom on the list is rated none on this day. */
    Q_PROPERTY(bool ratedNoSymptoms READ ratedNoSymptoms NOTIFY symptomStateChanged)
    /** What went wrong with the last change asked for, and which field it is about. */
    Q_PROPERTY(FieldError *error READ error CONSTANT)
    Q_PROPERTY(QString confirmText READ confirmText NOTIFY confirmTextChanged)

public:
    explicit DayController(QObject *parent = nullptr);

    QString date() const { return m_date.toString(Qt::ISODate); }
    void setDate(const QString &iso);
    QString dateLabel() const;
    QString dayPhrase() const;
    QString relativeLabel() const;
    bool isToday() const;
    bool canGoForward() const;
    DoseListModel *doses() { return &m_doses; }
    SymptomRatingModel *symptoms() { return &m_symptoms; }
    QVariantList usualDoses() const;
    QVariantList plannedDoses() const;
    QString plannedConflict() const;
    QVariantList drugs() const;
    int wellbeing() const { return m_entry.wellbeing.value_or(-1); }
    double sleepHours() const { return m_entry.sleepHours.value_or(-1.0); }
    QString sleepText() const { return m_entry.sleepHours ? hoursText(*m_entry.sleepHours) : QString(); }
    double recentSleepHours() const { return m_recentSleep.value_or(-1.0); }
    QString note() const { return m_entry.note; }
    bool noteForPrescriber() const { return m_entry.noteForPrescriber; }
    QVariantList safetyAlerts() const;
    bool canRateNoSymptoms() const;
    bool ratedNoSymptoms() const;
    FieldError *error() { return &m_error; }
    QString confirmText() const { return m_confirmText; }

    static QString severityName(int severity);
    /** Hours in the person's locale without trailing zeros: 7.25 -> "7.25", 7.5 -> "7.5", 7 -> "7". */
    Q_INVOKABLE static QString hoursText(double hours);

    Q_INVOKABLE void previousDay();
    Q_INVOKABLE void nextDay();
    Q_INVOKABLE void goToToday();
    /** Logs the usual dose(s) of one drug for this day. */
    Q_INVOKABLE bool logUsualDose(qint64 drugId);
    /** Logs the dose the plan (or switch) asks for this day of one drug, as one formulation-free amount.
     *  Refused for a conflict; an unusually large dose is refused (errorText) unless confirmed. */
    /** Logs the planned dose of drugId; for a plan with dose times, every time's dose as one step, or
     *  only the dose at `time` ("08:00") when given. */
    Q_INVOKABLE bool logPlannedDose(qint64 drugId, bool confirmed = false, const QString &time = QString());
    /**
     * Logs a dose typed in. Returns "ok", "error" (see errorText) or "confirm": the amount is
     * unusually large; confirmText says so and a second call with confirmed=true saves it.
     */
    Q_INVOKABLE QString addDose(
        qint64 drugId, const QString &mgText, const QString &timeText, const QString &note, bool confirmed = false);
    Q_INVOKABLE bool deleteDose(qint64 doseId);
    /** Saves a severity 0..4; a negative severity clears the rating (the symptom is "not rated" again). */
    Q_INVOKABLE bool setRating(const QString &symptomKey, int severity);
    Q_INVOKABLE bool clearRating(const QString &symptomKey) { return setRating(symptomKey, -1); }
    /** "No symptoms": rates none every symptom not yet rated on this day, in one step. Refused when one is rated above
     * none. */
    Q_INVOKABLE bool rateNoSymptoms();
    Q_INVOKABLE bool setWellbeing(int wellbeing);
    Q_INVOKABLE bool setSleepHours(double hours);
    /** Hours slept as typed ("7.25", "7:15", "7h15"); empty text clears them. */
    Q_INVOKABLE bool setSleepText(const QString &text);
    Q_INVOKABLE bool saveNote(const QString &note);
    /** Marks the saved note "for my prescriber" or not (one undoable step); needs a saved note. */
    Q_INVOKABLE bool setNoteForPrescriber(bool forPrescriber);
    Q_INVOKABLE void clearError();
    Q_INVOKABLE void reload();

Q_SIGNALS:
    /**
     * The page is about to show another day (still the old date): last chance to save a typed
     * note. If that save fails (errorField "note"), the day does not change, so nothing typed is lost.
     */
    void aboutToChangeDate();
    void dateChanged();
    void dayLoaded();
    void symptomStateChanged();
    void drugsChanged();
    void confirmTextChanged();

private:
    waymark::Diary *diary() const;
    void onChanged(const waymark::ChangeSet &changes);
    void onToday(const QDate &today, const QDate &previous);
    /** Makes one undoable change through the Session's undo stack (throws waymark::Error). */
    static void push(std::unique_ptr<waymark::UndoCommand> command);
    void loadSymptoms();
    void loadDay();
    template <typename F> bool guarded(F &&f);

    QDate m_date;
    DiaryWatcher m_watch;
    waymark::DayEntry m_entry;
    std::optional<double> m_recentSleep;
    QList<waymark::DoseEvent> m_usual;
    QList<waymark::PlannedDose> m_planned;
    QList<waymark::Drug> m_drugs;
    QList<waymark::Symptom> m_symptomList;
    DoseListModel m_doses;
    SymptomRatingModel m_symptoms;
    FieldError m_error { this };
    QString m_confirmText;
};
