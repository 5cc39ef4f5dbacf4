// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/dosemaker.h"

#include <QLocale>
#include <QString>

namespace waymark::app {

/**
 * A number as the person reads it: planner::formatNumber's rounding (no trailing zeros) with the
 * app locale's decimal separator ("12,5" in German). Only for display: what is stored or exported
 * keeps planner::formatNumber's dot.
 */
inline QString localNumber(double value, int maxDecimals = 3)
{
    return planner::displayNumber(value, maxDecimals);
}

} // namespace waymark::app
