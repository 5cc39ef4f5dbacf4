// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace waymark {
class Diary;
}

/**
 * Automatic backups: at most one a day into a folder the person chose, keeping the newest N
 * (default 14). The choices live in the diary's settings under "backup." keys, which belong to
 * this device and are never exported: backup.folder, backup.keep, backup.last (the day of the
 * last backup).
 */
namespace waymark::exchange {

inline constexpr int kDefaultKeep = 14;
inline constexpr int kMaxKeep = 365;

struct RollingBackupSettings
{
    QString folder; ///< empty: automatic backups are off
    int keep = kDefaultKeep;
    QDate last; ///< the day of the last automatic or manual backup into the folder
};

RollingBackupSettings rollingBackupSettings(const Diary &diary);
/** Sets the folder (empty turns them off) and N (1 to kMaxKeep, InvalidInput otherwise). */
void setRollingBackups(Diary &diary, const QString &folder, int keep);

/** "waymark-backup-YYYY-MM-DD.wmk" */
QString backupFileName(const QDate &day);
/** The backups in folder that this feature made, newest first. */
QStringList rollingBackupFiles(const QString &folder);

/**
 * Makes today's backup into the folder when one is set and none was made today, then deletes the
 * oldest beyond N (only files named as backupFileName makes them). Returns the file written, or an
 * empty string when none was due. Throws Error(Io) when the folder cannot be written.
 */
QString runRollingBackup(Diary &diary, const QDate &today, bool force = false);

} // namespace waymark::exchange
