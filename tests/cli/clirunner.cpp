// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "testsupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <catch2/catch.hpp>

#include <sys/stat.h>

namespace waymark::test {

CliResult runCli(const QStringList &args, const QMap<QString, QString> &env, const QByteArray &stdinData)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &key : e.keys())
        if (key.startsWith(QLatin1String("WAYMARK_")))
            e.remove(key);
    e.insert(QStringLiteral("WAYMARK_TODAY"), QStringLiteral("2026-03-15"));
    e.insert(QStringLiteral("WAYMARK_PASSPHRASE"), kPassphrase);
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.value().isNull())
            e.remove(it.key());
        else
            e.insert(it.key(), it.value());
    }

    QProcess p;
    p.setProcessEnvironment(e);
    p.setProgram(QStringLiteral(WAYMARK_CLI_PATH));
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForStarted(10000));
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        FAIL("waymark-cli did not finish: " << args.join(QLatin1Char(' ')).toStdString());
    }
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    CliResult r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject showJson(const QString &diary, const QString &date)
{
    const CliResult r = runCli({ QStringLiteral("show"), QStringLiteral("--diary"), diary, QStringLiteral("--date"),
        date, QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

qint64 mtimeNs(const QString &path)
{
    struct stat st;
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

void initDiary(const QString &path)
{
    const CliResult r = runCli({ QStringLiteral("init"), QStringLiteral("--diary"), path });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace waymark::test
