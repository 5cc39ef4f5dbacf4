// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTime>
#include <functional>
#include <memory>
#include <optional>

namespace waymark {

class Database;
struct StoredPlan;
struct StoredSwitch;
struct PlannedDose;
namespace planner {
struct Plan;
struct Adjustment;
}

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
    double strengthMg = 0;      ///< tablet or capsule
    double mgPerMl = 0;         ///< liquid
    int splitParts = 1;         ///< 1 whole only, 2 halves, 4 quarters (never for modified release)
    bool modifiedRelease = false;
    std::optional<int> beadsPerCapsule; ///< capsules whose beads can be counted
    std::optional<double> syringeMl;    ///< liquid: smallest step the syringe measures
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
    int symptomsPresent = 0; ///< rated 1 or more
    int symptomLoad = 0;     ///< sum of severities
    int maxSeverity = 0;
    bool safetyFlag = false; ///< a safety item rated moderate or worse
    std::optional<int> wellbeing;
    std::optional<double> sleepHours;
    bool hasNote = false;
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
 * one transaction and announces what changed, so models can update row by row. Inputs are checked
 * here too (the last line of defence after the app's and CLI's own validation).
 */
class Diary : public QObject
{
    Q_OBJECT

public:
    ~Diary() override;

    /** Creates a new diary file (mode 0600) atomically; throws if one exists at path. */
    static std::unique_ptr<Diary> create(const QString &path, const QString &passphrase,
                                         const Clock &clock = defaultClock());
    /** Opens an existing diary, migrating it to the latest schema. */
    static std::unique_ptr<Diary> open(const QString &path, const QString &passphrase,
                                       const Clock &clock = defaultClock());
    /** Opens read-only (never migrates or writes); for check and show. */
    static std::unique_ptr<Diary> openReadOnly(const QString &path, const QString &passphrase,
                                               const Clock &clock = defaultClock());

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
    QList<DoseEvent> doses(const QDate &from, const QDate &to) const;
    QList<DoseEvent> doses(const QDate &day) const { return doses(day, day); }
    /** The most recent dose of each drug before a day: the "usual dose" for one-tap logging. */
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
    /** Sets several fields in one transaction (CLI "log day"). Unset optionals are left as they were. */
    void updateDay(const QDate &day, std::optional<int> wellbeing, std::optional<double> sleepHours,
                   std::optional<QString> note);
    DayEntry day(const QDate &day) const;
    /** One summary per day that has anything recorded, newest first. */
    QList<DaySummary> history(const QDate &from, const QDate &to) const;
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
    /** A plan for a drug filled with what the diary knows: its visible formulations and occupancy fit. */
    planner::Plan planTemplate(qint64 drugId) const;
    /** Saves a new active plan after checking that its schedule can be computed. */
    StoredPlan savePlan(qint64 drugId, const planner::Plan &plan, const QString &note = QString());
    /** Adds an adjustment (hold, pause, pace change, skip, dose edit); the past stays as it was. */
    StoredPlan adjustPlan(qint64 planId, const planner::Adjustment &adjustment);
    /** Releases an open hold or pause on a day. */
    StoredPlan releasePlanHold(qint64 planId, const QDate &on);
    void archivePlan(qint64 planId);
    /**
     * Records a switch from a drug to diazepam in stages, using one equivalence table ("S2" Ashton,
     * "S3" VA/DoD, "S4" NHS Scotland). Refused unless confirmedWithPrescriber: the app and CLI ask
     * the person to confirm that their prescriber agreed to it. Adds diazepam to the diary if needed.
     */
    StoredSwitch recordSwitch(qint64 fromDrugId, double fromDoseMg, const QDate &start, int stages, int intervalDays,
                              const QString &sourceKey, bool confirmedWithPrescriber, const QString &note = QString());
    QList<StoredSwitch> switches() const;
    /** The dose each active plan (and each recorded switch) asks for on a day (none before it starts). */
    QList<PlannedDose> plannedDoses(const QDate &day) const;

    // Settings
    QString setting(const QString &key, const QString &fallback = QString()) const;
    void setSetting(const QString &key, const QString &value);

    // Keys and integrity
    /** Re-encrypts the diary under a new passphrase (atomic file replacement). */
    void changePassphrase(const QString &newPassphrase);
    CheckReport check(bool full = true);

    /** Runs several writes as one transaction (demo generation, imports). */
    void batch(const std::function<void()> &writes);

Q_SIGNALS:
    void drugsChanged();
    void symptomsChanged();
    void dayChanged(const QDate &day);
    void settingsChanged(const QString &key);
    void plansChanged();

private:
    Diary(std::unique_ptr<Database> db, const Clock &clock);
    static std::unique_ptr<Diary> openWith(const QString &path, const QString &passphrase, const Clock &clock,
                                           int mode);
    void requireWritable() const;
    Symptom requireSymptom(const QString &key) const;
    void ensureDayRow(const QString &day);
    void pruneDayRow(const QString &day);
    /** Runs f as one transaction, or inside the batch already running. */
    void write(const std::function<void()> &f);
    StoredPlan storePlanDefinition(qint64 planId, const planner::Plan &plan);

    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    bool m_readOnly = false;
    int m_batchDepth = 0;
};

} // namespace waymark
