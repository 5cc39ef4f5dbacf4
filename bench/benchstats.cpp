// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchstats.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <sqlcipher/sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace waymark::bench {

void printFigure(const Figure &f)
{
    const double ratio = f.baseline > 0 ? f.ours / f.baseline : std::nan("");
    const char *verdict = f.goal <= 0 ? "reported" : (ratio <= f.goal ? "MET" : "MISSED");
    const QString goal = f.goal > 0 ? QStringLiteral("<= %1x").arg(f.goal) : QStringLiteral("-");
    std::printf("TABLE|%s|%s|%s %s|%s %s|%.2fx|%s|%s\n", qPrintable(f.number), qPrintable(f.what),
        qPrintable(fmt(f.ours, f.decimals)), qPrintable(f.unit), qPrintable(fmt(f.baseline, f.decimals)),
        qPrintable(f.unit), ratio, qPrintable(goal), verdict);
    std::fflush(stdout);
}

double kdfMs(const QString &dir, int runs)
{
    auto keyedOpenMs = [&](int iterations) {
        const QString path = QDir(dir).filePath(QStringLiteral("kdf-%1.sqlite").arg(iterations));
        const QByteArray pragmas = QByteArray("PRAGMA key = 'x'; PRAGMA cipher_page_size = 4096; PRAGMA kdf_iter = ")
                                       .append(QByteArray::number(iterations))
                                       .append(";");
        if (!QFile::exists(path)) {
            sqlite3 *db = nullptr;
            sqlite3_open(QFile::encodeName(path).constData(), &db);
            sqlite3_exec(
                db, (pragmas + "CREATE TABLE t(x); INSERT INTO t VALUES (1);").constData(), nullptr, nullptr, nullptr);
            sqlite3_close(db);
        }
        QVector<double> times;
        for (int i = 0; i < std::max(1, runs); ++i) {
            QElapsedTimer t;
            t.start();
            sqlite3 *db = nullptr;
            sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
            if (sqlite3_exec(db, (pragmas + "SELECT count(*) FROM t;").constData(), nullptr, nullptr, nullptr)
                != SQLITE_OK) {
                std::fprintf(stderr, "KDF probe failed: %s\n", sqlite3_errmsg(db));
                std::exit(1);
            }
            sqlite3_close_v2(db);
            times.append(ms(t.nsecsElapsed()));
        }
        return median(times);
    };
    const double slow = keyedOpenMs(256000);
    return slow - keyedOpenMs(1);
}

} // namespace waymark::bench
