// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace waymark {

/** What the app and waymark-cli do at start so secrets do not leave the process (docs/SECURITY.md). */
class Hardening
{
public:
    /**
     * No core dump of this process: RLIMIT_CORE 0 and PR_SET_DUMPABLE 0 (which also keeps other
     * processes of the same user from reading its memory through ptrace or /proc/PID/mem).
     * Returns false (and logs) if the system refused either.
     */
    static bool disableCoreDumps();

    /**
     * Takes a secret from the environment: returns its bytes (the caller wipes them), overwrites
     * the value where the environment keeps it (so /proc/PID/environ no longer shows it) and unsets
     * the variable. A null QByteArray when the variable is not set.
     */
    static QByteArray takeFromEnvironment(const char *name);
};

} // namespace waymark
