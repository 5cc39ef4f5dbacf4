// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>

/**
 * What went wrong with a change a page asked for: which field (empty: not one field) and the
 * message for the person. Each controller has one (its `error`), filled by app::guardedChange from
 * a core Error; pages show it beside that field with FieldErrorLabel { error: c.error; fields: [...] }.
 */
class FieldError : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each controller has its own")

    Q_PROPERTY(QString field READ field NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)

public:
    using QObject::QObject;

    QString field() const { return m_field; }
    QString text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    /** The message when it is about one of `fields` (empty list: about no particular field), else "". */
    QString textFor(const QStringList &fields) const;

    void set(const QString &text, const QString &field = QString());
    Q_INVOKABLE void clear() { set({}, {}); }

Q_SIGNALS:
    void changed();

private:
    QString m_field;
    QString m_text;
};
