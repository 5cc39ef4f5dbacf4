// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h"
#include "planner/plan.h"
#include "undocommand.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <functional>
#include <memory>
#include <optional>

namespace waymark {

namespace planner {
struct Adjustment;
struct Plan;
} // namespace planner

/**
 * What a change was ("Dose removed"), kept as its English source (context "Undo", marked with
 * QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP) and translated each time it is read: a change made
 * while the app was English reads in German once the person has switched to German. n fills a
 * "%n" (with the translation's plural forms).
 */
class UndoLabel
{
public:
    UndoLabel() = default;
    UndoLabel(const char *source, int n = -1) // NOLINT(google-explicit-constructor): a marked literal is a label
        : m_source(source)
        , m_n(n)
    { }
    bool isEmpty() const { return m_source == nullptr || *m_source == '\0'; }
    /** In the language of the moment (English where no translator is installed: the CLI, core tests). */
    QString text() const { return isEmpty() ? QString() : QCoreApplication::translate("Undo", m_source, nullptr, m_n); }

private:
    const char *m_source = nullptr;
    int m_n = -1;
};

/**
 * The diary's undoable writes, ready to hand to UndoStack::push(): each makes one change through
 * the Diary (same validation, same errors) and knows how to take it back. Texts name what changed,
 * never diary content; they are UndoLabels (context "Undo"), translated when read.
 */
namespace commands {

/** A command from a text and two functions (the building block of the ones below). */
std::unique_ptr<UndoCommand> make(
    const UndoLabel &text, std::function<void(Diary &)> redo, std::function<void(Diary &)> undo);

/** Logs doses in one step (undo removes them; redo puts the same rows back). */
std::unique_ptr<UndoCommand> logDoses(const QList<NewDose> &doses);
std::unique_ptr<UndoCommand> logDose(const NewDose &dose);
/** Removes a dose; undo puts back the same row (id, day, time, drug, amount, formulation, note). */
std::unique_ptr<UndoCommand> deleteDose(qint64 doseId);

/** Sets (a value) or clears (nullopt) one symptom's rating of a day. */
std::unique_ptr<UndoCommand> setRating(const QDate &day, const QString &symptomKey, std::optional<int> severity);
/** Sets or clears several ratings of a day as one step (e.g. "no symptoms today"). */
std::unique_ptr<UndoCommand> setRatings(
    const QDate &day, const QMap<QString, std::optional<int>> &severities, const UndoLabel &text = {});

std::unique_ptr<UndoCommand> setWellbeing(const QDate &day, std::optional<int> wellbeing);
std::unique_ptr<UndoCommand> setSleepHours(const QDate &day, std::optional<double> hours);
std::unique_ptr<UndoCommand> setNote(const QDate &day, const QString &note);
/** Marks the day's note "for my prescriber" (the clinician summary lists those notes). */
std::unique_ptr<UndoCommand> setNoteForPrescriber(const QDate &day, bool forPrescriber);

std::unique_ptr<UndoCommand> setDrugHidden(qint64 drugId, bool hidden);
/** Replaces a drug's dose times; undo puts the old ones back. */
std::unique_ptr<UndoCommand> setDoseTimes(qint64 drugId, const QList<planner::DoseTime> &times);
std::unique_ptr<UndoCommand> setFormulationHidden(qint64 drugId, qint64 formulationId, bool hidden);
std::unique_ptr<UndoCommand> setSymptomHidden(const QString &symptomKey, bool hidden);
std::unique_ptr<UndoCommand> setSymptomUsual(const QString &symptomKey, bool usual);

/** Plan changes: undo puts the plan back exactly as it was (same id). */
std::unique_ptr<UndoCommand> savePlan(qint64 drugId, const planner::Plan &plan, const QString &note = QString());
std::unique_ptr<UndoCommand> adjustPlan(qint64 planId, const planner::Adjustment &adjustment);
std::unique_ptr<UndoCommand> releasePlanHold(qint64 planId, const QDate &on);
/** Sets the supply margin (plandocuments::setSupplyMarginPct); undo puts the old one back. */
std::unique_ptr<UndoCommand> setSupplyMargin(double pct);
std::unique_ptr<UndoCommand> archivePlan(qint64 planId);

/** Adds a drug the way `add` does (it returns the new drug's id and may add or hide forms and set
 *  the drug's own settings in the same step). Undo removes the drug, its forms and its settings
 *  (refused once a dose, plan or switch refers to it); redo runs `add` again. */
std::unique_ptr<UndoCommand> addDrug(const std::function<qint64(Diary &)> &add, const UndoLabel &text = {});
/** Diary::addDrug(name, drugClass) as one undoable step. */
std::unique_ptr<UndoCommand> addDrug(const QString &name, const QString &drugClass = QString());
/** Adds a formulation; undo removes it (refused once a dose refers to it). */
std::unique_ptr<UndoCommand> addFormulation(const Formulation &formulation);
/** Adds the person's own symptom; undo removes it (refused once it was rated). */
std::unique_ptr<UndoCommand> addSymptom(const QString &name, const QString &group);
/** Sets a diary setting; undo puts back the value before, or removes it when there was none. */
std::unique_ptr<UndoCommand> setSetting(const QString &key, const QString &value, const UndoLabel &text = {});

/** Diary::recordSwitch's arguments. */
struct SwitchRequest
{
    qint64 fromDrugId = 0;
    double fromDoseMg = 0;
    QDate start;
    int stages = 0;
    int intervalDays = 0;
    QString sourceKey;
    bool confirmedWithPrescriber = false;
    QString note;
    Diary::ActivePlans plans = Diary::ActivePlans::Refuse;
};
/** Records a switch to diazepam. Undo removes it, puts back the plans it ended or archived as they
 *  were, and removes diazepam when the switch added it. */
std::unique_ptr<UndoCommand> recordSwitch(const SwitchRequest &request);
/** Ends a switch (its last day); undo makes it active again. */
std::unique_ptr<UndoCommand> endSwitch(qint64 switchId, const QDate &lastDay);
/** Archives a switch; undo puts it back as it was. */
std::unique_ptr<UndoCommand> archiveSwitch(qint64 switchId);

} // namespace commands
} // namespace waymark
