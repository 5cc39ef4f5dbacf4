// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielderror.h"

QString FieldError::textFor(const QStringList &fields) const
{
    if (fields.isEmpty())
        return m_field.isEmpty() ? m_text : QString();
    return fields.contains(m_field) ? m_text : QString();
}

void FieldError::set(const QString &text, const QString &field)
{
    const QString f = text.isEmpty() ? QString() : field;
    if (text == m_text && f == m_field)
        return;
    m_text = text;
    m_field = f;
    Q_EMIT changed();
}
