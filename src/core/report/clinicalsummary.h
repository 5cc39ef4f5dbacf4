// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/occupancy.h"
#include "planner/schedule.h"
#include "trajectory.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace waymark {
class Diary;
}

/**
 * The clinician summary's content, computed from the diary without any drawing: what the PDF
 * (src/paint/reportrenderer.h), the Share page and `waymark-cli report` show. The numbers come
 * from the trajectory model and the planner; this only selects, counts and words them.
 */
namespace waymark::report {

/** Parts of the summary the person can leave out (page 1's core lines are always there). */
enum Section : unsigned {
    Chart = 1u << 0, ///< the main chart and the small reduction-response chart
    Symptoms = 1u << 1, ///< most frequent and most severe symptoms, with their trend
    Safety = 1u << 2, ///< safety items rated moderate or worse
    Adherence = 1u << 3, ///< doses missed or changed against the plan
    PrescriberNotes = 1u << 4, ///< notes the person marked "for my prescriber"
    DayTable = 1u << 5, ///< the day-by-day table
    NoteExcerpts = 1u << 6, ///< the start of every day's note in the day-by-day table
    WeeklySymptoms = 1u << 7, ///< the weekly symptom table
    PlanSteps = 1u << 8, ///< every step of each plan
    AllSections = (1u << 9) - 1,
};

struct Options
{
    QDate from; ///< first day of the range (inclusive)
    QDate to; ///< last day of the range (inclusive)
    QDate today; ///< "now" for where the person is in a plan; the end of the range when invalid or later
    unsigned sections = AllSections;
    QString name; ///< printed when not empty (off by default)
    QDate birthDate; ///< printed when valid (off by default)
};

/** A drug taken now: the doses of the last day (up to the end of the range) with a dose of it. */
struct DrugNow
{
    qint64 drugId = 0;
    QString name;
    double dailyMg = 0;
    QStringList doses; ///< "25 mg at 08:00", in time order
    QDate lastDay;
    QString equivalent; ///< "about 10 mg diazepam (Ashton, S2)" for benzodiazepines in a table
    QString text; ///< the whole line
};

/** Where the person is in one active plan. */
struct PlanNow
{
    qint64 planId = 0;
    QString drugName;
    QString methodText; ///< "hyperbolic: 5 points of modelled occupancy every 28 days"
    int step = 0; ///< 1-based; 0 before the plan starts
    int stepCount = 0;
    double doseMg = 0;
    QDate stepStart;
    QDate nextChange; ///< invalid when the step is open (held, or the final stop)
    std::optional<double> nextDoseMg;
    bool waitingForRelease = false;
    QStringList holds; ///< "held from 2026-03-02 for 14 days", ...
    QList<planner::Step> steps;
    std::optional<planner::OccupancyFit> fit;
    QString text; ///< one or two sentences
    /** Plans with dose times: one line per step, the amount at each time and which dose changes
     *  ("Step 2, from 2026-03-15: 08:00 0.5 mg · 14:00 0.5 mg · 22:00 0.375 mg — evening (22:00)
     *  dose 0.5 → 0.375 mg; morning and afternoon unchanged"). Empty without dose times. */
    QStringList timesLines;
    /** "Supply for the next 8 weeks (2026-03-15 to 2026-05-09, 56 days, with a 10 % margin)" and one
     *  line per form ("93 × 0.5 mg tablet (halves)"), from the day "now" means (plandocuments). */
    QString supplyHeading;
    QStringList supplyLines;
};

struct SymptomStat
{
    QString key;
    QString name;
    int daysPresent = 0; ///< rated mild or worse
    int daysRated = 0;
    int maxSeverity = 0;
    QDate maxOn; ///< the last day it reached maxSeverity
    double meanWhenPresent = 0;
    QString trend; ///< "rising", "easing", "about the same", "too few ratings to tell"
    QString text;
};

struct SafetyEvent
{
    QDate date;
    QString name;
    int severity = 0;
};

struct Deviation
{
    QDate date;
    QString drugName;
    double plannedMg = 0;
    double takenMg = 0;
};

struct AdherenceDrug
{
    QString drugName;
    int plannedDays = 0; ///< days of the range a plan gave a dose (0 mg included)
    int asPlanned = 0;
    int missed = 0; ///< a dose was planned and the day was logged without any of it
    int higher = 0;
    int lower = 0;
    int notLogged = 0; ///< nothing at all logged that day (not counted as missed)
    QString text;
};

struct DayNote
{
    QDate date;
    QString text;
};

/** One row of the day-by-day table; a run of days with nothing logged is one row (date..endDate). */
struct DayRow
{
    QDate date;
    QDate endDate; ///< equal to date except for a run of days with nothing logged
    bool logged = false;
    QList<std::optional<double>> takenMg; ///< per Summary::drugColumns
    QList<int> doseCount; ///< doses logged that day, per drug column
    QList<std::optional<double>> plannedMg;
    std::optional<double> load;
    std::optional<int> wellbeing;
    std::optional<double> sleepHours;
    QString note; ///< excerpt (empty when note excerpts are off)
    bool forPrescriber = false;
    bool safety = false;
};

struct WeekRow
{
    QDate start;
    QDate end;
    int ratedDays = 0;
    std::optional<double> meanLoad;
    QList<std::optional<double>> meanSeverity; ///< per Summary::weekColumns, over the days it was rated
};

struct Source
{
    QString key; ///< "S1", "user"
    QString text;
};

struct Summary
{
    Options options;
    QDate asOf; ///< the day "now" means (the end of the range, or today when earlier)
    int daysInRange = 0;
    int daysLogged = 0; ///< days with anything recorded
    int daysSymptomsLogged = 0;
    QString loggedText;

