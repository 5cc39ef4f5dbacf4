// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <QDate>
#include <QObject>
#include <QTimer>

namespace waymark {

/**
 * Says when the local date changes: at midnight, after the machine wakes from sleep, after a
 * time-zone change. It asks the injected clock (so WAYMARK_TODAY and test clocks are honoured)
 * once a minute and whenever check() is called (the app calls it when it becomes active again).
 */
class DateWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 60 * 1000;

    explicit DateWatcher(const Clock &clock, QObject *parent = nullptr);

    QDate today() const { return m_today; }
    /** Reads the clock now; emits todayChanged if the date is not the one last seen. */
    void check();
    /** Length of the regular check; tests shorten it. */
    void setIntervalMs(int ms) { m_timer.start(ms); }

Q_SIGNALS:
    void todayChanged(const QDate &today, const QDate &previous);

private:
    const Clock &m_clock;
    QDate m_today;
    QTimer m_timer;
};

} // namespace waymark
