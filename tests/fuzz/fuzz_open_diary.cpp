// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: opening a diary file, the path every file the app and the CLI open takes.
// The first input byte picks how the rest becomes a file:
//   0: the bytes are the whole file;
//   1: the bytes overwrite a valid diary at an offset (the next 4 bytes, little-endian);
//   2: a valid diary cut to a length (the next 4 bytes).
// The file is then opened read-only and, when it opens, read through the diary's read API.
// Set-up (raw key without KDF, scratch folder) in fuzzsetup.h. Only waymark::Error may come out.
#include "database.h"
#include "diary.h"
#include "errors.h"
#include "fuzzsetup.h"
#include "storedplan.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>

namespace {

const QString kRawKey = waymark::fuzz::rawKey();
QTemporaryDir *folder = nullptr;
QByteArray validDiary;

QByteArray makeValidDiary()
{
    const QString path = folder->filePath(QStringLiteral("valid.waymark"));
    {
        auto diary = waymark::Diary::create(path, kRawKey);
        diary->addDrug(QStringLiteral("Sertraline"));
        diary->setNote(QDate(2026, 1, 1), QStringLiteral("a note"));
    }
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    folder = waymark::fuzz::setUp("fuzz_open_diary");
    validDiary = makeValidDiary();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    QByteArray file;
    const auto *rest = reinterpret_cast<const char *>(data + 1);
    const size_t restSize = size - 1;
    uint32_t number = 0;
    if (restSize >= 4)
        std::memcpy(&number, rest, 4);
    switch (data[0] % 3) {
    case 0:
        file = QByteArray(rest, qsizetype(restSize));
        break;
    case 1: {
        file = validDiary;
        if (restSize < 4)
            return 0;
        const qsizetype at = qsizetype(number % uint32_t(file.size()));
        const qsizetype n = std::min<qsizetype>(qsizetype(restSize - 4), file.size() - at);
        std::memcpy(file.data() + at, rest + 4, size_t(n));
        break;
    }
    default:
        file = validDiary.left(qsizetype(number % uint32_t(validDiary.size() + 1)));
        break;
    }
    const QString path = folder->filePath(QStringLiteral("input.waymark"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    out.write(file);
    out.close();
    try {
        auto diary = waymark::Diary::openReadOnly(path, kRawKey);
        diary->check(true);
        diary->drugs(true);
        diary->symptoms(true);
        diary->plans(true);
        diary->switches(true);
        diary->history(QDate(2000, 1, 1), QDate(2100, 1, 1));
        diary->doses(QDate(2000, 1, 1), QDate(2100, 1, 1));
    } catch (const waymark::Error &) { }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    return 0;
}
