// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollingbackups.h"

#include "diary.h"
#include "errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace waymark::exchange {

namespace {

const QString kFolderKey = QStringLiteral("backup.folder");
const QString kKeepKey = QStringLiteral("backup.keep");
const QString kLastKey = QStringLiteral("backup.last");

} // namespace

RollingBackupSettings rollingBackupSettings(const Diary &diary)
{
    RollingBackupSettings s;
    s.folder = diary.setting(kFolderKey);
    bool ok = false;
    const int keep = diary.setting(kKeepKey).toInt(&ok);
    if (ok && keep >= 1 && keep <= kMaxKeep)
        s.keep = keep;
    s.last = QDate::fromString(diary.setting(kLastKey), Qt::ISODate);
    return s;
}

void setRollingBackups(Diary &diary, const QString &folder, int keep)
{
    if (keep < 1 || keep > kMaxKeep)
        throwInvalid(QStringLiteral("keep"),
            QCoreApplication::translate("Errors", "keep between 1 and %1 backups").arg(kMaxKeep));
    const QString clean = folder.trimmed();
    if (!clean.isEmpty() && !QDir(clean).exists())
        throwInvalid(QStringLiteral("folder"),
            QCoreApplication::translate("Errors", "the folder %1 does not exist; choose one that does")
                .arg(QDir::toNativeSeparators(clean)));
    diary.batch([&] {
        diary.setSetting(kFolderKey, clean.isEmpty() ? QStringLiteral("") : QDir(clean).absolutePath());
        diary.setSetting(kKeepKey, QString::number(keep));
    });
}

QString backupFileName(const QDate &day)
{
    return QStringLiteral("waymark-backup-%1.wmk").arg(day.toString(Qt::ISODate));
}

QStringList rollingBackupFiles(const QString &folder)
{
    static const QRegularExpression re(QStringLiteral("^waymark-backup-\\d{4}-\\d{2}-\\d{2}\\.wmk$"));
    QStringList files;
    for (const QString &name :
        QDir(folder).entryList({ QStringLiteral("waymark-backup-*.wmk") }, QDir::Files, QDir::Name | QDir::Reversed))
        if (re.match(name).hasMatch())
            files << name;
    return files;
}

QString runRollingBackup(Diary &diary, const QDate &today, bool force)
{
    const RollingBackupSettings s = rollingBackupSettings(diary);
    if (s.folder.isEmpty() || (!force && s.last.isValid() && s.last >= today))
        return {};
    if (!QDir(s.folder).exists())
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors",
                "The backup folder %1 is not there any more (a removed card or drive?). Choose it again in "
                "Settings › Your data.")
                .arg(QDir::toNativeSeparators(s.folder)));
    QString path = QDir(s.folder).filePath(backupFileName(today));
    diary.backupTo(path);
    diary.setSetting(kLastKey, today.toString(Qt::ISODate));
    const QStringList files = rollingBackupFiles(s.folder);
    for (qsizetype i = s.keep; i < files.size(); ++i)
        QFile::remove(QDir(s.folder).filePath(files[i]));
    return path;
}

} // namespace waymark::exchange
