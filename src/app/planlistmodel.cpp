// SPDX-License-Identifier: GPL-3.0-or-later
#include "planlistmodel.h"

namespace {

/** The map key behind each role but PlanRole. */
const char *keyOf(int role)
{
    switch (role) {
    case PlanListModel::PlanIdRole:
        return "planId";
    case PlanListModel::DrugIdRole:
        return "drugId";
    case PlanListModel::DrugNameRole:
        return "drugName";
    case PlanListModel::StatusTextRole:
        return "statusText";
    case PlanListModel::SuggestionRole:
        return "suggestion";
    case PlanListModel::WeekRole:
        return "week";
    case PlanListModel::StepsRole:
        return "steps";
    default:
        return nullptr;
    }
}

} // namespace

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const QVariantMap &plan = m_rows.at(index.row());
    if (role == PlanRole)
        return plan;
    if (const char *key = keyOf(role))
        return plan.value(QLatin1String(key));
    return {};
}

QHash<int, QByteArray> PlanListModel::roleNames() const
{
    QHash<int, QByteArray> names { { PlanRole, "plan" } };
    for (int role = PlanIdRole; role <= StepsRole; ++role)
        names.insert(role, keyOf(role));
    return names;
}

qint64 PlanListModel::idOf(const QVariantMap &plan)
{
    return plan.value(QStringLiteral("planId")).toLongLong();
}

int PlanListModel::rowOf(qint64 planId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (idOf(m_rows.at(i)) == planId)
            return i;
    return -1;
}

QVariantMap PlanListModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

QList<int> PlanListModel::changedRoles(const QVariantMap &before, const QVariantMap &after) const
{
    QList<int> roles { PlanRole };
    for (int role = PlanIdRole; role <= StepsRole; ++role) {
        const QLatin1String key(keyOf(role));
        if (before.value(key) != after.value(key))
            roles.append(role);
    }
    return roles;
}

void PlanListModel::setPlans(const QList<QVariantMap> &plans)
{
    const int countBefore = int(m_rows.size());
    QList<qint64> freshIds;
    for (const QVariantMap &p : plans)
        freshIds.append(idOf(p));
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!freshIds.contains(idOf(m_rows.at(i)))) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < plans.size(); ++i) {
        const QVariantMap &fresh = plans.at(i);
        const int at = rowOf(freshIds.at(i)); // -1, i, or below i (kept rows above are in place)
        if (at < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, fresh);
            endInsertRows();
            continue;
        }
        if (at != i) {
            beginMoveRows({}, at, at, {}, i);
            m_rows.move(at, i);
            endMoveRows();
        }
        if (m_rows.at(i) != fresh) {
            const QList<int> roles = changedRoles(m_rows.at(i), fresh);
            m_rows[i] = fresh;
            Q_EMIT dataChanged(index(i), index(i), roles);
        }
    }
    if (countBefore != m_rows.size())
        Q_EMIT countChanged();
}
