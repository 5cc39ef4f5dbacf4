// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "change.h"

#include <QList>
#include <QMetaType>
#include <QStringList>
#include <initializer_list>

namespace waymark {

/**
 * The changes of one committed transaction, in the order they were made (duplicates removed).
 * Views ask it whether it touches what they show: a day, a kind of record, an id.
 */
class ChangeSet
{
public:
    ChangeSet() = default;
    explicit ChangeSet(const QList<Change> &changes)
    {
        for (const Change &c : changes)
            if (!m_changes.contains(c))
                m_changes.append(c);
    }

    const QList<Change> &list() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    qsizetype size() const { return m_changes.size(); }

    bool touches(Change::Kind kind) const
    {
        for (const Change &c : m_changes)
            if (c.kind == kind)
                return true;
        return false;
    }
    bool touches(std::initializer_list<Change::Kind> kinds) const
    {
        for (Change::Kind k : kinds)
            if (touches(k))
                return true;
        return false;
    }
    /** True when a dose, rating or day field of that day changed. */
    bool touchesDay(const QDate &day) const
    {
        for (const Change &c : m_changes)
            if (c.date.isValid() && c.date == day)
                return true;
        return false;
    }
    /** The distinct days whose doses, ratings or day fields changed, in order of first change. */
    QList<QDate> dates() const
    {
        QList<QDate> out;
        for (const Change &c : m_changes)
            if (c.date.isValid() && !out.contains(c.date))
                out.append(c.date);
        return out;
    }
    /** The distinct ids of one kind of record that changed. */
    QList<qint64> ids(Change::Kind kind) const
    {
        QList<qint64> out;
        for (const Change &c : m_changes)
            if (c.kind == kind && !out.contains(c.id))
                out.append(c.id);
        return out;
    }
    /** The distinct keys (symptom or setting keys) of one kind of record that changed. */
    QStringList keys(Change::Kind kind) const
    {
        QStringList out;
        for (const Change &c : m_changes)
            if (c.kind == kind && !c.key.isEmpty() && !out.contains(c.key))
                out.append(c.key);
        return out;
    }

private:
    QList<Change> m_changes;
};

} // namespace waymark

Q_DECLARE_METATYPE(waymark::ChangeSet)
