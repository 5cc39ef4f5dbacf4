// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

/**
 * When the open diary should lock by itself: after the chosen time without input, counted on the
 * wall clock (so a laptop that slept for an hour locks as it wakes; the monotonic timer stops
 * during sleep) and on the monotonic timer (so a clock set back does not postpone it); and, if
 * the person chose so, as soon as the app is hidden or minimised. Session owns it and locks when
 * it says lockDue.
 */
class IdleLock : public QObject
{
    Q_OBJECT

public:
    enum class Reason { Idle, Hidden };

    explicit IdleLock(const waymark::Clock &clock, QObject *parent = nullptr);

    /** Minutes without input before locking; 0 never. */
    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    void setLockWhenHidden(bool on) { m_whenHidden = on; }
    bool lockWhenHidden() const { return m_whenHidden; }

    /** Starts watching (a diary was opened): input now counts as the last use. */
    void start();
    /** Stops watching (the diary was locked). */
    void stop();
    bool isWatching() const { return m_watching; }

    /** Reads both clocks now; emits lockDue(Idle) when the idle time has passed. */
    void check();
    /** The application became active, inactive, hidden...: checks the idle time, and locks when hidden if chosen. */
    void applicationStateChanged(Qt::ApplicationState state);

    /** Tests: the length of one "minute" in ms, and how often the clocks are read. */
    void setMinuteMs(int ms);
    static constexpr int kTickMs = 15 * 1000;

Q_SIGNALS:
    void lockDue(IdleLock::Reason reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void used();
    void hiddenMaybe();

    const waymark::Clock &m_clock;
    int m_minutes = 5;
    bool m_whenHidden = false;
    bool m_watching = false;
    int m_minuteMs = 60 * 1000;
    QDateTime m_lastUse; ///< wall clock (the injected clock), UTC
    QElapsedTimer m_sinceUse; ///< monotonic
    QTimer m_tick;
};
