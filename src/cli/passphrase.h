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
 * Moves WAYMARK_PASSPHRASE and WAYMARK_NEW_PASSPHRASE out of the environment into memory that is
 * wiped at exit (Hardening::takeFromEnvironment): called first thing in main(), so the passphrase
 * is gone from /proc/PID/environ and from every child process's environment.
 */
void takeEnvironmentSecrets();
/** Wipes what takeEnvironmentSecrets() kept and was not used. */
void wipeEnvironmentSecrets();
/** True when the passphrase would be read from standard input (not in the environment, no terminal). */
bool stdinHoldsPassphrase();

/** When stdinHoldsPassphrase(), reads its line now (before the rest of standard input is read as a note). */
void readPipedPassphraseFirst();

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
