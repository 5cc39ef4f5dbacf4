// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"
#include "clock.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTime>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>

namespace waymark {

class Database;
struct StoredPlan;
struct StoredSwitch;
struct PlannedDose;
namespace exchange {
struct TableRows;
} // namespace exchange
namespace planner {
struct DoseTime;
struct Plan;
struct Adjustment;
struct Crossover;
} // namespace planner

struct Drug
{
    qint64 id = 0;
    QString name;
    QString drugClass;
    QString libraryKey; ///< key in the built-in library; empty for a drug the person added
    QString halfLifeHours;
    std::optional<double> sertEmaxPct;
    std::optional<double> sertEd50Mg;
    std::optional<double> diazepam10Ashton;
    std::optional<double> diazepam10VaDod;
    QString sources; ///< "S1;S5" for library values, "user" for values the person typed
    bool hidden = false;
};

struct Formulation
{
    enum class Kind { Tablet, Capsule, Liquid };
    qint64 id = 0;
    qint64 drugId = 0;
    Kind kind = Kind::Tablet;
    double strengthMg = 0; ///< tablet or capsule
    double mgPerMl = 0; ///< liquid
    int splitParts = 1; ///< 1 whole only, 2 halves, 4 quarters (never for modified release)
    bool modifiedRelease = false;
    std::optional<int> beadsPerCapsule; ///< capsules whose beads can be counted
    std::optional<double> syringeMl; ///< liquid: smallest step the syringe measures
    bool hidden = false;

    /** "10 mg tablet (halves)", "2 mg/mL liquid", ... */
    QString label() const;
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
};

struct DoseEvent
{
    qint64 id = 0;
    QDate date;
    std::optional<QTime> time;
    qint64 drugId = 0;
    QString drugName;
    qint64 micrograms = 0;
    std::optional<qint64> formulationId;
    QString note;

    double mg() const { return double(micrograms) / 1000.0; }
};

struct NewDose
{
    QDate date;
    std::optional<QTime> time;
    qint64 drugId = 0;
    qint64 micrograms = 0;
    std::optional<qint64> formulationId;
    QString note;
    /** Set once the person confirmed an unusually large dose (app dialog, CLI --force). */
    bool confirmedLarge = false;
};

struct Symptom
{
    qint64 id = 0;
    QString key;
    QString name;
    QString group;
    bool builtin = false;
    bool safety = false;
    bool hidden = false;
    bool usual = false;
};

/** Everything recorded for one day. */
struct DayEntry
{
    QDate date;
    std::optional<int> wellbeing;
    std::optional<double> sleepHours;
    QString note;
    bool noteForPrescriber = false; ///< the person marked the note "for my prescriber"
    QList<DoseEvent> doses;
    QMap<QString, int> ratings; ///< symptom key -> severity 0..4

    bool isEmpty() const;
};

/** A compact line per day for the history list. */
struct DaySummary
{
    QDate date;
    QMap<QString, double> mgByDrug; ///< drug name -> total mg that day
    int doseCount = 0;
    int symptomsRated = 0; ///< ratings given that day, "none" included (0: symptoms not rated)
    int symptomsPresent = 0; ///< rated 1 or more
    int symptomLoad = 0; ///< sum of severities
    int maxSeverity = 0;
    bool safetyFlag = false; ///< a safety item rated moderate or worse
    std::optional<int> wellbeing;
    std::optional<double> sleepHours;
    bool hasNote = false;
    bool noteForPrescriber = false;
};

struct CheckReport
{
    bool ok = false;
    QString integrity; ///< "ok" or the first problem found
    int schemaVersion = 0;
    QString cipherVersion;
    int days = 0;
    int doses = 0;
    int ratings = 0;
    int drugs = 0;
    QString summary() const;
};

/**
 * A person's diary: the one place every read and write of diary data goes through. Each write is
 * one transaction (or part of the batch() already running) and records what it changed; the
 * changes are published once, after the outermost commit, as changed() (and the older per-kind
 * signals); a rollback drops them, so no view ever shows a row that is not in the file. Inputs are
 * checked here too (the last line of defence after the app's and CLI's own validation).
 */
class Diary : public QObject
{
    Q_OBJECT

public:
    ~Diary() override;

    /** Creates a new diary file (mode 0600) atomically; throws if one exists at path. */
    static std::unique_ptr<Diary> create(
        const QString &path, const QString &passphrase, const Clock &clock = defaultClock());
    /** Opens an existing diary, migrating it to the latest schema. */
    static std::unique_ptr<Diary> open(
        const QString &path, const QString &passphrase, const Clock &clock = defaultClock());
    /** Opens read-only (never migrates or writes); for check and show. */
    static std::unique_ptr<Diary> openReadOnly(
        const QString &path, const QString &passphrase, const Clock &clock = defaultClock());

