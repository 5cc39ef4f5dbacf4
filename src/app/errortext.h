// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors.h"

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

} // namespace waymark::app
