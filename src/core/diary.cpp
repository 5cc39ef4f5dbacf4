// SPDX-License-Identifier: GPL-3.0-or-later
#include "diary.h"

#include "atomicfile.h"
#include "catalogue.h"
#include "database.h"
#include "diarysql_p.h"
#include "errors.h"
#include "logging.h"
#include "migrations.h"
#include "passphrasekey.h"
#include "planner/dosetimes.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <cstring>

namespace waymark {
namespace {

enum OpenMode { Existing = 0, ReadOnly = 1 };

using diarysql::fromIso;
using diarysql::iso;

QByteArray keyBytes(const QString &passphrase)
{
    return PassphraseKey::canonical(passphrase);
}

QString nowText(const Clock &clock)
{
    return clock.now().toString(Qt::ISODate);
}

} // namespace

// ---------------------------------------------------------------- value types

QString Formulation::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Tablet:
        return QStringLiteral("tablet");
    case Kind::Capsule:
        return QStringLiteral("capsule");
    case Kind::Liquid:
        return QStringLiteral("liquid");
    }
    return {};
}

std::optional<Formulation::Kind> Formulation::kindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("tablet"))
        return Kind::Tablet;
    if (n == QLatin1String("capsule"))
        return Kind::Capsule;
    if (n == QLatin1String("liquid"))
        return Kind::Liquid;
    return std::nullopt;
}

QString Formulation::label() const
{
    // Shown to the person (app, CLI): translated where a translator is installed (the app), the
    // numbers with the default locale's decimal separator ("0,1 mL" in German; the CLI keeps C).
    QLocale c;
    c.setNumberOptions(QLocale::OmitGroupSeparator);
    if (kind == Kind::Liquid) {
        QString s = QCoreApplication::translate("Formulation", "%1 mg/mL liquid").arg(c.toString(mgPerMl, 'g', 6));
        if (syringeMl)
            s += QCoreApplication::translate("Formulation", " (syringe %1 mL)").arg(c.toString(*syringeMl, 'g', 4));
        return s;
    }
    QString s = (kind == Kind::Capsule ? QCoreApplication::translate("Formulation", "%1 mg capsule")
                                       : QCoreApplication::translate("Formulation", "%1 mg tablet"))
                    .arg(c.toString(strengthMg, 'g', 6));
    QStringList extras;
    if (modifiedRelease)
        extras << QCoreApplication::translate("Formulation", "modified release, do not split");
    else if (splitParts == 2)
        extras << QCoreApplication::translate("Formulation", "halves");
    else if (splitParts == 4)
        extras << QCoreApplication::translate("Formulation", "quarters");
    if (beadsPerCapsule)
        extras << QCoreApplication::translate("Formulation", "%1 beads").arg(*beadsPerCapsule);
    if (!extras.isEmpty())
        s += QStringLiteral(" (%1)").arg(extras.join(QStringLiteral(", ")));
    return s;
}

bool DayEntry::isEmpty() const
{
    return !wellbeing && !sleepHours && note.isEmpty() && doses.isEmpty() && ratings.isEmpty();
}

QString CheckReport::summary() const
{
    if (!ok)
        return QStringLiteral("DAMAGED: %1").arg(integrity);
    return QStringLiteral(
        "OK: key accepted, integrity ok, schema %1, SQLCipher %2, %3 days, %4 doses, %5 ratings, %6 drugs")
        .arg(schemaVersion)
        .arg(cipherVersion)
        .arg(days)
        .arg(doses)
        .arg(ratings)
        .arg(drugs);
}

// ---------------------------------------------------------------- open / create

