// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/crossover.h"

#include <QList>
#include <QString>

namespace waymark::planner {

/** Which dose time a stage of a switch by dose times replaces, in the default language ("evening
 *  (22:00) dose 0.5 mg → 10 mg diazepam; morning and afternoon unchanged"). Made again whenever a
 *  stored switch is read (Diary), so it follows the app's language; the text stored with the
 *  switch (English in older diaries) is only the fallback. Empty for a stage that does not fit the
 *  dose times. */
QString stageChangeText(const QList<DoseTime> &doseTimes, const CrossoverStage &stage);

} // namespace waymark::planner
