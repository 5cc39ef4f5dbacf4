// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace waymark {

class Database;

/**
 * The schema's migration ladder, keyed on PRAGMA user_version. Step N takes a diary from version
 * N-1 to N inside one transaction, so a crash mid-migration leaves the diary at N-1.
 */
namespace migrations {

/** The schema version this build writes. */
int latestVersion();

/**
 * Brings the diary up to targetVersion (default: latest), one step per transaction.
 * Throws Error(TooNew) without touching the file when the diary is newer than this build.
 */
void migrate(Database &db, int targetVersion = -1);

} // namespace migrations
} // namespace waymark