Diary::Diary(std::unique_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Diary::~Diary() = default;

std::unique_ptr<Diary> Diary::create(const QString &path, const QString &passphrase, const Clock &clock)
{
    validate::passphrase(passphrase);
    Database::requireCipher();
    const QFileInfo info(path);
    if (info.exists())
        throw Error(ErrorCode::AlreadyExists,
            QCoreApplication::translate(
                "Errors", "%1 already exists; choose another file name (an existing diary is never overwritten).")
                .arg(QDir::toNativeSeparators(path)),
            QStringLiteral("diary"));
    const QDir dir = info.absoluteDir();
    if (!dir.exists())
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(dir.path())));

    // Build the diary under a temporary name, then link it into place: the final name never
    // shows a half-made diary, and an existing file is never replaced.
    QByteArray key = keyBytes(passphrase);
    try {
        {
            AtomicFile tmp(path, AtomicFile::Purpose::Create);
            {
                Database db(tmp.tempPath(), key, Database::Mode::CreateNew);
                migrations::migrate(db);
                db.transaction([&] {
                    Statement st = db.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2)");
                    st.bind(1, QStringLiteral("created_at")).bind(2, nowText(clock)).run();
                    st.reset();
                    st.bind(1, QStringLiteral("created_by")).bind(2, QStringLiteral("Waymark " WAYMARK_VERSION)).run();
                });
            }
            tmp.linkIntoPlace();
        }
        auto diary = std::unique_ptr<Diary>(
            new Diary(std::make_unique<Database>(info.absoluteFilePath(), key, Database::Mode::OpenExisting), clock));
        wipe(key);
        return diary;
    } catch (...) {
        wipe(key);
        throw;
    }
}

namespace {

/**
 * A diary an older Waymark keyed with the passphrase's bytes as typed (not normalised, or a raw-key
 * form) is re-keyed to PassphraseKey::canonical() through the safe passphrase change, so the same
 * letters from any keyboard open it from now on. A failure (busy, disk full, read-only) leaves it as
 * it was, still opening with what was typed; the next open tries again.
 */
void moveToCanonicalKey(Database &db, const QString &passphrase)
{
    QByteArray key = PassphraseKey::canonical(passphrase);
    try {
        db.rekey(key);
        qCInfo(lcDb) << "diary re-keyed from an older passphrase form to its normalised form";
    } catch (const Error &e) {
        if (!db.handle()) {
            // Failed after the rename, reopening under the new key: the connection is gone; say so.
            wipe(key);
            throw;
        }
        qCWarning(lcDb) << "could not re-key the diary to its normalised passphrase form; it still opens as before:"
                        << e.message();
    }
    wipe(key);
}

} // namespace

std::unique_ptr<Diary> Diary::openWith(const QString &path, const QString &passphrase, const Clock &clock, int mode)
{
    PassphraseKey::Opened opened = PassphraseKey::open(
        path, passphrase, mode == ReadOnly ? Database::Mode::ReadOnly : Database::Mode::OpenExisting);
    std::unique_ptr<Database> db = std::move(opened.db);
    if (mode == ReadOnly && db->userVersion() < migrations::latestVersion() && db->userVersion() > 0) {
        // A diary of an older format is brought up to date once, as any open by the app would: the
        // queries read the latest schema. The file must be writable for that; say so if it is not.
        db.reset();
        try {
            opened = PassphraseKey::open(path, passphrase, Database::Mode::OpenExisting);
            db = std::move(opened.db);
            migrations::migrate(*db);
        } catch (const Error &e) {
            if (e.code() == ErrorCode::TooNew || e.code() == ErrorCode::WrongPassphrase)
                throw;
            throw Error(e.code(),
                QCoreApplication::translate("Errors",
                    "This diary was made by an older version of Waymark and has to be updated once before it can "
                    "be read, which needs it writable (%1). Open it once where it can be written; nothing was "
                    "changed.")
                    .arg(e.message()));
        }
    }
    if (mode == ReadOnly) {
        if (db->userVersion() > migrations::latestVersion())
            migrations::migrate(*db); // throws TooNew, writes nothing
    } else {
        migrations::migrate(*db);
    }
    const QString integrity = db->integrityCheck(false);
    if (integrity != QLatin1String("ok"))
        throw Error(ErrorCode::Damaged,
            QCoreApplication::translate("Errors", "The diary is damaged (%1). Restore it from a backup.")
                .arg(integrity));
    // Only a writable open re-keys (a read-only open changes nothing); after the integrity check, so
    // a damaged diary is never copied.
    if (opened.olderForm && mode != ReadOnly)
        moveToCanonicalKey(*db, passphrase);
    auto diary = std::unique_ptr<Diary>(new Diary(std::move(db), clock));
    diary->m_readOnly = mode == ReadOnly;
    return diary;
}

