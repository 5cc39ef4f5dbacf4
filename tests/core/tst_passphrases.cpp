// SPDX-License-Identifier: GPL-3.0-or-later
// How a typed passphrase becomes the diary's key (issue 9, found by the hostile-input harness): the
// same letters from any keyboard open the diary (Unicode NFC), a passphrase shaped like SQLCipher's
// raw-key syntax still goes through the key derivation, and a diary keyed by an older version with
// the bytes as typed still opens and is moved to the normalised key.
#include "database.h"
#include "diary.h"
#include "errors.h"
#include "passphrasekey.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace waymark;
using namespace waymark::test;

namespace {

// "café crème brûlée" with precomposed letters (what most keyboards send) and decomposed (macOS, iOS).
const QString kNfc = QStringLiteral("caf\u00e9 cr\u00e8me br\u00fbl\u00e9e");
const QString kNfd = QStringLiteral("cafe\u0301 cre\u0300me bru\u0302le\u0301e");
// A passphrase SQLCipher would take as a raw 256-bit key, skipping PBKDF2.
const QString kRawShaped = QStringLiteral("x'") + QStringLiteral("0123456789abcdef").repeated(4) + QStringLiteral("'");

bool opensWithBytes(const QString &path, const QByteArray &bytes)
{
    try {
        Database db(path, bytes, Database::Mode::ReadOnly);
        return db.userVersion() > 0;
    } catch (const Error &e) {
        if (e.code() != ErrorCode::WrongPassphrase)
            throw;
        return false;
    }
}

/** Re-keys a diary to exactly these bytes, as an older Waymark that did not normalise would have. */
void rekeyToBytes(const QString &path, const QString &passphrase, const QByteArray &bytes)
{
    Database db(path, PassphraseKey::canonical(passphrase), Database::Mode::OpenExisting);
    db.rekey(bytes);
}

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("passphrase key: the same letters give the same key, whatever the keyboard sent", "[passphrase]")
{
    REQUIRE(kNfc != kNfd);
    REQUIRE(kNfc.normalized(QString::NormalizationForm_C) == kNfd.normalized(QString::NormalizationForm_C));
    CHECK(PassphraseKey::canonical(kNfc) == PassphraseKey::canonical(kNfd));
    CHECK(PassphraseKey::canonical(kNfc) == kNfc.toUtf8());
    CHECK(PassphraseKey::canonical(kPassphrase) == kPassphrase.toUtf8()); // ASCII: the bytes as always
    CHECK(PassphraseKey::olderForms(kPassphrase).isEmpty()); // nothing else to try, no extra key derivation
    CHECK(PassphraseKey::olderForms(kNfd) == QList<QByteArray> { kNfd.toUtf8() });
    CHECK(PassphraseKey::olderForms(kNfc) == QList<QByteArray> { kNfd.toUtf8() });
}

TEST_CASE(
    "passphrase key: the raw-key shape SQLCipher would skip the KDF for is recognised and guarded", "[passphrase]")
{
    const QString hex64 = QStringLiteral("0123456789abcdef").repeated(4);
    CHECK(PassphraseKey::isRawKeyForm(kRawShaped.toUtf8()));
    CHECK(PassphraseKey::isRawKeyForm(("X'" + hex64.toUpper() + "'").toUtf8()));
    CHECK(PassphraseKey::isRawKeyForm(("x'" + hex64 + QStringLiteral("0123456789abcdef").repeated(2) + "'").toUtf8()));
    CHECK(PassphraseKey::isRawKeyForm(("x'" + hex64 + "Z").toUtf8())); // SQLCipher does not check the closing quote
    CHECK_FALSE(PassphraseKey::isRawKeyForm(("x'" + hex64.left(63) + "g'").toUtf8()));
    CHECK_FALSE(PassphraseKey::isRawKeyForm(("y'" + hex64 + "'").toUtf8()));
    CHECK_FALSE(PassphraseKey::isRawKeyForm(kPassphrase.toUtf8()));
    const QByteArray key = PassphraseKey::canonical(kRawShaped);
    CHECK(key == QByteArray(1, char(0xFF)) + kRawShaped.toUtf8());
    CHECK_FALSE(PassphraseKey::isRawKeyForm(key));
    CHECK(PassphraseKey::olderForms(kRawShaped) == QList<QByteArray> { kRawShaped.toUtf8() });
}

TEST_CASE("a passphrase typed as NFD opens the diary made with NFC, and the other way round", "[passphrase][storage]")
{
    TempFolder dir;
    const QString made = GENERATE(kNfc, kNfd);
    const QString typed = made == kNfc ? kNfd : kNfc;
    const QString path = dir.file(QStringLiteral("diary.waymark"));
    Diary::create(path, made, testClock())->setNote(QDate(2026, 3, 1), QStringLiteral("kept"));
    const QByteArray before = sha(path);
    {
        auto diary = Diary::openReadOnly(path, typed, testClock());
        CHECK(diary->day(QDate(2026, 3, 1)).note == QLatin1String("kept"));
    }
    auto diary = Diary::open(path, typed, testClock());
    CHECK(diary->day(QDate(2026, 3, 1)).note == QLatin1String("kept"));
    diary.reset();
    CHECK(sha(path) == before); // the key was the normalised one already: nothing re-keyed
    // The key is the NFC form's UTF-8, derived as any passphrase (not the decomposed bytes).
    CHECK(opensWithBytes(path, kNfc.toUtf8()));
    CHECK_FALSE(opensWithBytes(path, kNfd.toUtf8()));
}

TEST_CASE("a diary an older version keyed with the passphrase as typed opens, and moves to the normalised key",
    "[passphrase][storage]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("diary.waymark"));
    Diary::create(path, kNfd, testClock())->setNote(QDate(2026, 3, 1), QStringLiteral("written on a Mac"));
    rekeyToBytes(path, kNfd, kNfd.toUtf8()); // what Waymark before normalisation made of "café" typed on a Mac
    REQUIRE(opensWithBytes(path, kNfd.toUtf8()));
    REQUIRE_FALSE(opensWithBytes(path, PassphraseKey::canonical(kNfd)));

    SECTION("a read-only open reads it and changes nothing")
    {
        const QByteArray before = sha(path);
        auto diary = Diary::openReadOnly(path, GENERATE(kNfd, kNfc), testClock());
        CHECK(diary->day(QDate(2026, 3, 1)).note == QLatin1String("written on a Mac"));
        diary.reset();
        CHECK(sha(path) == before);
        CHECK(opensWithBytes(path, kNfd.toUtf8()));
    }
    SECTION("an open for writing re-keys it to the normalised form, through the safe passphrase change")
    {
        const QString typed = GENERATE(kNfd, kNfc); // the same person on the Mac again, or on a phone
        {
            auto diary = Diary::open(path, typed, testClock());
            CHECK(diary->day(QDate(2026, 3, 1)).note == QLatin1String("written on a Mac"));
            diary->setNote(QDate(2026, 3, 2), QStringLiteral("after the move")); // the reopened connection writes
        }
        CHECK(opensWithBytes(path, PassphraseKey::canonical(kNfd)));
        CHECK_FALSE(opensWithBytes(path, kNfd.toUtf8()));
        CHECK(
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList { QStringLiteral("diary.waymark") });
        auto diary = Diary::open(path, kNfc, testClock());
        CHECK(diary->day(QDate(2026, 3, 2)).note == QLatin1String("after the move"));
    }
    SECTION("a wrong passphrase is still wrong, whatever form is tried")
    {
        const QByteArray before = sha(path);
        try {
            Diary::open(path, QStringLiteral("caf\u00e9 cr\u00e8me br\u00fbl\u00e9"), testClock());
            FAIL("a wrong passphrase opened the diary");
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::WrongPassphrase);
        }
        CHECK(sha(path) == before);
    }
}

