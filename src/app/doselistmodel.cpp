// SPDX-License-Identifier: GPL-3.0-or-later
#include "doselistmodel.h"

#include <QLocale>

QString DoseListModel::mgText(double mg)
{
    return QLocale().toString(mg, 'g', 6) + QStringLiteral(" mg");
}

QVariant DoseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const waymark::DoseEvent &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DrugNameRole:
        return d.drugName;
    case IdRole:
        return d.id;
    case DrugIdRole:
        return d.drugId;
    case MgRole:
        return d.mg();
    case AmountTextRole:
        return mgText(d.mg());
    case TimeTextRole:
        return d.time ? d.time->toString(QStringLiteral("HH:mm")) : QString();
    case NoteRole:
        return d.note;
    default:
        return {};
    }
}

QHash<int, QByteArray> DoseListModel::roleNames() const
{
    return { { IdRole, "doseId" }, { DrugIdRole, "drugId" }, { DrugNameRole, "drugName" }, { MgRole, "mg" },
        { AmountTextRole, "amountText" }, { TimeTextRole, "timeText" }, { NoteRole, "note" } };
}
