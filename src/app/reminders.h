// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QTime>
#include <QTimer>

class DiaryWatcher;
class ReminderNotifier;

/**
 * The daily "How was today?" reminder and the dose reminder (only while a plan or switch gives a
 * dose today), each at a time the person chooses. Reaches the platform through a
 * ReminderNotifier, never knowing which: on desktops the app shows a due reminder through the
 * notification service (DesktopNotifier), else as a quiet prompt inside the app (promptText); on
 * phones (AndroidNotifier, IosNotifier) the system shows it at its time, and this class only
 * tells the system when a reminder is turned on or off, its time changes, the dose reminder starts
 * or stops waiting for a plan, or the language changes (the texts are set with it). Their texts
 * are fixed: never diary content or medicine names, since a notification can show on a lock
 * screen.
 *
 * The choices are kept on this device (QSettings group "reminders"), not in the diary, because
 * reminders come while the diary is locked; so is whether a plan gave a dose the last time the
 * diary was open (reminders/planActive: a yes or no, nothing else). On Linux a reminder comes
 * while the app runs (open or in the background); one missed by more than three hours (the app
 * was closed) is not shown late.
 */
class Reminders : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool dailyEnabled READ dailyEnabled WRITE setDailyEnabled NOTIFY settingsChanged)
    Q_PROPERTY(QString dailyTime READ dailyTime NOTIFY settingsChanged)
    Q_PROPERTY(bool doseEnabled READ doseEnabled WRITE setDoseEnabled NOTIFY settingsChanged)
    Q_PROPERTY(QString doseTime READ doseTime NOTIFY settingsChanged)
    /** A plan or switch gave a dose today when the diary was last open (the dose reminder waits for one). */
    Q_PROPERTY(bool planActive READ planActive NOTIFY planActiveChanged)
    /** The in-app prompt, when a reminder came and no notification service showed it; else empty. */
    Q_PROPERTY(QString promptText READ promptText NOTIFY promptChanged)
    /** The system shows reminders at their time even while Waymark is closed (phones). */
    Q_PROPERTY(bool comesWhenClosed READ comesWhenClosed CONSTANT)
    /** False when the system would not show Waymark's notifications (refused or turned off there). */
    Q_PROPERTY(bool notificationsAllowed READ notificationsAllowed NOTIFY notificationsAllowedChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)

public:
    enum Kind { Daily = 0, Dose = 1 }; // the same numbers as org.waymark.app.Reminders (Android)
    Q_ENUM(Kind)

    /** notifier: nullptr for this platform's (ReminderNotifier::createForPlatform). */
    Reminders(const waymark::Clock &clock, ReminderNotifier *notifier = nullptr, QObject *parent = nullptr);
    ~Reminders() override;

    /** QML's singleton: the one main() made, else one on the Session's clock. */
    static Reminders *create(QQmlEngine *, QJSEngine *);

    bool dailyEnabled() const { return m_enabled[Daily]; }
    void setDailyEnabled(bool on) { setEnabled(Daily, on); }
    QString dailyTime() const { return timeText(Daily); }
    bool doseEnabled() const { return m_enabled[Dose]; }
    void setDoseEnabled(bool on) { setEnabled(Dose, on); }
    QString doseTime() const { return timeText(Dose); }
    bool planActive() const { return m_planActive; }
    QString promptText() const { return m_prompt; }
    bool comesWhenClosed() const;
    bool notificationsAllowed() const;
    QString errorText() const { return m_errorText; }
    QString errorField() const { return m_errorField; }

    /** The time of a reminder as typed ("20:00", "8 pm"); false with errorText when it is not a time. */
    Q_INVOKABLE bool setTime(Kind kind, const QString &text);
    Q_INVOKABLE void dismissPrompt();
    /** Shows every reminder that is due now and not yet shown today. Runs every 30 s. Does nothing
     *  where the system shows them (phones). */
    Q_INVOKABLE void check();

    /** The fixed texts (title, body) of a kind: the only words a reminder ever shows. */
    static QString title(Kind kind);
    static QString body(Kind kind);

Q_SIGNALS:
    void settingsChanged();
    void planActiveChanged();
    void promptChanged();
    void notificationsAllowedChanged();
    void errorChanged();
    /** A reminder came (as a notification or as the in-app prompt). */
    void reminded(Reminders::Kind kind, bool asNotification);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setEnabled(Kind kind, bool on);
    /** Tells the notifier whether and when the reminder of a kind is on now. */
    void schedule(Kind kind);
    QString timeText(Kind kind) const;
    void markShownIfPassed(Kind kind);
    void fire(Kind kind);
    void updatePlanActive();
    void setError(const QString &text, const QString &field);

    const waymark::Clock &m_clock;
    ReminderNotifier *m_notifier;
    DiaryWatcher *m_watcher;
    QTimer m_tick;
    bool m_enabled[2] = { false, false };
    QTime m_time[2];
    QDate m_lastShown[2];
    bool m_planActive = false;
    QString m_prompt;
    QString m_errorText;
    QString m_errorField;
};
