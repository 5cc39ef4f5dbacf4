// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace waymark {

/** A day inside a message for people: the default locale's "d MMM yyyy" (context DateFormat:
 *  "16 Dec 2025", in German "16. Dez. 2025"), but ISO ("2025-12-16") where the default locale is C
 *  (waymark-cli and the core tests keep it). */
QString messageDate(const QDate &date);

} // namespace waymark
