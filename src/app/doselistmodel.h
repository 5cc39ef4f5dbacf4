// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h"
#include "rowlistmodel.h"

#include <QQmlEngine>

/** The doses logged on one day, in the order taken. Filled by DayController. */
class DoseListModel : public RowListModel<waymark::DoseEvent, qint64>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DayController")

public:
    enum Role { IdRole = Qt::UserRole + 1, DrugIdRole, DrugNameRole, MgRole, AmountTextRole, TimeTextRole, NoteRole };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setDoses(const QList<waymark::DoseEvent> &doses) { sync(doses); }
    void clear() { clearRows(); }
    const QList<waymark::DoseEvent> &doses() const { return m_rows; }

    static QString mgText(double mg);

protected:
    qint64 keyOf(const waymark::DoseEvent &dose) const override { return dose.id; }
};
