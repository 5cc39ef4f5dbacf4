// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace waymark::exchange {

/** Writes a whole file atomically (QSaveFile): the name shows the old file or the new one, never a
 *  part. Throws Error(Io) naming the file. */
void saveFile(const QString &path, const QByteArray &bytes);

/** The sentence every export ends with: the file is not encrypted. */
QString notEncryptedWarning();

} // namespace waymark::exchange