std::unique_ptr<Diary> Diary::open(const QString &path, const QString &passphrase, const Clock &clock)
{
    return openWith(path, passphrase, clock, Existing);
}

std::unique_ptr<Diary> Diary::openReadOnly(const QString &path, const QString &passphrase, const Clock &clock)
{
    return openWith(path, passphrase, clock, ReadOnly);
}

QString Diary::path() const
{
    return m_db->path();
}

int Diary::schemaVersion() const
{
    return m_db->userVersion();
}

void Diary::requireWritable() const
{
    if (m_readOnly)
        throw Error(ErrorCode::Io, QCoreApplication::translate("Errors", "The diary was opened read-only."));
}

void Diary::write(const std::function<void()> &f)
{
    requireWritable();
    if (m_batchDepth > 0) {
        f(); // part of the transaction already running; the outermost write publishes
        return;
    }
    m_pending.clear();
    ++m_batchDepth;
    try {
        m_db->transaction(f);
    } catch (...) {
        --m_batchDepth;
        m_pending.clear(); // rolled back: nothing happened, nothing to tell
        throw;
    }
    --m_batchDepth;
    const ChangeSet changes(std::exchange(m_pending, {}));
    if (!changes.isEmpty())
        publish(changes);
}

void Diary::record(Change change)
{
    Q_ASSERT(m_batchDepth > 0); // only inside write(): published after the commit
    m_pending.append(std::move(change));
}

void Diary::publish(const ChangeSet &changes)
{
    using K = Change::Kind;
    Q_EMIT changed(changes);
    // The per-kind signals of earlier versions, derived from the same committed changes.
    if (changes.touches({ K::Drug, K::Formulation }))
        Q_EMIT drugsChanged();
    if (changes.touches(K::Symptom))
        Q_EMIT symptomsChanged();
    for (const QDate &day : changes.dates())
        Q_EMIT dayChanged(day);
    for (const QString &key : changes.keys(K::Setting))
        Q_EMIT settingsChanged(key);
    if (changes.touches({ K::Plan, K::Switch }))
        Q_EMIT plansChanged();
}

void Diary::batch(const std::function<void()> &writes)
{
    write(writes);
}

// ---------------------------------------------------------------- drugs

Drug Diary::addDrug(const QString &rawName, const QString &drugClass)
{
    const QString name = validate::name(rawName, QStringLiteral("drug"));
    if (drugByName(name))
        throw Error(ErrorCode::AlreadyExists,
            QCoreApplication::translate("Errors", "drug: this diary already has a drug of that name"),
            QStringLiteral("drug"));
    const auto lib = catalogue::findDrug(name);
    if (!lib && drugClass.simplified().isEmpty())
        throw Error(ErrorCode::InvalidInput,
            QCoreApplication::translate("Errors",
                "drug: not in the built-in library; give its class (e.g. SSRI, benzodiazepine) to add it as "
                "your own drug"),
            QStringLiteral("class"));
    qint64 id = 0;
    write([&] {
        Statement st = m_db->prepare(
            "INSERT INTO drugs (name, drug_class, library_key, half_life_h, sert_emax_pct, sert_ed50_mg, "
            "diazepam10_ashton_mg, diazepam10_vadod_mg, sources, created_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        if (lib) {
            st.bind(1, lib->name).bind(2, lib->drugClass).bind(3, lib->key).bind(4, lib->halfLifeHours);
            st.bind(5, lib->sertEmaxPct).bind(6, lib->sertEd50Mg).bind(7, lib->diazepam10Ashton);
            st.bind(8, lib->diazepam10VaDod).bind(9, lib->sources.join(QLatin1Char(';')));
        } else {
            st.bind(1, name).bind(2, validate::name(drugClass, QStringLiteral("class"))).bindNull(3).bindNull(4);
            st.bindNull(5).bindNull(6).bindNull(7).bindNull(8).bind(9, QStringLiteral("user"));
        }
        st.bind(10, nowText(m_clock));
        st.run();
        id = m_db->lastInsertId();
        record(Change::drug(id));
        if (lib) {
            Statement f = m_db->prepare("INSERT INTO formulations (drug_id, kind, strength_mg, split_parts) "
                                        "VALUES (?1, ?2, ?3, ?4)");
            for (double s : lib->strengthsMg) {
                f.bind(1, id)
                    .bind(2, lib->capsules ? QStringLiteral("capsule") : QStringLiteral("tablet"))
                    .bind(3, s)
                    .bind(4, lib->tabletsSplittable() ? 2 : 1);
                f.run();
                f.reset();
            }
        }
    });
    return *drug(id);
}

