// SPDX-License-Identifier: GPL-3.0-or-later
// waymark_bench_model: builds the trajectory model from the encrypted diary (10 and 30 years) and,
// as the baseline in the same run, reads the same rows from an unencrypted copy with the plain
// SQLite C API. Prints medians and the ratios. See docs/PERFORMANCE.md.
#include "benchstats.h"
#include "synthdiary.h"

#include "database.h"
#include "diary.h"
#include "diarycommands.h"
#include "storedplan.h"
#include "trajectory.h"
#include "undocommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <sqlcipher/sqlite3.h>

#include <QFileInfo>

#include <cmath>
#include <cstdio>
#include <vector>

using namespace waymark;
using namespace waymark::bench;

namespace {

// The minimal structures the plain baseline reads the rows into.
struct PlainRating
{
    qint32 day;
    qint32 symptomId;
    qint8 severity;
};
struct PlainDose
{
    qint32 day;
    qint32 drugId;
    qint64 micrograms;
};
struct PlainDay
{
    qint32 day;
    qint8 wellbeing;
    double sleepHours;
    bool hasNote;
};
struct PlainData
{
    std::vector<PlainRating> ratings;
    std::vector<PlainDose> doses;
    std::vector<PlainDay> days;
};

/** "YYYY-MM-DD" to a day number (civil-from-days inverse; no validation, the rows are ours). */
qint32 dayNumber(const unsigned char *s)
{
    auto num = [s](int at, int n) {
        int v = 0;
        for (int i = 0; i < n; ++i)
            v = v * 10 + (s[at + i] - '0');
        return v;
    };
    int y = num(0, 4);
    const int m = num(5, 2), d = num(8, 2);
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "prepare failed: %s\n", sqlite3_errmsg(db));
        std::exit(2);
    }
    return st;
}

/** Reads the rows trajectory::build reads (ratings, dose events, days) into minimal structures. */
PlainData readRows(sqlite3 *db)
{
    PlainData out;
    sqlite3_stmt *st = prepare(db, "SELECT day, symptom_id, severity FROM ratings ORDER BY day");
    while (sqlite3_step(st) == SQLITE_ROW)
        out.ratings.push_back({ dayNumber(sqlite3_column_text(st, 0)), qint32(sqlite3_column_int(st, 1)),
            qint8(sqlite3_column_int(st, 2)) });
    sqlite3_finalize(st);
    st = prepare(db, "SELECT day, drug_id, amount_ug FROM dose_events ORDER BY day");
    while (sqlite3_step(st) == SQLITE_ROW)
        out.doses.push_back(
            { dayNumber(sqlite3_column_text(st, 0)), qint32(sqlite3_column_int(st, 1)), sqlite3_column_int64(st, 2) });
    sqlite3_finalize(st);
    st = prepare(db, "SELECT day, wellbeing, sleep_hours, note IS NOT NULL FROM days ORDER BY day");
    while (sqlite3_step(st) == SQLITE_ROW)
        out.days.push_back({ dayNumber(sqlite3_column_text(st, 0)),
            qint8(sqlite3_column_type(st, 1) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 1)),
            sqlite3_column_type(st, 2) == SQLITE_NULL ? std::nan("") : sqlite3_column_double(st, 2),
            sqlite3_column_int(st, 3) != 0 });
    sqlite3_finalize(st);
    return out;
}

sqlite3 *openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        std::exit(2);
    }
    return db;
}

/** The baseline: the same rows, plain SQLite C API on the unencrypted copy (no key: no KDF, no cipher). */
PlainData readPlain(const QString &path)
{
    sqlite3 *db = openRaw(path);
    PlainData out = readRows(db);
    sqlite3_close_v2(db);
    return out;
}

/**
 * Diagnosis, not a goal: the same minimal reader on the encrypted file, keyed (KDF and first read
 * done before the clock starts), so the cost of decrypting and checking pages shows on its own.
 */
