// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "demogenerator.h"
#include "errors.h"
#include "errortext.h"
#include "storedplan.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>

using namespace waymark;

namespace {
Session *s_instance = nullptr;
const QString kAutolockKey = QStringLiteral("autolock_minutes");
const QString kCrisisKey = QStringLiteral("crisis_number");
} // namespace

Session::Session(const Clock &clock, const QString &path, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_path(path)
    , m_dates(clock)
{
    s_instance = this;
    connect(&m_dates, &DateWatcher::todayChanged, this, &Session::todayChanged);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive)
                m_dates.check(); // back from sleep or from the background: has the date moved on?
        });
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_diary) {
            m_lockedByIdle = true;
            lock();
            Q_EMIT lockedAfterIdle();
        }
    });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

Session::~Session()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Session *Session::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

Session *Session::instance()
{
    return s_instance;
}

Session::State Session::state() const
{
    if (m_diary)
        return Unlocked;
    return QFileInfo::exists(m_path) ? Locked : NoDiary;
}

QString Session::today() const
{
    return m_clock.today().toString(Qt::ISODate);
}

void Session::setError(const QString &text, const QString &field)
{
    if (text == m_errorText && field == m_errorField)
        return;
    m_errorText = text;
    m_errorField = field;
    Q_EMIT errorTextChanged();
}

void Session::clearError()
{
    setError({});
}

QVariantMap Session::passphraseHint(const QString &passphrase) const
{
    const auto hint = validate::passphraseHint(passphrase);
    return { { QStringLiteral("score"), hint.score }, { QStringLiteral("text"), hint.text } };
}

bool Session::createDiary(const QString &passphrase, const QString &again)
{
    try {
        validate::passphrase(passphrase);
        if (passphrase != again) {
            setError(tr("The two passphrases are not the same. Type them again."), QStringLiteral("again"));
            return false;
        }
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        adopt(Diary::create(m_path, passphrase, m_clock));
        return true;
    } catch (const Error &e) {
        setError(app::errorText(e), e.field().isEmpty() ? QStringLiteral("passphrase") : e.field());
        return false;
    }
}

bool Session::unlock(const QString &passphrase)
{
    if (passphrase.isEmpty()) {
        setError(tr("Type your passphrase."), QStringLiteral("passphrase"));
        return false;
    }
    try {
        adopt(Diary::open(m_path, passphrase, m_clock));
        return true;
    } catch (const Error &e) {
        if (e.code() == ErrorCode::WrongPassphrase)
            setError(tr("That passphrase does not open this diary."), QStringLiteral("passphrase"));
        else
            setError(app::errorText(e), QStringLiteral("passphrase"));
        return false;
    }
}

bool Session::unlockDemo()
{
    return isDemo() && unlock(m_demoPassphrase);
}

void Session::lock()
{
    m_idle.stop();
    if (!m_diary)
        return;
    Q_EMIT aboutToLock();
    m_undo.setDiary(nullptr); // undo survives navigation, not a lock
    m_diary.reset();
    Q_EMIT diaryChanged();
    Q_EMIT stateChanged();
}

void Session::adopt(std::unique_ptr<Diary> diary)
{
    m_undo.setDiary(nullptr);
    m_diary = std::move(diary);
    m_undo.setDiary(m_diary.get());
    m_lockedByIdle = false;
    setError({});
    bool ok = false;
    const int minutes = m_diary->setting(kAutolockKey, QStringLiteral("5")).toInt(&ok);
    m_autolockMinutes = ok && autolockChoices().contains(minutes) ? minutes : 5;
    connect(m_diary.get(), &Diary::changed, this, [this](const ChangeSet &changes) {
        if (changes.keys(Change::Kind::Setting).contains(kCrisisKey))
            Q_EMIT crisisNumberChanged();
        Q_EMIT changed(changes);
    });
    Q_EMIT diaryChanged();
    Q_EMIT stateChanged();
    Q_EMIT autolockMinutesChanged();
    Q_EMIT crisisNumberChanged();
    restartIdleTimer();
}

void Session::setPath(const QString &path)
{
    lock();
    m_path = path;
    Q_EMIT stateChanged();
}

void Session::openDemo(int days, quint32 seed)
{
    lock();
    m_demo = std::make_unique<QTemporaryDir>();
    if (!m_demo->isValid())
        throw Error(ErrorCode::Io, QStringLiteral("Cannot make a temporary folder for the demo diary."));
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    m_demoPassphrase = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
    m_path = m_demo->filePath(QStringLiteral("demo.waymark"));
    auto diary = Diary::create(m_path, m_demoPassphrase, m_clock);
    DemoOptions options;
    options.days = days;
    options.seed = seed;
    options.endDate = m_clock.today();
    options.withPlan = true;
    generateDemo(*diary, options);
    adopt(std::move(diary));
}

void Session::setAutolockMinutes(int minutes)
{
    if (!autolockChoices().contains(minutes) || minutes == m_autolockMinutes)
        return;
    m_autolockMinutes = minutes;
    if (m_diary)
        m_diary->setSetting(kAutolockKey, QString::number(minutes));
    restartIdleTimer();
    Q_EMIT autolockMinutesChanged();
}

QString Session::crisisNumber() const
{
    return m_diary ? m_diary->setting(kCrisisKey) : QString();
}

void Session::setCrisisNumber(const QString &number)
{
    if (!m_diary)
        return;
    const QString clean = number.trimmed().left(40);
    if (clean != crisisNumber())
        m_diary->setSetting(kCrisisKey, clean);
}

void Session::setTheme(const QString &theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    Q_EMIT themeChanged();
}

void Session::chooseTheme(const QString &theme)
{
    if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return;
    QSettings().setValue(QStringLiteral("appearance/theme"), theme);
    setTheme(theme);
}

void Session::loadThemeChoice()
{
    const QString theme = QSettings().value(QStringLiteral("appearance/theme")).toString();
    if (theme == QLatin1String("light") || theme == QLatin1String("dark"))
        setTheme(theme);
}

void Session::setStartPage(const QString &page)
{
    if (page == m_startPage)
        return;
    m_startPage = page;
    Q_EMIT startPageChanged();
}

void Session::setStartDate(const QString &date)
{
    if (date == m_startDate)
        return;
    m_startDate = date;
    Q_EMIT startDateChanged();
}

void Session::restartIdleTimer()
{
    if (m_diary && m_autolockMinutes > 0)
        m_idle.start(m_autolockMinutes * m_minuteMs);
    else
        m_idle.stop();
}

bool Session::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_idle.isActive())
            restartIdleTimer();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
