// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QtGlobal>

namespace waymark {

const Clock &defaultClock()
{
    static const std::unique_ptr<Clock> clock = []() -> std::unique_ptr<Clock> {
        const QByteArray pinned = qgetenv("WAYMARK_TODAY");
        if (!pinned.isEmpty()) {
            const QDate d = QDate::fromString(QString::fromLatin1(pinned), Qt::ISODate);
            if (d.isValid())
                return std::make_unique<FixedClock>(QDateTime(d, QTime(12, 0)));
        }
        return std::make_unique<SystemClock>();
    }();
    return *clock;
}

} // namespace waymark
