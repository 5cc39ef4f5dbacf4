// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QVariantList>
#include <algorithm>

/**
 * A list model over a QList<T> that brings itself up to date row by row: rows that went away are
 * removed, new rows inserted where they belong, kept rows announced with dataChanged. Assumes the
 * fresh list keeps the relative order of rows that stay (true for the diary's sorted queries).
 */
template <typename T, typename Key> class RowListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

protected:
    virtual Key keyOf(const T &row) const = 0;

    void sync(const QList<T> &fresh)
    {
        // what each kept row shows now, to announce only the rows that change (see m_onlyChangedRows)
        QHash<Key, QVariantList> before;
        if (m_onlyChangedRows)
            for (int i = 0; i < m_rows.size(); ++i)
                before.insert(keyOf(m_rows.at(i)), shownValues(i));
        QList<Key> freshKeys;
        freshKeys.reserve(fresh.size());
        for (const T &row : fresh)
            freshKeys.append(keyOf(row));
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (!freshKeys.contains(keyOf(m_rows.at(i)))) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
        for (int i = 0; i < fresh.size(); ++i) {
            if (i < m_rows.size() && keyOf(m_rows.at(i)) == freshKeys.at(i)) {
                m_rows[i] = fresh.at(i);
                continue;
            }
            for (int j = i + 1; j < m_rows.size(); ++j) { // moved: take it out, put it back below
                if (keyOf(m_rows.at(j)) == freshKeys.at(i)) {
                    beginRemoveRows({}, j, j);
                    m_rows.removeAt(j);
                    endRemoveRows();
                    break;
                }
            }
            beginInsertRows({}, i, i);
            m_rows.insert(i, fresh.at(i));
            endInsertRows();
        }
        if (m_onlyChangedRows) {
            for (int i = 0; i < m_rows.size(); ++i) {
                const auto it = before.constFind(keyOf(m_rows.at(i)));
                if (it != before.constEnd() && *it != shownValues(i))
                    Q_EMIT dataChanged(index(i), index(i));
            }
        } else if (!m_rows.isEmpty()) {
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        }
    }

    /** Every role's value of a row, as data() gives it. */
    QVariantList shownValues(int row) const
    {
        QVariantList values;
        const QModelIndex at = index(row);
        QList<int> roles = roleNames().keys();
        std::sort(roles.begin(), roles.end());
        for (int role : roles)
            values.append(data(at, role));
        return values;
    }

    void clearRows()
    {
        if (m_rows.isEmpty())
            return;
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }

    QList<T> m_rows;
    /** Announce dataChanged only for kept rows whose shown values changed. Only for models whose
     *  data() depends on the row alone (a value read from elsewhere would be compared after it moved). */
    bool m_onlyChangedRows = false;
};
