// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli and the plan in daily life (issue 13): doses across the day (--times), what to ask the
// pharmacy for (plan supply), the calendar (plan calendar, read back with python3-icalendar), and
// going back a step (plan back).
#include "plantests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace waymark;
using namespace waymark::test;
using namespace waymark::test::plan;

namespace {

const QString kAlprazolam = QStringLiteral(
    "--drug alprazolam --times 08:00=0.5,14:00=0.5,22:00=0.5 --step-percent 10 --interval-days 14 --final-mg 0.25 "
    "--start 2026-01-05 --tablet 0.25:2 --tablet 0.5:2");

double sumTimes(const QString &times)
{
    double total = 0;
    for (const QString &part : times.split(QLatin1Char(';')))
        total += part.section(QLatin1Char('='), 1).toDouble();
    return total;
}

/** The events of an .ics file as python3-icalendar (Debian) reads them: "YYYY-MM-DD|UID|SUMMARY|DESCRIPTION". */
QStringList icalEvents(const QString &path)
{
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sys, icalendar\n"
                           "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                           "assert str(cal['VERSION']) == '2.0'\n"
                           "for e in cal.walk('VEVENT'):\n"
                           "    print('%s|%s|%s|%s' % (e.decoded('DTSTART').isoformat(), e['UID'], e['SUMMARY'],"
                           " str(e.get('DESCRIPTION', '')).replace('\\n', '/')))\n"),
            path });
    REQUIRE(py.waitForFinished(30000));
    INFO(QString::fromUtf8(py.readAllStandardError()).toStdString());
    REQUIRE(py.exitCode() == 0);
    return QString::fromUtf8(py.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("cli plan --times: each step says the amount at each time and which dose changes", "[cli][plan][times]")
{
    const CliResult r = ok(QStringList { QStringLiteral("plan") } + split(kAlprazolam));
    const QList<QStringList> steps = rows(r.out);
    REQUIRE(steps.size() >= 10);
    CHECK(steps[0][10] == QStringLiteral("08:00=0.5;14:00=0.5;22:00=0.5"));
    CHECK(steps[1][10] == QStringLiteral("08:00=0.5;14:00=0.5;22:00=0.375"));
    CHECK(steps[1][11] == QStringLiteral("evening (22:00) dose 0.5 → 0.375 mg; morning and afternoon unchanged"));
    CHECK(steps[1][6] == QStringLiteral("08:00 1 × 0.5 mg; 14:00 1 × 0.5 mg; 22:00 1½ × 0.25 mg"));
    CHECK(steps[2][11] == QStringLiteral("afternoon (14:00) dose 0.5 → 0.375 mg; morning and evening unchanged"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        INFO("step " << i + 1);
        CHECK(sumTimes(steps[i][10]) == Approx(steps[i][3].toDouble()));
        if (i > 0) // one dose time changes at each step (the last step stops them all)
            CHECK((steps[i][11].contains(QStringLiteral("unchanged")) || steps[i][3] == QStringLiteral("0")));
    }
    // The times say the day's dose: --from-mg, when given, must agree with them.
    const CliResult bad
        = runCli(QStringList { QStringLiteral("plan") } + split(kAlprazolam + QStringLiteral(" --from-mg 2")));
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("--times: the dose times add up to 1.5 mg but the day's dose is 2 mg")));
    const CliResult unmade = runCli(split(QStringLiteral(
        "plan --drug alprazolam --times 08:00=0.5,22:00=0.3 --step-percent 10 --tablet 0.25:2 --tablet 0.5:2")));
    CHECK(unmade.exitCode == 1);
    CHECK(unmade.err.contains(QStringLiteral("--times: step 1 must be exactly the doses taken now, and the 22:00 "
                                             "dose of 0.3 mg cannot be made")));
    const CliResult typo = runCli(split(QStringLiteral("plan --drug alprazolam --times 8h=0.5 --step-percent 10")));
    CHECK(typo.exitCode == 1);
    CHECK(typo.err.contains(QStringLiteral("--times: '8h' is not a time of day")));
}