PlainData readEncrypted(const QString &path, qint64 *ns)
{
    sqlite3 *db = openRaw(path);
    const QByteArray key = QByteArray("PRAGMA key = '")
                               .append(kPassphrase.toUtf8())
                               .append("'; PRAGMA cipher_page_size = 4096; PRAGMA kdf_iter = 256000; "
                                       "SELECT count(*) FROM sqlite_master;");
    if (sqlite3_exec(db, key.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot key %s\n", qPrintable(path));
        std::exit(2);
    }
    QElapsedTimer t;
    t.start();
    PlainData out = readRows(db);
    *ns = t.nsecsElapsed();
    sqlite3_close_v2(db);
    return out;
}

struct Result
{
    int years = 0;
    int days = 0;
    qint64 ratings = 0;
    QVector<double> open, build, withOpen, plain, encrypted;
};

Result run(const SynthInfo &info, int runs)
{
    Result r;
    r.years = info.years;
    r.days = info.days;
    for (int i = 0; i < runs + 1; ++i) { // run 0 warms the OS file cache and is not counted
        QElapsedTimer t;
        t.start();
        auto diary = Diary::open(info.path, kPassphrase);
        const qint64 opened = t.nsecsElapsed();
        const trajectory::Trajectory traj = trajectory::build(*diary);
        const qint64 built = t.nsecsElapsed();
        diary.reset();

        QElapsedTimer p;
        p.start();
        const PlainData plain = readPlain(info.plainPath);
        const qint64 plainNs = p.nsecsElapsed();
        qint64 encryptedNs = 0;
        const PlainData viaCipher = readEncrypted(info.path, &encryptedNs);
        if (viaCipher.ratings.size() != plain.ratings.size()) {
            std::fprintf(stderr, "MISMATCH between the encrypted file and its plain copy\n");
            std::exit(1);
        }

        // The two must have read the same rows: same days, same total severity, same mg.
        double load = 0, plainLoad = 0, mg = 0, plainMg = 0;
        for (double v : traj.load)
            if (!std::isnan(v))
                load += v;
        for (const auto &x : plain.ratings)
            plainLoad += x.severity;
        for (const auto &d : traj.drugs)
            for (double v : d.takenMg)
                if (!std::isnan(v))
                    mg += v;
        for (const auto &x : plain.doses)
            plainMg += double(x.micrograms) / 1000.0;
        if (traj.days() != info.days || load != plainLoad || std::abs(mg - plainMg) > 1e-6 * plainMg
            || plain.days.size() != size_t(info.days) || traj.drugs.size() != 2) {
            std::fprintf(stderr, "MISMATCH: days %d/%zu/%d, load %.0f/%.0f, mg %.3f/%.3f\n", traj.days(),
                plain.days.size(), info.days, load, plainLoad, mg, plainMg);
            std::exit(1);
        }
        r.ratings = qint64(plain.ratings.size());
        if (i == 0)
            continue;
        r.open.append(ms(opened));
        r.build.append(ms(built - opened));
        r.withOpen.append(ms(built));
        r.plain.append(ms(plainNs));
        r.encrypted.append(ms(encryptedNs));
    }
    return r;
}

/** Where the build time goes: the Diary reads trajectory::build makes, timed one by one on a
 *  fresh connection (each pays for decrypting its own table's pages). Median ms of `runs`. */
void buildBreakdown(const SynthInfo &info, int runs)
{
    QVector<double> ratings, dayRows, doses, other;
    for (int i = 0; i < runs; ++i) {
        auto diary = Diary::open(info.path, kPassphrase);
        QElapsedTimer t;
        t.start();
        const QDate from = diary->firstDay(), to = diary->lastDay();
        (void)diary->symptoms(true);
        (void)diary->drugs(true);
        (void)diary->plans(false);
        other.append(ms(t.nsecsElapsed()));
        t.restart();
        qint64 sum = 0;
        diary->forEachRating(from, to, [&](qint64 jd, qint64 id, int severity) { sum += jd + id + severity; });
        ratings.append(ms(t.nsecsElapsed()));
        t.restart();
        diary->forEachDayRow(from, to, [&](qint64 jd, int w, double, bool) { sum += jd + w; });
        dayRows.append(ms(t.nsecsElapsed()));
        t.restart();
        const auto list = diary->doses(from, to);
        doses.append(ms(t.nsecsElapsed()));
        if (sum == 42 && list.isEmpty())
            std::printf(" ");
    }
    std::printf("\nBuild breakdown, %d y (the Diary reads trajectory::build makes, fresh connection, median ms):\n",
        info.years);
    std::printf("  first/last day, symptoms, drugs, plans   %7.1f\n", median(other));
    std::printf("  forEachRating (all ratings)              %7.1f\n", median(ratings));
    std::printf("  forEachDayRow (all days)                 %7.1f\n", median(dayRows));
    std::printf("  doses(from, to) (QList<DoseEvent>)       %7.1f\n", median(doses));
}

/**
 * Figure 4: saving a day's ratings (every symptom of the catalogue) the way the app does — one
 * undoable command (commands::setRatings) run in Diary::batch, as UndoStack::push does — against
 * a bare SQLCipher INSERT of the same rows in one transaction, with the same durability pragmas
 * (journal_mode DELETE, synchronous FULL, secure_delete ON). Each on its own copy of the 10-year
 * diary, each run a new day after the diary's last; keyed before the clock starts.
 */
void benchSave(const SynthInfo &info, int runs, const QString &dir)
{
    const QString oursPath = QDir(dir).filePath(QStringLiteral("save-ours.waymark"));
    const QString barePath = QDir(dir).filePath(QStringLiteral("save-bare.waymark"));
    for (const QString &copy : { oursPath, barePath }) {
        QFile::remove(copy);
        if (!QFile::copy(info.path, copy)) {
            std::fprintf(stderr, "cannot copy the diary\n");
            std::exit(2);
        }
    }
    auto diary = Diary::open(oursPath, kPassphrase);
    const QList<Symptom> symptoms = diary->symptoms(true);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(barePath).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        std::exit(2);
    const QByteArray key = QByteArray("PRAGMA key = '")
                               .append(kPassphrase.toUtf8())
                               .append("'; PRAGMA cipher_page_size = 4096; PRAGMA kdf_iter = 256000; "
                                       "SELECT count(*) FROM sqlite_master; PRAGMA foreign_keys = ON; "
                                       "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; "
                                       "PRAGMA secure_delete = ON;");
    if (sqlite3_exec(db, key.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        std::exit(2);
    sqlite3_stmt *insert = prepare(db, "INSERT INTO ratings (day, symptom_id, severity) VALUES (?1, ?2, ?3)");
    QVector<double> ours, bare;
    for (int i = 0; i < runs + 1; ++i) {
        const QDate day = lastDay().addDays(1 + i);
        QMap<QString, std::optional<int>> severities;
        for (int k = 0; k < symptoms.size(); ++k)
            severities.insert(symptoms[k].key, (i + k) % 5);
        QElapsedTimer t;
        t.start();
        auto command = commands::setRatings(day, severities);
        diary->batch([&] { command->redo(*diary); });
        const qint64 oursNs = t.nsecsElapsed();

        const QByteArray dayText = day.toString(Qt::ISODate).toLatin1();
        t.restart();
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (int k = 0; k < symptoms.size(); ++k) {
            sqlite3_bind_text(insert, 1, dayText.constData(), int(dayText.size()), SQLITE_STATIC);
            sqlite3_bind_int64(insert, 2, symptoms[k].id);
            sqlite3_bind_int(insert, 3, (i + k) % 5);
            if (sqlite3_step(insert) != SQLITE_DONE) {
                std::fprintf(stderr, "bare insert failed: %s\n", sqlite3_errmsg(db));
                std::exit(1);
            }
            sqlite3_reset(insert);
        }
        if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            std::exit(1);
        const qint64 bareNs = t.nsecsElapsed();
        if (diary->ratings(day).size() != symptoms.size()) {
            std::fprintf(stderr, "the app's save did not write every rating\n");
            std::exit(1);
        }
        if (i == 0)
            continue;
        ours.append(ms(oursNs));
        bare.append(ms(bareNs));
    }
    sqlite3_finalize(insert);
    sqlite3_close_v2(db);
    diary.reset();
    QFile::remove(oursPath);
    QFile::remove(barePath);
    std::printf("\nSaving a day's %d ratings (10 y diary), medians of %d: app path %.2f ms, bare SQLCipher insert "
                "%.2f ms\n",
        int(symptoms.size()), runs, median(ours), median(bare));
    printFigure(
        { QStringLiteral("4"), QStringLiteral("saving a day's ratings vs a bare SQLCipher insert, one transaction"),
            median(ours), median(bare), 1.5, QStringLiteral("ms"), 2 });
}

/**
 * Figure 7: the KDF. Unlock time (Diary::open: KDF, first read, schema check), the KDF alone
 * (keying and reading a tiny file with 256 000 iterations minus with 1), and what one guess of a
 * passphrase costs an attacker who has the file: one full KDF (PBKDF2-HMAC-SHA1 in SQLCipher 3.4)
 * and the page check, i.e. about the KDF time of one core of this machine.
 */
void benchKdf(const SynthInfo &info, int runs, const QString &dir)
{
    QVector<double> unlock;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto diary = Diary::open(info.path, kPassphrase);
        unlock.append(ms(t.nsecsElapsed()));
    }
    const double kdf = kdfMs(dir, runs);
    std::printf("\nKDF: PBKDF2-HMAC-SHA1, 256 000 iterations (SQLCipher %s), 4096-byte pages\n",
        qPrintable(Database::cipherVersion()));
    std::printf("  unlock (Diary::open of the 10 y diary: KDF, first read, schema check) %.1f ms\n", median(unlock));
    std::printf("  KDF alone (256 000 iterations - 1 iteration)                          %.1f ms\n", kdf);
    std::printf("  an attacker's guess costs one KDF: %.1f ms of one core here, about %.0f guesses/s per core, "
                "%.1f million per core-day\n",
        kdf, 1000.0 / kdf, 86400.0 * 1000.0 / kdf / 1e6);
    printFigure(
        { QStringLiteral("7"), QStringLiteral("KDF share of unlock (Diary::open, 10 y)"), kdf, median(unlock), 0 });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Waymark benchmark: trajectory model build vs plain SQLite read"));
    parser.addHelpOption();
    QCommandLineOption runsOpt(
        QStringLiteral("runs"), QStringLiteral("Measured runs per size."), QStringLiteral("n"), QStringLiteral("9"));
    QCommandLineOption dataOpt(QStringLiteral("data"), QStringLiteral("Cache directory for the synthetic diaries."),
        QStringLiteral("dir"), QCoreApplication::applicationDirPath() + QStringLiteral("/bench-data"));
    QCommandLineOption quickOpt(QStringLiteral("quick"), QStringLiteral("Skip the build breakdown."));
    parser.addOptions({ runsOpt, dataOpt, quickOpt });
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOpt).toInt());

    Database::requireCipher();
    std::printf("waymark_bench_model: SQLCipher %s (SQLite %s), %d measured runs per size (+1 warm-up)\n",
        qPrintable(Database::cipherVersion()), sqlite3_libversion(), runs);

    QList<Result> results;
    for (int years : { 10, 30 }) {
        const SynthInfo info = ensureDiary(parser.value(dataOpt), years);
        if (info.generated)
            std::printf("generated %d-year diary (%d days) in %.1f s: %s\n", years, info.days, info.generateSeconds,
                qPrintable(info.path));
        std::printf("diary %2d y: %s (%.1f MB encrypted, %.1f MB plain copy)\n", years,
            qPrintable(QFileInfo(info.path).fileName()), QFileInfo(info.path).size() / 1e6,
            QFileInfo(info.plainPath).size() / 1e6);
        std::fflush(stdout);
        results.append(run(info, runs));
    }

    std::printf("\nMedians in ms (%d runs):\n", runs);
    std::printf("%-6s %7s %9s %10s %11s %10s %11s %12s %13s %15s\n", "years", "days", "ratings", "open+KDF",
        "build only", "with open", "plain read", "cipher read", "build/plain", "withopen/plain");
    for (const Result &r : results) {
        const double b = median(r.build), w = median(r.withOpen), p = median(r.plain), c = median(r.encrypted);
        std::printf("%-6d %7d %9lld %10.1f %11.1f %10.1f %11.1f %12.1f %12.2fx %14.2fx\n", r.years, r.days,
            (long long)r.ratings, median(r.open), b, w, p, c, b / p, w / p);
    }
    std::printf("(cipher read: the plain reader on the encrypted file, keyed before timing; diagnosis only)\n");
    const Result &r10 = results.first();
    const double ratio = median(r10.build) / median(r10.plain);
    std::printf("\nGoal: model build for 10 years <= 2x the plain SQLite read of the same rows (KDF excluded)\n");
    std::printf("RESULT model10/plain10 = %.2fx -> %s\n", ratio, ratio <= 2.0 ? "MET" : "MISSED");
    std::printf("       (with the fixed open+KDF cost included: %.2fx)\n", median(r10.withOpen) / median(r10.plain));
    std::printf("       build 30y / build 10y = %.2fx\n", median(results.last().build) / median(r10.build));
    std::printf("       of which decrypting pages: cipher read / plain read (10 y) = %.2fx\n",
        median(r10.encrypted) / median(r10.plain));
    printFigure(
        { QStringLiteral("0"), QStringLiteral("model build 10 y vs plain SQLite read of the same rows (KDF excluded)"),
            median(r10.build), median(r10.plain), 2.0, QStringLiteral("ms"), 2 });
    const SynthInfo ten = ensureDiary(parser.value(dataOpt), 10);
    benchSave(ten, runs, parser.value(dataOpt));
    benchKdf(ten, runs, parser.value(dataOpt));
    if (!parser.isSet(quickOpt))
        buildBreakdown(ten, runs);
    return 0;
}
