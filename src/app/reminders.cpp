// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders.h"
#include "diarywatcher.h"
#include "remindernotifier.h"
#include "session.h"

#include "diary.h"
#include "errors.h"
#include "storedplan.h"
#include "validation.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

using namespace waymark;

namespace {

Reminders *s_instance = nullptr;
/** A reminder missed by more than this (the app was not running) is not shown late. */
constexpr qint64 kLateLimitSecs = qint64(3) * 60 * 60;

QString key(Reminders::Kind kind, const char *what)
{
    return QStringLiteral("reminders/") + (kind == Reminders::Daily ? QStringLiteral("daily") : QStringLiteral("dose"))
        + QLatin1String(what);
}

QString tagOf(Reminders::Kind kind)
{
    return kind == Reminders::Daily ? QStringLiteral("daily") : QStringLiteral("dose");
}

Reminders::Kind kindOf(const QString &tag)
{
    return tag == u"daily" ? Reminders::Daily : Reminders::Dose;
}

} // namespace

Reminders::Reminders(const Clock &clock, ReminderNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_notifier(notifier ? notifier : ReminderNotifier::createForPlatform(this))
    , m_watcher(new DiaryWatcher(this))
{
    if (!s_instance)
        s_instance = this;
    const QSettings settings;
    const QTime defaults[2] = { QTime(20, 0), QTime(9, 0) };
    for (const Kind kind : { Daily, Dose }) {
        m_enabled[kind] = settings.value(key(kind, "")).toBool();
        const QTime time = QTime::fromString(settings.value(key(kind, "Time")).toString(), QStringLiteral("HH:mm"));
        m_time[kind] = time.isValid() ? time : defaults[kind];
        m_lastShown[kind] = QDate::fromString(settings.value(key(kind, "Last")).toString(), Qt::ISODate);
    }
    m_planActive = settings.value(QStringLiteral("reminders/planActive")).toBool();

    connect(m_notifier, &ReminderNotifier::shown, this,
        [this](const QString &tag, uint) { Q_EMIT reminded(kindOf(tag), true); });
    connect(m_notifier, &ReminderNotifier::allowedChanged, this, &Reminders::notificationsAllowedChanged);
    connect(m_notifier, &ReminderNotifier::failed, this, [this](const QString &tag, const QString &) {
        // No notification service (or it refused): the quiet prompt inside the app instead.
        m_prompt = title(kindOf(tag)) + QLatin1Char(' ') + body(kindOf(tag));
        Q_EMIT promptChanged();
        Q_EMIT reminded(kindOf(tag), false);
    });
    m_watcher->onOpened([this] { updatePlanActive(); });
    m_watcher->onChanged([this](const ChangeSet &changes) {
        if (changes.touches({ Change::Kind::Plan, Change::Kind::Switch, Change::Kind::Drug }))
            updatePlanActive();
    });
    m_watcher->onToday([this](const QDate &, const QDate &) { updatePlanActive(); });
    updatePlanActive();

    if (m_notifier->schedulesItself()) {
        // What the system has set may be older than these choices (an update, cleared app data):
        // set both again. The texts are set in the language shown, so again when it changes.
        schedule(Daily);
        schedule(Dose);
        if (QCoreApplication::instance())
            QCoreApplication::instance()->installEventFilter(this);
        return; // no timer of its own: the phone is not woken every 30 s
    }
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &Reminders::check);
    m_tick.start();
}

Reminders::~Reminders()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Reminders *Reminders::create(QQmlEngine *engine, QJSEngine *)
{
    if (s_instance) {
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    const Session *session = Session::instance();
    auto *made = new Reminders(session ? session->clock() : defaultClock(), nullptr, engine);
    QJSEngine::setObjectOwnership(made, QJSEngine::CppOwnership); // the engine (its parent) deletes it
    return made;
}

QString Reminders::title(Kind kind)
{
    return kind == Daily ? tr("How was today?") : tr("Waymark reminder");
}

QString Reminders::body(Kind kind)
{
    return kind == Daily ? tr("A moment to note your day in Waymark.") : tr("The dose reminder you set.");
}

bool Reminders::comesWhenClosed() const
{
    return m_notifier->schedulesItself();
}

bool Reminders::notificationsAllowed() const
{
    return m_notifier->allowed();
}

bool Reminders::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        schedule(Daily);
        schedule(Dose);
    }
    return QObject::eventFilter(watched, event);
}

