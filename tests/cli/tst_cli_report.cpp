// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli report and history-text on the demo diary, read back with qpdf and poppler's tools
// (Debian's qpdf and poppler-utils) as a clinician's PDF reader would.
#include "clirunner.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace waymark::test;

namespace {

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    INFO(program.toStdString() << " is needed (tools/debian-packages.txt: qpdf, poppler-utils)");
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()) };
}

QString makeDemo(const TempFolder &tmp)
{
    const QString diary = tmp.file(QStringLiteral("demo.wmk"));
    const CliResult r = runCli({ QStringLiteral("demo"), QStringLiteral("--diary"), diary });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return diary;
}

CliResult report(const QString &diary, const QStringList &more)
{
    return runCli(QStringList { QStringLiteral("report"), QStringLiteral("--diary"), diary } + more);
}

} // namespace

TEST_CASE("cli report: the demo's summary is a valid PDF with embedded fonts and real text", "[cli][report]")
{
    TempFolder tmp;
    const QString diary = makeDemo(tmp);
    const QString pdf = tmp.file(QStringLiteral("summary.pdf"));
    const CliResult r
        = report(diary, { QStringLiteral("--out"), pdf, QStringLiteral("--paper"), QStringLiteral("a4") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("not encrypted")));
    CHECK(r.err.isEmpty());

    const Tool check = runTool(QStringLiteral("qpdf"), { QStringLiteral("--check"), pdf });
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("No syntax or stream encoding errors")));

    // Every font embedded: the "emb" column says yes on every row.
    const Tool fonts = runTool(QStringLiteral("pdffonts"), { pdf });
    INFO(fonts.out.toStdString());
    REQUIRE(fonts.exitCode == 0);
    const QStringList rows = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE(!rows.isEmpty());
    for (const QString &row : rows) {
        const QStringList cols = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 7);
        CHECK(cols[cols.size() - 5] == QStringLiteral("yes"));
    }

    const Tool info = runTool(QStringLiteral("pdfinfo"), { pdf });
    CHECK(info.out.contains(QStringLiteral("(A4)")));
    const QRegularExpression pagesRe(QStringLiteral("Pages:\\s+(\\d+)"));
    const int pages = pagesRe.match(info.out).captured(1).toInt();
    CHECK(pages >= 3);

    const Tool text = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    REQUIRE(text.exitCode == 0);
    const QString t = text.out;
    // WAYMARK_TODAY is 2026-03-15: the demo's plan starts that day, so the range is the last 3 months.
    CHECK(t.contains(QStringLiteral("Range: 2025-12-16 to 2026-03-15")));
    CHECK(t.contains(QStringLiteral("Taking now")));
    CHECK(t.contains(QRegularExpression(QStringLiteral("Sertraline [0-9.]+ mg a day"))));
    CHECK(t.contains(QStringLiteral("Diazepam")));
    CHECK(t.contains(QStringLiteral("step 1 of")));
    CHECK(t.contains(QStringLiteral("Notes marked for the prescriber")));
    CHECK(t.contains(QRegularExpression(QStringLiteral("(Wave started today|Dizzy when turning)"))));
    CHECK(t.contains(QStringLiteral("Day by day")));
    CHECK(t.contains(QStringLiteral("Symptoms week by week")));
    CHECK(t.contains(QStringLiteral("Sources and method")));
    CHECK(t.contains(QStringLiteral("Sørensen")));
    CHECK(t.simplified().contains(QStringLiteral("Waymark does not give medical advice")));
    for (int i = 1; i <= pages; ++i) // a page number and the range on every page
        CHECK(t.contains(QStringLiteral("Page %1 of %2").arg(i).arg(pages)));
    CHECK(t.count(QStringLiteral("2025-12-16 to 2026-03-15")) >= 2 * pages);
    CHECK_FALSE(t.contains(QStringLiteral("Name:"))); // no name unless asked for

    // Every page renders as a picture.
    const Tool ppm = runTool(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), pdf, tmp.file(QStringLiteral("page")) });
    CHECK(ppm.exitCode == 0);
    CHECK(QDir(tmp.path()).entryList({ QStringLiteral("page*.png") }).size() == pages);
}

