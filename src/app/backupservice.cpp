// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupservice.h"

#include "backup.h"
#include "errors.h"
#include "errortext.h"
#include "rollingbackups.h"
#include "session.h"

#include <QDir>
#include <QTimer>

using namespace waymark;

namespace {
BackupService *g_instance = nullptr;
}

BackupService::BackupService(QObject *parent)
    : QObject(parent)
{
    g_instance = this;
    m_watch.onOpened([this] { runDue(); });
    m_watch.onToday([this](const QDate &, const QDate &) { runDue(); });
}

BackupService::~BackupService()
{
    if (g_instance == this)
        g_instance = nullptr;
}

BackupService *BackupService::instance()
{
    return g_instance;
}

void BackupService::runDue()
{
    Session *s = Session::instance();
    Diary *diary = m_watch.diary();
    if (!s || !diary || s->isDemo())
        return;
    QString error;
    try {
        exchange::runRollingBackup(*diary, s->clock().today());
    } catch (const Error &e) {
        error = app::errorText(e);
    }
    if (error != m_autoError) {
        m_autoError = error;
        Q_EMIT statusChanged();
    }
}

void BackupService::setRestore(const QString &text, bool failed)
{
    m_restoreText = text;
    m_restoreFailed = failed;
    Q_EMIT statusChanged();
}

void BackupService::restoreLater(const QString &backupPath, const QString &passphrase)
{
    QTimer::singleShot(0, this, [this, backupPath, passphrase] {
        Session *s = Session::instance();
        if (!s)
            return;
        const QString path = s->path();
        s->lock();
        try {
            m_keptPath = exchange::restoreBackup(path, backupPath, passphrase, s->clock().today());
            setRestore(m_keptPath.isEmpty()
                    ? tr("The backup was restored.")
                    : tr("The backup was restored. Your diary as it was before is kept as %1 until you say the "
                         "restored one is right.")
                          .arg(QDir::toNativeSeparators(m_keptPath)),
                false);
        } catch (const Error &e) {
            setRestore(app::errorText(e), true);
        }
        s->unlock(passphrase);
    });
}

bool BackupService::confirmRestore()
{
    try {
        exchange::confirmRestore(m_keptPath);
        m_keptPath.clear();
        setRestore(tr("The diary from before the restore was deleted."), false);
        return true;
    } catch (const Error &e) {
        setRestore(app::errorText(e), true);
        return false;
    }
}

void BackupService::revertLater()
{
    QTimer::singleShot(0, this, [this] {
        Session *s = Session::instance();
        if (!s || m_keptPath.isEmpty())
            return;
        s->lock();
        try {
            exchange::revertRestore(s->path(), m_keptPath);
            m_keptPath.clear();
            setRestore(tr("Your diary as it was before the restore is back. Unlock it with its passphrase."), false);
        } catch (const Error &e) {
            setRestore(app::errorText(e), true);
        }
    });
}
