// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace waymark {

/**
 * The file dance that makes a new diary appear whole or not at all, and replaces a diary with its
 * re-encrypted copy in one step. A temporary file is made beside the target (".NAME.creating-XXXXXXXX"
 * or ".NAME.rekey-XXXXXXXX", mode 0600, never over an existing file) and held under an flock(2) lock
 * while it is being built; linkIntoPlace() or replaceTarget() syncs it, puts it in place and syncs the
 * folder. Every fsync result is checked. A temporary still there when the object is destroyed is
 * removed; one left by a crash is removed by removeStale() (Database does that on open) unless a
 * live process still holds its lock. The target of a symbolic link is the file it points to.
 */
class AtomicFile
{
public:
    enum class Purpose { Create, Rekey };

    /** Makes the empty temporary file beside target (its real path); throws Error(Io). */
    AtomicFile(const QString &target, Purpose purpose);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    /** The temporary file to build the new diary in. */
    const QString &tempPath() const { return m_tempPath; }
    /** The file that will be made or replaced (symbolic links resolved). */
    const QString &target() const { return m_target; }

    /** Syncs the temporary file, links it to the target (refused if that exists) and syncs the folder. */
    void linkIntoPlace();
    /** Syncs the temporary file, renames it over the target and syncs the folder. */
    void replaceTarget();

    /** The real path of an existing file (symbolic links followed), or path itself when it does not exist. */
    static QString realPath(const QString &path);
    /** Removes the temporary files (and their journals) that a crash left beside the diary at path. */
    static int removeStale(const QString &path);
    /**
     * Removes SQLite super-journals ("DB-mjXXXXXX9XX", the file SQLite writes to commit one
     * transaction across several files, as Waymark's passphrase change did before it stopped doing
     * so) that no longer protect anything: by SQLite's rule a super-journal may go once none of the
     * child journals it lists still exists as a hot journal naming it. Conservative: one whose
     * listed child exists and is not empty (or cannot be looked at, or whose list cannot be read)
     * is kept. databaseFile is the name SQLite uses for the database (sqlite3_db_filename); only
     * files of exactly that name plus SQLite's suffix are looked at. Call it only after SQLite had
     * its chance to roll back the database's hot journal (a successful keyed read), while holding
     * a read lock on it; Database does that on open. Returns how many were removed.
     */
    static int removeOrphanedSuperJournals(const QString &databaseFile);
    /** fsync(2) of a file or folder; throws Error(Io) naming what could not be saved. */
    static void sync(const QString &path, bool folder);

    /** Tests only: after skip calls of sync() that work, n calls fail with errno err (0: all work again). */
    static void failSyncForTesting(int err, int n = 1, int skip = 0);

private:
    QString m_target;
    QString m_tempPath;
    int m_lockFd = -1;
    bool m_done = false;
};

} // namespace waymark
