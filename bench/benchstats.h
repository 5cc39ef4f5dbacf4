// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>
#include <algorithm>
#include <cmath>

/** What every benchmark shares: medians and quantiles, the table line of a figure, the KDF probe. */
namespace waymark::bench {

inline double median(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

inline double quantile(QVector<double> v, double q)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const double pos = q * double(v.size() - 1);
    const auto lo = qsizetype(pos);
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - double(lo));
}

/** "12.34" with a fixed number of decimals. */
inline QString fmt(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

/** One figure of the table: ours against its baseline measured in the same run. */
struct Figure
{
    QString number; ///< the issue's figure number ("1".."7"), "0" for the model build, "C" for the chart
    QString what;
    double ours = 0;
    double baseline = 0;
    double goal = 0; ///< ratio goal (<=); 0: reported only
    QString unit = QStringLiteral("ms");
    int decimals = 1;
};

/** Prints the figure's "TABLE|…" line, which tools/run-bench.sh gathers from every benchmark into
 *  one table: number, what, ours, baseline, ratio, goal, verdict (MET, MISSED or reported). */
void printFigure(const Figure &f);

/** Milliseconds between two CLOCK_MONOTONIC readings in ns. */
inline double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

/** The KDF alone on this machine: median ms (of `runs`) of keying and reading a one-table file with
 *  SQLCipher's 256 000 PBKDF2 iterations minus the same with 1 iteration. Files are kept in dir. */
double kdfMs(const QString &dir, int runs);

} // namespace waymark::bench
