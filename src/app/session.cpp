// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "applogging.h"
#include "demogenerator.h"
#include "errors.h"
#include "errortext.h"
#include "storedplan.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

using namespace waymark;

namespace {
Session *s_instance = nullptr;

/** Makes the folder and any missing folders above it, each readable by the owner only (0700). */
void makePrivateFolder(const QString &path)
{
    QStringList missing;
    for (QString folder = QDir::cleanPath(QDir(path).absolutePath()); !QFileInfo::exists(folder);) {
        missing.prepend(folder);
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 && errno != EEXIST)
            throw Error(ErrorCode::Io,
                QCoreApplication::translate("Waymark", "Cannot make the folder %1: %2")
                    .arg(QDir::toNativeSeparators(folder), QString::fromLocal8Bit(std::strerror(errno))));
    }
}

} // namespace

Session::Session(const Clock &clock, const QString &path, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_path(path)
    , m_dates(clock)
    , m_preferences(nullptr)
    , m_idleLock(clock)
{
    s_instance = this;
    connect(&m_dates, &DateWatcher::todayChanged, this, &Session::todayChanged);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive)
                m_dates.check(); // back from sleep or from the background: has the date moved on?
        });
    connect(&m_idleLock, &IdleLock::lockDue, this, &Session::lockBecause);
    connect(&m_preferences, &Preferences::autolockMinutesChanged, this,
        [this] { m_idleLock.setMinutes(m_preferences.autolockMinutes()); });
    connect(&m_preferences, &Preferences::lockWhenHiddenChanged, this,
        [this] { m_idleLock.setLockWhenHidden(m_preferences.lockWhenHidden()); });
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
        makePrivateFolder(QFileInfo(m_path).absolutePath());
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
            setError(tr("That passphrase does not open this diary: wrong passphrase, or the start of the file "
                        "is damaged. Check the passphrase; if you are sure of it, restore the diary from a backup."),
                QStringLiteral("passphrase"));
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
    m_idleLock.stop();
    if (!m_diary)
        return;
    Q_EMIT aboutToLock();
    m_undo.setDiary(nullptr); // undo survives navigation, not a lock
    m_preferences.setDiary(nullptr);
    m_diary.reset(); // closes the SQLCipher connection: no file descriptor on the diary remains
    qCInfo(lcApp) << "diary locked";
    Q_EMIT diaryChanged();
    Q_EMIT stateChanged();
}

void Session::lockBecause(IdleLock::Reason reason)
{
    if (!m_diary)
        return;
    m_lockedByIdle = reason == IdleLock::Reason::Idle;
    m_lockedWhenHidden = reason == IdleLock::Reason::Hidden;
    lock();
    Q_EMIT lockedAfterIdle();
}

void Session::adopt(std::unique_ptr<Diary> diary)
{
    m_undo.setDiary(nullptr);
    m_diary = std::move(diary);
    m_undo.setDiary(m_diary.get());
    m_lockedByIdle = false;
    m_lockedWhenHidden = false;
    setError({});
    m_preferences.setDiary(m_diary.get());
    m_idleLock.setMinutes(m_preferences.autolockMinutes());
    m_idleLock.setLockWhenHidden(m_preferences.lockWhenHidden());
    connect(m_diary.get(), &Diary::changed, this, [this](const ChangeSet &changes) {
        m_preferences.diaryChanged(changes);
        Q_EMIT changed(changes);
    });
    Q_EMIT diaryChanged();
    Q_EMIT stateChanged();
    m_idleLock.start();
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
        throw Error(
            ErrorCode::Io, QCoreApplication::translate("Errors", "Cannot make a temporary folder for the demo diary."));
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
