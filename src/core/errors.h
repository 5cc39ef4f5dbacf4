// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <stdexcept>

namespace waymark {

/** What went wrong, in the categories a caller acts on (the CLI maps them to exit codes). */
enum class ErrorCode {
    InvalidInput, ///< a value that was typed in is not acceptable; field() names it
    NotFound, ///< a named drug, symptom, day or record does not exist
    AlreadyExists, ///< creating something that is already there
    WrongPassphrase, ///< the passphrase does not open this diary
    NotADiary, ///< the file is not a Waymark diary
    Damaged, ///< the diary is truncated or corrupted
    TooNew, ///< made by a newer Waymark; never modified
    Io, ///< the file system failed (permissions, disk full, ...)
    NoCipher, ///< the SQLite linked in is not SQLCipher: refuse to run
};

/**
 * The one exception type of the core. The message is for people: it says what is wrong and what
 * to do, and never contains diary content (drug names, notes, symptom ratings).
 */
class Error : public std::runtime_error
{
public:
    Error(ErrorCode code, QString message, QString field = {});

    ErrorCode code() const { return m_code; }
    /** The input field at fault (e.g. "mg", "date"), empty when not about one field. */
    const QString &field() const { return m_field; }
    const QString &message() const { return m_message; }

private:
    ErrorCode m_code;
    QString m_message;
    QString m_field;
};

[[noreturn]] void throwInvalid(const QString &field, const QString &why);

/** Exit status of waymark-cli for an error code (0 success, 1 input, 2 key, 3 file, 4 I/O). */
int exitCodeFor(ErrorCode code);

} // namespace waymark
