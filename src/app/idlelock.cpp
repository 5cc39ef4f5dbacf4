// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlelock.h"

#include "applogging.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QWindow>

using namespace waymark;

namespace {

/** True while a window of the app is on screen (visible and not minimised). */
bool anyWindowShowing()
{
    for (QWindow *w : QGuiApplication::topLevelWindows())
        if (w->isVisible() && !(w->windowStates() & Qt::WindowMinimized))
            return true;
    return false;
}

} // namespace

IdleLock::IdleLock(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    connect(&m_tick, &QTimer::timeout, this, &IdleLock::check);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this, &IdleLock::applicationStateChanged);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
    if (m_watching)
        start();
}

void IdleLock::setMinuteMs(int ms)
{
    m_minuteMs = ms;
    if (m_watching)
        start();
}

void IdleLock::start()
{
    m_watching = true;
    used();
    // A tick at most a quarter of the idle time apart, so a lock is never much late.
    if (m_minutes > 0)
        m_tick.start(qMax(10, qMin(kTickMs, m_minutes * m_minuteMs / 4)));
    else
        m_tick.stop();
}

void IdleLock::stop()
{
    m_watching = false;
    m_tick.stop();
}

void IdleLock::used()
{
    m_lastUse = m_clock.now().toUTC();
    m_sinceUse.start();
}

void IdleLock::check()
{
    if (!m_watching || m_minutes <= 0)
        return;
    const qint64 limit = qint64(m_minutes) * m_minuteMs;
    const qint64 wall = m_lastUse.msecsTo(m_clock.now().toUTC());
    const qint64 monotonic = m_sinceUse.elapsed();
    if (wall >= limit || monotonic >= limit) {
        qCInfo(lcApp) << "locking after" << qMax(wall, monotonic) / 1000 << "s without use";
        stop();
        Q_EMIT lockDue(Reason::Idle);
    }
}

void IdleLock::applicationStateChanged(Qt::ApplicationState state)
{
    if (!m_watching)
        return;
    check(); // back from sleep: the wall clock says how long it was
    if (!m_watching)
        return;
    // Inactive is also "another window has the focus": it counts only when no window is showing.
    const bool hidden = state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended
        || (state == Qt::ApplicationInactive && !anyWindowShowing());
    if (hidden)
        hiddenMaybe();
}

void IdleLock::hiddenMaybe()
{
    if (!m_watching || !m_whenHidden)
        return;
    qCInfo(lcApp) << "locking: the app was hidden or minimised";
    stop();
    Q_EMIT lockDue(Reason::Hidden);
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        // Input after a sleep locks first (the idle time passed) instead of restarting the wait.
        // Mouse moves come in floods: those are looked at most every 200 ms (the monotonic timer
        // stops during sleep, so the first move after a wake may be skipped; the next press is not).
        if (m_watching && (event->type() != QEvent::MouseMove || m_sinceUse.elapsed() >= 200)) {
            check();
            if (m_watching)
                used();
        }
        break;
    case QEvent::WindowStateChange:
    case QEvent::Hide:
        if (m_watching && m_whenHidden && qobject_cast<QWindow *>(watched) && !anyWindowShowing())
            hiddenMaybe();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
