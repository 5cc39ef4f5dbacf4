// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace waymark {
class Diary;
}

namespace waymark::report {

/**
 * A short plain-text drug history for a new clinician or a tapering forum: for each drug, the
 * first logged day and dose, the date and doses of each change that held (the trajectory model's
 * reductions and switch stages, and rises found the same way), and the dose taken on the last
 * logged day up to asOf. Ends with the sentence that Waymark does not give medical advice.
 */
QString drugHistoryText(const Diary &diary, const QDate &asOf);

} // namespace waymark::report
