// SPDX-License-Identifier: GPL-3.0-or-later
// Diary's read-only queries: lists, days, history, bulk reads for the trajectory, settings. They
// never write and never record a change (the writes are in diary.cpp, plans in diaryplans.cpp).
#include "diary.h"

#include "catalogue.h"
#include "database.h"
#include "diarysql_p.h"
#include "errors.h"
#include "planner/plan.h"
#include "validation.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace waymark {
namespace {
using diarysql::fromIso;
using diarysql::iso;
} // namespace

namespace {

constexpr const char *kDrugColumns
    = "id, name, drug_class, library_key, half_life_h, sert_emax_pct, sert_ed50_mg, diazepam10_ashton_mg, "
      "diazepam10_vadod_mg, sources, hidden FROM drugs";

Drug readDrug(const Statement &st)
{
    Drug d;
    d.id = st.int64(0);
    d.name = st.text(1);
    d.drugClass = st.text(2);
    d.libraryKey = st.text(3);
    d.halfLifeHours = st.text(4);
    d.sertEmaxPct = st.optReal(5);
    d.sertEd50Mg = st.optReal(6);
    d.diazepam10Ashton = st.optReal(7);
    d.diazepam10VaDod = st.optReal(8);
    d.sources = st.text(9);
    d.hidden = st.int64(10) != 0;
    return d;
}

constexpr const char *kFormulationColumns
    = "id, drug_id, kind, strength_mg, mg_per_ml, split_parts, modified_release, beads_per_capsule, syringe_ml, "
      "hidden FROM formulations";

Formulation readFormulation(const Statement &st)
{
    Formulation f;
    f.id = st.int64(0);
    f.drugId = st.int64(1);
    f.kind = Formulation::kindFromName(st.text(2)).value_or(Formulation::Kind::Tablet);
    f.strengthMg = st.real(3);
    f.mgPerMl = st.real(4);
    f.splitParts = int(st.int64(5));
    f.modifiedRelease = st.int64(6) != 0;
    if (!st.isNull(7))
        f.beadsPerCapsule = int(st.int64(7));
    f.syringeMl = st.optReal(8);
    f.hidden = st.int64(9) != 0;
    return f;
}

} // namespace

namespace {

constexpr const char *kSymptomColumns = "id, key, name, group_name, builtin, safety, hidden, usual FROM symptoms";

Symptom readSymptom(const Statement &st)
{
    Symptom s;
    s.id = st.int64(0);
    s.key = st.text(1);
    s.name = st.text(2);
    s.group = st.text(3);
    s.builtin = st.int64(4) != 0;
    s.safety = st.int64(5) != 0;
    s.hidden = st.int64(6) != 0;
    s.usual = st.int64(7) != 0;
    return s;
}

} // namespace

namespace {

/** "YYYY-MM-DD" to a Julian day from the raw bytes, without QString or QDate::fromString (hot in bulk reads). */
qint64 julianOf(const Statement &st, int column)
{
    const std::string_view s = st.rawText(column);
    if (s.size() != 10)
        return QDate::fromString(st.text(column), Qt::ISODate).toJulianDay();
    auto digits = [&](size_t at, size_t n) {
        int v = 0;
        for (size_t i = 0; i < n; ++i)
            v = v * 10 + (s[at + i] - '0');
        return v;
    };
    // Fliegel & Van Flandern: the Julian day number of a Gregorian date.
    const qint64 y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    const qint64 a = (14 - m) / 12, yy = y + 4800 - a, mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}

} // namespace

QList<Drug> Diary::drugs(bool includeHidden) const
{
    Statement st = m_db->prepare(QByteArray("SELECT ").append(kDrugColumns).append(" ORDER BY name").constData());
    QList<Drug> out;
    while (st.step()) {
        Drug d = readDrug(st);
        if (includeHidden || !d.hidden)
            out.append(d);
    }
    return out;
}

