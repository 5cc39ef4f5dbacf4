// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include <QByteArray>
#include <cstdio>

namespace waymark::cli {

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printOut(const QString &text)
{
    writeOut(text.toUtf8().append('\n'));
}

void printErrLine(const QString &text)
{
    const QByteArray bytes = text.toUtf8().append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printError(const QString &message)
{
    printErrLine(QStringLiteral("waymark-cli: ") + message);
}

} // namespace waymark::cli
