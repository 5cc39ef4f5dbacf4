// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include "errors.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace waymark {
namespace {

int s_failSyncErrno = 0;
int s_failSyncCount = 0;
int s_failSyncSkip = 0;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

const char *purposeName(AtomicFile::Purpose purpose)
{
    return purpose == AtomicFile::Purpose::Create ? "creating" : "rekey";
}

/** SQLite keeps a super-journal's list (full paths, ~512 bytes each, one per attached file) small. */
constexpr qint64 kMaxSuperJournalBytes = qint64(64) * 1024;

/**
 * The child journal names a super-journal lists (each NUL-terminated, as SQLite writes them; a
 * last name cut short by a crash is listed too), or nothing when the file cannot be read as one:
 * not a regular file, a symbolic link, too large.
 */
std::optional<QList<QByteArray>> superJournalChildren(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || qint64(st.st_size) > kMaxSuperJournalBytes) {
        ::close(fd);
        return std::nullopt;
    }
    QByteArray bytes(qsizetype(st.st_size), '\0');
    qsizetype have = 0;
    while (have < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + have, size_t(bytes.size() - have));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        have += qsizetype(n);
    }
    ::close(fd);
    if (have != bytes.size())
        return std::nullopt;
    QList<QByteArray> children;
    for (const QByteArray &name : bytes.split('\0')) {
        if (!name.isEmpty())
            children << name;
    }
    return children;
}

/**
 * True unless the child journal is known not to hold a transaction that names its super-journal:
 * absent, or empty (an empty journal names nothing). Anything else keeps the super-journal: a
 * journal that exists (whether or not it names this one), a name that is not a full path, a
 * child that cannot be looked at.
 */
bool childMayNeedSuperJournal(const QByteArray &child)
{
    if (!child.startsWith('/'))
        return true;
    struct stat st
    {
    };
    if (::stat(child.constData(), &st) != 0)
        return !(errno == ENOENT || errno == ENOTDIR);
    return !(S_ISREG(st.st_mode) && st.st_size == 0);
}

} // namespace

QString AtomicFile::realPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

AtomicFile::AtomicFile(const QString &target, Purpose purpose)
    : m_target(realPath(target))
{
    const QFileInfo info(m_target);
    for (int attempt = 0; attempt < 8 && m_lockFd < 0; ++attempt) {
        m_tempPath = info.absolutePath()
            + QStringLiteral("/.%1.%2-%3")
                  .arg(info.fileName(), QLatin1String(purposeName(purpose)))
                  .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        const QByteArray file = QFile::encodeName(m_tempPath);
        m_lockFd = ::open(file.constData(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600);
        if (m_lockFd < 0 && errno != EEXIST)
            break;
    }
    if (m_lockFd < 0)
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Cannot write a file in %1: %2. Nothing was changed.")
                .arg(native(info.absolutePath()), errnoText(errno)));
    // The lock says "in use" to removeStale() in this and other processes until we are done.
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0)
        qCWarning(lcFile) << "could not lock a temporary file:" << errnoText(errno);
    qCDebug(lcFile) << "temporary file made for" << purposeName(purpose);
}

