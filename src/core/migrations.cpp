// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "catalogue.h"
#include "database.h"
#include "errors.h"

#include <functional>
#include <vector>

#include <QCoreApplication>

namespace waymark::migrations {
namespace {

// Version 1: the first diary format.
void toVersion1(Database &db)
{
    db.exec(R"sql(
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE drugs (
            id                   INTEGER PRIMARY KEY,
            name                 TEXT NOT NULL UNIQUE COLLATE NOCASE,
            drug_class           TEXT NOT NULL DEFAULT '',
            library_key          TEXT,
            half_life_h          TEXT,
            sert_emax_pct        REAL,
            sert_ed50_mg         REAL,
            diazepam10_ashton_mg REAL,
            diazepam10_vadod_mg  REAL,
            sources              TEXT NOT NULL DEFAULT '',
            hidden               INTEGER NOT NULL DEFAULT 0,
            created_at           TEXT NOT NULL
        );
        CREATE TABLE formulations (
            id                INTEGER PRIMARY KEY,
            drug_id           INTEGER NOT NULL REFERENCES drugs(id),
            kind              TEXT NOT NULL CHECK (kind IN ('tablet', 'capsule', 'liquid')),
            strength_mg       REAL,
            mg_per_ml         REAL,
            split_parts       INTEGER NOT NULL DEFAULT 1 CHECK (split_parts IN (1, 2, 4)),
            modified_release  INTEGER NOT NULL DEFAULT 0,
            beads_per_capsule INTEGER,
            syringe_ml        REAL,
            hidden            INTEGER NOT NULL DEFAULT 0,
            CHECK ((kind = 'liquid' AND mg_per_ml > 0) OR (kind <> 'liquid' AND strength_mg > 0))
        );
        CREATE TABLE dose_events (
            id             INTEGER PRIMARY KEY,
            day            TEXT NOT NULL,
            time           TEXT,
            drug_id        INTEGER NOT NULL REFERENCES drugs(id),
            amount_ug      INTEGER NOT NULL CHECK (amount_ug > 0),
            formulation_id INTEGER REFERENCES formulations(id),
            note           TEXT,
            created_at     TEXT NOT NULL
        );
        CREATE INDEX dose_events_day ON dose_events(day);
        CREATE TABLE symptoms (
            id         INTEGER PRIMARY KEY,
            key        TEXT NOT NULL UNIQUE,
            name       TEXT NOT NULL,
            group_name TEXT NOT NULL,
            builtin    INTEGER NOT NULL,
            safety     INTEGER NOT NULL DEFAULT 0,
            hidden     INTEGER NOT NULL DEFAULT 0,
            sort_order INTEGER NOT NULL
        );
        CREATE TABLE ratings (
            day        TEXT NOT NULL,
            symptom_id INTEGER NOT NULL REFERENCES symptoms(id),
            severity   INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 4),
            PRIMARY KEY (day, symptom_id)
        ) WITHOUT ROWID;
        CREATE TABLE days (
            day         TEXT PRIMARY KEY,
            wellbeing   INTEGER CHECK (wellbeing BETWEEN 0 AND 10),
            sleep_hours REAL CHECK (sleep_hours BETWEEN 0 AND 24),
            note        TEXT
        ) WITHOUT ROWID;
    )sql");
    Statement insert = db.prepare(
        "INSERT INTO symptoms (key, name, group_name, builtin, safety, sort_order) VALUES (?1, ?2, ?3, 1, ?4, ?5)");
    int order = 0;
    for (const auto &s : catalogue::symptoms()) {
        insert.bind(1, s.key).bind(2, s.name).bind(3, s.group).bind(4, int(s.safety)).bind(5, order += 10);
        insert.run();
        insert.reset();
    }
}

// Version 2: the "usually have" flag for the quick symptom view, and an index for per-symptom series.
void toVersion2(Database &db)
{
    db.exec(R"sql(
        ALTER TABLE symptoms ADD COLUMN usual INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX ratings_symptom_day ON ratings(symptom_id, day);
    )sql");
}

// Version 3: taper plans. The definition is the plan as JSON (planner/planjson.h), encrypted with
// the rest of the file; schedules are always recomputed from it.
void toVersion3(Database &db)
{
    db.exec(R"sql(
        CREATE TABLE plans (
            id         INTEGER PRIMARY KEY,
            drug_id    INTEGER NOT NULL REFERENCES drugs(id),
            definition TEXT NOT NULL,
            archived   INTEGER NOT NULL DEFAULT 0,
            note       TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX plans_drug ON plans(drug_id, archived);
    )sql");
}

// Version 4: switches to diazepam, recorded only once the person confirmed their prescriber agreed.
void toVersion4(Database &db)
{
    db.exec(R"sql(
        CREATE TABLE switches (
            id             INTEGER PRIMARY KEY,
            from_drug_id   INTEGER NOT NULL REFERENCES drugs(id),
            to_drug_id     INTEGER NOT NULL REFERENCES drugs(id),
            from_dose_mg   REAL NOT NULL,
            source_key     TEXT NOT NULL,
            stages         INTEGER NOT NULL,
            interval_days  INTEGER NOT NULL,
            start_date     TEXT NOT NULL,
            confirmed_at   TEXT NOT NULL,
            note           TEXT
        );
    )sql");
}

// Version 5: switches and plans never overlap silently. A switch keeps the stages computed when it
// was recorded (definition: JSON, doses and how to make them; NULL for switches recorded by version
// 4, which are recomputed), and can be ended (ended_on: its last day) or archived; a plan can be
// ended (ended_on: its last day) when a switch takes over.
void toVersion5(Database &db)
{
    db.exec(R"sql(
        ALTER TABLE switches ADD COLUMN definition TEXT;
        ALTER TABLE switches ADD COLUMN ended_on TEXT;
        ALTER TABLE switches ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE plans ADD COLUMN ended_on TEXT;
    )sql");
}

// Version 6: a day's note can be marked "for my prescriber" (shown in the clinician summary).
// The flag belongs to the note: clearing the note clears it.
void toVersion6(Database &db)
{
    db.exec("ALTER TABLE days ADD COLUMN note_for_prescriber INTEGER NOT NULL DEFAULT 0;");
}

// Version 7: a drug's dose times (issue 13): the times of day it is taken and the amount at each,
// for Today's usual doses and a plan's doses across the day. None: one usual dose as before.
void toVersion7(Database &db)
{
    db.exec(R"sql(
        CREATE TABLE dose_times (
            id INTEGER PRIMARY KEY,
            drug_id INTEGER NOT NULL REFERENCES drugs(id) ON DELETE CASCADE,
            time TEXT NOT NULL CHECK (length(time) = 5),
            micrograms INTEGER NOT NULL CHECK (micrograms > 0),
            UNIQUE (drug_id, time)
        );
    )sql");
}

const std::vector<std::function<void(Database &)>> &ladder()
{
    static const std::vector<std::function<void(Database &)>> steps
        = { toVersion1, toVersion2, toVersion3, toVersion4, toVersion5, toVersion6, toVersion7 };
    return steps;
}

} // namespace

int latestVersion()
{
    return int(ladder().size());
}

void migrate(Database &db, int targetVersion)
{
    const int latest = latestVersion();
    if (targetVersion < 0)
        targetVersion = latest;
    const int current = db.userVersion();
    if (current > latest)
        throw Error(ErrorCode::TooNew,
            QCoreApplication::translate("Errors",
                "This diary was made by a newer version of Waymark (format %1; this version "
                "reads up to %2). Update Waymark to open it; the file was not changed.")
                .arg(current)
                .arg(latest));
    for (int v = current + 1; v <= targetVersion; ++v) {
        db.transaction([&] {
            ladder()[size_t(v - 1)](db);
            db.setUserVersion(v);
        });
    }
}

} // namespace waymark::migrations
