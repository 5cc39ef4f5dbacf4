// SPDX-License-Identifier: GPL-3.0-or-later
// waymark_bench_app: the whole app, each figure against a baseline measured in the same run
// (docs/PERFORMANCE.md, figures 1, 2, 3, 5 and 6):
//   1 start to the first frame of the unlock page vs waymark_bench_minimal (a minimal Qt Quick
//     Controls app built in the same tree);
//   2 unlock to Today drawn (10-year diary), the KDF apart, vs reading the rows Today shows with
//     the plain SQLite C API from an unencrypted copy;
//   3 opening Charts with 30 years vs with 10 years;
//   5 the clinician PDF for one year vs painting the same pages into images with QPainter;
//   6 peak RSS on Charts with 10 years vs the minimal app, and its growth from 1 to 30 years.
// The parent spawns one child process per run (this binary with --child, or the minimal app);
// a child runs the real QML app (qrc:/Waymark/Main.qml, a Session on the synthetic diary, its day
// pinned to the diary's last day) and prints its timings. Run under Xvfb: tools/run-bench.sh.
#include "appprobe.h"
#include "benchstats.h"
#include "synthdiary.h"

#include "chartcontroller.h"
#include "clock.h"
#include "database.h"
#include "daycontroller.h"
#include "diary.h"
#include "passphrasekey.h"
#include "report/clinicalsummary.h"
#include "reportpdf.h"
#include "reportrenderer.h"
#include "session.h"
#include "trajectorychart.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QPageSize>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <sqlcipher/sqlite3.h>

#include <cmath>
#include <cstdio>

using namespace waymark;
using namespace waymark::bench;

namespace {

QObject *findWithProperty(QQuickItem *item, const char *property)
{
    if (!item)
        return nullptr;
    if (item->property(property).isValid())
        return item;
    for (QQuickItem *child : item->childItems())
        if (QObject *o = findWithProperty(child, property))
            return o;
    return nullptr;
}

void findCharts(QQuickItem *item, QList<TrajectoryChart *> &out)
{
    if (!item)
        return;
    if (auto *c = qobject_cast<TrajectoryChart *>(item))
        out.append(c);
    for (QQuickItem *child : item->childItems())
        findCharts(child, out);
}

/**
 * The "ours" child: the app's QML on the synthetic diary. Prints first_frame_ms (parent start to
 * the unlock page's first frame), unlock_call_ms (Session::unlock: KDF, open, schema check),
 * today_ms (from the unlock call to the last frame of Today), and with --charts charts_ms (from
 * switching to Charts to its last frame) and the peak RSS there.
 */
int runChild(const QString &diaryPath, bool charts)
{
    const qint64 t0 = parentStartNs();
    if (!qEnvironmentVariableIsSet("QT_QPA_UPDATE_IDLE_TIME"))
        qputenv("QT_QPA_UPDATE_IDLE_TIME", "0");
    int argc = 1;
    char name[] = "waymark_bench_app";
    char *argv[] = { name, nullptr };
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Waymark"));
    FixedClock clock(QDateTime(lastDay(), QTime(12, 0)));
    Session session(clock, diaryPath);
    session.setStartPage(QStringLiteral("today"));
    // Connected before the QML's own connections, so called first: where the unlock's time goes.
    qint64 diaryOpenedNs = 0;
    QObject::connect(&session, &Session::diaryChanged, [&] {
        if (diaryOpenedNs == 0)
            diaryOpenedNs = monotonicNs();
    });
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Waymark/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects()[0]);
    if (!window) {
        std::fprintf(stderr, "the app's QML did not load\n");
        return 1;
    }
    window->resize(1280, 800);
    SwapWatch swaps(window);
    if (!swaps.waitQuiet(0, 300)) {
        std::fprintf(stderr, "no frame of the unlock page within 20 s\n");
        return 1;
    }
    std::printf("first_frame_ms %.3f\n", ms(swaps.firstNs() - t0));

