// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace waymark::cli {

/** A passphrase held in memory: overwritten when it goes out of scope. Not copyable. */
class Secret
{
public:
    Secret() = default;
    explicit Secret(QString text)
        : m_text(std::move(text))
    { }
    Secret(Secret &&other) noexcept
        : m_text(std::exchange(other.m_text, QString()))
    { }
    Secret &operator=(Secret &&other) noexcept;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    ~Secret() { wipe(); }

    const QString &text() const { return m_text; }
    void wipe();

private:
    QString m_text;
};

/**
 * The passphrase of an existing diary: $WAYMARK_PASSPHRASE when set, else asked for on the
 * terminal without echo (prompt on stderr), else one line read from standard input.
 * Throws waymark::Error(InvalidInput) when none can be had.
 */
Secret currentPassphrase();

/**
 * A new passphrase: from the environment variable envVar when set, else asked for twice on the
 * terminal (the two must match), else one line read from standard input. Checked with
 * validate::passphrase.
 */
Secret newPassphrase(const char *envVar);

} // namespace waymark::cli