    QString path() const;
    const Clock &clock() const { return m_clock; }
    int schemaVersion() const;

    // Drugs and formulations
    QList<Drug> drugs(bool includeHidden = false) const;
    std::optional<Drug> drug(qint64 id) const;
    std::optional<Drug> drugByName(const QString &name) const;
    /** Adds a drug: from the built-in library (parameters, sources and tablet strengths) when the
     *  name is there, otherwise as the person's own drug of the given class. */
    Drug addDrug(const QString &name, const QString &drugClass = QString());
    void setDrugHidden(qint64 drugId, bool hidden);
    /** Sets a drug's serotonin-transporter occupancy fit (Emax %, ED50 mg) to the person's own values;
     *  its sources then say "user" for the fit instead of S1. With neither value, a library drug gets
     *  the library's fit (S1) back and the person's own drug has no fit. Throws InvalidInput naming
     *  "emax" or "ed50" (Emax 1–110 %, ED50 above 0 and at most 1000 mg; both or neither). */
    void setDrugFit(qint64 drugId, std::optional<double> emaxPct, std::optional<double> ed50Mg);
    QList<Formulation> formulations(qint64 drugId, bool includeHidden = false) const;
    Formulation addFormulation(const Formulation &formulation);
    void setFormulationHidden(qint64 formulationId, bool hidden);
    /** The largest tablet/capsule strength, or liquid concentration x 1 mL, known for the drug. */
    double largestStrengthMg(qint64 drugId) const;
    /** True when mg is more than 10x the largest listed strength (needs the person's confirmation). */
    bool isUnusuallyLarge(qint64 drugId, double mg) const;

    // Doses
    DoseEvent logDose(const NewDose &dose);
    void deleteDose(qint64 doseId);
    std::optional<DoseEvent> dose(qint64 doseId) const;
    /** Puts back a dose removed before (undo): the same id when it is free, day, time, drug, amount,
     *  formulation and note. Returns the dose as stored. */
    DoseEvent restoreDose(const DoseEvent &dose);
    QList<DoseEvent> doses(const QDate &from, const QDate &to) const;
    QList<DoseEvent> doses(const QDate &day) const { return doses(day, day); }
    /** The usual doses of each drug for one-tap logging: its dose times when it has some (one entry
     *  per time, id 0), else the doses of the most recent day before `before` it was taken. */
    QList<DoseEvent> usualDoses(const QDate &before) const;

    // Symptoms
    QList<Symptom> symptoms(bool includeHidden = false) const;
    std::optional<Symptom> symptom(const QString &key) const;
    Symptom addSymptom(const QString &name, const QString &group);
    void setSymptomHidden(const QString &key, bool hidden);
    void setSymptomUsual(const QString &key, bool usual);
    void setRating(const QDate &day, const QString &symptomKey, int severity);
    void clearRating(const QDate &day, const QString &symptomKey);
    QMap<QString, int> ratings(const QDate &day) const;

    // Day fields
    void setWellbeing(const QDate &day, std::optional<int> wellbeing);
    void setSleepHours(const QDate &day, std::optional<double> hours);
    void setNote(const QDate &day, const QString &note);
    /** Marks the day's note "for my prescriber" (or not). InvalidInput when the day has no note. */
    void setNoteForPrescriber(const QDate &day, bool forPrescriber);
    /** Sets several fields in one transaction (CLI "log day"). Unset optionals are left as they were. */
    void updateDay(
        const QDate &day, std::optional<int> wellbeing, std::optional<double> sleepHours, std::optional<QString> note);
    DayEntry day(const QDate &day) const;
    /** One summary per day that has anything recorded, newest first. */
    QList<DaySummary> history(const QDate &from, const QDate &to) const;
    /** How many days have anything recorded (what history() over all time would list), counted in
     *  SQLite without building the summaries. */
    int recordedDayCount() const;
    QDate firstDay() const;
    QDate lastDay() const;

