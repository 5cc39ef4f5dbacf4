// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

/** The Settings page's actions that are not lists: crisis number, passphrase change, auto-lock choices, sources. */
class SettingsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY statusChanged)
    Q_PROPERTY(QString doneText READ doneText NOTIFY statusChanged)
    Q_PROPERTY(QVariantList autolockChoices READ autolockChoices CONSTANT)
    Q_PROPERTY(QString sourcesText READ sourcesText CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    explicit SettingsController(QObject *parent = nullptr);

    QString errorText() const { return m_errorText; }
    QString errorField() const { return m_errorField; }
    QString doneText() const { return m_doneText; }
    QVariantList autolockChoices() const;
    QString sourcesText() const;
    QString version() const;

    /** Checks the current passphrase, then re-encrypts the diary under the new one. */
    Q_INVOKABLE bool changePassphrase(const QString &current, const QString &fresh, const QString &again);
    Q_INVOKABLE void clearStatus();
    /** The crisis line number (trimmed, at most 40 characters), as one undoable change. */
    Q_INVOKABLE bool setCrisisNumber(const QString &number);

Q_SIGNALS:
    void statusChanged();

private:
    void setStatus(const QString &error, const QString &field, const QString &done);

    QString m_errorText;
    QString m_errorField;
    QString m_doneText;
};