QList<planner::DoseTime> Diary::doseTimes(qint64 drugId) const
{
    QList<planner::DoseTime> out;
    Statement st = m_db->prepare("SELECT time, micrograms FROM dose_times WHERE drug_id = ?1 ORDER BY time");
    st.bind(1, drugId);
    while (st.step())
        out.append({ QTime::fromString(st.text(0), QStringLiteral("HH:mm")), double(st.int64(1)) / 1000.0 });
    return out;
}

void Diary::setDoseTimes(qint64 drugId, const QList<planner::DoseTime> &times)
{
    if (!drug(drugId))
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "drug: no such drug in this diary"),
            QStringLiteral("drug"));
    double total = 0;
    for (const planner::DoseTime &t : times) {
        validate::doseMicrograms(t.doseMg, QStringLiteral("doseTimes"));
        total += t.doseMg;
    }
    planner::validateDoseTimes(times, total);
    write([&] {
        m_db->prepare("DELETE FROM dose_times WHERE drug_id = ?1").bind(1, drugId).run();
        for (const planner::DoseTime &t : times)
            m_db->prepare("INSERT INTO dose_times (drug_id, time, micrograms) VALUES (?1, ?2, ?3)")
                .bind(1, drugId)
                .bind(2, t.time.toString(QStringLiteral("HH:mm")))
                .bind(3, qint64(std::llround(t.doseMg * 1000.0)))
                .run();
        record(Change::drug(drugId));
    });
}

void Diary::setDrugHidden(qint64 drugId, bool hidden)
{
    if (!drug(drugId))
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "drug: no such drug in this diary"),
            QStringLiteral("drug"));
    write([&] {
        m_db->prepare("UPDATE drugs SET hidden = ?2 WHERE id = ?1").bind(1, drugId).bind(2, int(hidden)).run();
        record(Change::drug(drugId));
    });
}

void Diary::setDrugFit(qint64 drugId, std::optional<double> emaxPct, std::optional<double> ed50Mg)
{
    const auto d = drug(drugId);
    if (!d)
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "drug: no such drug in this diary"),
            QStringLiteral("drug"));
    if (emaxPct.has_value() != ed50Mg.has_value())
        throwInvalid(emaxPct ? QStringLiteral("ed50") : QStringLiteral("emax"),
            QCoreApplication::translate(
                "Errors", "give both Emax and ED50, or neither to go back to the library's values"));
    QStringList sources = d->sources.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    sources.removeAll(QStringLiteral("S1"));
    sources.removeAll(QStringLiteral("user"));
    std::optional<double> emax = emaxPct;
    std::optional<double> ed50 = ed50Mg;
    if (emax) {
        if (!std::isfinite(*emax) || *emax < 1 || *emax > 110)
            throwInvalid(QStringLiteral("emax"),
                QCoreApplication::translate("Errors", "Emax is a percentage between 1 and 110"));
        if (!std::isfinite(*ed50) || *ed50 <= 0 || *ed50 > 1000)
            throwInvalid(QStringLiteral("ed50"),
                QCoreApplication::translate("Errors", "ED50 is a dose in mg above 0 and at most 1000"));
        sources.prepend(QStringLiteral("user"));
    } else {
        const auto lib = d->libraryKey.isEmpty() ? std::nullopt : catalogue::findDrug(d->libraryKey);
        if (lib && lib->sertEmaxPct && lib->sertEd50Mg) {
            emax = lib->sertEmaxPct;
            ed50 = lib->sertEd50Mg;
            sources.prepend(QStringLiteral("S1"));
        } else if (!lib) {
            sources.prepend(QStringLiteral("user"));
        }
    }
    write([&] {
        m_db->prepare("UPDATE drugs SET sert_emax_pct = ?2, sert_ed50_mg = ?3, sources = ?4 WHERE id = ?1")
            .bind(1, drugId)
            .bind(2, emax)
            .bind(3, ed50)
            .bind(4, sources.join(QLatin1Char(';')))
            .run();
        record(Change::drug(drugId));
    });
}