    // Bulk reads for computed series (charts, reports): streamed, no per-row allocation.
    /** Calls f(julianDay, symptomId, severity) for every rating between two days, in day order. */
    void forEachRating(const QDate &from, const QDate &to,
        const std::function<void(qint64 julianDay, qint64 symptomId, int severity)> &f) const;
    /** Calls f(julianDay, drugId, micrograms) for every dose event between two days (any order). */
    void forEachDose(const QDate &from, const QDate &to,
        const std::function<void(qint64 julianDay, qint64 drugId, qint64 micrograms)> &f) const;
    /** Calls f(julianDay, wellbeing or -1, sleep hours or NaN, hasNote) for every day row. */
    void forEachDayRow(const QDate &from, const QDate &to,
        const std::function<void(qint64 julianDay, int wellbeing, double sleepHours, bool hasNote)> &f) const;

    // Taper plans (types in storedplan.h; maths in planner/). One active plan per drug.
    QList<StoredPlan> plans(bool includeArchived = false) const;
    std::optional<StoredPlan> plan(qint64 planId) const;
    /** A plan for a drug filled with what the diary knows: its visible formulations and occupancy fit;
     *  for diazepam after an active switch, its start (the day after the last stage) and dose (the
     *  switch's final diazepam dose). */
    planner::Plan planTemplate(qint64 drugId) const;
    /** Saves a new active plan after checking that its schedule can be computed. While a switch is
     *  active, a plan of the drug being replaced is refused, and a diazepam plan must start on or
     *  after the day after the switch's last stage, from the switch's final diazepam dose. */
    StoredPlan savePlan(qint64 drugId, const planner::Plan &plan, const QString &note = QString());
    /** Adds an adjustment (hold, pause, pace change, skip, dose edit); the past stays as it was. */
    StoredPlan adjustPlan(qint64 planId, const planner::Adjustment &adjustment);
    /** Releases an open hold or pause on a day. */
    StoredPlan releasePlanHold(qint64 planId, const QDate &on);
    void archivePlan(qint64 planId);

    /** The times of day a drug is taken and the amount at each (schema 7), in time order; empty
     *  when none were given (one usual dose, as logged). */
    QList<planner::DoseTime> doseTimes(qint64 drugId) const;
    /** Replaces a drug's dose times (empty clears them). Checked like a plan's (planner::
     *  validateDoseTimes: 1 to 8 distinct times, amounts above 0, whole micrograms). */
    void setDoseTimes(qint64 drugId, const QList<planner::DoseTime> &times);
    /** Puts a plan back exactly as a snapshot had it (same id, definition, archived flag, note); undo. */
    void restorePlan(const StoredPlan &plan);
    /** Removes a plan altogether (undo of saving it; the app's normal way out is archivePlan). */
    void deletePlan(qint64 planId);

    /** Ends an active plan: lastDay is the last day it gives a dose. It is kept (plans(true) lists it). */
    void endPlan(qint64 planId, const QDate &lastDay);

    /** What recordSwitch does with an active plan of either drug (a switch and a plan never overlap). */
    enum class ActivePlans {
        Refuse, ///< throw InvalidInput (field "plans") naming the plans to end or archive
        End, ///< end them on the day before the switch starts
        Archive ///< archive them
    };
    /**
     * Records a switch from a drug to diazepam in stages, using one equivalence table ("S2" Ashton,
     * "S3" VA/DoD, "S4" NHS Scotland), with doses made from the drug's visible formulations and
     * diazepam's (the library's 2/5/10 mg tablets in halves when the diary has no diazepam yet).
     * Refused unless confirmedWithPrescriber: the app and CLI ask the person to confirm that their
     * prescriber agreed to it. Refused while another switch of either drug is active, and while
     * either drug has an active plan unless `plans` says to end or archive it (same transaction).
     * Adds diazepam to the diary if needed.
     */
    StoredSwitch recordSwitch(qint64 fromDrugId, double fromDoseMg, const QDate &start, int stages, int intervalDays,
        const QString &sourceKey, bool confirmedWithPrescriber, const QString &note = QString(),
        ActivePlans plans = ActivePlans::Refuse);
    /** The switch recordSwitch would store, with the same forms and rules, without storing anything. */
    planner::Crossover previewSwitch(qint64 fromDrugId, double fromDoseMg, const QDate &start, int stages,
        int intervalDays, const QString &sourceKey) const;
    /** The plans recordSwitch would have to end or archive (active plans of the drug or of diazepam). */
    QList<StoredPlan> plansOverlappingSwitch(qint64 fromDrugId) const;
    /** Recorded switches, oldest first; archived ones only with includeArchived. */
    QList<StoredSwitch> switches(bool includeArchived = false) const;
    std::optional<StoredSwitch> switchById(qint64 switchId) const;
    /** Ends an active switch: lastDay is the last day it gives doses (not before its first day). */
    void endSwitch(qint64 switchId, const QDate &lastDay);
    void archiveSwitch(qint64 switchId);
    /**
     * The doses asked for on a day by each active plan and each switch, one entry per source. Doses of
     * one drug are never added up: when two sources give the same drug on the same day, both entries
     * are marked conflict (see PlannedDose). A switch's final diazepam dose, after its last stage,
     * gives way to a diazepam plan that has a step on that day (the handover, not a conflict).
     */
    QList<PlannedDose> plannedDoses(const QDate &day) const;

