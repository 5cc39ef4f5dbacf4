// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers of the waymark-cli plan tests (tst_cli_plan.cpp, tst_cli_plan_diary.cpp).
#include "catalogue.h"
#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QStringList>
#include <catch2/catch.hpp>

namespace waymark::test::plan {

inline const QString kProposal = QStringLiteral(
    "This schedule is a proposal to agree with your prescriber; Waymark does not give medical advice.");
inline const QString kHeader = QStringLiteral("step,start_date,end_date,dose_mg,method_dose_mg,occupancy_pct,how_to_"
                                              "make,cut_pct,drop_points,warning,times,change");

inline QString reference(const QString &name)
{
    QFile f(QStringLiteral(WAYMARK_TEST_DATA_DIR "/schedules/") + name + QStringLiteral(".csv"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

inline QStringList split(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/** Runs waymark-cli; REQUIREs exit 0 and shows stderr when it fails. */
inline CliResult ok(const QStringList &args)
{
    const CliResult r = runCli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

inline CliResult okIn(const QString &diary, QStringList args)
{
    return ok(args << QStringLiteral("--diary") << diary);
}

/** The rows of a schedule CSV (without the header, which is REQUIREd). */
inline QList<QStringList> rows(const QString &csv)
{
    QStringList lines = csv.split(QLatin1Char('\n'));
    REQUIRE(lines.size() >= 2);
    REQUIRE(lines.first() == kHeader);
    REQUIRE(lines.last().isEmpty()); // ends with a newline
    QList<QStringList> out;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QStringList fields = catalogue::splitCsvLine(lines[i]);
        REQUIRE(fields.size() == 12);
        out << fields;
    }
    return out;
}

/** The schedule CSV that follows the one-line summary of save, hold, resume... */
inline QString csvAfterSummary(const QString &out)
{
    const qsizetype nl = out.indexOf(QLatin1Char('\n'));
    REQUIRE(nl > 0);
    return out.mid(nl + 1);
}

inline QDate day(const QString &iso)
{
    return QDate::fromString(iso, Qt::ISODate);
}

inline const QStringList kHyperbolicCitalopram = split(QStringLiteral(
    "plan --drug citalopram --from-mg 20 --method hyperbolic --step-points 5 --interval-days 28 --start 2026-01-05 "
    "--liquid 2:0.1"));

inline QStringList customDiazepamArgs()
{
    QStringList args = split(QStringLiteral(
        "plan --drug diazepam --method custom --interval-days 28 --tablet 2:2 --tablet 5 --liquid 1:0.1"));
    for (const char *dose :
        { "2026-01-05=15", "2026-02-02=13", "2026-03-02=11", "2026-03-30=9.5", "2026-04-27=8", "2026-06-08=6.5",
            "2026-07-20=5", "2026-08-31=3.75", "2026-10-12=2.5", "2026-11-23=1.25", "2027-01-04=0.5", "2027-02-15=0" })
        args << QStringLiteral("--dose") << QLatin1String(dose);
    return args;
}

/** A diary with citalopram (library tablets 10/20/40 mg in halves), diazepam and a made-up drug. */
inline QString makeDiary(const TempFolder &tmp)
{
    const QString diary = tmp.file(QStringLiteral("d.wmk"));
    initDiary(diary);
    okIn(diary, split(QStringLiteral("drug add citalopram")));
    okIn(diary, split(QStringLiteral("drug add diazepam")));
    return diary;
}

inline const QStringList kSaveCitalopram = split(QStringLiteral(
    "plan save --drug citalopram --from-mg 20 --step-points 5 --interval-days 28 --start 2026-01-05 --liquid 2:0.1"));

} // namespace waymark::test::plan