Formulation Diary::addFormulation(const Formulation &in)
{
    if (!drug(in.drugId))
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "drug: no such drug in this diary"),
            QStringLiteral("drug"));
    Formulation f = in;
    if (f.kind == Formulation::Kind::Liquid) {
        f.mgPerMl = validate::strength(f.mgPerMl, QStringLiteral("mg-per-ml"));
        f.strengthMg = 0;
        f.splitParts = 1;
        if (f.syringeMl && (!std::isfinite(*f.syringeMl) || *f.syringeMl <= 0 || *f.syringeMl > 10))
            throwInvalid(QStringLiteral("syringe-ml"),
                QCoreApplication::translate("Errors", "the syringe step must be between 0.01 and 10 mL"));
    } else {
        f.strengthMg = validate::strength(f.strengthMg, QStringLiteral("strength"));
        if (f.splitParts != 1 && f.splitParts != 2 && f.splitParts != 4)
            throwInvalid(QStringLiteral("split"),
                QCoreApplication::translate("Errors", "a tablet can be whole only (1), halved (2) or quartered (4)"));
        if (f.modifiedRelease && f.splitParts != 1)
            throwInvalid(QStringLiteral("split"),
                QCoreApplication::translate("Errors", "modified-release forms must never be split"));
        if (f.kind == Formulation::Kind::Capsule && f.splitParts != 1)
            throwInvalid(QStringLiteral("split"),
                QCoreApplication::translate("Errors", "capsules cannot be split; count beads instead"));
        if (f.beadsPerCapsule && (*f.beadsPerCapsule < 2 || *f.beadsPerCapsule > 10000))
            throwInvalid(QStringLiteral("beads"),
                QCoreApplication::translate("Errors", "beads per capsule must be between 2 and 10000"));
        f.syringeMl.reset();
    }
    write([&] {
        Statement st = m_db->prepare(
            "INSERT INTO formulations (drug_id, kind, strength_mg, mg_per_ml, split_parts, modified_release, "
            "beads_per_capsule, syringe_ml) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        st.bind(1, f.drugId).bind(2, Formulation::kindName(f.kind));
        if (f.kind == Formulation::Kind::Liquid)
            st.bindNull(3).bind(4, f.mgPerMl);
        else
            st.bind(3, f.strengthMg).bindNull(4);
        st.bind(5, f.splitParts).bind(6, int(f.modifiedRelease));
        st.bind(7, f.beadsPerCapsule ? std::optional<qint64>(*f.beadsPerCapsule) : std::nullopt);
        st.bind(8, f.syringeMl);
        st.run();
        f.id = m_db->lastInsertId();
        record(Change::formulation(f.id, f.drugId));
    });
    return f;
}

void Diary::setFormulationHidden(qint64 formulationId, bool hidden)
{
    write([&] {
        m_db->prepare("UPDATE formulations SET hidden = ?2 WHERE id = ?1")
            .bind(1, formulationId)
            .bind(2, int(hidden))
            .run();
        if (m_db->changes() == 0)
            throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "formulation: no such formulation"),
                QStringLiteral("formulation"));
        Statement owner = m_db->prepare("SELECT drug_id FROM formulations WHERE id = ?1");
        owner.bind(1, formulationId);
        record(Change::formulation(formulationId, owner.step() ? owner.int64(0) : 0));
    });
}

