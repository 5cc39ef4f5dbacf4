// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/schedulecsv.h"

#include "planner/dosemaker.h"
#include "planner/dosetimes.h"

#include <QLocale>
#include <QStringList>

namespace waymark::planner {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString scheduleToCsv(const Schedule &schedule)
{
    QString out = QStringLiteral("step,start_date,end_date,dose_mg,method_dose_mg,occupancy_pct,how_to_make,cut_pct,"
                                 "drop_points,warning,times,change\n");
    for (const Step &s : schedule.steps) {
        const QStringList row {
            QString::number(s.index),
            s.start.toString(Qt::ISODate),
            s.isOpen() ? QString() : s.end.toString(Qt::ISODate),
            formatNumber(s.doseMg),
            formatNumber(s.methodDoseMg),
            s.occupancyPct ? QLocale::c().toString(*s.occupancyPct, 'f', 1) : QString(),
            csvField(s.howToMake),
            s.cutPct ? QLocale::c().toString(*s.cutPct, 'f', 1) : QString(),
            s.dropPoints ? QLocale::c().toString(*s.dropPoints, 'f', 1) : QString(),
            csvField(s.warning.text),
            formatDoseTimes(s.times),
            csvField(s.stepBack ? QStringLiteral("back to the previous dose")
                        + (s.timesChange.isEmpty() ? QString() : QStringLiteral(": ") + s.timesChange)
                                : s.timesChange),
        };
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace waymark::planner
