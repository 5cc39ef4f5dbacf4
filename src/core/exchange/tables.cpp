// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables.h"

namespace waymark::exchange {

QStringList Table::columnNames() const
{
    QStringList names;
    for (const Column &c : columns)
        names << c.name;
    return names;
}

const Column *Table::column(const QString &name) const
{
    for (const Column &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

namespace {

using T = ColumnType;

Column col(const char *name, ColumnType type, bool nullable, const char *meaning)
{
    return { QString::fromLatin1(name), type, nullable, QString::fromUtf8(meaning) };
}

QList<Table> makeTables()
{
    return {
        { QStringLiteral("settings"), QStringLiteral("key"),
            QStringLiteral("Choices that belong to the diary (auto-lock minutes, crisis number, dose taken now, "
                           "hold suggestion thresholds). Keys starting with \"backup.\" belong to the device and "
                           "are not exported."),
            {
                col("key", T::Text, false,
                    "Name of the setting, e.g. autolock_minutes, crisis_number, "
                    "dose_now_mg:<drug id> (value \"mg;YYYY-MM-DD\"), supply_margin_pct (the margin added to supply "
                    "counts, %)."),
                col("value", T::Text, false, "The setting's value as text."),
            },
            {} },
        { QStringLiteral("drugs"), QStringLiteral("id"),
            QStringLiteral("The medicines in the diary, with the values the planner uses."),
            {
                col("id", T::Integer, false, "Row id; other tables refer to it as drug_id."),
                col("name", T::Text, false, "The medicine's name (unique, any case)."),
                col("drug_class", T::Text, false, "ssri, snri, benzodiazepine, z-drug, ... (empty if unknown)."),
                col("library_key", T::Text, true,
                    "Key in the built-in drug library; empty for a drug the person "
                    "added."),
                col("half_life_h", T::Text, true, "Typical half-life in hours as text (\"24-36\")."),
                col("sert_emax_pct", T::Real, true, "Serotonin-transporter occupancy model: maximum occupancy, %."),
                col("sert_ed50_mg", T::Real, true, "Occupancy model: dose in mg giving half the maximum."),
                col("diazepam10_ashton_mg", T::Real, true, "mg of this drug equal to 10 mg diazepam (Ashton, S2)."),
                col("diazepam10_vadod_mg", T::Real, true, "mg of this drug equal to 10 mg diazepam (VA/DoD, S3)."),
                col("sources", T::Text, false,
                    "Where the values come from: \"S1;S5\" (library sources, see "
                    "SOURCES.md) or \"user\"."),
                col("hidden", T::Bool, false, "1 when the person hid the medicine from lists."),
                col("created_at", T::Timestamp, false, "When the medicine was added (UTC)."),
            },
            {} },
        { QStringLiteral("formulations"), QStringLiteral("id"),
            QStringLiteral("The forms the person has of each medicine (tablets, capsules, liquids)."),
            {
                col("id", T::Integer, false, "Row id."),
                col("drug_id", T::Integer, false, "The medicine (drugs.id)."),
                col("kind", T::Text, false, "tablet, capsule or liquid."),
                col("strength_mg", T::Real, true, "mg per tablet or capsule (empty for a liquid)."),
                col("mg_per_ml", T::Real, true, "Concentration of a liquid in mg/mL (empty otherwise)."),
                col("split_parts", T::Integer, false, "1 whole only, 2 halves, 4 quarters."),
                col("modified_release", T::Bool, false, "1 for modified-release forms (never split)."),
                col("beads_per_capsule", T::Integer, true, "Beads in a capsule whose beads can be counted."),
                col("syringe_ml", T::Real, true, "Liquid: the smallest step the syringe measures, mL."),
                col("hidden", T::Bool, false, "1 when the person does not have this form (plans do not use it)."),
            },
            { { QStringLiteral("drug_name"), QStringLiteral("(SELECT name FROM drugs WHERE id = t.drug_id)"),
                QStringLiteral("The medicine's name (CSV only).") } } },
        { QStringLiteral("symptoms"), QStringLiteral("id"),
            QStringLiteral("The symptom list: the built-in catalogue and symptoms the person added."),
            {
                col("id", T::Integer, false, "Row id; ratings refer to it."),
                col("key", T::Text, false, "Stable key (\"brain_zaps\"; \"custom_<n>\" for the person's own)."),
                col("name", T::Text, false, "The name shown."),
                col("group_name", T::Text, false, "The group it is listed under."),
                col("builtin", T::Bool, false, "1 for the built-in catalogue, 0 for the person's own."),
                col("safety", T::Bool, false, "1 for safety items (always shown, cannot be hidden)."),
                col("hidden", T::Bool, false, "1 when the person hid it."),
                col("sort_order", T::Integer, false, "Order in lists."),
                col("usual", T::Bool, false, "1 when the person marked it as one they usually have."),
            },
            {} },
        { QStringLiteral("dose_events"), QStringLiteral("id"),
            QStringLiteral("Every dose the person logged (several a day are separate rows)."),
            {
                col("id", T::Integer, false, "Row id."),
                col("day", T::Date, false, "The calendar day the dose belongs to."),
                col("time", T::Time, true, "Local time of day it was taken, if given."),
                col("drug_id", T::Integer, false, "The medicine (drugs.id)."),
                col("amount_ug", T::Integer, false, "The dose in micrograms (1 mg = 1000)."),
                col("formulation_id", T::Integer, true, "The form it was taken as (formulations.id), if given."),
                col("note", T::Text, true, "The person's note on this dose."),
                col("created_at", T::Timestamp, false, "When it was logged (UTC)."),
            },
            { { QStringLiteral("drug_name"), QStringLiteral("(SELECT name FROM drugs WHERE id = t.drug_id)"),
                  QStringLiteral("The medicine's name (CSV only).") },
                { QStringLiteral("amount_mg"), QStringLiteral("t.amount_ug / 1000.0"),
                    QStringLiteral("The dose in mg (CSV only).") } } },
        { QStringLiteral("ratings"), QStringLiteral("day, symptom_id"),
            QStringLiteral("Symptom ratings. No row: not rated; severity 0: rated \"none\"."),
            {
                col("day", T::Date, false, "The calendar day."),
                col("symptom_id", T::Integer, false, "The symptom (symptoms.id)."),
                col("severity", T::Integer, false, "0 none, 1 mild, 2 moderate, 3 severe, 4 extreme."),
            },
            { { QStringLiteral("symptom_key"), QStringLiteral("(SELECT key FROM symptoms WHERE id = t.symptom_id)"),
                QStringLiteral("The symptom's stable key (CSV only).") } } },
        { QStringLiteral("days"), QStringLiteral("day"),
            QStringLiteral("What was recorded for a day besides doses and ratings."),
            {
                col("day", T::Date, false, "The calendar day."),
                col("wellbeing", T::Integer, true, "Overall wellbeing 0 (worst) to 10 (best)."),
                col("sleep_hours", T::Real, true, "Hours slept, in quarter hours (0 to 24)."),
                col("note", T::Text, true, "The day's note."),
                col("note_for_prescriber", T::Bool, false,
                    "1 when the person marked the note \"for my "
                    "prescriber\"."),
            },
            {} },
        { QStringLiteral("dose_times"), QStringLiteral("id"),
            QStringLiteral("The times of day a medicine is taken, with the amount at each (schema 7). Today's usual "
                           "doses and a plan's per-time steps follow them."),
            {
                col("id", T::Integer, false, "Row id."),
                col("drug_id", T::Integer, false, "The medicine (drugs.id)."),
                col("time", T::Time, false, "Local time of day, HH:MM."),
                col("micrograms", T::Integer, false, "The amount at that time in micrograms (1 mg = 1000)."),
            },
            { { QStringLiteral("drug_name"), QStringLiteral("(SELECT name FROM drugs WHERE id = t.drug_id)"),
                QStringLiteral("The medicine's name (CSV only).") } } },
        { QStringLiteral("plans"), QStringLiteral("id"),
            QStringLiteral("Taper plans. The schedule is always recomputed from the definition."),
            {
                col("id", T::Integer, false, "Row id."),
                col("drug_id", T::Integer, false, "The medicine (drugs.id)."),
                col("definition", T::Json, false,
                    "The plan as JSON: method, start, doses, forms, adjustments "
                    "(holds, pauses, pace changes, skips, edits)."),
                col("archived", T::Bool, false, "1 when archived."),
                col("note", T::Text, true, "The person's note on the plan."),
                col("created_at", T::Timestamp, false, "When it was saved (UTC)."),
                col("updated_at", T::Timestamp, false, "When it was last changed (UTC)."),
                col("ended_on", T::Date, true, "Its last day, when a switch took over."),
            },
            { { QStringLiteral("drug_name"), QStringLiteral("(SELECT name FROM drugs WHERE id = t.drug_id)"),
                QStringLiteral("The medicine's name (CSV only).") } } },
        { QStringLiteral("switches"), QStringLiteral("id"),
            QStringLiteral("Switches to diazepam in stages, recorded once the person confirmed their prescriber "
                           "agreed."),
            {
                col("id", T::Integer, false, "Row id."),
                col("from_drug_id", T::Integer, false, "The medicine being replaced (drugs.id)."),
                col("to_drug_id", T::Integer, false, "Diazepam (drugs.id)."),
                col("from_dose_mg", T::Real, false, "The daily dose being replaced, mg."),
                col("source_key", T::Text, false, "The equivalence table: S2 Ashton, S3 VA/DoD, S4 NHS Scotland."),
                col("stages", T::Integer, false, "Number of stages."),
                col("interval_days", T::Integer, false, "Days between stages."),
                col("start_date", T::Date, false, "The first stage's day."),
                col("confirmed_at", T::Timestamp, false, "When the person confirmed the prescriber agreed (UTC)."),
                col("note", T::Text, true, "The person's note."),
                col("definition", T::Json, true,
                    "The stages as recorded (JSON); empty for switches recorded by "
                    "format 4."),
                col("ended_on", T::Date, true, "Its last day, when ended early."),
                col("archived", T::Bool, false, "1 when archived."),
            },
            { { QStringLiteral("from_drug_name"), QStringLiteral("(SELECT name FROM drugs WHERE id = t.from_drug_id)"),
                QStringLiteral("The replaced medicine's name (CSV only).") } } },
    };
}

} // namespace

const QList<Table> &tables()
{
    static const QList<Table> list = makeTables();
    return list;
}

const Table *table(const QString &name)
{
    for (const Table &t : tables())
        if (t.name == name)
            return &t;
    return nullptr;
}

bool isDeviceSetting(const QString &key)
{
    return key.startsWith(QLatin1String("backup."));
}

QString typeName(ColumnType type)
{
    switch (type) {
    case T::Integer:
        return QStringLiteral("integer");
    case T::Real:
        return QStringLiteral("decimal");
    case T::Text:
        return QStringLiteral("text");
    case T::Bool:
        return QStringLiteral("0/1");
    case T::Date:
        return QStringLiteral("date");
    case T::Time:
        return QStringLiteral("time");
    case T::Timestamp:
        return QStringLiteral("timestamp");
    case T::Json:
        return QStringLiteral("JSON");
    }
    return {};
}

} // namespace waymark::exchange