TEST_CASE(
    "a passphrase of SQLCipher's raw-key form x'...' still goes through the key derivation", "[passphrase][storage]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("diary.waymark"));
    Diary::create(path, kRawShaped, testClock())->setNote(QDate(2026, 3, 1), QStringLiteral("kept"));
    // Given to SQLCipher as it is, the text is a raw key (no PBKDF2): it must not be the diary's key.
    CHECK_FALSE(opensWithBytes(path, kRawShaped.toUtf8()));
    CHECK(Diary::open(path, kRawShaped, testClock())->day(QDate(2026, 3, 1)).note == QLatin1String("kept"));
    // The same for a passphrase change.
    const QString other = QStringLiteral("X'") + QStringLiteral("FEDCBA9876543210").repeated(6) + QStringLiteral("'");
    Diary::open(path, kRawShaped, testClock())->changePassphrase(other);
    CHECK_FALSE(opensWithBytes(path, other.toUtf8()));
    CHECK(opensWithBytes(path, PassphraseKey::canonical(other)));

    SECTION("a diary an older version keyed raw opens with it and is moved to a derived key")
    {
        rekeyToBytes(path, other, other.toUtf8());
        REQUIRE(opensWithBytes(path, other.toUtf8())); // SQLCipher took it as a raw key
        CHECK(Diary::open(path, other, testClock())->day(QDate(2026, 3, 1)).note == QLatin1String("kept"));
        CHECK_FALSE(opensWithBytes(path, other.toUtf8()));
        CHECK(opensWithBytes(path, PassphraseKey::canonical(other)));
    }
}

TEST_CASE("a passphrase with characters that are not valid text is refused when made", "[passphrase]")
{
    TempFolder dir;
    QString lone = QStringLiteral("long enough passphrase ");
    lone.append(QChar(0xD800)); // a lone surrogate: no UTF-8 form
    CHECK_THROWS_AS(Diary::create(dir.file(QStringLiteral("d.waymark")), lone, testClock()), Error);
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("d.waymark"))));
}