TEST_CASE("cli report --lang de: the summary in German, with German days and numbers", "[cli][report][i18n]")
{
    TempFolder tmp;
    const QString diary = makeDemo(tmp);
    const QString pdf = tmp.file(QStringLiteral("zusammenfassung.pdf"));
    // A German system locale alone changes nothing (the next run); --lang de does.
    const QMap<QString, QString> german { { QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8") },
        { QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8") } };
    const CliResult r = report(diary,
        { QStringLiteral("--out"), pdf, QStringLiteral("--paper"), QStringLiteral("a4"), QStringLiteral("--lang"),
            QStringLiteral("de"), QStringLiteral("--birth-date"), QStringLiteral("1980-04-02") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("not encrypted"))); // the CLI's own words stay English
    const QString t = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }).out;
    const QString flat = t.simplified();
    // Headings, table headers and sentences in German.
    for (const char *heading :
        { "Zusammenfassung zum Ausschleichen", "Nimmt jetzt", "Dosen und Symptome", "Nach einer Reduktion",
            "Tag für Tag", "Symptome Woche für Woche", "Quellen und Methode", "Datum", "Belegung", "Schwindel" })
        CHECK(t.contains(QString::fromUtf8(heading)));
    CHECK(flat.contains(QStringLiteral("Waymark gibt keinen medizinischen Rat")));
    // Days as 15.03.2026, numbers with a decimal comma.
    CHECK(t.contains(QStringLiteral("Zeitraum: 16.12.2025 bis 15.03.2026")));
    CHECK(t.contains(QStringLiteral("Geburtsdatum: 02.04.1980")));
    CHECK(t.contains(QRegularExpression(QStringLiteral("Sertraline [0-9,]+ mg am Tag"))));
    CHECK(t.contains(QStringLiteral("Seite 1 von")));
    // The sources: our words about S1 in German, its citation as published.
    CHECK(flat.contains(QStringLiteral("nie als Messwert")));
    CHECK(flat.contains(QStringLiteral("Mol Psychiatry 2022")));
    // None of the English headings or the footer is left.
    for (const char *english :
        { "Taking now", "Day by day", "Symptoms week by week", "Sources and method", "Page 1 of", "not medical advice",
            "Range:", "After a reduction", "a day", "never as a measurement", "mg equal to 10 mg oral diazepam" })
        CHECK_FALSE(t.contains(QString::fromUtf8(english)));

    // Without --lang, under a German system locale, the summary stays English with ISO days.
    const QString english = tmp.file(QStringLiteral("summary.pdf"));
    const CliResult en = runCli({ QStringLiteral("report"), QStringLiteral("--diary"), diary, QStringLiteral("--out"),
                                    english, QStringLiteral("--paper"), QStringLiteral("a4") },
        german);
    INFO(en.err.toStdString());
    REQUIRE(en.exitCode == 0);
    const QString e
        = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), english, QStringLiteral("-") }).out;
    CHECK(e.contains(QStringLiteral("Range: 2025-12-16 to 2026-03-15")));
    CHECK(e.contains(QRegularExpression(QStringLiteral("Sertraline [0-9.]+ mg a day"))));
    CHECK_FALSE(e.contains(QStringLiteral("Tag für Tag")));
}

