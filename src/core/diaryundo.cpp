// SPDX-License-Identifier: GPL-3.0-or-later
// Diary: taking back what was added, for undo (commands in diarycommands.cpp). Every removal is
// refused while something recorded since refers to the row.
#include "database.h"
#include "diary.h"
#include "errors.h"
#include "storedplan.h"

#include <QCoreApplication>

namespace waymark {

namespace {

bool any(Database &db, const char *sql, qint64 id)
{
    Statement st = db.prepare(sql);
    st.bind(1, id);
    return st.step();
}

[[noreturn]] void refuseInUse(const QString &field, const QString &what)
{
    throw Error(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(field, what), field);
}

} // namespace

void Diary::removeDrug(qint64 drugId)
{
    if (!drug(drugId))
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "drug: no such drug in this diary"),
            QStringLiteral("drug"));
    if (any(*m_db, "SELECT 1 FROM dose_events WHERE drug_id = ?1 LIMIT 1", drugId))
        refuseInUse(QStringLiteral("drug"),
            QCoreApplication::translate("Errors", "doses of this drug were logged since it was added"));
    if (any(*m_db, "SELECT 1 FROM plans WHERE drug_id = ?1 LIMIT 1", drugId))
        refuseInUse(QStringLiteral("drug"),
            QCoreApplication::translate("Errors", "a plan for this drug was made since it was added"));
    if (any(*m_db, "SELECT 1 FROM switches WHERE from_drug_id = ?1 OR to_drug_id = ?1 LIMIT 1", drugId))
        refuseInUse(QStringLiteral("drug"),
            QCoreApplication::translate("Errors", "a switch with this drug was recorded since it was added"));
    write([&] {
        Statement forms = m_db->prepare("SELECT id FROM formulations WHERE drug_id = ?1");
        forms.bind(1, drugId);
        while (forms.step())
            record(Change::formulation(forms.int64(0), drugId));
        m_db->prepare("DELETE FROM formulations WHERE drug_id = ?1").bind(1, drugId).run();
        Statement keys = m_db->prepare("SELECT key FROM settings WHERE key LIKE ?1");
        keys.bind(1, QStringLiteral("%:%1").arg(drugId));
        QStringList removed;
        while (keys.step())
            removed.append(keys.text(0));
        for (const QString &key : removed) {
            m_db->prepare("DELETE FROM settings WHERE key = ?1").bind(1, key).run();
            record(Change::setting(key));
        }
        m_db->prepare("DELETE FROM drugs WHERE id = ?1").bind(1, drugId).run();
        record(Change::drug(drugId));
    });
}

void Diary::removeFormulation(qint64 formulationId)
{
    Statement owner = m_db->prepare("SELECT drug_id FROM formulations WHERE id = ?1");
    owner.bind(1, formulationId);
    if (!owner.step())
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "formulation: no such formulation"),
            QStringLiteral("formulation"));
    const qint64 drugId = owner.int64(0);
    if (any(*m_db, "SELECT 1 FROM dose_events WHERE formulation_id = ?1 LIMIT 1", formulationId))
        refuseInUse(QStringLiteral("formulation"),
            QCoreApplication::translate("Errors", "doses of this form were logged since it was added"));
    write([&] {
        m_db->prepare("DELETE FROM formulations WHERE id = ?1").bind(1, formulationId).run();
        record(Change::formulation(formulationId, drugId));
    });
}

void Diary::removeSymptom(const QString &key)
{
    const Symptom s = requireSymptom(key);
    if (s.builtin)
        refuseInUse(QStringLiteral("symptom"),
            QCoreApplication::translate("Errors", "a symptom of the built-in list is hidden, never removed"));
    if (any(*m_db, "SELECT 1 FROM ratings WHERE symptom_id = ?1 LIMIT 1", s.id))
        refuseInUse(QStringLiteral("symptom"),
            QCoreApplication::translate("Errors", "this symptom was rated since it was added"));
    write([&] {
        m_db->prepare("DELETE FROM symptoms WHERE id = ?1").bind(1, s.id).run();
        record(Change::symptom(s.id, s.key));
    });
}

bool Diary::hasSetting(const QString &key) const
{
    Statement st = m_db->prepare("SELECT 1 FROM settings WHERE key = ?1");
    st.bind(1, key);
    return st.step();
}

void Diary::removeSetting(const QString &key)
{
    write([&] {
        m_db->prepare("DELETE FROM settings WHERE key = ?1").bind(1, key).run();
        record(Change::setting(key));
    });
}

void Diary::deleteSwitch(qint64 switchId)
{
    const auto sw = switchById(switchId);
    if (!sw)
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "switch: no such switch"),
            QStringLiteral("switch"));
    write([&] {
        m_db->prepare("DELETE FROM switches WHERE id = ?1").bind(1, switchId).run();
        record(Change::switchTo(switchId, sw->fromDrugId));
    });
}

void Diary::restoreSwitchState(qint64 switchId, const QDate &endedOn, bool archived)
{
    const auto sw = switchById(switchId);
    if (!sw)
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "switch: no such switch"),
            QStringLiteral("switch"));
    write([&] {
        m_db->prepare("UPDATE switches SET ended_on = ?2, archived = ?3 WHERE id = ?1")
            .bind(1, switchId)
            .bind(2, endedOn.isValid() ? endedOn.toString(Qt::ISODate) : QString())
            .bind(3, int(archived))
            .run();
        record(Change::switchTo(switchId, sw->fromDrugId));
    });
}

} // namespace waymark