    // Settings
    QString setting(const QString &key, const QString &fallback = QString()) const;
    void setSetting(const QString &key, const QString &value);

    // Taking back what was added (undo; src/core/diaryundo.cpp). Each refuses (InvalidInput) when
    // something recorded since refers to the row, so nothing the person logged is ever lost.
    /** Removes a drug with its formulations and its per-drug settings (keys "<name>:<drug id>");
     *  refused while a dose, plan or switch refers to it. */
    void removeDrug(qint64 drugId);
    /** Removes a formulation; refused while a dose refers to it. */
    void removeFormulation(qint64 formulationId);
    /** Removes a symptom the person added (never a built-in one); refused while it has ratings. */
    void removeSymptom(const QString &key);
    /** Removes a setting (as if it had never been set). */
    void removeSetting(const QString &key);
    /** Whether a setting has a value (even an empty one). */
    bool hasSetting(const QString &key) const;
    /** Removes a recorded switch altogether (undo of recording it). */
    void deleteSwitch(qint64 switchId);
    /** Puts back a switch's end day (invalid: not ended) and archived flag (undo of end/archive). */
    void restoreSwitchState(qint64 switchId, const QDate &endedOn, bool archived);

    // Keys and integrity
    /** Re-encrypts the diary under a new passphrase (atomic file replacement). */
    void changePassphrase(const QString &newPassphrase);
    CheckReport check(bool full = true);

    // Whole-diary exchange (src/core/exchange/, implemented in exchange/diaryexchange.cpp).
    /** Calls f with each row of a table (values: null, qint64, double or QString), in the order given.
     *  Table, column expressions and order come from exchange::tables(), never from input. */
    void forEachRow(const QString &table, const QStringList &columnSql, const QString &orderBy,
        const std::function<void(const QVariantList &row)> &f) const;
    /** Fills a diary with nothing logged yet from a whole-diary export, ids kept, in one transaction
     *  (the seeded symptom catalogue is replaced). InvalidInput naming the table when a row breaks
     *  the schema's rules; then nothing is written. */
    void loadTables(const QList<exchange::TableRows> &tables);
    /** Writes an encrypted copy of the diary (sqlcipher_export) under its own passphrase to path,
     *  through a temporary file beside it, and checks the copy opens and is whole before it takes
     *  the name (an existing file of that name is replaced). */
    void backupTo(const QString &path) const;

    /** Runs several writes as one transaction (demo generation, imports, one undo step). Their
     *  changes are published together after the commit; nothing is published if it rolls back. */
    void batch(const std::function<void()> &writes);

Q_SIGNALS:
    /** Everything one committed transaction changed; emitted after the outermost commit, never on
     *  rollback. The per-kind signals below follow it (compatibility; dayChanged once per day). */
    void changed(const waymark::ChangeSet &changes);
    void drugsChanged();
    void symptomsChanged();
    void dayChanged(const QDate &day);
    void settingsChanged(const QString &key);
    void plansChanged();

private:
    Diary(std::unique_ptr<Database> db, const Clock &clock);
    static std::unique_ptr<Diary> openWith(
        const QString &path, const QString &passphrase, const Clock &clock, int mode);
    void requireWritable() const;
    Symptom requireSymptom(const QString &key) const;
    void ensureDayRow(const QString &day);
    void pruneDayRow(const QString &day);
    /** Runs f as one transaction, or inside the batch already running; publishes what f recorded
     *  after the outermost commit. */
    void write(const std::function<void()> &f);
    /** Notes a change of the transaction running (call inside write()). */
    void record(Change change);
    void publish(const ChangeSet &changes);
    StoredPlan storePlanDefinition(qint64 planId, const planner::Plan &plan);
    /** Switches matching an SQL condition on table s (bound ?1 = id when id != 0). */
    QList<StoredSwitch> querySwitches(const char *condition, qint64 id = 0) const;

    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    bool m_readOnly = false;
    int m_batchDepth = 0;
    QList<Change> m_pending; ///< changes of the transaction running, published after its commit
};

} // namespace waymark
