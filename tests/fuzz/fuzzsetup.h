// SPDX-License-Identifier: GPL-3.0-or-later
// What every diary fuzz target sets up once: a QCoreApplication, the raw-key form of a key (so an
// input skips the KDF and takes milliseconds; Waymark itself refuses that form outside fuzzing,
// PassphraseKey::allowRawKeyForFuzzing) and a scratch folder in memory (/dev/shm) when there is one.
#pragma once

#include "passphrasekey.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

namespace waymark::fuzz {

inline QString rawKey()
{
    return QStringLiteral("x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'");
}

// Call from LLVMFuzzerInitialize; `name` must outlive the process (a string literal). Returns the
// scratch folder, kept for the process's lifetime.
inline QTemporaryDir *setUp(const char *name)
{
    static int argc = 1;
    static char *argv[] = { const_cast<char *>(name), nullptr };
    new QCoreApplication(argc, argv);
    PassphraseKey::allowRawKeyForFuzzing(true);
    auto *folder = new QTemporaryDir(QStringLiteral("/dev/shm/waymark-fuzz-XXXXXX"));
    if (!folder->isValid()) {
        delete folder;
        folder = new QTemporaryDir();
    }
    return folder;
}

} // namespace waymark::fuzz