TEST_CASE("cli report: Letter paper, a name, a chosen range and sections left out", "[cli][report]")
{
    TempFolder tmp;
    const QString diary = makeDemo(tmp);
    const QString pdf = tmp.file(QStringLiteral("letter.pdf"));
    const CliResult r = report(diary,
        { QStringLiteral("--out"), pdf, QStringLiteral("--paper"), QStringLiteral("letter"), QStringLiteral("--name"),
            QStringLiteral("Sam Example"), QStringLiteral("--birth-date"), QStringLiteral("1980-04-02"),
            QStringLiteral("--from"), QStringLiteral("2026-02-01"), QStringLiteral("--to"),
            QStringLiteral("2026-02-28"), QStringLiteral("--without"), QStringLiteral("days"),
            QStringLiteral("--without"), QStringLiteral("weeks") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const Tool info = runTool(QStringLiteral("pdfinfo"), { pdf });
    CHECK(info.out.contains(QStringLiteral("612 x 792 pts (letter)")));
    const QString t = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }).out;
    CHECK(t.contains(QStringLiteral("Name: Sam Example")));
    CHECK(t.contains(QStringLiteral("Date of birth: 1980-04-02")));
    CHECK(t.contains(QStringLiteral("Range: 2026-02-01 to 2026-02-28")));
    CHECK(t.contains(QStringLiteral("of the 28 days")));
    CHECK_FALSE(t.contains(QStringLiteral("Day by day")));
    CHECK_FALSE(t.contains(QStringLiteral("Symptoms week by week")));
}

TEST_CASE("cli report: bad input says what is wrong and writes nothing", "[cli][report]")
{
    TempFolder tmp;
    const QString diary = makeDemo(tmp);
    const QString pdf = tmp.file(QStringLiteral("x.pdf"));
    const QList<QPair<QStringList, QString>> cases {
        { { QStringLiteral("--out"), pdf, QStringLiteral("--paper"), QStringLiteral("a3") },
            QStringLiteral("a4 or letter") },
        { { QStringLiteral("--out"), pdf, QStringLiteral("--from"), QStringLiteral("2026-03-01"),
              QStringLiteral("--to"), QStringLiteral("2026-02-01") },
            QStringLiteral("ends before it starts") },
        { { QStringLiteral("--out"), tmp.file(QStringLiteral("x.txt")) }, QStringLiteral("ending in .pdf") },
        { { QStringLiteral("--out"), pdf, QStringLiteral("--without"), QStringLiteral("everything") },
            QStringLiteral("no such section") },
        { { QStringLiteral("--out"), pdf, QStringLiteral("--from"), QStringLiteral("2026-02-30") },
            QStringLiteral("from") },
        { { QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("fr") },
            QStringLiteral("en or de") },
    };
    for (const auto &c : cases) {
        const CliResult r = report(diary, c.first);
        INFO(c.first.join(QLatin1Char(' ')).toStdString() << " → " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(c.second));
        CHECK_FALSE(QFileInfo::exists(pdf));
    }
    // A folder that does not exist: an I/O error (exit 4), nothing left behind.
    const QString nowhere = tmp.file(QStringLiteral("no/such/folder/x.pdf"));
    const CliResult r = report(diary, { QStringLiteral("--out"), nowhere });
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QStringLiteral("Could not write the PDF")));
    CHECK_FALSE(QFileInfo::exists(nowhere));
    // --out is required.
    CHECK(report(diary, {}).exitCode == 1);
}

TEST_CASE("cli history-text: each drug with its changes and the dose now", "[cli][report]")
{
    TempFolder tmp;
    const QString diary = makeDemo(tmp);
    const CliResult r = runCli({ QStringLiteral("history-text"), QStringLiteral("--diary"), diary });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("Drug history as logged in Waymark, up to 2026-03-15")));
    CHECK(r.out.contains(QStringLiteral("\nSertraline\n  ")));
    CHECK(r.out.contains(QStringLiteral("\nDiazepam\n  ")));
    CHECK(r.out.contains(QStringLiteral("first logged:")));
    // The demo's sertraline comes down in steps: some reductions are listed with their doses.
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d  [0-9.]+ mg → [0-9.]+ mg a day"))));
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("now: [0-9.]+ mg a day"))));
    CHECK(r.out.contains(QStringLiteral("Sertraline plan: step 1 of")));
    CHECK(r.out.contains(QStringLiteral("Waymark does not give medical advice")));
}
