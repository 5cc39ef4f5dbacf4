// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors.h"

#include <QCoreApplication>
#include <QString>

namespace waymark::app {

/** The core's message made ready to show beside its field: "mg: must be > 0" -> "Must be > 0." */
inline QString errorText(const waymark::Error &error)
{
    QString text = error.message();
    const QString prefix = error.field() + QStringLiteral(": ");
    if (!error.field().isEmpty() && text.startsWith(prefix))
        text = text.mid(prefix.size());
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

/**
 * Runs one change on the open diary for a controller: a locked diary (nullptr) or a core Error
 * becomes an error shown beside its field through setError(text, field); success clears it.
 * Returns whether the change was made.
 */
template <typename Diary, typename SetError, typename F>
bool guardedChange(Diary *diary, SetError &&setError, F &&change)
{
    if (!diary) {
        setError(QCoreApplication::translate("Waymark", "The diary is locked."), QString());
        return false;
    }
    try {
        change(*diary);
        setError(QString(), QString());
        return true;
    } catch (const waymark::Error &e) {
        setError(errorText(e), e.field());
        return false;
    }
}

/** guardedChange filling a FieldError (any type with set(text, field)). */
template <typename Diary, typename Error, typename F> bool guardedChange(Diary *diary, Error *error, F &&change)
{
    return guardedChange(
        diary, [error](const QString &text, const QString &field) { error->set(text, field); },
        std::forward<F>(change));
}

} // namespace waymark::app