    int before = swaps.count();
    qint64 start = monotonicNs();
    if (!session.unlock(kPassphrase)) {
        std::fprintf(stderr, "unlock failed\n");
        return 1;
    }
    const qint64 unlocked = monotonicNs();
    std::printf("unlock_call_ms %.3f\n", ms(unlocked - start));
    // open: Diary::open (KDF, first read, schema check), up to Session::diaryChanged; pages: the
    // rest of Session::unlock, i.e. the reactions to diaryChanged and stateChanged: the QML
    // creating the unlocked pages and their controllers loading what they show.
    std::printf("open_ms %.3f\n", ms(diaryOpenedNs - start));
    std::printf("pages_ms %.3f\n", ms(unlocked - diaryOpenedNs));
    if (!swaps.waitQuiet(before)) {
        std::fprintf(stderr, "Today was not drawn within 20 s\n");
        return 1;
    }
    std::printf("today_ms %.3f\n", ms(swaps.lastNs() - start));
    // The first frame after the call that shows Today (its top cards and first symptom rows; the
    // other rows are made after it), as against the last one above (every row made and drawn).
    std::printf("today_first_ms %.3f\n", ms(swaps.frameNs(before) - start));
    if (!findWithProperty(window->contentItem(), "pageNames")) {
        std::fprintf(stderr, "the unlocked shell is not on screen\n");
        return 1;
    }
    // The size of the page made: its items, and how many are controls (the minimal app's page has as many).
    ItemCount today;
    countItems(findItem(window->contentItem(), QStringLiteral("todayFlick")), today);
    if (today.controls < 46 * 5) {
        std::fprintf(stderr, "Today shows only %d controls\n", today.controls);
        return 1;
    }
    std::printf("today_items %d\ntoday_controls %d\n", today.items, today.controls);

    // Shows a page through the shell and times it to its last frame; prints and returns the
    // milliseconds, or -1 (and says why) when it was not drawn within 20 s.
    const auto openPage = [&](const QString &name) -> double {
        QObject *shell = findWithProperty(window->contentItem(), "pageNames");
        const int index = int(shell->property("pageNames").toStringList().indexOf(name));
        const int framesBefore = swaps.count();
        const qint64 opened = monotonicNs();
        shell->setProperty("currentIndex", index);
        if (!swaps.waitQuiet(framesBefore)) {
            std::fprintf(stderr, "%s was not drawn within 20 s (%d frames, the last %.0f ms ago)\n", qPrintable(name),
                swaps.count() - framesBefore, ms(monotonicNs() - swaps.lastNs()));
            return -1;
        }
        const double took = ms(swaps.lastNs() - opened);
        std::printf("%s_ms %.3f\n", qPrintable(name), took);
        return took;
    };

    if (charts) {
        if (openPage(QStringLiteral("charts")) < 0)
            return 1;
        QList<TrajectoryChart *> found;
        findCharts(window->contentItem(), found);
        int points = 0;
        for (TrajectoryChart *c : found)
            if (c->isVisible())
                points += c->pointCount();
        if (points == 0) {
            std::fprintf(stderr, "Charts shows no points\n");
            return 1;
        }
        std::printf("chart_points %d\n", points);
    }
    std::printf("peak_rss_kib %lld\n", static_cast<long long>(peakRssKiB()));

    if (charts) {
        // Then History (after the peak RSS on Charts was taken): its first opening, which reads
        // only the newest months of the diary (HistoryModel's window).
        if (openPage(QStringLiteral("history")) < 0)
            return 1;
        auto *list = findItem(window->contentItem(), QStringLiteral("historyList"));
        if (!list || list->property("count").toInt() == 0) {
            std::fprintf(stderr, "History shows no days\n");
            return 1;
        }
        const int rows = list->property("count").toInt();
        std::printf("history_rows %d\n", rows);
        // Scrolled to its end, the list asks the model for older months (fetchMore) and settles.
        before = swaps.count();
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        if (!swaps.waitQuiet(before) || list->property("count").toInt() <= rows) {
            std::fprintf(
                stderr, "History did not read older days at its end (%d rows)\n", list->property("count").toInt());
            return 1;
        }
    }
    return 0;
}

/**
 * The data part of figure 2, in this process without any QML: a Session on the diary unlocked
 * (Diary::open: KDF, first read, schema check) and the controller Today makes (DayController:
 * the day, its ratings, the usual symptoms, the usual and planned doses, the drugs), timed apart.
 * Each run is a new connection, so SQLCipher's page cache starts empty, as at a real unlock.
 */
