// SPDX-License-Identifier: GPL-3.0-or-later
// The taper-plan commands' entries in the command table (cli.cpp appends them to its own).
#include "commands.h"

namespace waymark::cli {

namespace {

const QString kDateHelp = QStringLiteral("the day: YYYY-MM-DD, or \"today\" or \"yesterday\"");

Option planOption(const char *name, const char *valueName, const char *help, bool repeatable = false)
{
    return { QLatin1String(name), QLatin1String(valueName), QString::fromUtf8(help), repeatable };
}

Option planIdOption()
{
    return planOption("plan", "ID", "the plan's number, as \"plan show\" lists it");
}

/** The options that describe a schedule: shared by "plan" and "plan save". */
QList<Option> scheduleOptions(bool diary)
{
    return {
        planOption("drug", "NAME",
            diary ? "the drug, as in \"drug list\" (its formulations and fit are the plan's defaults)"
                  : "the drug; a library drug brings its tablet strengths and occupancy fit"),
        planOption("method", "M", "linear, percent, hyperbolic or custom (default: the step option's)"),
        planOption("from-mg", "X", "the dose taken now, in mg: step 1, exactly (the forms must make it)"),
        planOption("step-mg", "X", "linear: mg cut at each step"),
        planOption("step-percent", "P", "percent: % of the previous step's dose cut at each step (0 < P < 100)"),
        planOption("step-points", "P", "hyperbolic: percentage points of modelled occupancy cut at each step"),
        planOption("dose", "DATE=MG", "custom: from DATE take MG mg, e.g. 2026-02-02=15; dates in order", true),
        planOption("interval-days", "N", "days per step (default 28); custom: the length of a last step above 0"),
        planOption("start", "D", "the first day of the plan (default today): YYYY-MM-DD or \"today\""),
        planOption("final-mg", "X", "stop (0 mg) once the method's dose falls below X mg (default 0)"),
        planOption(
            "tablet", "MG[:PARTS]", "a tablet of MG mg; PARTS 2 = halves, 4 = quarters (default 1 = whole)", true),
        planOption("tablet-mr", "MG", "a modified-release tablet of MG mg (never split)", true),
        planOption(
            "capsule", "MG[:BEADS]", "a capsule of MG mg; BEADS: beads per capsule, if they can be counted", true),
        planOption("liquid", "MG_PER_ML[:SYRINGE_ML]",
            "a liquid of MG_PER_ML mg/mL; SYRINGE_ML: smallest syringe step (default 0.1)", true),
        planOption("max-units", "N", "at most N tablets or capsules in one dose (1 to 6, default 3)"),
        planOption("times", "T=MG,...",
            "the dose times and the amount at each, e.g. 08:00=0.5,14:00=0.5,22:00=0.5 (their sum is the day's "
            "dose; --from-mg may be left out)"),
        planOption("spread", "S",
            "with --times: one-at-a-time (default: each step cuts one dose time, the largest) or even (all in "
            "proportion)"),
        planOption("emax", "P", "occupancy fit: Emax in % (with --ed50; replaces the library's fit)"),
        planOption("ed50", "MG", "occupancy fit: ED50 in mg (with --emax)"),
    };
}

const QString kScheduleDetails = QStringLiteral(
    "Methods (--method, or the one the step option implies):\n"
    "  linear      --step-mg X        the same number of mg each step\n"
    "  percent     --step-percent P   each step P % below the previous one (with --final-mg)\n"
    "  hyperbolic  --step-points P    equal drops of modelled receptor occupancy; needs a fit\n"
    "                                 (the library's, source S1, or --emax and --ed50)\n"
    "  custom      --dose DATE=MG ... the doses and dates a prescriber wrote down\n"
    "Step 1 is exactly --from-mg; when the forms cannot make it the plan is refused (exit 1), naming\n"
    "the forms that would. Later doses are rounded to what the formulations can make and never go up;\n"
    "how_to_make says how. Formulations (--tablet, --tablet-mr, --capsule, --liquid) can be combined\n"
    "and repeated, e.g. --tablet 20:2 --liquid 2:0.1 (20 mg tablets in halves and a 2 mg/mL liquid,\n"
    "0.1 mL syringe); they replace the library's.\n"
    "CSV columns: step,start_date,end_date,dose_mg,method_dose_mg,occupancy_pct,how_to_make,\n"
    "cut_pct,drop_points,warning,times,change (end_date empty: open-ended; occupancy_pct is modelled, not measured,\n"
    "and empty without a fit; cut_pct: % of the previous step's dose; drop_points: modelled occupancy\n"
    "points dropped). A step that cuts more than 1.5 times what was asked (percent: % of the previous\n"
    "dose; hyperbolic: points; linear: mg; custom: the letter's own cut) has a warning saying why and\n"
    "which form would make the doses in between; the stop from (about) --final-mg of a percent or\n"
    "linear plan is its normal end. Standard error has a summary line with the options to re-run with,\n"
    "a note for each step kept longer than the interval, and the method's guidance with its source.\n"
    "With --times each step gives the amount at each time (times: 08:00=0.5;14:00=0.5;22:00=0.375) and\n"
    "which dose changes (change: \"evening (22:00) dose 0.5 → 0.375 mg; morning and afternoon unchanged\");\n"
    "each amount is made with the forms on its own (--max-units counts per dose time) and never rises.\n"
    "A schedule is a proposal to agree with your prescriber; Waymark does not give medical advice.");

} // namespace

QList<Command> planCommands()
{
    using D = Command::DiaryUse;
    QList<Option> planOnly = scheduleOptions(false);
    planOnly << planOption("json", "", "print JSON instead of CSV");
    QList<Option> save = scheduleOptions(true);
    save << planOption("note", "TEXT", "a note kept with the plan (optional; - reads it from standard input)")
         << planOption("note-file", "FILE", "read the note from FILE instead")
         << planOption("json", "", "print JSON instead of text and CSV");
    const QString dateOption = QStringLiteral("date");

    return {
        { QStringLiteral("plan"),
            QStringLiteral("--drug NAME (--from-mg X --step-mg X|--step-percent P|--step-points P | --dose DATE=MG...) "
                           "[OPTIONS]"),
            QStringLiteral("Compute a taper schedule (no diary) and print it as CSV"),
            QStringLiteral("Computes the schedule without a diary (\"plan save\" stores one in a diary).\n"
                           "Without --tablet, --capsule or --liquid a library drug's usual strengths are used\n"
                           "(tablets in halves where the library says they may be split); a drug not in the\n"
                           "library needs its formulations, and --emax and --ed50 for a hyperbolic plan.\n")
                + kScheduleDetails,
            planOnly, 0, 0, D::None, false, cmdPlan },
        { QStringLiteral("plan save"),
            QStringLiteral("--drug NAME (...as for \"plan\") [--note TEXT | --note-file FILE]"),
            QStringLiteral("Store a taper plan in the diary and print its schedule"),
            QStringLiteral(
                "Takes the options of \"plan\". The drug must be in the diary; its visible formulations and\n"
                "occupancy fit are used unless formulation options or --emax/--ed50 are given (they\n"
                "replace them for this plan). A drug has at most one active plan. Prints \"Saved plan ID\n"
                "...\" on the first line, then the schedule as CSV.\n")
                + kScheduleDetails,
            save, 0, 0, D::Required, true, cmdPlanSave },
        { QStringLiteral("plan show"), QStringLiteral("[--plan ID] [--all] [--csv | --json]"),
            QStringLiteral("List the plans, their status and schedules, and today's planned doses"),
            QStringLiteral(
                "Opens the diary read-only. For each active plan (and archived ones with --all): its\n"
                "number, drug, method and start, where it stands today (e.g. \"step 3 of 9, 8 mg until\n"
                "2026-03-29\", \"held until released\"), and its schedule as CSV; then the doses the\n"
                "plans ask for today. --csv prints only the CSV of the plan given with --plan.\n"
                "JSON keys: today, plans [{id, drug, method, start_date, archived, ended_on, note, status,\n"
                "fit, waiting_for_release, warnings, suggestion, steps [{step, start_date, end_date, dose_mg,\n"
                "method_dose_mg, occupancy_pct, how_to_make, held_days, edited, cut_pct, drop_points,\n"
                "asked_cut, warning {kind, cause, text}, merged_note}]}], planned_doses [{plan, drug,\n"
                "dose_mg, how_to_make, step, step_count, step_start, step_end, occupancy_pct, switch, conflict}]\n"
                "(a switch to diazepam's doses have switch set; conflict: another source gives the same drug\n"
                "that day, and the doses are not added up)."),
            { planIdOption(), planOption("all", "", "include archived plans"),
                planOption("csv", "", "print only the schedule CSV of the plan given with --plan"),
                planOption("json", "", "print JSON instead of text") },
            0, 0, D::Required, true, cmdPlanShow },
        { QStringLiteral("plan hold"), QStringLiteral("--plan ID [--date D] (--days N | --until-released)"),
            QStringLiteral("Stay longer at the dose in force on a day"),
            QStringLiteral("Extends the step in force on D by N days; every later step moves N days. With\n"
                           "--until-released the later steps wait until \"plan resume\". Prints the new schedule."),
            { planIdOption(), { dateOption, QStringLiteral("D"), kDateHelp + QStringLiteral(" (default today)") },
                planOption("days", "N", "how many days to hold (1 to 3650)"),
                planOption("until-released", "", "hold until \"plan resume\"") },
            0, 0, D::Required, true, cmdPlanHold },
        { QStringLiteral("plan pause"), QStringLiteral("--plan ID [--date D] (--days N | --until-resumed)"),
            QStringLiteral("Pause the whole plan from a day"),
            QStringLiteral("As \"plan hold\"; before the plan starts, a pause of N days moves the start."),
            { planIdOption(), { dateOption, QStringLiteral("D"), kDateHelp + QStringLiteral(" (default today)") },
                planOption("days", "N", "how many days to pause (1 to 3650)"),
                planOption("until-resumed", "", "pause until \"plan resume\"") },
            0, 0, D::Required, true, cmdPlanPause },
        { QStringLiteral("plan resume"), QStringLiteral("--plan ID [--date D]"),
            QStringLiteral("End a hold or pause that was until released"),
            QStringLiteral("The hold becomes one of (D - the day it began) days; the rest of the step and the later\n"
                           "steps follow. Prints the new schedule."),
            { planIdOption(), { dateOption, QStringLiteral("D"), kDateHelp + QStringLiteral(" (default today)") } }, 0,
            0, D::Required, true, cmdPlanResume },
        { QStringLiteral("plan slow"),
            QStringLiteral("--plan ID [--from D] [--interval-days N] [--step-mg X|--step-percent P|--step-points P]"),
            QStringLiteral("Change the pace (interval, step size) after the step in force on a day"),
            QStringLiteral("From the step after the one in force on D (default today) the plan goes on with the new\n"
                           "interval and/or step size; the step option must be the plan's method's. Slower or faster\n"
                           "alike. Prints the new schedule."),
            { planIdOption(),
                planOption("from", "D", "the day (default today): YYYY-MM-DD, \"today\" or \"yesterday\""),
                planOption("interval-days", "N", "the new number of days per step"),
                planOption("step-mg", "X", "linear plans: the new mg per step"),
                planOption("step-percent", "P", "percent plans: the new % per step"),
                planOption("step-points", "P", "hyperbolic plans: the new occupancy points per step") },
            0, 0, D::Required, true, cmdPlanSlow },
        { QStringLiteral("plan skip"), QStringLiteral("--plan ID [--date D]"),
            QStringLiteral("Start the next step on a day"),
            QStringLiteral("The step in force on D ends the day before; the next step begins on D (default today)."),
            { planIdOption(), { dateOption, QStringLiteral("D"), kDateHelp + QStringLiteral(" (default today)") } }, 0,
            0, D::Required, true, cmdPlanSkip },
        { QStringLiteral("plan edit-step"), QStringLiteral("--plan ID --step N --mg X [--date D]"),
            QStringLiteral("Set the dose of a future step"),
            QStringLiteral("Step N (as \"plan show\" numbers it now) must begin on or after D (default today). The\n"
                           "dose is rounded to what the formulations make and must stay below the step before;\n"
                           "--mg 0 stops at that step."),
            { planIdOption(), planOption("step", "N", "the step's number"), planOption("mg", "X", "the new dose in mg"),
                { dateOption, QStringLiteral("D"), QStringLiteral("the day of the change (default today)") } },
            0, 0, D::Required, true, cmdPlanEditStep },
        { QStringLiteral("plan back"),
            QStringLiteral("--plan ID [--date D] (--days N | --until-released) --prescriber-agreed"),
            QStringLiteral("Go back to the previous step's dose, as your prescriber agreed"),
            QStringLiteral("From D (default today) the dose of the step before the one in force, for N days or until\n"
                           "\"plan resume\"; then the plan continues from the step that was in force (its cut is\n"
                           "taken again, for a whole step). Waymark never proposes this; record it once your\n"
                           "prescriber agreed. Charts show it as an increase. Prints the new schedule."),
            { planIdOption(), { dateOption, QStringLiteral("D"), kDateHelp + QStringLiteral(" (default today)") },
                planOption("days", "N", "how many days at the previous dose (1 to 3650)"),
                planOption("until-released", "", "until \"plan resume\""),
                planOption("prescriber-agreed", "", "confirms that your prescriber agreed (required)") },
            0, 0, D::Required, true, cmdPlanBack },
        { QStringLiteral("plan supply"),
            QStringLiteral("--plan ID [--weeks W] [--margin P [--save-margin]] [--date D] [--json]"),
            QStringLiteral("What to ask the pharmacy for: the current step, the next W weeks, the whole plan"),
            QStringLiteral(
                "Counts the tablets of each strength, capsules and mL of liquid the plan's doses use from D\n"
                "(default today): to the end of the step in force, for the next W weeks (default 8), and to the\n"
                "end of the plan, plus a margin (default: the diary's, else 10 %; --save-margin keeps P as the\n"
                "diary's). A piece of a split tablet is taken at a later dose, and a piece left over still\n"
                "needs a whole tablet; a capsule opened to count beads is one capsule a dose; mL are rounded up.\n"
                "JSON keys: plan, drug, date, weeks, current_step, next_weeks, whole_plan, each {from, to, days,\n"
                "margin_pct, open_ended, note, lines [{form, unit, used, amount, text}]}."),
            { planIdOption(), planOption("weeks", "W", "how many weeks ahead (1 to 104, default 8)"),
                planOption("margin", "P", "extra, in % (0 to 100)"),
                planOption("save-margin", "", "keep --margin as the diary's margin"),
                { dateOption, QStringLiteral("D"), kDateHelp + QStringLiteral(" (default today)") },
                planOption("json", "", "print JSON instead of text") },
            0, 0, D::Required, true, cmdPlanSupply },
        { QStringLiteral("plan calendar"), QStringLiteral("--plan ID --out FILE.ics [--details]"),
            QStringLiteral("Write the plan's step dates as an iCalendar file"),
            QStringLiteral(
                "Writes an iCalendar (RFC 5545) file with an all-day event at each step's start and at the last\n"
                "day of each hold. Titles are neutral (\"Waymark: step 3 begins\") because calendars sync to\n"
                "other services; --details adds the drug, the dose at each time and how to make it. UIDs are\n"
                "stable, so importing the file again after the plan changed replaces the old events."),
            { planIdOption(), planOption("out", "FILE", "the file to write (replaced if it exists)"),
                planOption("details", "", "put the drug and doses in the events") },
            0, 0, D::Required, true, cmdPlanCalendar },
        { QStringLiteral("plan archive"), QStringLiteral("--plan ID"), QStringLiteral("Archive a plan"),
            QStringLiteral("An archived plan stays in the diary (\"plan show --all\") but asks for no doses, and the\n"
                           "drug can have a new plan."),
            { planIdOption() }, 0, 0, D::Required, true, cmdPlanArchive },
        { QStringLiteral("plan equivalents"), QStringLiteral("--drug NAME --mg X [--json]"),
            QStringLiteral("Diazepam equivalents of a benzodiazepine dose, per table"),
            QStringLiteral("Prints the equivalent diazepam dose under each published table that lists the drug:\n"
                           "Ashton (S2; S4 where NHS Scotland's adaptation fills a gap) and VA/DoD 2021 (S3).\n"
                           "The tables differ, up to 2 times for some drugs: agree any switch with your prescriber.\n"
                           "JSON keys: drug, mg, equivalents [{source, label, diazepam_mg, mg_per_10mg_diazepam}]."),
            { planOption("drug", "NAME", "a drug of the built-in library"), planOption("mg", "X", "the dose in mg"),
                planOption("json", "", "print JSON instead of text") },
            0, 0, D::None, false, cmdPlanEquivalents },
        { QStringLiteral("plan switch record"),
            QStringLiteral("--drug NAME --mg X --stages N --table S2|S3|S4 --prescriber-agreed [--interval-days N] "
                           "[--start D] [--end-plans | --archive-plans] [--note TEXT | --note-file FILE] [--json]"),
            QStringLiteral("Record a switch to diazepam in stages, once your prescriber agreed"),
            QStringLiteral(
                "Replaces the dose of a benzodiazepine or z-drug with diazepam in N stages (2 to 12) of\n"
                "--interval-days days each (default 14), using one equivalence table: S2 Ashton, S3 VA/DoD\n"
                "2021, S4 NHS Scotland (\"plan equivalents\" shows which list the drug). Each stage's doses\n"
                "are made from the drug's forms in the diary and diazepam's (2, 5 and 10 mg tablets in\n"
                "halves until the diary has its own): the old drug is rounded to the nearest makeable dose,\n"
                "diazepam down, so no stage's total goes above the table's value. Refused when the forms\n"
                "cannot make the stages (the message says how many they can, and which form would help).\n"
                "A switch and a plan never overlap: while the drug or diazepam has an active plan, give\n"
                "--end-plans (its last day becomes the day before the switch) or --archive-plans. After the\n"
                "last stage, diazepam alone at the final dose until a diazepam plan (which starts the day\n"
                "after the last stage, from that dose) takes over. Prints the stages as CSV:\n"
                "stage,start_date,end_date,from_mg,from_how_to_make,diazepam_mg,diazepam_how_to_make,\n"
                "total_as_diazepam_mg. JSON keys as for \"plan switch show\"'s switches."),
            { planOption("drug", "NAME", "the drug to switch from, as in \"drug list\""),
                planOption("mg", "X", "the daily dose taken now, in mg"),
                planOption("stages", "N", "how many stages, 2 to 12"),
                planOption("interval-days", "N", "days per stage, 1 to 90 (default 14)"),
                planOption("start", "D", "the first day of stage 1 (default today): YYYY-MM-DD or \"today\""),
                planOption("table", "S", "the equivalence table: S2, S3 or S4"),
                planOption("prescriber-agreed", "", "confirms that your prescriber agreed to this switch (required)"),
                planOption("end-plans", "", "end the drug's or diazepam's active plan the day before the switch"),
                planOption("archive-plans", "", "archive the drug's or diazepam's active plan"),
                planOption("note", "TEXT", "a note kept with the switch (optional; - reads it from standard input)"),
                planOption("note-file", "FILE", "read the note from FILE instead"),
                planOption("json", "", "print JSON instead of text") },
            0, 0, D::Required, true, cmdPlanSwitchRecord },
        { QStringLiteral("plan switch show"), QStringLiteral("[--switch ID] [--all] [--json]"),
            QStringLiteral("List the switches to diazepam, their stages, and today's planned doses"),
            QStringLiteral("Opens the diary read-only. For each switch (archived ones with --all or --switch): its\n"
                           "number, status, the table used and the other tables' figures with their sources, and the\n"
                           "stages as CSV with both drugs' doses and how to make them; then the doses planned for\n"
                           "today. Two sources giving one drug on one day are shown as a CONFLICT, never added up.\n"
                           "JSON keys: today, switches [{id, drug, dose_mg, table {source, label, diazepam_mg,\n"
                           "mg_per_10mg_diazepam}, tables [...], stage_count, interval_days, start_date, last_day,\n"
                           "final_diazepam_mg, stages [{stage, start_date, end_date, from_mg, from_how_to_make,\n"
                           "diazepam_mg, diazepam_how_to_make, total_as_diazepam_mg}], status, active, ended_on,\n"
                           "archived, confirmed_at, problem}], planned_doses [{drug, dose_mg, how_to_make, source,\n"
                           "plan, switch, conflict, conflict_text}]."),
            { planOption("switch", "ID", "only this switch"), planOption("all", "", "include archived switches"),
                planOption("json", "", "print JSON instead of text") },
            0, 0, D::Required, true, cmdPlanSwitchShow },
        { QStringLiteral("plan switch end"), QStringLiteral("--switch ID [--date D]"),
            QStringLiteral("End a switch: it asks for no doses after its last day"),
            QStringLiteral("D (default today) becomes the switch's last day; the doses it asked for until then stay\n"
                           "as they were. An ended switch no longer holds back plans of either drug."),
            { planOption("switch", "ID", "the switch's number, as \"plan switch show\" lists it"),
                { dateOption, QStringLiteral("D"), kDateHelp + QStringLiteral(" (the last day; default today)") } },
            0, 0, D::Required, true, cmdPlanSwitchEnd },
        { QStringLiteral("plan switch archive"), QStringLiteral("--switch ID"), QStringLiteral("Archive a switch"),
            QStringLiteral("An archived switch stays in the diary (\"plan switch show --all\") but asks for no doses."),
            { planOption("switch", "ID", "the switch's number, as \"plan switch show\" lists it") }, 0, 0, D::Required,
            true, cmdPlanSwitchArchive },
    };
}

} // namespace waymark::cli
