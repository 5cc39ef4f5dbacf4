// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli: help, version, usage errors, where --diary may go, where the passphrase comes from.
#include "clirunner.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace waymark::test;

namespace {

const QStringList kCommands = {
    QStringLiteral("init"),
    QStringLiteral("demo"),
    QStringLiteral("drug add"),
    QStringLiteral("drug list"),
    QStringLiteral("drug formulation add"),
    QStringLiteral("log dose"),
    QStringLiteral("log symptom"),
    QStringLiteral("log day"),
    QStringLiteral("show"),
    QStringLiteral("symptoms"),
    QStringLiteral("check"),
    QStringLiteral("passwd"),
};

QStringList words(const QString &command)
{
    return command.split(QLatin1Char(' '));
}

} // namespace

TEST_CASE("cli: --help lists every command and exits 0", "[cli]")
{
    const CliResult r = runCli({ QStringLiteral("--help") });
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("Usage: waymark-cli")));
    for (const QString &c : kCommands)
        CHECK(r.out.contains(QStringLiteral("  ") + c + QLatin1Char(' ')));
    CHECK(r.err.isEmpty());
}

TEST_CASE("cli: each command's --help prints its usage and exits 0", "[cli]")
{
    for (const QString &c : kCommands) {
        INFO(c.toStdString());
        const CliResult r
            = runCli(words(c) << QStringLiteral("--help"), { { QStringLiteral("WAYMARK_PASSPHRASE"), kUnset } });
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: waymark-cli [--diary FILE] %1").arg(c)));
        CHECK(r.out.contains(QStringLiteral("--help")));
        CHECK(r.err.isEmpty());
        const CliResult shortForm = runCli(words(c) << QStringLiteral("-h"));
        CHECK(shortForm.exitCode == 0);
        CHECK(shortForm.out == r.out);
    }
    // Command-specific options appear in their help.
    const CliResult dose = runCli({ QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--help") });
    for (const char *option : { "--date", "--time", "--drug", "--mg", "--note", "--force" })
        CHECK(dose.out.contains(QLatin1String(option)));
    CHECK(dose.out.contains(QStringLiteral("today")));
    // Group help.
    const CliResult group = runCli({ QStringLiteral("drug"), QStringLiteral("--help") });
    CHECK(group.exitCode == 0);
    CHECK(group.out.contains(QStringLiteral("drug formulation add")));
}

TEST_CASE("cli: --version", "[cli]")
{
    const CliResult r = runCli({ QStringLiteral("--version") });
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("waymark-cli " WAYMARK_VERSION)));
    CHECK(r.out.contains(QStringLiteral("SQLCipher 3.")));
}

TEST_CASE("cli: bad usage exits 1 and points to --help", "[cli]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("d.wmk"));
    struct Case
    {
        QStringList args;
        QString message;
        QString hint;
    };
    const QList<Case> cases = {
        { {}, QStringLiteral("a command is needed"), QStringLiteral("waymark-cli --help") },
        { { QStringLiteral("frobnicate") }, QStringLiteral("unknown command"), QStringLiteral("waymark-cli --help") },
        { { QStringLiteral("--bogus"), QStringLiteral("init") }, QStringLiteral("unknown option --bogus"),
            QStringLiteral("waymark-cli --help") },
        { { QStringLiteral("init"), QStringLiteral("--diary"), diary, QStringLiteral("--bogus") },
            QStringLiteral("unknown option --bogus"), QStringLiteral("waymark-cli init --help") },
        { { QStringLiteral("log") }, QStringLiteral("\"log\" needs one of: dose, symptom, day"),
            QStringLiteral("waymark-cli log --help") },
        { { QStringLiteral("log"), QStringLiteral("dosage") }, QStringLiteral("unknown command"),
            QStringLiteral("waymark-cli log --help") },
        { { QStringLiteral("show"), QStringLiteral("--diary"), diary, QStringLiteral("--date") },
            QStringLiteral("--date needs a value"), QStringLiteral("waymark-cli show --help") },
        { { QStringLiteral("show"), QStringLiteral("--diary"), diary }, QStringLiteral("--date is needed"),
            QStringLiteral("waymark-cli show --help") },
        { { QStringLiteral("show"), QStringLiteral("--diary"), diary, QStringLiteral("--json=yes"),
              QStringLiteral("--date"), QStringLiteral("2026-03-01") },
            QStringLiteral("--json takes no value"), QStringLiteral("waymark-cli show --help") },
        { { QStringLiteral("check"), QStringLiteral("--diary"), diary, QStringLiteral("extra") },
            QStringLiteral("unexpected argument"), QStringLiteral("waymark-cli check --help") },
        { { QStringLiteral("drug"), QStringLiteral("add"), QStringLiteral("--diary"), diary },
            QStringLiteral("NAME is needed"), QStringLiteral("waymark-cli drug add --help") },
        { { QStringLiteral("--diary"), diary, QStringLiteral("check"), QStringLiteral("--diary"), diary },
            QStringLiteral("--diary was given more than once"), QStringLiteral("waymark-cli check --help") },
    };
    for (const Case &c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const CliResult r = runCli(c.args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(QStringLiteral("waymark-cli: ")));
        CHECK(r.err.contains(c.message));
        CHECK(r.err.contains(c.hint));
        CHECK(r.out.isEmpty());
    }
    CHECK_FALSE(QFile::exists(diary));
}