TEST_CASE("cli plan supply: alprazolam three times a day, 8 weeks, by hand count", "[cli][plan][supply]")
{
    TempFolder tmp;
    const QString diary = makeDiary(tmp);
    okIn(diary, split(QStringLiteral("drug add alprazolam")));
    const CliResult saved
        = okIn(diary, QStringList { QStringLiteral("plan"), QStringLiteral("save") } + split(kAlprazolam));
    CHECK(saved.out.startsWith(QStringLiteral("Saved plan 1 for Alprazolam")));
    // By hand (see tst_dosetimes.cpp): 84 × 0.5 mg and 252 halves of 0.25 mg in 8 weeks; + 10 %.
    const CliResult s
        = okIn(diary, split(QStringLiteral("plan supply --plan 1 --weeks 8 --margin 10 --date 2026-01-05")));
    CHECK(s.out.contains(QStringLiteral("The next 8 weeks (2026-01-05 to 2026-03-01, 56 days, with a 10 % margin):\n"
                                        "  139 × 0.25 mg tablet (halves)\n  93 × 0.5 mg tablet (halves)\n")));
    CHECK(s.out.contains(QStringLiteral("The current step (2026-01-05 to 2026-01-18, 14 days, with a 10 % margin):\n"
                                        "  47 × 0.5 mg tablet (halves)\n")));
    CHECK(s.err.contains(QStringLiteral("a piece left over still needs a whole tablet")));
    // The diary's margin (10 % unless saved) and JSON.
    okIn(diary, split(QStringLiteral("plan supply --plan 1 --margin 0 --save-margin --date 2026-01-05")));
    const CliResult j = okIn(diary, split(QStringLiteral("plan supply --plan 1 --date 2026-01-05 --json")));
    const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
    const QJsonArray lines = o.value(QStringLiteral("next_weeks")).toObject().value(QStringLiteral("lines")).toArray();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].toObject().value(QStringLiteral("amount")).toDouble() == 126);
    CHECK(lines[1].toObject().value(QStringLiteral("amount")).toDouble() == 84);
    const CliResult badWeeks
        = runCli(split(QStringLiteral("plan supply --plan 1 --weeks 0")) << QStringLiteral("--diary") << diary);
    CHECK(badWeeks.exitCode == 1);
    CHECK(badWeeks.err.contains(QStringLiteral("--weeks: the number of weeks is 1 to 104")));
}

