// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h"
#include "diarywatcher.h"
#include "rowlistmodel.h"

#include <QQmlEngine>
#include <QStringList>

/** The diary's medicines (hidden ones too), for Settings: add from the library or by hand, hide. */
class DrugListModel : public RowListModel<waymark::Drug, qint64>
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QStringList libraryNames READ libraryNames NOTIFY libraryNamesChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, DrugClassRole, HiddenRole, FromLibraryRole, DetailRole };
    Q_ENUM(Role)

    explicit DrugListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Library medicines not yet in the diary, by display name. */
    QStringList libraryNames() const;
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE bool addFromLibrary(const QString &name);
    Q_INVOKABLE bool addCustom(const QString &name, const QString &drugClass);
    Q_INVOKABLE bool setHidden(qint64 drugId, bool hidden);
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void libraryNamesChanged();
    void errorChanged();
    void countChanged();

protected:
    qint64 keyOf(const waymark::Drug &row) const override { return row.id; }

private:
    void reload();
    void setError(const QString &text);

    DiaryWatcher m_watch;
    QString m_errorText;
};