// ---------------------------------------------------------------- doses

DoseEvent Diary::logDose(const NewDose &in)
{
    if (!in.date.isValid())
        throwInvalid(QStringLiteral("date"), QCoreApplication::translate("Errors", "a valid date is needed"));
    const auto d = drug(in.drugId);
    if (!d)
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "drug: no such drug in this diary"),
            QStringLiteral("drug"));
    const qint64 ug = validate::doseMicrograms(double(in.micrograms) / 1000.0);
    if (!in.confirmedLarge && isUnusuallyLarge(in.drugId, double(ug) / 1000.0))
        throwInvalid(QStringLiteral("mg"),
            QCoreApplication::translate("Errors",
                "%1 mg is more than 10 times the largest strength listed for this drug (%2 mg); "
                "check the amount, and confirm it if it is right")
                .arg(double(ug) / 1000.0)
                .arg(largestStrengthMg(in.drugId)));
    if (in.formulationId) {
        bool found = false;
        for (const auto &f : formulations(in.drugId, true))
            found = found || f.id == *in.formulationId;
        if (!found)
            throwInvalid(QStringLiteral("formulation"),
                QCoreApplication::translate("Errors", "that formulation does not belong to this drug"));
    }
    const QString note = validate::note(in.note);
    DoseEvent e;
    write([&] {
        Statement st
            = m_db->prepare("INSERT INTO dose_events (day, time, drug_id, amount_ug, formulation_id, note, created_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        st.bind(1, iso(in.date));
        st.bind(2, in.time ? in.time->toString(QStringLiteral("HH:mm")) : QString());
        st.bind(3, in.drugId).bind(4, ug).bind(5, in.formulationId);
        st.bind(6, note.isEmpty() ? QString() : note).bind(7, nowText(m_clock));
        st.run();
        e.id = m_db->lastInsertId();
        record(Change::dose(e.id, in.date, in.drugId));
    });
    e.date = in.date;
    e.time = in.time;
    e.drugId = in.drugId;
    e.drugName = d->name;
    e.micrograms = ug;
    e.formulationId = in.formulationId;
    e.note = note;
    return e;
}

void Diary::deleteDose(qint64 doseId)
{
    write([&] {
        Statement find = m_db->prepare("SELECT day, drug_id FROM dose_events WHERE id = ?1");
        find.bind(1, doseId);
        if (!find.step())
            throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "dose: no such dose entry"),
                QStringLiteral("dose"));
        const QDate day = fromIso(find.text(0));
        const qint64 drugId = find.int64(1);
        m_db->prepare("DELETE FROM dose_events WHERE id = ?1").bind(1, doseId).run();
        record(Change::dose(doseId, day, drugId));
    });
}

DoseEvent Diary::restoreDose(const DoseEvent &in)
{
    if (!in.date.isValid())
        throwInvalid(QStringLiteral("date"), QCoreApplication::translate("Errors", "a valid date is needed"));
    if (!drug(in.drugId))
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "drug: no such drug in this diary"),
            QStringLiteral("drug"));
    if (in.micrograms <= 0)
        throwInvalid(QStringLiteral("mg"), QCoreApplication::translate("Errors", "a dose must be more than 0 mg"));
    const QString note = validate::note(in.note);
    DoseEvent e = in;
    write([&] {
        Statement used = m_db->prepare("SELECT 1 FROM dose_events WHERE id = ?1");
        used.bind(1, in.id);
        const bool keepId = in.id > 0 && !used.step();
        Statement st = m_db->prepare(
            "INSERT INTO dose_events (id, day, time, drug_id, amount_ug, formulation_id, note, created_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        if (keepId)
            st.bind(1, in.id);
        else
            st.bindNull(1);
        st.bind(2, iso(in.date));
        st.bind(3, in.time ? in.time->toString(QStringLiteral("HH:mm")) : QString());
        st.bind(4, in.drugId).bind(5, in.micrograms).bind(6, in.formulationId);
        st.bind(7, note.isEmpty() ? QString() : note).bind(8, nowText(m_clock));
        st.run();
        e.id = m_db->lastInsertId();
        record(Change::dose(e.id, in.date, in.drugId));
    });
    e.note = note;
    return e;
}