TEST_CASE(
    "cli plan calendar: the .ics parses with python3-icalendar and its events match the steps", "[cli][plan][calendar]")
{
    TempFolder tmp;
    const QString diary = makeDiary(tmp);
    okIn(diary, split(QStringLiteral("drug add alprazolam")));
    okIn(diary, QStringList { QStringLiteral("plan"), QStringLiteral("save") } + split(kAlprazolam));
    okIn(diary, split(QStringLiteral("plan hold --plan 1 --date 2026-01-20 --days 7")));
    const QString ics = tmp.file(QStringLiteral("plan.ics"));
    const CliResult w = okIn(diary, split(QStringLiteral("plan calendar --plan 1 --out")) << ics);
    CHECK(w.out.contains(QStringLiteral("neutral titles")));
    const QJsonArray steps
        = QJsonDocument::fromJson(okIn(diary, split(QStringLiteral("plan show --plan 1 --json"))).out.toUtf8())
              .object()
              .value(QStringLiteral("plans"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("steps"))
              .toArray();
    const QStringList events = icalEvents(ics);
    REQUIRE(events.size() == steps.size() + 1); // + the hold's last day
    QStringList uids;
    int s = 0;
    for (const QString &e : events) {
        const QStringList f = e.split(QLatin1Char('|'));
        REQUIRE(f.size() == 4);
        uids << f[1];
        CHECK(f[3].isEmpty()); // no details by default
        CHECK_FALSE(e.contains(QStringLiteral("lprazolam")));
        if (f[2].startsWith(QStringLiteral("Waymark: hold ends"))) {
            CHECK(f[2] == QStringLiteral("Waymark: hold ends (step 2)"));
            CHECK(f[0] == steps[1].toObject().value(QStringLiteral("end_date")).toString());
            continue;
        }
        const QJsonObject step = steps[s++].toObject();
        CHECK(f[0] == step.value(QStringLiteral("start_date")).toString());
        CHECK(f[2] == QStringLiteral("Waymark: step %1 begins").arg(step.value(QStringLiteral("step")).toInt()));
    }
    CHECK(s == steps.size());
    // With details: the doses; the same UIDs, so a calendar replaces the events it had.
    okIn(diary, split(QStringLiteral("plan calendar --plan 1 --details --out")) << ics);
    const QStringList detailed = icalEvents(ics);
    REQUIRE(detailed.size() == events.size());
    CHECK(detailed[1].contains(QStringLiteral(
        "Alprazolam: 1.375 mg a day./evening (22:00) dose 0.5 → 0.375 mg; morning and afternoon unchanged.")));
    for (qsizetype i = 0; i < detailed.size(); ++i)
        CHECK(detailed[i].section(QLatin1Char('|'), 1, 1) == uids[i]);
    CHECK(QSet<QString>(uids.begin(), uids.end()).size() == uids.size());
}

TEST_CASE("cli plan back: recorded with the prescriber's agreement, held, then continued", "[cli][plan][stepback]")
{
    TempFolder tmp;
    const QString diary = makeDiary(tmp);
    okIn(diary, split(QStringLiteral("drug add alprazolam")));
    okIn(diary, QStringList { QStringLiteral("plan"), QStringLiteral("save") } + split(kAlprazolam));
    const QByteArray bytes = readBytes(diary);
    const CliResult refused = runCli(split(QStringLiteral("plan back --plan 1 --date 2026-02-05 --until-released"))
        << QStringLiteral("--diary") << diary);
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("add --prescriber-agreed")));
    CHECK(readBytes(diary) == bytes);
    const CliResult back = okIn(
        diary, split(QStringLiteral("plan back --plan 1 --date 2026-02-05 --until-released --prescriber-agreed")));
    CHECK(back.out.startsWith(QStringLiteral(
        "Plan 1 (Alprazolam): back to the previous dose to 1.375 mg (step 4) from 2026-02-05 until released")));
    const QList<QStringList> held = rows(csvAfterSummary(back.out));
    REQUIRE(held.size() == 4);
    CHECK(held[3][2].isEmpty()); // open until released
    CHECK(held[3][11].startsWith(QStringLiteral("back to the previous dose: afternoon (14:00) dose 0.375 → 0.5 mg")));
    const CliResult resumed = okIn(diary, split(QStringLiteral("plan resume --plan 1 --date 2026-03-01")));
    const QList<QStringList> after = rows(csvAfterSummary(resumed.out));
    REQUIRE(after.size() > 6);
    CHECK(after[3][2] == QStringLiteral("2026-02-28"));
    CHECK(after[4][1] == QStringLiteral("2026-03-01"));
    CHECK(after[4][3] == QStringLiteral("1.25"));
    CHECK(after[5][3] == QStringLiteral("1.125"));
    const CliResult shown = okIn(diary, split(QStringLiteral("plan show --plan 1")));
    CHECK(shown.out.contains(QStringLiteral(
        "Change: back to the previous dose from 2026-02-05, released on 2026-03-01 (prescriber agreed)")));
    // Not from step 1.
    okIn(diary, split(QStringLiteral("plan archive --plan 1")));
    okIn(diary, QStringList { QStringLiteral("plan"), QStringLiteral("save") } + split(kAlprazolam));
    const CliResult first
        = runCli(split(QStringLiteral("plan back --plan 2 --date 2026-01-10 --days 7 --prescriber-agreed"))
            << QStringLiteral("--diary") << diary);
    CHECK(first.exitCode == 1);
    CHECK(first.err.contains(QStringLiteral("there is no earlier dose in this plan to go back to")));
}
