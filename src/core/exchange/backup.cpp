// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "database.h"
#include "errors.h"
#include "migrations.h"
#include "passphrasekey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace waymark::exchange {

namespace {

void syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

void renameOrThrow(const QString &from, const QString &to, const QString &what)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Could not %1: %2. The diary is as it was.")
                .arg(what, QString::fromLocal8Bit(std::strerror(errno))));
}

} // namespace

BackupInfo verifyBackup(const QString &backupPath, const QString &passphrase)
{
    std::unique_ptr<Database> db;
    try {
        // A backup made by an older version may be keyed with the passphrase as typed (not normalised).
        db = PassphraseKey::open(backupPath, passphrase, Database::Mode::ReadOnly).db;
    } catch (const Error &e) {
        if (e.code() == ErrorCode::WrongPassphrase)
            throw Error(ErrorCode::WrongPassphrase,
                QCoreApplication::translate("Errors",
                    "That passphrase does not open this backup. A backup keeps the passphrase the diary "
                    "had when it was made: type that one. Nothing was changed."),
                QStringLiteral("passphrase"));
        throw Error(
            e.code(), QCoreApplication::translate("Errors", "%1 Nothing was changed.").arg(e.message()), e.field());
    }
    BackupInfo info;
    info.schemaVersion = db->userVersion();
    if (info.schemaVersion > migrations::latestVersion())
        throw Error(ErrorCode::TooNew,
            QCoreApplication::translate("Errors",
                "This backup was made by a newer version of Waymark (format %1; this version reads up to "
                "%2). Update Waymark to restore it. Nothing was changed.")
                .arg(info.schemaVersion)
                .arg(migrations::latestVersion()));
    if (info.schemaVersion < 1)
        throw Error(ErrorCode::NotADiary,
            QCoreApplication::translate("Errors", "This file holds no diary. Nothing was changed."));
    QString integrity;
    try {
        integrity = db->integrityCheck(true);
    } catch (const Error &) {
        integrity = QStringLiteral("a page could not be read");
    }
    if (integrity != QLatin1String("ok"))
        throw Error(ErrorCode::Damaged,
            QCoreApplication::translate("Errors",
                "This backup is damaged (%1), so it was not restored. Try an older backup. Nothing was "
                "changed.")
                .arg(integrity.left(200)));
    // SQLCipher 4 lists pages whose authentication fails; SQLCipher 3.4 returns no rows (there,
    // integrity_check above already read and authenticated every page).
    Statement cipherCheck = db->prepare("PRAGMA cipher_integrity_check");
    if (cipherCheck.step())
        throw Error(ErrorCode::Damaged,
            QCoreApplication::translate("Errors",
                "This backup is damaged (a page failed its authentication check), so it was not restored. "
                "Try an older backup. Nothing was changed."));
    Statement counts = db->prepare("SELECT (SELECT count(*) FROM dose_events), "
                                   "(SELECT min(day) FROM (SELECT day FROM dose_events UNION SELECT day FROM ratings "
                                   "UNION SELECT day FROM days)), "
                                   "(SELECT max(day) FROM (SELECT day FROM dose_events UNION SELECT day FROM ratings "
                                   "UNION SELECT day FROM days)), "
                                   "(SELECT count(*) FROM (SELECT day FROM dose_events UNION SELECT day FROM ratings "
                                   "UNION SELECT day FROM days))");
    if (counts.step()) {
        info.doses = int(counts.int64(0));
        info.firstDay = QDate::fromString(counts.text(1), Qt::ISODate);
        info.lastDay = QDate::fromString(counts.text(2), Qt::ISODate);
        info.days = int(counts.int64(3));
    }
    return info;
}

QString keptPathFor(const QString &diaryPath, const QDate &today)
{
    const QString base = diaryPath + QStringLiteral(".before-restore-") + today.toString(Qt::ISODate);
    QString path = base;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QStringLiteral("-%1").arg(n);
    return path;
}

QStringList keptDiaries(const QString &diaryPath)
{
    const QFileInfo info(diaryPath);
    QStringList found = info.absoluteDir().entryList(
        { info.fileName() + QStringLiteral(".before-restore-*") }, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &f : found)
        f = info.absoluteDir().absoluteFilePath(f);
    return found;
}

QString restoreBackup(
    const QString &diaryPath, const QString &backupPath, const QString &passphrase, const QDate &today)
{
    verifyBackup(backupPath, passphrase);
    const QFileInfo info(diaryPath);
    const QDir dir = info.absoluteDir();
    if (!dir.exists())
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(dir.path())));
    // Copy beside the diary first (same file system, so the final step is a rename), and check the copy.
    const QString tmpPath
        = dir.absoluteFilePath(QStringLiteral(".%1.restoring-%2")
                                   .arg(info.fileName())
                                   .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0')));
    if (!QFile::copy(backupPath, tmpPath)) {
        QFile::remove(tmpPath);
        throw Error(ErrorCode::Io,
            QCoreApplication::translate(
                "Errors", "Could not copy the backup beside the diary (is the disk full?). Nothing was changed."));
    }
    QFile::setPermissions(tmpPath, QFile::ReadOwner | QFile::WriteOwner);
    try {
        syncPath(tmpPath, false);
        verifyBackup(tmpPath, passphrase);
    } catch (...) {
        QFile::remove(tmpPath);
        throw;
    }
    QString kept;
    if (info.exists()) {
        kept = keptPathFor(diaryPath, today);
        try {
            renameOrThrow(diaryPath, kept, QCoreApplication::translate("Errors", "set the current diary aside"));
        } catch (...) {
            QFile::remove(tmpPath);
            throw;
        }
    }
    try {
        renameOrThrow(tmpPath, diaryPath, QCoreApplication::translate("Errors", "put the backup in place"));
    } catch (...) {
        if (!kept.isEmpty())
            ::rename(QFile::encodeName(kept).constData(), QFile::encodeName(diaryPath).constData());
        QFile::remove(tmpPath);
        throw;
    }
    syncPath(dir.absolutePath(), true);
    return kept;
}

void confirmRestore(const QString &keptPath)
{
    if (!keptPath.contains(QLatin1String(".before-restore-")))
        throw Error(
            ErrorCode::InvalidInput, QCoreApplication::translate("Errors", "That is not a diary kept by a restore."));
    if (QFileInfo::exists(keptPath) && !QFile::remove(keptPath))
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Could not delete %1; delete it yourself when you are sure.")
                .arg(QDir::toNativeSeparators(keptPath)));
}

void revertRestore(const QString &diaryPath, const QString &keptPath)
{
    if (!keptPath.contains(QLatin1String(".before-restore-")) || !QFileInfo::exists(keptPath))
        throw Error(ErrorCode::NotFound,
            QCoreApplication::translate("Errors", "There is no diary kept by a restore to put back."));
    renameOrThrow(keptPath, diaryPath, QCoreApplication::translate("Errors", "put the previous diary back"));
    syncPath(QFileInfo(diaryPath).absolutePath(), true);
}

} // namespace waymark::exchange
