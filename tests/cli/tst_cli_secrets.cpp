// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli keeps notes and passphrases off the command line and out of the environment, and
// makes no core dump (issue 9).
#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>
#include <catch2/catch.hpp>

#include <unistd.h>

using namespace waymark::test;

namespace {

const QString kNote = QStringLiteral("Felt shaky after lunch, brain zaps x3\nsecond line");

CliResult logDay(const QString &diary, const QStringList &extra, const QMap<QString, QString> &env = {},
    const QByteArray &input = {})
{
    QStringList args { QStringLiteral("log"), QStringLiteral("day"), QStringLiteral("--diary"), diary,
        QStringLiteral("--date"), QStringLiteral("2026-03-15") };
    return runCli(args + extra, env, input);
}

QString readProc(qint64 pid, const char *what, bool &readable)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(what)));
    readable = f.open(QIODevice::ReadOnly);
    return readable ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

TEST_CASE("cli: a note can come from standard input or a file instead of the command line", "[cli][secrets]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("d.wmk"));
    initDiary(diary);

    SECTION("--note - with the passphrase in the environment")
    {
        const CliResult r = logDay(diary, { QStringLiteral("--note"), QStringLiteral("-") }, {}, kNote.toUtf8() + "\n");
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(showJson(diary).value(QStringLiteral("note")).toString() == kNote);
    }
    SECTION("--note - with the passphrase piped too: its line comes first")
    {
        const CliResult r = logDay(diary, { QStringLiteral("--note"), QStringLiteral("-") },
            { { QStringLiteral("WAYMARK_PASSPHRASE"), kUnset } }, kPassphrase.toUtf8() + "\n" + kNote.toUtf8());
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(showJson(diary).value(QStringLiteral("note")).toString() == kNote);
    }
    SECTION("--note-file, for a day and for a dose")
    {
        const QString file = tmp.file(QStringLiteral("note.txt"));
        writeBytes(file, kNote.toUtf8() + "\n");
        const CliResult r = logDay(diary, { QStringLiteral("--note-file"), file });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(showJson(diary).value(QStringLiteral("note")).toString() == kNote);

        REQUIRE(runCli({ QStringLiteral("drug"), QStringLiteral("add"), QStringLiteral("Sertraline"),
                           QStringLiteral("--diary"), diary })
                    .exitCode
            == 0);
        const CliResult dose = runCli(
            { QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--diary"), diary, QStringLiteral("--date"),
                QStringLiteral("2026-03-15"), QStringLiteral("--drug"), QStringLiteral("Sertraline"),
                QStringLiteral("--mg"), QStringLiteral("50"), QStringLiteral("--note-file"), file });
        INFO(dose.err.toStdString());
        REQUIRE(dose.exitCode == 0);
        const QJsonArray doses = showJson(diary).value(QStringLiteral("doses")).toArray();
        REQUIRE(doses.size() == 1);
        CHECK(doses.at(0).toObject().value(QStringLiteral("note")).toString() == kNote);
    }
    SECTION("bad note sources are refused and change nothing")
    {
        const QByteArray before = readBytes(diary);
        const CliResult both = logDay(
            diary, { QStringLiteral("--note"), QStringLiteral("x"), QStringLiteral("--note-file"), tmp.file("n.txt") });
        CHECK(both.exitCode == 1);
        CHECK(both.err.contains(QStringLiteral("give the note once")));

        const CliResult missing = logDay(diary, { QStringLiteral("--note-file"), tmp.file("no-such-note.txt") });
        CHECK(missing.exitCode != 0);
        CHECK(missing.err.contains(QStringLiteral("Cannot read the note file")));

        const QString binary = tmp.file(QStringLiteral("binary.txt"));
        writeBytes(binary, QByteArray("\xff\xfe\x00\x01 not text", 14));
        const CliResult notText = logDay(diary, { QStringLiteral("--note-file"), binary });
        CHECK(notText.exitCode == 1);

        const QString huge = tmp.file(QStringLiteral("huge.txt"));
        writeBytes(huge, QByteArray(20000, 'a'));
        const CliResult tooLong = logDay(diary, { QStringLiteral("--note-file"), huge });
        CHECK(tooLong.exitCode == 1);
        CHECK(tooLong.err.contains(QStringLiteral("limit is 10000")));
        CHECK(readBytes(diary) == before);
    }
}

