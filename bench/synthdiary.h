// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

/**
 * Synthetic diaries for the benchmarks: every symptom of the catalogue rated every day, two
 * drugs (sertraline and diazepam) with tapers whose doses change every few weeks, wellbeing and
 * sleep every day, a note on about 2 % of days, and a taper plan per drug over the last 300 days
 * with a 14-day hold and a hold until released. Drugs, doses, days and plans are written through
 * the Diary API in one batch; the ratings (most of the rows) in one bulk transaction of the same
 * INSERT the Diary runs. Deterministic; cached: generated once per (years, seed) and reused.
 */
namespace waymark::bench {

inline const QString kPassphrase = QStringLiteral("benchmark passphrase, not a secret");
/** The last day of every synthetic diary (fixed, so runs are comparable). */
inline QDate lastDay()
{
    return QDate(2026, 6, 30);
}

struct SynthInfo
{
    QString path; ///< the encrypted diary
    QString plainPath; ///< an unencrypted copy (sqlcipher_export), for the plain SQLite baseline
    int years = 0;
    int days = 0;
    bool generated = false; ///< false when both came from the cache
    double generateSeconds = 0;
};

/** Returns the cached diary for (years, seed) in dir, generating it (and its plain copy) if missing. */
SynthInfo ensureDiary(const QString &dir, int years, quint32 seed = 1);

} // namespace waymark::bench
