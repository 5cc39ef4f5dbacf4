// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace waymark::test {

/** What one run of waymark-cli produced. */
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** An environment variable set to this (a null QString) is removed from the child's environment. */
inline const QString kUnset = QString();

/**
 * Runs the real waymark-cli. The child gets the test environment without any WAYMARK_* variable
 * of the caller, plus WAYMARK_TODAY=2026-03-15 and WAYMARK_PASSPHRASE=kPassphrase; env adds to or
 * overrides that (kUnset removes). stdinData is written to its standard input, which is then closed.
 */
CliResult runCli(const QStringList &args, const QMap<QString, QString> &env = {}, const QByteArray &stdinData = {});

/** Runs "show --date DATE --json" and parses the output (REQUIREs exit 0 and valid JSON). */
QJsonObject showJson(const QString &diary, const QString &date = QStringLiteral("2026-03-15"));

/** A file's modification time in nanoseconds since the epoch. */
qint64 mtimeNs(const QString &path);

/** Creates a diary with "init" (REQUIREs exit 0). */
void initDiary(const QString &path);

} // namespace waymark::test