std::optional<Drug> Diary::drug(qint64 id) const
{
    Statement st = m_db->prepare(QByteArray("SELECT ").append(kDrugColumns).append(" WHERE id = ?1").constData());
    st.bind(1, id);
    if (st.step())
        return readDrug(st);
    return std::nullopt;
}

std::optional<Drug> Diary::drugByName(const QString &name) const
{
    Statement st = m_db->prepare(QByteArray("SELECT ").append(kDrugColumns).append(" WHERE name = ?1").constData());
    st.bind(1, name.simplified());
    if (st.step())
        return readDrug(st);
    return std::nullopt;
}

QList<Formulation> Diary::formulations(qint64 drugId, bool includeHidden) const
{
    Statement st = m_db->prepare(QByteArray("SELECT ")
                                     .append(kFormulationColumns)
                                     .append(" WHERE drug_id = ?1 ORDER BY kind = 'liquid', strength_mg, mg_per_ml")
                                     .constData());
    st.bind(1, drugId);
    QList<Formulation> out;
    while (st.step()) {
        Formulation f = readFormulation(st);
        if (includeHidden || !f.hidden)
            out.append(f);
    }
    return out;
}

double Diary::largestStrengthMg(qint64 drugId) const
{
    double largest = 0;
    for (const Formulation &f : formulations(drugId, true))
        largest = std::max(largest, f.kind == Formulation::Kind::Liquid ? f.mgPerMl : f.strengthMg);
    if (largest <= 0) {
        if (const auto d = drug(drugId); d && !d->libraryKey.isEmpty())
            if (const auto lib = catalogue::findDrug(d->libraryKey))
                for (double s : lib->strengthsMg)
                    largest = std::max(largest, s);
    }
    return largest;
}

bool Diary::isUnusuallyLarge(qint64 drugId, double mg) const
{
    const double largest = largestStrengthMg(drugId);
    return largest > 0 && mg > validate::kConfirmDoseFactor * largest;
}

std::optional<DoseEvent> Diary::dose(qint64 doseId) const
{
    Statement st = m_db->prepare("SELECT day FROM dose_events WHERE id = ?1");
    st.bind(1, doseId);
    if (!st.step())
        return std::nullopt;
    for (const DoseEvent &e : doses(fromIso(st.text(0))))
        if (e.id == doseId)
            return e;
    return std::nullopt;
}

QList<DoseEvent> Diary::doses(const QDate &from, const QDate &to) const
{
    Statement st = m_db->prepare("SELECT e.id, e.day, e.time, e.drug_id, d.name, e.amount_ug, e.formulation_id, e.note "
                                 "FROM dose_events e JOIN drugs d ON d.id = e.drug_id WHERE e.day BETWEEN ?1 AND ?2 "
                                 "ORDER BY e.day, e.time IS NULL, e.time, e.id");
    st.bind(1, iso(from)).bind(2, iso(to));
    QList<DoseEvent> out;
    while (st.step()) {
        DoseEvent e;
        e.id = st.int64(0);
        e.date = fromIso(st.text(1));
        if (!st.isNull(2))
            e.time = QTime::fromString(st.text(2), QStringLiteral("HH:mm"));
        e.drugId = st.int64(3);
        e.drugName = st.text(4);
        e.micrograms = st.int64(5);
        e.formulationId = st.optInt64(6);
        e.note = st.text(7);
        out.append(e);
    }
    return out;
}

QList<DoseEvent> Diary::usualDoses(const QDate &before) const
{
    // The doses of the most recent earlier day on which each visible drug was taken.
    QList<DoseEvent> out;
    // A drug with dose times: one usual dose at each time.
    for (const Drug &d : drugs(false)) {
        const QList<planner::DoseTime> times = doseTimes(d.id);
        if (!times.isEmpty()) {
            for (const planner::DoseTime &t : times) {
                DoseEvent e;
                e.date = before;
                e.time = t.time;
                e.drugId = d.id;
                e.drugName = d.name;
                e.micrograms = qint64(std::llround(t.doseMg * 1000.0));
                out.append(e);
            }
            continue;
        }
        Statement st = m_db->prepare("SELECT max(day) FROM dose_events WHERE drug_id = ?1 AND day < ?2");
        st.bind(1, d.id).bind(2, iso(before));
        if (!st.step() || st.isNull(0))
            continue;
        const QDate last = fromIso(st.text(0));
        for (const DoseEvent &e : doses(last))
            if (e.drugId == d.id)
                out.append(e);
    }
    return out;
}