void Reminders::schedule(Kind kind)
{
    if (!m_notifier->schedulesItself())
        return;
    const bool on = m_enabled[kind] && (kind == Daily || m_planActive);
    const int minuteOfDay = on ? m_time[kind].hour() * 60 + m_time[kind].minute() : -1;
    m_notifier->schedule(kind, minuteOfDay, title(kind), body(kind));
}

QString Reminders::timeText(Kind kind) const
{
    return m_time[kind].toString(QStringLiteral("HH:mm"));
}

void Reminders::setEnabled(Kind kind, bool on)
{
    if (m_enabled[kind] == on)
        return;
    m_enabled[kind] = on;
    QSettings().setValue(key(kind, ""), on);
    if (on) {
        markShownIfPassed(kind);
        m_notifier->askPermission(); // at the moment the person asks for a reminder (Android 13+, iOS)
    }
    schedule(kind);
    Q_EMIT settingsChanged();
}

bool Reminders::setTime(Kind kind, const QString &text)
{
    const QString field = kind == Daily ? QStringLiteral("dailyTime") : QStringLiteral("doseTime");
    try {
        const QTime time = validate::time(text, field);
        setError({}, {});
        if (time == m_time[kind])
            return true;
        m_time[kind] = QTime(time.hour(), time.minute());
        QSettings().setValue(key(kind, "Time"), timeText(kind));
        m_lastShown[kind] = {};
        markShownIfPassed(kind);
        schedule(kind);
        Q_EMIT settingsChanged();
        return true;
    } catch (const Error &e) {
        setError(e.message(), field);
        return false;
    }
}

void Reminders::markShownIfPassed(Kind kind)
{
    // Turned on or moved to a time already past today: the first reminder is tomorrow's.
    const QDateTime now = m_clock.now();
    if (now.time() >= m_time[kind]) {
        m_lastShown[kind] = now.date();
        QSettings().setValue(key(kind, "Last"), now.date().toString(Qt::ISODate));
    }
}

void Reminders::check()
{
    if (m_notifier->schedulesItself())
        return; // the system shows them, also while the app is closed
    const QDateTime now = m_clock.now();
    for (const Kind kind : { Daily, Dose }) {
        if (!m_enabled[kind] || (kind == Dose && !m_planActive))
            continue;
        const QDateTime due(now.date(), m_time[kind]);
        if (now < due || m_lastShown[kind] == now.date())
            continue;
        m_lastShown[kind] = now.date();
        QSettings().setValue(key(kind, "Last"), now.date().toString(Qt::ISODate));
        if (due.secsTo(now) <= kLateLimitSecs)
            fire(kind);
    }
}

void Reminders::fire(Kind kind)
{
    m_notifier->notify(tagOf(kind), title(kind), body(kind));
}

void Reminders::dismissPrompt()
{
    if (m_prompt.isEmpty())
        return;
    m_prompt.clear();
    Q_EMIT promptChanged();
}

void Reminders::updatePlanActive()
{
    const Diary *diary = m_watcher->diary();
    if (!diary)
        return; // locked: keep what the diary said last time
    bool active = false;
    try {
        active = !diary->plannedDoses(m_clock.today()).isEmpty();
    } catch (const Error &) {
        return; // a plan that cannot be computed says nothing either way
    }
    if (active == m_planActive)
        return;
    m_planActive = active;
    QSettings().setValue(QStringLiteral("reminders/planActive"), active);
    schedule(Dose); // the dose reminder waits while no plan gives a dose
    Q_EMIT planActiveChanged();
}

void Reminders::setError(const QString &text, const QString &field)
{
    if (text == m_errorText && field == m_errorField)
        return;
    m_errorText = text;
    m_errorField = field;
    Q_EMIT errorChanged();
}
