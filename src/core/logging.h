// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Logging categories of the core. Diagnostics only: what happened to the file and why, never diary
// content (drug names, notes, symptoms, ratings) and never a passphrase. Turn them on with
// QT_LOGGING_RULES="waymark.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcDb) ///< "waymark.db": opening, keying, busy waits, transactions, rekey
Q_DECLARE_LOGGING_CATEGORY(lcFile) ///< "waymark.file": temporary files, syncs, renames, leftovers removed
Q_DECLARE_LOGGING_CATEGORY(lcSecrets) ///< "waymark.secrets": core dumps off, secrets taken from the environment