TEST_CASE("cli: the passphrase leaves the environment at start, and no core dump is possible", "[cli][secrets]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("d.wmk"));
    initDiary(diary);

    // "log day --note -" waits for its note on standard input: look at the process meanwhile.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WAYMARK_TODAY"), QStringLiteral("2026-03-15"));
    env.insert(QStringLiteral("WAYMARK_PASSPHRASE"), kPassphrase);
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral(WAYMARK_CLI_PATH));
    p.setArguments({ QStringLiteral("log"), QStringLiteral("day"), QStringLiteral("--diary"), diary,
        QStringLiteral("--date"), QStringLiteral("2026-03-15"), QStringLiteral("--note"), QStringLiteral("-") });
    p.start();
    REQUIRE(p.waitForStarted(10000));
    const qint64 pid = p.processId();
    // Wait until it is blocked reading standard input (it wipes the environment before that).
    bool readable = false;
    for (int i = 0; i < 100; ++i) {
        const QString stat = readProc(pid, "stat", readable);
        if (readable && stat.section(QLatin1Char(' '), 2, 2) == QLatin1String("S"))
            break;
        QThread::msleep(20);
    }
    QThread::msleep(200);

    const QString limits = readProc(pid, "limits", readable);
    REQUIRE(readable);
    const QString coreLine = limits.split(QLatin1Char('\n')).filter(QStringLiteral("Max core file size")).value(0);
    CHECK(coreLine.simplified().startsWith(QStringLiteral("Max core file size 0 0")));

    const QString environ = readProc(pid, "environ", readable);
    if (::geteuid() != 0) {
        CHECK_FALSE(readable); // PR_SET_DUMPABLE 0: /proc/PID/environ and mem belong to root now
    }
    if (readable) {
        CHECK_FALSE(environ.contains(kPassphrase));
        CHECK_FALSE(environ.contains(QStringLiteral("WAYMARK_PASSPHRASE=c")));
    }

    p.write(kNote.toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(showJson(diary).value(QStringLiteral("note")).toString() == kNote);
}

namespace {

/** Runs waymark-cli with WAYMARK_PASSPHRASE (and WAYMARK_NEW_PASSPHRASE when given) set to raw bytes. */
CliResult runWithPassphraseBytes(
    const QByteArray &passphrase, const QStringList &args, const QByteArray &newPassphrase = {})
{
    TempFolder scratch;
    writeBytes(scratch.file(QStringLiteral("p")), passphrase);
    writeBytes(scratch.file(QStringLiteral("n")), newPassphrase);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WAYMARK_PASSPHRASE"));
    env.remove(QStringLiteral("WAYMARK_NEW_PASSPHRASE"));
    env.insert(QStringLiteral("WAYMARK_TODAY"), QStringLiteral("2026-03-15"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral("/bin/sh"));
    // The shell reads the bytes from files, so no QString ever holds (and repairs) them.
    QStringList shellArgs { QStringLiteral("-c"),
        QStringLiteral(
            "WAYMARK_PASSPHRASE=\"$(cat \"$1\")\"; export WAYMARK_PASSPHRASE; "
            "if [ -s \"$2\" ]; then WAYMARK_NEW_PASSPHRASE=\"$(cat \"$2\")\"; export WAYMARK_NEW_PASSPHRASE; fi; "
            "shift 2; exec \"$@\""),
        QStringLiteral("sh"), scratch.file(QStringLiteral("p")), scratch.file(QStringLiteral("n")),
        QStringLiteral(WAYMARK_CLI_PATH) };
    p.setArguments(shellArgs + args);
    p.start();
    REQUIRE(p.waitForStarted(10000));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace

TEST_CASE("cli: a passphrase that is not valid UTF-8 is refused, never mangled into another one", "[cli][secrets]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("d.wmk"));
    // Two different invalid byte sequences: decoded leniently, both became "invalid \uFFFD\uFFFD ...".
    const QByteArray bad = "invalid \xff\xfe utf-8 passphrase";
    const QByteArray otherBad = "invalid \xc0\xc1 utf-8 passphrase";

    SECTION("init through the environment and through standard input makes nothing")
    {
        CliResult r = runWithPassphraseBytes(bad, { QStringLiteral("init"), QStringLiteral("--diary"), diary });
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(QStringLiteral("waymark-cli: ")));
        CHECK(r.err.contains(QStringLiteral("not valid UTF-8")));
        CHECK_FALSE(QFileInfo::exists(diary));
        r = runCli({ QStringLiteral("init"), QStringLiteral("--diary"), diary },
            { { QStringLiteral("WAYMARK_PASSPHRASE"), kUnset } }, bad + "\n");
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("not valid UTF-8")));
        CHECK_FALSE(QFileInfo::exists(diary));
    }
    SECTION("an existing diary is neither opened nor changed")
    {
        initDiary(diary);
        const QByteArray before = readBytes(diary);
        for (const QByteArray &pw : { bad, otherBad }) {
            const CliResult r
                = runWithPassphraseBytes(pw, { QStringLiteral("check"), QStringLiteral("--diary"), diary });
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 1);
            CHECK(r.err.contains(QStringLiteral("not valid UTF-8")));
        }
        const CliResult r = runWithPassphraseBytes(
            kPassphrase.toUtf8(), { QStringLiteral("passwd"), QStringLiteral("--diary"), diary }, bad);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("not valid UTF-8")));
        CHECK(readBytes(diary) == before);
    }
}

TEST_CASE("cli: the same passphrase typed as NFC or NFD opens the diary", "[cli][secrets]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("d.wmk"));
    const QString nfc = QStringLiteral("caf\u00e9 cr\u00e8me br\u00fbl\u00e9e");
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    REQUIRE(nfc != nfd);
    CliResult r = runCli({ QStringLiteral("init"), QStringLiteral("--diary"), diary },
        { { QStringLiteral("WAYMARK_PASSPHRASE"), nfd } });
    REQUIRE(r.exitCode == 0);
    r = runCli({ QStringLiteral("check"), QStringLiteral("--diary"), diary },
        { { QStringLiteral("WAYMARK_PASSPHRASE"), kUnset } }, nfc.toUtf8() + "\n");
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
}