AtomicFile::~AtomicFile()
{
    if (!m_done)
        ::unlink(QFile::encodeName(m_tempPath).constData());
    // The journal of a build that failed half-way is no use to anyone.
    ::unlink(QFile::encodeName(m_tempPath + QStringLiteral("-journal")).constData());
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

void AtomicFile::failSyncForTesting(int err, int n, int skip)
{
    s_failSyncErrno = err;
    s_failSyncCount = err ? n : 0;
    s_failSyncSkip = err ? skip : 0;
}

void AtomicFile::sync(const QString &path, bool folder)
{
    const QByteArray file = QFile::encodeName(path);
    const int fd = ::open(file.constData(), (folder ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    int rc = fd < 0 ? -1 : 0;
    int err = fd < 0 ? errno : 0;
    if (fd >= 0) {
        if (s_failSyncSkip > 0) {
            --s_failSyncSkip;
            rc = ::fsync(fd);
            err = rc != 0 ? errno : 0;
        } else if (s_failSyncCount > 0) {
            --s_failSyncCount;
            rc = -1;
            err = s_failSyncErrno;
        } else {
            rc = ::fsync(fd);
            err = rc != 0 ? errno : 0;
        }
        ::close(fd);
    }
    // Some file systems cannot sync a folder (EINVAL): there is nothing more to be done there.
    if (rc != 0 && !(folder && err == EINVAL)) {
        qCWarning(lcFile) << "fsync failed:" << errnoText(err) << (folder ? "(folder)" : "(file)");
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "The disk did not confirm that %1 was saved (%2).")
                .arg(native(path), errnoText(err)));
    }
}

void AtomicFile::linkIntoPlace()
{
    sync(m_tempPath, false);
    const QByteArray from = QFile::encodeName(m_tempPath);
    const QByteArray to = QFile::encodeName(m_target);
    if (::link(from.constData(), to.constData()) != 0) {
        const int err = errno;
        throw Error(err == EEXIST ? ErrorCode::AlreadyExists : ErrorCode::Io,
            QCoreApplication::translate("Errors", "Cannot create %1: %2").arg(native(m_target), errnoText(err)));
    }
    try {
        sync(QFileInfo(m_target).absolutePath(), true);
    } catch (...) {
        ::unlink(to.constData()); // not known to be on disk: do not leave a diary that may vanish
        throw;
    }
    ::unlink(from.constData());
    m_done = true;
}

void AtomicFile::replaceTarget()
{
    sync(m_tempPath, false);
    const QByteArray from = QFile::encodeName(m_tempPath);
    const QByteArray to = QFile::encodeName(m_target);
    if (::rename(from.constData(), to.constData()) != 0) {
        const QString why = errnoText(errno);
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Could not replace the diary file: %1. Nothing was changed.")
                .arg(why));
    }
    m_done = true;
    sync(QFileInfo(m_target).absolutePath(), true);
}

int AtomicFile::removeStale(const QString &path)
{
    const QFileInfo info(realPath(path));
    const QDir dir = info.absoluteDir();
    const QRegularExpression pattern(QStringLiteral("^\\.%1\\.(creating|rekey)-[0-9a-f]{8}(-journal)?$")
                                         .arg(QRegularExpression::escape(info.fileName())));
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    int removed = 0;
    QStringList inUse;
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (!match.hasMatch() || !match.captured(2).isEmpty())
            continue;
        const QByteArray file = QFile::encodeName(dir.filePath(name));
        const int fd = ::open(file.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        // A live create or passphrase change holds the lock: its file is not ours to remove.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            if (::unlink(file.constData()) == 0)
                ++removed;
        } else {
            inUse << name;
        }
        ::close(fd);
    }
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (!match.hasMatch() || match.captured(2).isEmpty())
            continue;
        const QString owner = name.chopped(int(QStringLiteral("-journal").size()));
        if (inUse.contains(owner))
            continue;
        if (::unlink(QFile::encodeName(dir.filePath(name)).constData()) == 0)
            ++removed;
    }
    if (removed > 0) {
        qCInfo(lcFile) << "removed" << removed
                       << "temporary file(s) left by an interrupted create or passphrase change";
        sync(dir.absolutePath(), true);
    }
    return removed;
}

int AtomicFile::removeOrphanedSuperJournals(const QString &databaseFile)
{
    const QFileInfo info(databaseFile);
    const QDir dir = info.absoluteDir();
    // vdbeaux.c names it "%s-mj%06X9%02X" after the main database file.
    const QRegularExpression pattern(
        QStringLiteral("^%1-mj[0-9A-F]{6}9[0-9A-F]{2}$").arg(QRegularExpression::escape(info.fileName())));
    int removed = 0;
    int kept = 0;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name)) {
        if (!pattern.match(name).hasMatch())
            continue;
        const QString path = dir.filePath(name);
        const auto children = superJournalChildren(path);
        // Deleting a super-journal is SQLite's commit point for every child journal that names it:
        // while one of them may still be a hot journal, the super-journal must stay.
        if (!children || std::any_of(children->cbegin(), children->cend(), childMayNeedSuperJournal)) {
            ++kept;
            continue;
        }
        if (::unlink(QFile::encodeName(path).constData()) == 0)
            ++removed;
    }
    // No folder sync: a removal lost to a power cut brings back a file that protects nothing, and
    // the next open removes it again.
    if (removed > 0)
        qCInfo(lcFile) << "removed" << removed << "SQLite super-journal(s) that no transaction needs any more";
    if (kept > 0)
        qCInfo(lcFile) << "kept" << kept << "SQLite super-journal(s) a child journal may still need";
    return removed;
}

} // namespace waymark