// ---------------------------------------------------------------- symptoms

Symptom Diary::addSymptom(const QString &rawName, const QString &group)
{
    const QString name = validate::name(rawName, QStringLiteral("symptom"));
    QString g = group.simplified();
    if (g.isEmpty())
        g = QString::fromUtf8(QT_TRANSLATE_NOOP("Symptom", "My symptoms")); // kept in English, shown translated
    g = validate::name(g, QStringLiteral("group"));
    for (const Symptom &s : symptoms(true))
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            throw Error(ErrorCode::AlreadyExists,
                QCoreApplication::translate("Errors", "symptom: there is already a symptom with that name"),
                QStringLiteral("symptom"));
    QString key;
    write([&] {
        Statement next
            = m_db->prepare("SELECT coalesce(max(id), 0) + 1, coalesce(max(sort_order), 0) + 10 FROM symptoms");
        next.step();
        key = QStringLiteral("custom_%1").arg(next.int64(0));
        Statement st = m_db->prepare("INSERT INTO symptoms (key, name, group_name, builtin, safety, sort_order, usual) "
                                     "VALUES (?1, ?2, ?3, 0, 0, ?4, 1)");
        st.bind(1, key).bind(2, name).bind(3, g).bind(4, next.int64(1)).run();
        record(Change::symptom(m_db->lastInsertId(), key));
    });
    return *symptom(key);
}

void Diary::setSymptomHidden(const QString &key, bool hidden)
{
    const Symptom s = requireSymptom(key);
    write([&] {
        m_db->prepare("UPDATE symptoms SET hidden = ?2 WHERE id = ?1").bind(1, s.id).bind(2, int(hidden)).run();
        record(Change::symptom(s.id, s.key));
    });
}

void Diary::setSymptomUsual(const QString &key, bool usual)
{
    const Symptom s = requireSymptom(key);
    write([&] {
        m_db->prepare("UPDATE symptoms SET usual = ?2 WHERE id = ?1").bind(1, s.id).bind(2, int(usual)).run();
        record(Change::symptom(s.id, s.key));
    });
}

void Diary::setRating(const QDate &day, const QString &key, int severity)
{
    if (!day.isValid())
        throwInvalid(QStringLiteral("date"), QCoreApplication::translate("Errors", "a valid date is needed"));
    validate::severity(severity);
    const Symptom s = requireSymptom(key);
    write([&] {
        m_db->prepare("INSERT OR REPLACE INTO ratings (day, symptom_id, severity) VALUES (?1, ?2, ?3)")
            .bind(1, iso(day))
            .bind(2, s.id)
            .bind(3, severity)
            .run();
        record(Change::rating(s.id, day, s.key));
    });
}

void Diary::clearRating(const QDate &day, const QString &key)
{
    const Symptom s = requireSymptom(key);
    write([&] {
        m_db->prepare("DELETE FROM ratings WHERE day = ?1 AND symptom_id = ?2").bind(1, iso(day)).bind(2, s.id).run();
        record(Change::rating(s.id, day, s.key));
    });
}

// ---------------------------------------------------------------- day fields

void Diary::ensureDayRow(const QString &day)
{
    m_db->prepare("INSERT OR IGNORE INTO days (day) VALUES (?1)").bind(1, day).run();
}

void Diary::pruneDayRow(const QString &day)
{
    m_db->prepare("DELETE FROM days WHERE day = ?1 AND wellbeing IS NULL AND sleep_hours IS NULL AND note IS NULL")
        .bind(1, day)
        .run();
}