struct DataPart
{
    double unlockMs = 0;
    double readsMs = 0;
    double quickCheckMs = 0; ///< of unlockMs: Diary::open's PRAGMA quick_check (timed on its own connection)
    double plannedMs = 0; ///< Diary::plannedDoses again after the reads (the schedules computed, pages cached)
};
DataPart readTodayApp(const QString &diaryPath)
{
    DataPart out;
    {
        // What Diary::open checks on every unlock: quick_check reads and authenticates every page.
        PassphraseKey::Opened opened = PassphraseKey::open(diaryPath, kPassphrase, Database::Mode::ReadOnly);
        const qint64 t = monotonicNs();
        if (opened.db->integrityCheck(false) != QLatin1String("ok")) {
            std::fprintf(stderr, "the synthetic diary fails quick_check\n");
            std::exit(1);
        }
        out.quickCheckMs = ms(monotonicNs() - t);
    }
    FixedClock clock(QDateTime(lastDay(), QTime(12, 0)));
    Session session(clock, diaryPath);
    qint64 t = monotonicNs();
    if (!session.unlock(kPassphrase)) {
        std::fprintf(stderr, "unlock failed\n");
        std::exit(1);
    }
    out.unlockMs = ms(monotonicNs() - t);
    t = monotonicNs();
    DayController day;
    out.readsMs = ms(monotonicNs() - t);
    // Of those reads, the planned doses are computed (each active plan's schedule) rather than read.
    t = monotonicNs();
    const auto planned = session.diary()->plannedDoses(lastDay());
    out.plannedMs = ms(monotonicNs() - t);
    if (day.symptoms()->rowCount() < 46 || day.drugs().isEmpty() || planned.isEmpty()) {
        std::fprintf(stderr, "Today's controller read nothing\n");
        std::exit(1);
    }
    return out;
}

/** Runs a child and returns its "key value" lines. */
QMap<QString, double> spawn(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const qint64 t0 = monotonicNs();
    env.insert(QStringLiteral("WAYMARK_BENCH_T0"), QString::number(t0));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed\n", qPrintable(program), qPrintable(args.join(u' ')));
        std::exit(1);
    }
    QMap<QString, double> out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            out.insert(QString::fromLatin1(parts[0]), parts[1].toDouble());
    }
    return out;
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

/**
 * The baseline of figure 2: the rows the Today page shows, read with the plain SQLite C API from
 * the unencrypted copy into plain structures: the symptom catalogue, the drugs, their forms and
 * dose times, the plans, the day's row, its ratings, and the last 14 days' doses (the usual doses
 * the page offers). Returns the number of rows read.
 */
qint64 readTodayPlain(const QString &plainPath, const QDate &today)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(plainPath).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        std::exit(2);
    const QByteArray day = today.toString(Qt::ISODate).toLatin1();
    const QByteArray from = today.addDays(-14).toString(Qt::ISODate).toLatin1();
    struct Row
    {
        QByteArray text;
        double value = 0;
    };
    std::vector<Row> rows;
    auto readAll = [&](sqlite3_stmt *st) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            Row r;
            const int n = sqlite3_column_count(st);
            for (int c = 0; c < n; ++c) {
                if (sqlite3_column_type(st, c) == SQLITE_TEXT)
                    r.text.append(
                        reinterpret_cast<const char *>(sqlite3_column_text(st, c)), sqlite3_column_bytes(st, c));
                else
                    r.value += sqlite3_column_double(st, c);
            }
            rows.push_back(std::move(r));
        }
        sqlite3_finalize(st);
    };
    for (const char *sql : { "SELECT * FROM symptoms", "SELECT * FROM drugs", "SELECT * FROM formulations",
             "SELECT * FROM dose_times", "SELECT * FROM plans", "SELECT * FROM settings" })
        readAll(prepare(db, sql));
    for (const char *sql : { "SELECT * FROM days WHERE day = ?1", "SELECT * FROM ratings WHERE day = ?1" }) {
        sqlite3_stmt *st = prepare(db, sql);
        sqlite3_bind_text(st, 1, day.constData(), int(day.size()), SQLITE_STATIC);
        readAll(st);
    }
    sqlite3_stmt *st = prepare(db, "SELECT * FROM dose_events WHERE day BETWEEN ?1 AND ?2 ORDER BY day");
    sqlite3_bind_text(st, 1, from.constData(), int(from.size()), SQLITE_STATIC);
    sqlite3_bind_text(st, 2, day.constData(), int(day.size()), SQLITE_STATIC);
    readAll(st);
    sqlite3_close_v2(db);
    return qint64(rows.size());
}

