// SPDX-License-Identifier: GPL-3.0-or-later
#include "symptomratingmodel.h"

#include "catalogtext.h"

int SymptomRatingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SymptomRatingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const waymark::Symptom &s = m_all.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return waymark::app::symptomName(s.name);
    case KeyRole:
        return s.key;
    case GroupRole:
        return waymark::app::symptomGroupName(s.group);
    case GroupFirstRole:
        return index.row() == 0 || m_all.at(m_rows.at(index.row() - 1)).group != s.group;
    case SafetyRole:
        return s.safety;
    case UsualRole:
        return m_usual.contains(s.key);
    case SeverityRole:
        return m_ratings.value(s.key, -1);
    default:
        return {};
    }
}

QHash<int, QByteArray> SymptomRatingModel::roleNames() const
{
    return { { KeyRole, "key" }, { NameRole, "name" }, { GroupRole, "group" }, { GroupFirstRole, "groupFirst" },
        { SafetyRole, "safety" }, { UsualRole, "usual" }, { SeverityRole, "severity" } };
}

bool SymptomRatingModel::accepts(const waymark::Symptom &s) const
{
    const QString needle = waymark::app::withoutSoftHyphens(m_search.trimmed());
    if (!needle.isEmpty())
        return s.name.contains(needle, Qt::CaseInsensitive) || s.group.contains(needle, Qt::CaseInsensitive)
            || waymark::app::withoutSoftHyphens(waymark::app::symptomName(s.name)).contains(needle, Qt::CaseInsensitive)
            || waymark::app::withoutSoftHyphens(waymark::app::symptomGroupName(s.group))
                   .contains(needle, Qt::CaseInsensitive);
    if (!m_onlyUsual)
        return true;
    return s.safety || m_usual.contains(s.key) || m_ratings.value(s.key, 0) > 0;
}

void SymptomRatingModel::refilter()
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (accepts(m_all.at(i)))
            m_rows.append(i);
    endResetModel();
    Q_EMIT filterChanged();
}

void SymptomRatingModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    refilter();
}

void SymptomRatingModel::setOnlyUsual(bool only)
{
    m_userChoseFilter = true;
    if (only == m_onlyUsual)
        return;
    m_onlyUsual = only;
    refilter();
}

void SymptomRatingModel::setSymptoms(const QList<waymark::Symptom> &symptoms, const QSet<QString> &usual)
{
    m_all = symptoms;
    m_usual = usual;
    if (!m_userChoseFilter)
        m_onlyUsual = !usual.isEmpty();
    refilter();
}

void SymptomRatingModel::setRatings(const QMap<QString, int> &ratings)
{
    const QMap<QString, int> old = m_ratings;
    m_ratings = ratings;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &key = m_all.at(m_rows.at(row)).key;
        if (old.value(key, -1) != ratings.value(key, -1))
            Q_EMIT dataChanged(index(row), index(row), { SeverityRole });
    }
}

void SymptomRatingModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_rows.clear();
    m_ratings.clear();
    endResetModel();
}