QList<Symptom> Diary::symptoms(bool includeHidden) const
{
    Statement st
        = m_db->prepare(QByteArray("SELECT ").append(kSymptomColumns).append(" ORDER BY sort_order, id").constData());
    QList<Symptom> out;
    while (st.step()) {
        Symptom s = readSymptom(st);
        if (includeHidden || !s.hidden)
            out.append(s);
    }
    return out;
}

std::optional<Symptom> Diary::symptom(const QString &key) const
{
    Statement st = m_db->prepare(QByteArray("SELECT ").append(kSymptomColumns).append(" WHERE key = ?1").constData());
    st.bind(1, key.trimmed());
    if (st.step())
        return readSymptom(st);
    return std::nullopt;
}

Symptom Diary::requireSymptom(const QString &key) const
{
    const auto s = symptom(key);
    if (!s)
        throw Error(ErrorCode::NotFound,
            QCoreApplication::translate(
                "Errors", "symptom: no symptom with that key; list the keys with `waymark-cli symptoms`"),
            QStringLiteral("symptom"));
    return *s;
}

QMap<QString, int> Diary::ratings(const QDate &day) const
{
    Statement st = m_db->prepare("SELECT s.key, r.severity FROM ratings r JOIN symptoms s ON s.id = r.symptom_id "
                                 "WHERE r.day = ?1");
    st.bind(1, iso(day));
    QMap<QString, int> out;
    while (st.step())
        out.insert(st.text(0), int(st.int64(1)));
    return out;
}

DayEntry Diary::day(const QDate &date) const
{
    DayEntry e;
    e.date = date;
    Statement st = m_db->prepare("SELECT wellbeing, sleep_hours, note, note_for_prescriber FROM days WHERE day = ?1");
    st.bind(1, iso(date));
    if (st.step()) {
        if (!st.isNull(0))
            e.wellbeing = int(st.int64(0));
        e.sleepHours = st.optReal(1);
        e.note = st.text(2);
        e.noteForPrescriber = st.int64(3) != 0;
    }
    e.doses = doses(date);
    e.ratings = ratings(date);
    return e;
}

QList<DaySummary> Diary::history(const QDate &from, const QDate &to) const
{
    QMap<QDate, DaySummary> byDay;
    auto at = [&](const QString &d) -> DaySummary & {
        const QDate date = fromIso(d);
        auto it = byDay.find(date);
        if (it == byDay.end()) {
            it = byDay.insert(date, DaySummary {});
            it->date = date;
        }
        return *it;
    };
    {
        Statement st = m_db->prepare("SELECT e.day, d.name, sum(e.amount_ug), count(*) FROM dose_events e "
                                     "JOIN drugs d ON d.id = e.drug_id WHERE e.day BETWEEN ?1 AND ?2 "
                                     "GROUP BY e.day, d.id");
        st.bind(1, iso(from)).bind(2, iso(to));
        while (st.step()) {
            DaySummary &s = at(st.text(0));
            s.mgByDrug.insert(st.text(1), double(st.int64(2)) / 1000.0);
            s.doseCount += int(st.int64(3));
        }
    }
    {
        Statement st = m_db->prepare(
            "SELECT r.day, sum(r.severity > 0), sum(r.severity), max(r.severity), "
            "max(s.safety AND r.severity >= 2), count(*) FROM ratings r JOIN symptoms s ON s.id = r.symptom_id "
            "WHERE r.day BETWEEN ?1 AND ?2 GROUP BY r.day");
        st.bind(1, iso(from)).bind(2, iso(to));
        while (st.step()) {
            DaySummary &s = at(st.text(0));
            s.symptomsPresent = int(st.int64(1));
            s.symptomLoad = int(st.int64(2));
            s.maxSeverity = int(st.int64(3));
            s.safetyFlag = st.int64(4) != 0;
            s.symptomsRated = int(st.int64(5));
        }
    }
    {
        Statement st = m_db->prepare("SELECT day, wellbeing, sleep_hours, note IS NOT NULL, note_for_prescriber "
                                     "FROM days WHERE day BETWEEN ?1 AND ?2");
        st.bind(1, iso(from)).bind(2, iso(to));
        while (st.step()) {
            DaySummary &s = at(st.text(0));
            if (!st.isNull(1))
                s.wellbeing = int(st.int64(1));
            s.sleepHours = st.optReal(2);
            s.hasNote = st.int64(3) != 0;
            s.noteForPrescriber = st.int64(4) != 0;
        }
    }
    QList<DaySummary> out = byDay.values();
    std::reverse(out.begin(), out.end());
    return out;
}

