// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors.h"
#include "messagedate.h"

#include <QCoreApplication>
#include <QLocale>

namespace waymark {

Error::Error(ErrorCode code, QString message, QString field)
    : std::runtime_error(message.toStdString())
    , m_code(code)
    , m_message(std::move(message))
    , m_field(std::move(field))
{ }

void throwInvalid(const QString &field, const QString &why)
{
    throw Error(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(field, why), field);
}

QString messageDate(const QDate &date)
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return date.toString(Qt::ISODate);
    return locale.toString(date, QCoreApplication::translate("DateFormat", "d MMM yyyy"));
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
        return 1;
    case ErrorCode::WrongPassphrase:
        return 2;
    case ErrorCode::NotADiary:
    case ErrorCode::Damaged:
    case ErrorCode::TooNew:
        return 3;
    case ErrorCode::Io:
    case ErrorCode::NoCipher:
        return 4;
    }
    return 4;
}

} // namespace waymark
