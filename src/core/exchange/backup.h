// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

/**
 * Restoring a backup (made by Diary::backupTo: an encrypted diary file under the diary's own
 * passphrase). Nothing is replaced until the backup opened with the passphrase and passed the
 * checks; the replaced diary is kept beside it as "<name>.before-restore-<date>" until the person
 * confirms (confirmRestore) or puts it back (revertRestore).
 */
namespace waymark::exchange {

struct BackupInfo
{
    int schemaVersion = 0;
    int days = 0; ///< days with anything recorded
    int doses = 0;
    QDate firstDay;
    QDate lastDay;
};

/**
 * Opens a backup read-only with passphrase and checks it: a Waymark diary, the passphrase opens it,
 * PRAGMA integrity_check (which reads and authenticates every page) and cipher_integrity_check
 * find nothing, and its format is not newer than this version. Throws WrongPassphrase (made under
 * another passphrase), NotADiary, Damaged, TooNew or Io with a message saying what to do.
 */
BackupInfo verifyBackup(const QString &backupPath, const QString &passphrase);

/**
 * Replaces the diary at diaryPath with a verified copy of the backup. The diary that was there is
 * renamed to keptPathFor(diaryPath, today) (a diary that does not exist yet is simply created).
 * Returns the kept file's path, or an empty string when there was no diary. On any error the diary
 * is as it was.
 */
QString restoreBackup(
    const QString &diaryPath, const QString &backupPath, const QString &passphrase, const QDate &today);

/** "<diary>.before-restore-YYYY-MM-DD" (with "-2", "-3"... when taken). */
QString keptPathFor(const QString &diaryPath, const QDate &today);
/** The diaries kept by earlier restores of diaryPath, newest first. */
QStringList keptDiaries(const QString &diaryPath);
/** The person is happy with the restored diary: deletes the kept one. */
void confirmRestore(const QString &keptPath);
/** Puts the kept diary back in place of the restored one (which is removed). */
void revertRestore(const QString &diaryPath, const QString &keptPath);

} // namespace waymark::exchange
