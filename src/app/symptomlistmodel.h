// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h"
#include "diarywatcher.h"
#include "fielderror.h"
#include "rowlistmodel.h"

#include <QQmlEngine>
#include <QStringList>

/** Every symptom of the diary (hidden ones too) for Settings: hide/show, mark usual, add one. */
class SymptomListModel : public RowListModel<waymark::Symptom, QString>
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QStringList groups READ groups CONSTANT)
    /** The groups as shown, in the app's language (same order as groups). */
    Q_PROPERTY(QStringList groupNames READ groupNames CONSTANT)
    /** What went wrong with the last change asked for, and which field it is about. */
    Q_PROPERTY(FieldError *error READ error CONSTANT)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        GroupRole,
        GroupFirstRole,
        HiddenRole,
        UsualRole,
        BuiltinRole,
        SafetyRole
    };
    Q_ENUM(Role)

    explicit SymptomListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    /** `usual` and `hidden` can be set from a delegate (model.usual = true): as setUsual/setHidden. */
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList groups() const;
    QStringList groupNames() const;
    FieldError *error() { return &m_error; }

    Q_INVOKABLE bool setHidden(const QString &key, bool hidden);
    Q_INVOKABLE bool setUsual(const QString &key, bool usual);
    Q_INVOKABLE bool addSymptom(const QString &name, const QString &group);

Q_SIGNALS:
    void countChanged();

protected:
    QString keyOf(const waymark::Symptom &row) const override { return row.key; }

private:
    void reload();
    template <typename F> bool guarded(F &&f);

    DiaryWatcher m_watch;
    FieldError m_error { this };
};
