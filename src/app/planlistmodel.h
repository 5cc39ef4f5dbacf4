// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>
#include <QVariantMap>

/**
 * The Plan page's active plans, one row per plan keyed by plan id. setPlans() brings it up to date
 * row by row: a plan that went away is removed, a new one inserted, a kept one announced with
 * dataChanged only when something it shows changed. So a change to one plan leaves every other
 * plan's card (and the card's own state: what is expanded, where it is scrolled) as it was.
 * Each row is the map PlanController::describe makes (see the roles); `plan` is the whole map.
 */
class PlanListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PlanController")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        PlanRole = Qt::UserRole + 1,
        PlanIdRole,
        DrugIdRole,
        DrugNameRole,
        StatusTextRole,
        SuggestionRole,
        WeekRole,
        StepsRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Brings the rows up to date with `plans` (each a map with a "planId"), in that order. */
    void setPlans(const QList<QVariantMap> &plans);
    /** The row of a plan, or -1. */
    int rowOf(qint64 planId) const;
    /** A row's map (empty out of range). */
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    static qint64 idOf(const QVariantMap &plan);
    /** The roles whose value differs between two maps of one plan. */
    QList<int> changedRoles(const QVariantMap &before, const QVariantMap &after) const;

    QList<QVariantMap> m_rows;
};
