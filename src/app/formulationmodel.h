// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h"
#include "diarywatcher.h"
#include "fielderror.h"
#include "rowlistmodel.h"

#include <QQmlEngine>
#include <QVariantList>

/** The forms one medicine comes in (tablets, capsules, liquids), hidden ones too; add and hide. */
class FormulationModel : public RowListModel<waymark::Formulation, qint64>
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(qint64 drugId READ drugId WRITE setDrugId NOTIFY drugIdChanged)
    /** What went wrong with the last change asked for, and which field it is about. */
    Q_PROPERTY(FieldError *error READ error CONSTANT)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** The library's liquids of this medicine that the person has not listed (shown), to offer them:
     *  [{strength (mg/mL text), label, note}]. */
    Q_PROPERTY(QVariantList offeredLiquids READ offeredLiquids NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, LabelRole, KindRole, HiddenRole };
    Q_ENUM(Role)

    explicit FormulationModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 drugId() const { return m_drugId; }
    void setDrugId(qint64 id);
    FieldError *error() { return &m_error; }
    QVariantList offeredLiquids() const;

    /** splitParts 1, 2 or 4. */
    Q_INVOKABLE bool addTablet(const QString &strengthMg, int splitParts, bool modifiedRelease);
    Q_INVOKABLE bool addCapsule(const QString &strengthMg, bool modifiedRelease);
    /** syringeMl may be empty. */
    Q_INVOKABLE bool addLiquid(const QString &mgPerMl, const QString &syringeMl);
    /** kind "tablet", "capsule" or "liquid" (strength then in mg/mL; syringeMl may be empty). */
    Q_INVOKABLE bool addForm(
        const QString &kind, const QString &strength, int splitParts, bool modifiedRelease, const QString &syringeMl);
    Q_INVOKABLE bool setHidden(qint64 formulationId, bool hidden);

Q_SIGNALS:
    void drugIdChanged();
    void countChanged();

protected:
    qint64 keyOf(const waymark::Formulation &row) const override { return row.id; }

private:
    void reload();
    bool add(const waymark::Formulation &f);

    DiaryWatcher m_watch;
    qint64 m_drugId = 0;
    FieldError m_error { this };
};
