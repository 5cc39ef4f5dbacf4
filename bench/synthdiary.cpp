// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthdiary.h"

#include "diary.h"
#include "errors.h"
#include "planner/plan.h"
#include "storedplan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <sqlcipher/sqlite3.h>

#include "portablerandom.h"

#include <cmath>
#include <cstdio>
#include <random>
#include <stdexcept>

namespace waymark::bench {
namespace {

using Random = waymark::PortableRandom;

/**
 * A taper that repeats: held at `start` mg, then cut by `fraction` of the current dose every
 * 2-8 weeks down to `floor`, held there, then reinstated. Returns the dose (mg) of every day.
 */
QVector<double> taper(Random &rng, int days, double start, double fraction, double floor, double step)
{
    QVector<double> out(days);
    double mg = start;
    int nextChange = rng.between(60, 240);
    int day = 0;
    while (day < days) {
        for (; day < std::min(days, nextChange); ++day)
            out[day] = mg;
        if (mg <= floor) {
            mg = start; // reinstated after a hold at the floor
            nextChange = day + rng.between(120, 400);
        } else {
            mg = std::max(floor, std::round(mg * (1.0 - fraction) / step) * step);
            nextChange = day + rng.between(14, 56);
        }
    }
    return out;
}

double waveShape(int sinceCut)
{
    if (sinceCut < 2)
        return 0.0;
    if (sinceCut <= 7)
        return double(sinceCut - 2) / 5.0;
    return std::exp(-double(sinceCut - 7) / 6.0);
}

void fail(const QString &what)
{
    throw std::runtime_error(what.toStdString());
}

/** A read-write connection to an encrypted diary, keyed and checked (the diary's own settings). */
sqlite3 *keyed(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        fail(QStringLiteral("cannot open %1").arg(path));
    const QByteArray sql = QByteArray("PRAGMA key = '")
                               .append(kPassphrase.toUtf8())
                               .append("'; PRAGMA cipher_page_size = 4096; PRAGMA kdf_iter = 256000; "
                                       "SELECT count(*) FROM sqlite_master; PRAGMA foreign_keys = ON;");
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(QStringLiteral("cannot key %1").arg(path));
    return db;
}

/** Writes an unencrypted copy of the diary with SQLCipher's own export (same schema and rows). */
void exportPlain(const QString &encrypted, const QString &plain)
{
    QFile::remove(plain);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(
            QFile::encodeName(encrypted).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        fail(QStringLiteral("cannot open %1").arg(encrypted));
    // PRAGMA key with a string is the same as sqlite3_key with its UTF-8 bytes (no quote in it).
    const QByteArray sql = QByteArray("PRAGMA key = '")
                               .append(kPassphrase.toUtf8())
                               .append("'; PRAGMA cipher_page_size = 4096; PRAGMA kdf_iter = 256000; "
                                       "SELECT count(*) FROM sqlite_master; ATTACH DATABASE '")
                               .append(QFile::encodeName(plain))
                               .append("' AS plain KEY ''; SELECT sqlcipher_export('plain'); DETACH DATABASE plain;");
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err);
    const QString message = err ? QString::fromUtf8(err) : QString();
    sqlite3_free(err);
    sqlite3_close_v2(db);
    if (rc != SQLITE_OK)
        fail(QStringLiteral("sqlcipher_export failed: %1").arg(message));
    QFile f(plain);
    if (!f.open(QIODevice::ReadOnly) || f.read(16) != QByteArray("SQLite format 3\0", 16))
        fail(QStringLiteral("the plain copy %1 is not a plain SQLite file").arg(plain));
}

void generate(const QString &path, int years, quint32 seed)
{
    const QDate last = lastDay();
    const QDate first = last.addYears(-years).addDays(1);
    const int days = int(first.daysTo(last)) + 1;
    Random rng(seed);
    const QVector<double> sertraline = taper(rng, days, 100, 0.10, 5, 0.5);
    const QVector<double> diazepam = taper(rng, days, 20, 0.08, 2, 0.25);

    auto diary = Diary::create(path, kPassphrase);
    const QList<Symptom> symptoms = diary->symptoms(true);
    QVector<double> sensitivity;
    for (int i = 0; i < symptoms.size(); ++i)
        sensitivity.append(0.2 + rng.uniform());

    // The ratings (46 a day, most of the rows) are written afterwards in one bulk transaction.
    std::vector<qint8> severities(size_t(days) * size_t(symptoms.size()));
    diary->batch([&] {
        const Drug s = diary->addDrug(QStringLiteral("Sertraline"));
        const Drug d = diary->addDrug(QStringLiteral("Diazepam"));
        QList<int> cuts;
        for (int i = 1; i < days; ++i)
            if (sertraline[i] < sertraline[i - 1] || diazepam[i] < diazepam[i - 1])
                cuts.append(i);
        int cutFrom = 0; // cuts before this index are too old to matter
        double carry = 0;
        for (int i = 0; i < days; ++i) {
            const QDate date = first.addDays(i);
            NewDose dose;
            dose.date = date;
            dose.time = QTime(8, 0);
            dose.drugId = s.id;
            dose.micrograms = qint64(std::llround(sertraline[i] * 1000));
            diary->logDose(dose);
            dose.time = QTime(22, 0);
            dose.drugId = d.id;
            dose.micrograms = qint64(std::llround(diazepam[i] * 1000));
            diary->logDose(dose);

            while (cutFrom < cuts.size() && i - cuts[cutFrom] > 120)
                ++cutFrom;
            double level = 0.4 + carry;
            for (int c = cutFrom; c < cuts.size() && cuts[c] <= i; ++c)
                level += 1.6 * waveShape(i - cuts[c]);
            carry = std::clamp(carry * 0.95 + 0.05 * rng.normal(), -0.3, 0.8);
            int load = 0;
            for (int k = 0; k < symptoms.size(); ++k) {
                const int severity = std::clamp(int(std::lround(sensitivity[k] * level + 0.5 * rng.normal())), 0, 4);
                load += severity;
                severities[size_t(i) * size_t(symptoms.size()) + size_t(k)] = qint8(severity);
            }
            const int wellbeing = std::clamp(int(std::lround(8.5 - 0.08 * load + 0.7 * rng.normal())), 0, 10);
            const double sleep = std::clamp(7.5 - 0.5 * level + 0.6 * rng.normal(), 3.0, 10.0);
            std::optional<QString> note;
            if (rng.uniform() < 0.02)
                note = QStringLiteral("A synthetic note for day %1.").arg(i);
            diary->updateDay(date, wellbeing, std::round(sleep * 4) / 4, note);
        }

        // A taper plan per drug over the last 300 days (or the whole diary), each with a 14-day
        // hold and a hold until released, as people agree them with their prescriber.
        const int planDays = std::min(days, 300);
        const QDate start = first.addDays(days - planDays);
        int saved = 0;
        for (const Drug &drug : { s, d }) {
            planner::Plan plan = diary->planTemplate(drug.id);
            // Sertraline by modelled occupancy, diazepam by 10 % of the last dose (no occupancy fit).
            plan.method = drug.id == s.id ? planner::Method::Hyperbolic : planner::Method::Percent;
            plan.startDoseMg = drug.id == s.id ? 50 : 10; // agreed doses, not what was logged that day
            plan.startDate = start;
            plan.intervalDays = 28;
            plan.stepSize = drug.id == s.id ? 5 : 10;
            try {
                const StoredPlan stored = diary->savePlan(drug.id, plan, QStringLiteral("Synthetic plan"));
                planner::Adjustment hold;
                hold.kind = planner::Adjustment::Kind::Hold;
                hold.date = start.addDays(40);
                hold.days = 14;
                diary->adjustPlan(stored.id, hold);
                hold.date = start.addDays(120);
                hold.days.reset();
                diary->adjustPlan(stored.id, hold);
                diary->releasePlanHold(stored.id, start.addDays(150));
                ++saved;
            } catch (const Error &e) {
                if (e.code() != ErrorCode::InvalidInput)
                    throw;
                std::fprintf(stderr, "synthetic diary: the planner refused the plan of %s: %s\n", qPrintable(drug.name),
                    qPrintable(e.message()));
            }
        }
        if (saved == 0)
            fail(QStringLiteral("the synthetic diary has no plan (the planner refused both)"));
    });
    diary.reset();

    // The bulk path: every rating in one transaction with one prepared statement, the same rows
    // Diary::setRating writes (INSERT OR REPLACE INTO ratings), 20-50x faster than 168 000 calls
    // through the Diary's write path with their change records.
    sqlite3 *db = keyed(path);
    sqlite3_stmt *st = nullptr;
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(
               db, "INSERT OR REPLACE INTO ratings (day, symptom_id, severity) VALUES (?1, ?2, ?3)", -1, &st, nullptr)
            != SQLITE_OK)
        fail(QStringLiteral("cannot prepare the bulk insert"));
    for (int i = 0; i < days; ++i) {
        const QByteArray day = first.addDays(i).toString(Qt::ISODate).toLatin1();
        for (int k = 0; k < symptoms.size(); ++k) {
            sqlite3_bind_text(st, 1, day.constData(), int(day.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(st, 2, symptoms[k].id);
            sqlite3_bind_int(st, 3, severities[size_t(i) * size_t(symptoms.size()) + size_t(k)]);
            if (sqlite3_step(st) != SQLITE_DONE)
                fail(QStringLiteral("bulk insert of ratings failed"));
            sqlite3_reset(st);
        }
    }
    sqlite3_finalize(st);
    const bool committed = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close_v2(db);
    if (!committed)
        fail(QStringLiteral("bulk insert of ratings did not commit"));
}

} // namespace

SynthInfo ensureDiary(const QString &dir, int years, quint32 seed)
{
    QDir().mkpath(dir);
    SynthInfo info;
    info.years = years;
    info.days = int(lastDay().addYears(-years).addDays(1).daysTo(lastDay())) + 1;
    // v2 (plans with holds): bump when the generator changes, so an old cache is not reused.
    const QString base = QDir(dir).filePath(QStringLiteral("diary-%1y-seed%2-v2").arg(years).arg(seed));
    info.path = base + QStringLiteral(".waymark");
    info.plainPath = base + QStringLiteral("-plain.sqlite");
    QElapsedTimer timer;
    timer.start();
    if (!QFileInfo::exists(info.path)) {
        const QString tmp = base + QStringLiteral(".tmp.waymark");
        QFile::remove(tmp);
        generate(tmp, years, seed);
        if (!QFile::rename(tmp, info.path))
            fail(QStringLiteral("cannot rename %1").arg(tmp));
        QFile::remove(info.plainPath);
        info.generated = true;
    }
    if (!QFileInfo::exists(info.plainPath)) {
        const QString tmp = base + QStringLiteral(".tmp.sqlite");
        exportPlain(info.path, tmp);
        if (!QFile::rename(tmp, info.plainPath))
            fail(QStringLiteral("cannot rename %1").arg(tmp));
        info.generated = true;
    }
    info.generateSeconds = double(timer.nsecsElapsed()) / 1e9;
    return info;
}

} // namespace waymark::bench