TEST_CASE("cli: --diary goes before or after the command, or comes from WAYMARK_DIARY", "[cli]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("d.wmk"));

    SECTION("missing everywhere")
    {
        const CliResult r = runCli({ QStringLiteral("check") });
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("--diary FILE is needed")));
    }

    initDiary(diary);
    const QStringList before = { QStringLiteral("--diary"), diary, QStringLiteral("check") };
    const QStringList after = { QStringLiteral("check"), QStringLiteral("--diary"), diary };
    const QStringList equals = { QStringLiteral("check"), QStringLiteral("--diary=") + diary };
    const QStringList equalsBefore = { QStringLiteral("--diary=") + diary, QStringLiteral("check") };
    for (const QStringList &args : { before, after, equals, equalsBefore }) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliResult r = runCli(args);
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(QStringLiteral("OK")));
    }
    const CliResult fromEnv = runCli({ QStringLiteral("check") }, { { QStringLiteral("WAYMARK_DIARY"), diary } });
    CHECK(fromEnv.exitCode == 0);
    CHECK(fromEnv.out.startsWith(QStringLiteral("OK")));

    // --diary on the command line wins over WAYMARK_DIARY.
    const CliResult override = runCli({ QStringLiteral("check"), QStringLiteral("--diary"), diary },
        { { QStringLiteral("WAYMARK_DIARY"), tmp.file(QStringLiteral("missing.wmk")) } });
    CHECK(override.exitCode == 0);

    // Options of a subcommand may come between its words and after the diary.
    const CliResult mixed = runCli({ QStringLiteral("--diary"), diary, QStringLiteral("log"), QStringLiteral("day"),
        QStringLiteral("--note=first"), QStringLiteral("--date"), QStringLiteral("today") });
    CHECK(mixed.exitCode == 0);
    CHECK(showJson(diary).value(QStringLiteral("note")).toString() == QStringLiteral("first"));
}

TEST_CASE("cli: the passphrase is read from standard input when WAYMARK_PASSPHRASE is unset", "[cli]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("d.wmk"));
    const QMap<QString, QString> noEnv = { { QStringLiteral("WAYMARK_PASSPHRASE"), kUnset } };

    // init reads the new passphrase as one line.
    const CliResult init
        = runCli({ QStringLiteral("init"), QStringLiteral("--diary"), diary }, noEnv, kPassphrase.toUtf8() + "\n");
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);

    // The same passphrase in the environment opens it: the line was taken whole, without its newline.
    CHECK(runCli({ QStringLiteral("check"), QStringLiteral("--diary"), diary }).exitCode == 0);

    const CliResult check
        = runCli({ QStringLiteral("check"), QStringLiteral("--diary"), diary }, noEnv, kPassphrase.toUtf8() + "\n");
    CHECK(check.exitCode == 0);
    CHECK(check.out.startsWith(QStringLiteral("OK")));

    // Windows line endings and a missing final newline are fine too.
    CHECK(runCli({ QStringLiteral("check"), QStringLiteral("--diary"), diary }, noEnv, kPassphrase.toUtf8() + "\r\n")
              .exitCode
        == 0);
    CHECK(runCli({ QStringLiteral("check"), QStringLiteral("--diary"), diary }, noEnv, kPassphrase.toUtf8()).exitCode
        == 0);

    const CliResult wrong = runCli(
        { QStringLiteral("check"), QStringLiteral("--diary"), diary }, noEnv, kOtherPassphrase.toUtf8() + "\n");
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("That passphrase does not open this diary")));

    const CliResult none = runCli({ QStringLiteral("check"), QStringLiteral("--diary"), diary }, noEnv);
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("passphrase")));
    CHECK_FALSE(none.err.contains(kPassphrase));

    // A new diary's passphrase must be long enough; nothing is created otherwise.
    const QString other = tmp.file(QStringLiteral("short.wmk"));
    const CliResult tooShort = runCli({ QStringLiteral("init"), QStringLiteral("--diary"), other }, noEnv, "abc\n");
    CHECK(tooShort.exitCode == 1);
    CHECK(tooShort.err.contains(QStringLiteral("passphrase")));
    CHECK_FALSE(QFile::exists(other));
}