/** Figure 5: the PDF of one year vs painting the same pages into images, medians of runs. */
void benchPdf(const QString &diaryPath, int runs)
{
    auto diary = Diary::open(diaryPath, kPassphrase);
    report::Options options;
    options.to = lastDay();
    options.from = lastDay().addYears(-1).addDays(1);
    options.today = lastDay();
    QVector<double> build, pdf, images;
    int pages = 0;
    qint64 bytes = 0;
    for (int i = 0; i < runs + 1; ++i) {
        qint64 t = monotonicNs();
        const report::Summary summary = report::buildSummary(*diary, options);
        const ReportRenderer renderer(summary, QPageSize(QPageSize::A4), lastDay());
        const double built = ms(monotonicNs() - t);
        t = monotonicNs();
        const QByteArray file = report::renderPdf(renderer, QStringLiteral("Benchmark"));
        const double pdfMs = ms(monotonicNs() - t);
        // The baseline: the same pages painted with QPainter into images at 96 dpi (the page's own units).
        t = monotonicNs();
        qint64 ink = 0;
        for (int p = 0; p < renderer.pageCount(); ++p) {
            const QImage img = report::renderPageImage(renderer, p, int(std::lround(renderer.pageSize().width())));
            ink += img.isNull() ? 0 : 1;
        }
        const double imageMs = ms(monotonicNs() - t);
        if (!file.startsWith("%PDF") || ink != renderer.pageCount() || renderer.pageCount() < 2) {
            std::fprintf(stderr, "the PDF or its page images are missing\n");
            std::exit(1);
        }
        pages = renderer.pageCount();
        bytes = file.size();
        if (i == 0)
            continue; // warm-up (fonts, caches)
        build.append(built);
        pdf.append(pdfMs);
        images.append(imageMs);
    }
    std::printf("\nClinician PDF, one year (%d pages, %.0f KB), medians of %d: summary + layout %.1f ms, PDF %.1f ms, "
                "the same pages as images %.1f ms\n",
        pages, double(bytes) / 1024.0, runs, median(build), median(pdf), median(images));
    printFigure({ QStringLiteral("5"), QStringLiteral("clinician PDF, 1 year vs the same pages as QPainter images"),
        median(pdf), median(images), 3.0 });
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--child") == 0)
            return runChild(QString::fromLocal8Bit(argv[i + 1]), i + 2 < argc && qstrcmp(argv[i + 2], "--charts") == 0);

    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Waymark benchmark: the app against its baselines"));
    parser.addHelpOption();
    QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Measured runs per figure (after one warm-up)."),
        QStringLiteral("n"), QStringLiteral("7"));
    QCommandLineOption dataOpt(QStringLiteral("data"), QStringLiteral("Cache directory for the synthetic diaries."),
        QStringLiteral("dir"), QCoreApplication::applicationDirPath() + QStringLiteral("/bench-data"));
    parser.addOptions({ runsOpt, dataOpt });
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const QString dir = parser.value(dataOpt);
    const QString self = QCoreApplication::applicationFilePath();
    const QString minimal
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("waymark_bench_minimal"));

    QMap<int, SynthInfo> diaries;
    for (int years : { 1, 10, 30 }) {
        diaries[years] = ensureDiary(dir, years);
        if (diaries[years].generated)
            std::printf("generated the %d-year diary in %.1f s\n", years, diaries[years].generateSeconds);
    }
    std::printf("waymark_bench_app: %d runs per figure (+1 warm-up), one process per run, medians\n", runs);
    std::fflush(stdout);

    // Each run: the minimal app, then ours on 1, 10 and 30 years (Charts opened), interleaved so
    // that the machine's load drifts over all of them alike.
    QMap<QString, QVector<double>> v;
    QMap<QString, double> sizes; // items and controls of Today and of the minimal app's page
    for (int i = 0; i < runs + 1; ++i) {
        const auto m = spawn(minimal, {});
        QMap<int, QMap<QString, double>> ours;
        for (int years : { 1, 10, 30 })
            ours[years] = spawn(self, { QStringLiteral("--child"), diaries[years].path, QStringLiteral("--charts") });
        if (i == 0)
            continue;
        v[QStringLiteral("minimal first")].append(m.value(QStringLiteral("first_frame_ms")));
        v[QStringLiteral("minimal rss")].append(m.value(QStringLiteral("peak_rss_kib")) / 1024.0);
        v[QStringLiteral("minimal page")].append(m.value(QStringLiteral("page_ms")));
        sizes[QStringLiteral("minimal items")] = m.value(QStringLiteral("page_items"));
        sizes[QStringLiteral("minimal controls")] = m.value(QStringLiteral("page_controls"));
        sizes[QStringLiteral("today items")] = ours[10].value(QStringLiteral("today_items"));
        sizes[QStringLiteral("today controls")] = ours[10].value(QStringLiteral("today_controls"));
        for (int years : { 1, 10, 30 }) {
            const auto &o = ours[years];
            const QString y = QString::number(years);
            for (const char *key :
                { "first_frame", "unlock_call", "open", "pages", "today_first", "today", "charts", "history" })
                v[y + u' ' + QLatin1String(key)].append(o.value(QLatin1String(key) + QStringLiteral("_ms")));
            v[y + QStringLiteral(" rss")].append(o.value(QStringLiteral("peak_rss_kib")) / 1024.0);
            sizes[y + QStringLiteral(" history rows")] = o.value(QStringLiteral("history_rows"));
        }
    }
    auto med = [&](const QString &key) { return median(v.value(key)); };

    // The baselines of figure 2 and the data part of Today, in this process, and the KDF.
    // The KDF is measured in every round right after the unlock it is subtracted from, so the load
    // of the machine drifts over both alike (a median of differences, not a difference of medians).
    QVector<double> plainToday, appUnlock, appOpenNoKdf, appReads, quickCheck, planned, kdfs;
    qint64 todayRows = 0;
    for (int i = 0; i < runs + 1; ++i) {
        const qint64 t = monotonicNs();
        todayRows = readTodayPlain(diaries[10].plainPath, lastDay());
        const double plain = ms(monotonicNs() - t);
        const DataPart app = readTodayApp(diaries[10].path);
        const double kdfNow = kdfMs(dir, 1);
        if (i == 0)
            continue;
        kdfs.append(kdfNow);
        appOpenNoKdf.append(app.unlockMs - kdfNow);
        plainToday.append(plain);
        appUnlock.append(app.unlockMs);
        appReads.append(app.readsMs);
        quickCheck.append(app.quickCheckMs);
        planned.append(app.plannedMs);
    }
    const double kdf = median(kdfs);

    std::printf("\n%-7s %12s %12s %8s %8s %10s %10s %11s %9s %12s\n", "diary", "first frame", "unlock call", "open",
        "pages", "Today 1st", "to Today", "open Charts", "History", "peak RSS MB");
    std::printf("%-7s %12.1f %12s %8s %8s %10s %10s %11s %9s %12.1f\n", "minimal", med(QStringLiteral("minimal first")),
        "-", "-", "-", "-", "-", "-", "-", med(QStringLiteral("minimal rss")));
    for (int years : { 1, 10, 30 }) {
        const QString y = QString::number(years) + u' ';
        std::printf("%-7s %12.1f %12.1f %8.1f %8.1f %10.1f %10.1f %11.1f %9.1f %12.1f\n",
            qPrintable(QString::number(years) + QStringLiteral(" y")), med(y + QStringLiteral("first_frame")),
            med(y + QStringLiteral("unlock_call")), med(y + QStringLiteral("open")), med(y + QStringLiteral("pages")),
            med(y + QStringLiteral("today_first")), med(y + QStringLiteral("today")), med(y + QStringLiteral("charts")),
            med(y + QStringLiteral("history")), med(y + QStringLiteral("rss")));
    }
    std::printf(
        "(unlock call = Session::unlock, of which open = Diary::open with the KDF, pages = the QML creating the "
        "unlocked shell and Today and its controller loading; Today 1st, to Today = from the call to Today's "
        "first and last frame; open Charts, History = from switching pages to the page's last frame; History's first "
        "read: %.0f rows of 1 y, %.0f of 30 y)\n",
        sizes.value(QStringLiteral("1 history rows")), sizes.value(QStringLiteral("30 history rows")));

    // Figure 2 split: (a) the data, (b) making and drawing the page.
    const double dataPart = median(appOpenNoKdf) + median(appReads);
    const double uiPart = med(QStringLiteral("10 today")) - med(QStringLiteral("10 open")) - median(appReads);
    std::printf("KDF (PBKDF2, 256 000 iterations) %.1f ms; plain read of the %lld rows Today shows: %.2f ms\n", kdf,
        static_cast<long long>(todayRows), median(plainToday));
    std::printf(
        "Today's data without QML (10 y): Session::unlock %.1f ms (%.1f without the KDF, of which Diary::open's "
        "quick_check of every page %.1f ms), DayController's reads %.2f ms (its planned doses alone, computed "
        "again: %.2f ms): %.1f ms; without the quick_check %.1f ms (%.1fx the plain read)\n",
        median(appUnlock), median(appOpenNoKdf), median(quickCheck), median(appReads), median(planned), dataPart,
        dataPart - median(quickCheck), (dataPart - median(quickCheck)) / median(plainToday));
    std::printf("Making and drawing Today (to Today - open - the controller's reads): %.1f ms, %.0f items of which "
                "%.0f controls; the minimal app's page: %.1f ms, %.0f items of which %.0f controls\n\n",
        uiPart, sizes.value(QStringLiteral("today items")), sizes.value(QStringLiteral("today controls")),
        med(QStringLiteral("minimal page")), sizes.value(QStringLiteral("minimal items")),
        sizes.value(QStringLiteral("minimal controls")));

    printFigure(
        { QStringLiteral("1"), QStringLiteral("start to first frame of unlock (10 y) vs minimal Qt Quick Controls app"),
            med(QStringLiteral("10 first_frame")), med(QStringLiteral("minimal first")), 1.3 });
    printFigure({ QStringLiteral("2"),
        QStringLiteral("unlock to Today drawn (10 y), KDF excluded, vs plain SQLite read of its rows"),
        med(QStringLiteral("10 today")) - kdf, median(plainToday), 2.0, QStringLiteral("ms"), 2 });
    printFigure({ QStringLiteral("2a"),
        QStringLiteral("Today's data: unlock without the KDF + DayController's reads vs the plain read"), dataPart,
        median(plainToday), 2.0, QStringLiteral("ms"), 2 });
    printFigure({ QStringLiteral("2b"),
        QStringLiteral("making and drawing Today vs the minimal app making a page of as many controls"), uiPart,
        med(QStringLiteral("minimal page")), 2.0 });
    printFigure({ QStringLiteral("3"), QStringLiteral("opening Charts, 30 y vs 10 y"), med(QStringLiteral("30 charts")),
        med(QStringLiteral("10 charts")), 1.5 });
    printFigure({ QStringLiteral("3h"), QStringLiteral("opening History, 30 y vs 1 y"),
        med(QStringLiteral("30 history")), med(QStringLiteral("1 history")), 1.5 });
    printFigure({ QStringLiteral("6"), QStringLiteral("peak RSS on Charts (10 y) vs the minimal app"),
        med(QStringLiteral("10 rss")), med(QStringLiteral("minimal rss")), 1.5, QStringLiteral("MB") });
    printFigure({ QStringLiteral("6"), QStringLiteral("peak RSS on Charts, growth 30 y vs 1 y"),
        med(QStringLiteral("30 rss")), med(QStringLiteral("1 rss")), 0, QStringLiteral("MB") });
    benchPdf(diaries[1].path, runs);
    return 0;
}
