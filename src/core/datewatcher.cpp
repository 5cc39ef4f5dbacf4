// SPDX-License-Identifier: GPL-3.0-or-later
#include "datewatcher.h"

namespace waymark {

DateWatcher::DateWatcher(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_today(clock.today())
{
    // A coarse timer survives suspend badly (it may fire late), so it only triggers a check of the
    // real date; a wake-up is caught by the next tick or by check() on activation.
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DateWatcher::check);
    m_timer.start(kIntervalMs);
}

void DateWatcher::check()
{
    const QDate now = m_clock.today();
    if (now == m_today || !now.isValid())
        return;
    const QDate previous = m_today;
    m_today = now;
    Q_EMIT todayChanged(now, previous);
}

} // namespace waymark
