// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"

#include <QDate>
#include <memory>

namespace waymark {
class Diary;
struct Drug;
} // namespace waymark

namespace waymark::cli {

// commands_diary.cpp
int cmdInit(const Args &args);
int cmdDemo(const Args &args);
int cmdCheck(const Args &args);
int cmdPasswd(const Args &args);

// commands_drug.cpp
int cmdDrugAdd(const Args &args);
int cmdDrugList(const Args &args);
int cmdFormulationAdd(const Args &args);
int cmdSymptoms(const Args &args);

// commands_log.cpp
int cmdLogDose(const Args &args);
int cmdLogSymptom(const Args &args);
int cmdLogDay(const Args &args);
int cmdShow(const Args &args);

// commands_plan.cpp
int cmdPlan(const Args &args);
int cmdPlanSave(const Args &args);
int cmdPlanEquivalents(const Args &args);

// commands_plan_adjust.cpp
int cmdPlanShow(const Args &args);
int cmdPlanHold(const Args &args);
int cmdPlanPause(const Args &args);
int cmdPlanResume(const Args &args);
int cmdPlanSlow(const Args &args);
int cmdPlanSkip(const Args &args);
int cmdPlanEditStep(const Args &args);
int cmdPlanArchive(const Args &args);
int cmdPlanBack(const Args &args);

// commands_plan_daily.cpp
int cmdPlanSupply(const Args &args);
int cmdPlanCalendar(const Args &args);

// commands_plan_switch.cpp
int cmdPlanSwitchRecord(const Args &args);
int cmdPlanSwitchShow(const Args &args);
int cmdPlanSwitchEnd(const Args &args);
int cmdPlanSwitchArchive(const Args &args);

/** The taper-plan commands' table entries (commands_plan_table.cpp), appended to cli.cpp's table. */
QList<Command> planCommands();

// commands_trajectory.cpp
int cmdTrajectory(const Args &args);
/** The "trajectory" command's table entry, appended to cli.cpp's table. */
QList<Command> trajectoryCommands();

// commands_exchange.cpp
int cmdExport(const Args &args);
int cmdImport(const Args &args);
int cmdBackup(const Args &args);
int cmdRestore(const Args &args);
/** export, import, backup, restore: table entries appended to cli.cpp's table. */
QList<Command> exchangeCommands();
// commands_report.cpp
int cmdReport(const Args &args);
int cmdHistoryText(const Args &args);
/** The "report" and "history-text" table entries, appended to cli.cpp's table. */
QList<Command> reportCommands();

// Shared helpers (commands_diary.cpp)

/** A day typed on the command line: YYYY-MM-DD, or "today" / "yesterday" (waymark::defaultClock()). */
QDate parseDate(const QString &text, const QString &field = QStringLiteral("date"));
/** A whole number typed on the command line; rejects "2.5", "abc", "nan" naming the field. */
qint64 parseInteger(const QString &text, const QString &field);
/** parseInteger for small numbers (severity, wellbeing...): rejects values beyond +-1,000,000. */
int parseInt(const QString &text, const QString &field);
/** Opens the diary of args with the current passphrase (read-only for show, check, lists). */
std::unique_ptr<Diary> openDiary(const Args &args, bool readOnly);
/**
 * The note of --note TEXT, --note - (standard input, after the passphrase's line when that is piped
 * too) or --note-file FILE, checked with validate::note; nullopt when none was given. Reading it
 * from a file or standard input keeps it off the command line (ps, shell history).
 */
std::optional<QString> noteFrom(const Args &args, const QString &field = QStringLiteral("note"));
/** The diary's drug of that name (any case), or Error(NotFound) that does not repeat the name. */
Drug requireDrug(const Diary &diary, const QString &name);
/** Error(AlreadyExists) when path exists: a new diary never replaces a file. */
void refuseExisting(const QString &path);

} // namespace waymark::cli
