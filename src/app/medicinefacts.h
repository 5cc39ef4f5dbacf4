// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h"

#include <QDate>
#include <QString>
#include <optional>

/**
 * What the app says about one medicine, shared by Settings and the new-plan dialog: the dose the
 * person takes now, and each library number with its source (half-life, the occupancy fit and its
 * caveat). No diary content is ever logged from here.
 */
namespace waymark::app {

/** The dose taken now: what the person said (Settings) or the total of the last day they logged it. */
struct DoseNow
{
    double mg = 0;
    QDate date; ///< the day it was said or logged
    bool fromLog = false; ///< the last logged day's total (newer than what was said)
};

/** The settings key that keeps the dose the person said they take now ("mg;YYYY-MM-DD"). Kept in
 *  the encrypted diary's settings table, so no schema change is needed. */
QString doseNowKey(qint64 drugId);
/** The newer of what the person said and the last logged day's total up to today (a logged day on
 *  the day it was said wins: it records what was taken). */
std::optional<DoseNow> doseNow(const Diary &diary, qint64 drugId);
/** The dose-now setting's value ("mg;date") after checking the drug and the amount. */
QString doseNowSetting(const Diary &diary, qint64 drugId, double mg);
/** Saves what the person said, dated today. mg 0: not taking it now. Throws InvalidInput ("doseNow"). */
void setDoseNow(Diary &diary, qint64 drugId, double mg);

/** "Sørensen et al. 2022" for "S1" ... (short names of the sources in SOURCES.md). */
QString sourceShortName(const QString &key);
/** "half-life 35 h (product labelling, S5)"; empty when none is known. */
QString halfLifeText(const Drug &drug);
/** The source of the half-life: S5 when the drug has it, else S4, else S2 (Ashton's table lists them). */
QString halfLifeSource(const Drug &drug);
/** Whether the fit is the person's own values (not the library's S1 values). */
bool fitIsPersonal(const Drug &drug);
/** "Modelled effect on the serotonin transporter (occupancy): Emax 84 %, ED50 2.33 mg — from S1 (...)". */
QString fitText(const Drug &drug);
/** For a chart's label: "modelled occupancy (S1, Sørensen et al. 2022)" or "modelled occupancy (your
 *  values)"; empty without a fit. */
QString fitSourceText(const Drug &drug);
/** A caveat about the library's fit for this drug (e.g. another source's citalopram ED50). */
QString fitNote(const Drug &drug);

} // namespace waymark::app
