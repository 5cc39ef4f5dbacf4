// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefile.h"

#include "errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace waymark::exchange {

void saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw Error(ErrorCode::Io,
            QCoreApplication::translate(
                "Errors", "Could not write %1: %2. Nothing was written there; check the folder and the free space.")
                .arg(QDir::toNativeSeparators(path), f.errorString()),
            QStringLiteral("out"));
}

QString notEncryptedWarning()
{
    return QStringLiteral("This export is NOT encrypted: anyone who can open the file can read your diary. Keep it "
                          "somewhere only you can read, and delete it when you no longer need it.");
}

} // namespace waymark::exchange