int Diary::recordedDayCount() const
{
    // The same days as history(): any dose, rating or day row. DISTINCT walks each table's day
    // index in order; the UNION then merges at most one row per day of each.
    Statement st = m_db->prepare("SELECT count(*) FROM (SELECT day FROM days UNION "
                                 "SELECT * FROM (SELECT DISTINCT day FROM ratings) UNION "
                                 "SELECT * FROM (SELECT DISTINCT day FROM dose_events))");
    return st.step() ? int(st.int64(0)) : 0;
}

QDate Diary::firstDay() const
{
    Statement st = m_db->prepare("SELECT min(d) FROM (SELECT min(day) AS d FROM dose_events UNION ALL "
                                 "SELECT min(day) FROM ratings UNION ALL SELECT min(day) FROM days)");
    if (st.step() && !st.isNull(0))
        return fromIso(st.text(0));
    return {};
}

QDate Diary::lastDay() const
{
    Statement st = m_db->prepare("SELECT max(d) FROM (SELECT max(day) AS d FROM dose_events UNION ALL "
                                 "SELECT max(day) FROM ratings UNION ALL SELECT max(day) FROM days)");
    if (st.step() && !st.isNull(0))
        return fromIso(st.text(0));
    return {};
}

void Diary::forEachRating(const QDate &from, const QDate &to, const std::function<void(qint64, qint64, int)> &f) const
{
    Statement st
        = m_db->prepare("SELECT day, symptom_id, severity FROM ratings WHERE day BETWEEN ?1 AND ?2 ORDER BY day");
    st.bind(1, iso(from)).bind(2, iso(to));
    while (st.step())
        f(julianOf(st, 0), st.int64(1), int(st.int64(2)));
}

void Diary::forEachDose(const QDate &from, const QDate &to, const std::function<void(qint64, qint64, qint64)> &f) const
{
    Statement st = m_db->prepare("SELECT day, drug_id, amount_ug FROM dose_events WHERE day BETWEEN ?1 AND ?2");
    st.bind(1, iso(from)).bind(2, iso(to));
    while (st.step())
        f(julianOf(st, 0), st.int64(1), st.int64(2));
}

void Diary::forEachDayRow(
    const QDate &from, const QDate &to, const std::function<void(qint64, int, double, bool)> &f) const
{
    Statement st = m_db->prepare("SELECT day, wellbeing, sleep_hours, note IS NOT NULL FROM days "
                                 "WHERE day BETWEEN ?1 AND ?2 ORDER BY day");
    st.bind(1, iso(from)).bind(2, iso(to));
    while (st.step())
        f(julianOf(st, 0), st.isNull(1) ? -1 : int(st.int64(1)), st.isNull(2) ? std::nan("") : st.real(2),
            st.int64(3) != 0);
}

QString Diary::setting(const QString &key, const QString &fallback) const
{
    Statement st = m_db->prepare("SELECT value FROM settings WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.text(0) : fallback;
}

} // namespace waymark