void Diary::updateDay(
    const QDate &day, std::optional<int> wellbeing, std::optional<double> sleepHours, std::optional<QString> note)
{
    if (!day.isValid())
        throwInvalid(QStringLiteral("date"), QCoreApplication::translate("Errors", "a valid date is needed"));
    if (wellbeing)
        validate::wellbeing(*wellbeing);
    if (sleepHours)
        sleepHours = validate::sleepHours(*sleepHours);
    if (note)
        validate::note(*note);
    const QString d = iso(day);
    write([&] {
        ensureDayRow(d);
        if (wellbeing)
            m_db->prepare("UPDATE days SET wellbeing = ?2 WHERE day = ?1").bind(1, d).bind(2, *wellbeing).run();
        if (sleepHours)
            m_db->prepare("UPDATE days SET sleep_hours = ?2 WHERE day = ?1").bind(1, d).bind(2, *sleepHours).run();
        if (note)
            m_db->prepare("UPDATE days SET note = ?2, note_for_prescriber = note_for_prescriber AND ?2 IS NOT NULL "
                          "WHERE day = ?1")
                .bind(1, d)
                .bind(2, note->isEmpty() ? QString() : *note)
                .run();
        pruneDayRow(d);
        record(Change::day(day));
    });
}

void Diary::setWellbeing(const QDate &day, std::optional<int> wellbeing)
{
    if (wellbeing) {
        updateDay(day, wellbeing, std::nullopt, std::nullopt);
        return;
    }
    write([&] {
        m_db->prepare("UPDATE days SET wellbeing = NULL WHERE day = ?1").bind(1, iso(day)).run();
        pruneDayRow(iso(day));
        record(Change::day(day));
    });
}

void Diary::setSleepHours(const QDate &day, std::optional<double> hours)
{
    if (hours) {
        updateDay(day, std::nullopt, hours, std::nullopt);
        return;
    }
    write([&] {
        m_db->prepare("UPDATE days SET sleep_hours = NULL WHERE day = ?1").bind(1, iso(day)).run();
        pruneDayRow(iso(day));
        record(Change::day(day));
    });
}

void Diary::setNote(const QDate &day, const QString &note)
{
    updateDay(day, std::nullopt, std::nullopt, note);
}

void Diary::setNoteForPrescriber(const QDate &day, bool forPrescriber)
{
    if (!day.isValid())
        throwInvalid(QStringLiteral("date"), QCoreApplication::translate("Errors", "a valid date is needed"));
    write([&] {
        Statement st = m_db->prepare("UPDATE days SET note_for_prescriber = ?2 WHERE day = ?1 AND note IS NOT NULL");
        st.bind(1, iso(day)).bind(2, int(forPrescriber)).run();
        if (m_db->changes() == 0)
            throwInvalid(QStringLiteral("note"),
                QCoreApplication::translate(
                    "Errors", "this day has no note to mark for your prescriber; write the note first"));
        record(Change::day(day));
    });
}

// ---------------------------------------------------------------- settings, keys, integrity

void Diary::setSetting(const QString &key, const QString &value)
{
    write([&] {
        m_db->prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)").bind(1, key).bind(2, value).run();
        record(Change::setting(key));
    });
}

void Diary::changePassphrase(const QString &newPassphrase)
{
    requireWritable();
    validate::passphrase(newPassphrase, QStringLiteral("new passphrase"));
    QByteArray key = keyBytes(newPassphrase);
    try {
        m_db->rekey(key);
    } catch (...) {
        wipe(key);
        throw;
    }
    wipe(key);
}

CheckReport Diary::check(bool full)
{
    CheckReport r;
    r.integrity = m_db->integrityCheck(full);
    r.ok = r.integrity == QLatin1String("ok");
    r.schemaVersion = m_db->userVersion();
    r.cipherVersion = Database::cipherVersion();
    auto count = [&](const char *sql) {
        Statement st = m_db->prepare(sql);
        return st.step() ? int(st.int64(0)) : 0;
    };
    if (r.ok) {
        r.days = count("SELECT count(*) FROM (SELECT day FROM dose_events UNION SELECT day FROM ratings "
                       "UNION SELECT day FROM days)");
        r.doses = count("SELECT count(*) FROM dose_events");
        r.ratings = count("SELECT count(*) FROM ratings");
        r.drugs = count("SELECT count(*) FROM drugs");
    }
    return r;
}

} // namespace waymark
