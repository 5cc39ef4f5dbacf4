// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

namespace waymark {

/**
 * How a typed passphrase becomes the bytes SQLCipher derives the diary's key from, and how a diary
 * keyed by an older version of Waymark (before passphrases were normalised) still opens. See
 * docs/SECURITY.md "Passphrases".
 */
class PassphraseKey
{
public:
    /**
     * The key bytes of a passphrase: its Unicode NFC form as UTF-8, so the same letters typed on
     * any keyboard (a Mac or iOS one sends "é" decomposed, NFD) give the same key. A passphrase
     * that SQLCipher would take as a raw key instead of deriving one (x'<64 or more hex digits>...)
     * gets a 0xFF byte in front: no UTF-8 text contains that byte, so the result goes through the
     * KDF like any passphrase and equals no other passphrase's bytes.
     */
    static QByteArray canonical(const QString &passphrase);

    /**
     * For the diary-opening fuzz target only (tests/fuzz/fuzz_open_diary.cpp): lets a raw-key form
     * through unguarded, so an input costs milliseconds instead of a key derivation. Nothing in the
     * app or the CLI calls it.
     */
    static void allowRawKeyForFuzzing(bool allow);

    /** True when SQLCipher 3/4 would use these bytes as a raw key and skip the key derivation. */
    static bool isRawKeyForm(const QByteArray &bytes);

    /**
     * Byte forms an older Waymark may have keyed a diary with, other than canonical(): the UTF-8
     * as typed (not normalised, a raw-key form unguarded), and the NFD form of the passphrase.
     * Empty for a plain ASCII passphrase that is not of the raw-key form.
     */
    static QList<QByteArray> olderForms(const QString &passphrase);

    struct Opened
    {
        std::unique_ptr<Database> db;
        bool olderForm = false; ///< opened with one of olderForms(): re-key to canonical() when writable
    };
    /**
     * Opens path with canonical(), and when that is the wrong key, with each of olderForms() in
     * turn. Throws the first attempt's error when none opens it (any error other than a wrong
     * passphrase is thrown at once). Every key buffer is wiped, also on errors.
     */
    static Opened open(const QString &path, const QString &passphrase, Database::Mode mode);
};

} // namespace waymark
