// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diarywatcher.h"

#include <QObject>
#include <QString>

/**
 * Backups while the app runs: the daily automatic backup into the folder the person chose (on
 * unlock and when the date moves on), and restoring a backup, which closes the diary, replaces the
 * file (keeping the old one, src/core/exchange/backup.h) and opens the restored diary. Built once
 * in main() beside the Session; the Settings page's DataController reads and drives it.
 */
class BackupService : public QObject
{
    Q_OBJECT

public:
    explicit BackupService(QObject *parent = nullptr);
    ~BackupService() override;
    static BackupService *instance();

    /** Why the last automatic backup failed (empty when it worked or none was due). */
    QString autoError() const { return m_autoError; }
    /** The diary kept by the last restore, until the person confirms or puts it back. */
    QString keptPath() const { return m_keptPath; }
    /** What the last restore or revert did, or why it failed. */
    QString restoreText() const { return m_restoreText; }
    bool restoreFailed() const { return m_restoreFailed; }

    /** Runs the automatic backup now if one is due (once a day). */
    void runDue();
    /**
     * Restores a backup after the next return to the event loop (the pages showing the diary are
     * closed while the file is replaced). The backup must already have passed verifyBackup.
     */
    void restoreLater(const QString &backupPath, const QString &passphrase);
    /** Deletes the kept diary (the restored one is right). */
    bool confirmRestore();
    /** Puts the kept diary back; the person unlocks it with its own passphrase. */
    void revertLater();

Q_SIGNALS:
    void statusChanged();

private:
    void setRestore(const QString &text, bool failed);

    DiaryWatcher m_watch { this };
    QString m_autoError;
    QString m_keptPath;
    QString m_restoreText;
    bool m_restoreFailed = false;
};