    QList<DrugNow> drugsNow;
    QList<PlanNow> plans;
    QStringList switches; ///< a sentence per recorded switch to diazepam active in the range

    /** The whole diary up to the end of the range (the chart shows options.from..to of it). */
    trajectory::Trajectory trajectory;
    trajectory::Waves waves;
    trajectory::ReductionResponse response;
    QStringList reductionsInRange; ///< "2026-10-01: Sertraline 50 → 37.5 mg (plan step 3)"

    QList<SymptomStat> mostFrequent; ///< up to 5, most days present first
    QList<SymptomStat> mostSevere; ///< up to 5, highest severity first
    QList<SafetyEvent> safety;
    QList<AdherenceDrug> adherence;
    QList<Deviation> deviations; ///< the days that were not as planned, oldest first
    QList<DayNote> prescriberNotes;

    QStringList drugColumns;
    QList<DayRow> days;
    QStringList weekColumns; ///< symptom names
    QList<WeekRow> weeks;

    QList<Source> sources;
};

/**
 * The summary's words follow the language installed (context "Report" through
 * QCoreApplication::translate, English without a translator), its numbers and days the default
 * QLocale: the app sets both for its language; `waymark-cli report --lang de` for one run.
 */

/** "Waymark does not give medical advice: ..." — printed on the summary and beside every plan. */
QString noAdviceSentence();
/** "none", "mild", "moderate", "severe", "extreme". */
QString severityName(int severity);
/** "37.5 mg" (up to 4 decimals, no trailing zeros; "37,5 mg" where the default locale writes a comma). */
QString mgText(double mg);
/** A number written with a dot ("2.5") with the default locale's decimal separator instead. */
QString localDecimal(const QString &number);
/** A day as the summary prints it: "2026-03-15" in English, "15.03.2026" in German (DateFormat). */
QString dateText(const QDate &date);
/** The default range, to today: from the day the first plan began, or 3 months back when that is
 *  later (or there is no plan), so a plan begun last week still shows the months before it. */
QPair<QDate, QDate> defaultRange(const Diary &diary, const QDate &today);
/** The library's sources, "S1" to "S5", from SOURCES.md: the citation as published, then our own
 *  words about it in the default language (sourceNotes()). */
QHash<QString, QString> sourceTexts();
/** Our own words that end each source's entry in SOURCES.md, English (translated: context "Source"). */
const QList<std::pair<QString, const char *>> &sourceNotes();

/**
 * Builds the summary for options.from..options.to. Throws waymark::Error(InvalidInput, field
 * "from"/"to") when a day is missing or the range ends before it starts.
 */
Summary buildSummary(const Diary &diary, const Options &options);

} // namespace waymark::report
