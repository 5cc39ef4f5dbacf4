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
    QString s = planner::formatNumber(value, maxDecimals);
    const QString point = QLocale().decimalPoint();
    if (point != QLatin1String("."))
        s.replace(QLatin1Char('.'), point);
    if (value < 0 && QLocale().negativeSign() != QLatin1String("-"))
        s.replace(QLatin1Char('-'), QLocale().negativeSign());
    return s;
}

} // namespace waymark::app
