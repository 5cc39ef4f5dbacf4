// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace waymark::cli {

/** Writes text and a newline to standard output (UTF-8). */
void printOut(const QString &text);
/** Writes text as is (no newline added) to standard output. */
void writeOut(const QByteArray &bytes);
/** Writes "waymark-cli: <message>" and a newline to standard error. Never pass diary content. */
void printError(const QString &message);
/** Writes a line to standard error without the program-name prefix (hints, prompts' follow-ups). */
void printErrLine(const QString &text);

} // namespace waymark::cli
