// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace waymark {

/**
 * One thing a committed write changed in the diary: what kind of record, which one, and on which
 * day. The Diary collects these during a transaction and publishes them after the outermost commit
 * (see ChangeSet and Diary::changed).
 */
struct Change
{
    enum class Kind { Drug, Formulation, Symptom, Dose, Rating, Day, Setting, Plan, Switch };

    Kind kind = Kind::Day;
    /** Drug, formulation, symptom, dose, plan or switch id; 0 for Day and Setting. */
    qint64 id = 0;
    /** The day concerned (Dose, Rating, Day); invalid otherwise. */
    QDate date;
    /** Symptom key (Symptom, Rating) or setting key (Setting); empty otherwise. */
    QString key;
    /** The drug concerned (Drug, Formulation, Dose, Plan; a Switch's drug switched from); 0 otherwise. */
    qint64 drugId = 0;

    bool operator==(const Change &other) const = default;

    static Change drug(qint64 id) { return make(Kind::Drug, id, {}, {}, id); }
    static Change formulation(qint64 id, qint64 drugId) { return make(Kind::Formulation, id, {}, {}, drugId); }
    static Change symptom(qint64 id, const QString &key) { return make(Kind::Symptom, id, {}, key, 0); }
    static Change dose(qint64 id, const QDate &day, qint64 drugId) { return make(Kind::Dose, id, day, {}, drugId); }
    static Change rating(qint64 symptomId, const QDate &day, const QString &key)
    {
        return make(Kind::Rating, symptomId, day, key, 0);
    }
    static Change day(const QDate &day) { return make(Kind::Day, 0, day, {}, 0); }
    static Change setting(const QString &key) { return make(Kind::Setting, 0, {}, key, 0); }
    static Change plan(qint64 id, qint64 drugId) { return make(Kind::Plan, id, {}, {}, drugId); }
    static Change switchTo(qint64 id, qint64 fromDrugId) { return make(Kind::Switch, id, {}, {}, fromDrugId); }

private:
    static Change make(Kind kind, qint64 id, const QDate &date, const QString &key, qint64 drugId)
    {
        Change c;
        c.kind = kind;
        c.id = id;
        c.date = date;
        c.key = key;
        c.drugId = drugId;
        return c;
    }
};

} // namespace waymark
