// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrasekey.h"

#include "errors.h"
#include "logging.h"

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <optional>

namespace waymark {

namespace {

std::atomic<bool> g_rawKeyForFuzzing { false };

constexpr int kRawKeyHexDigits = 64; // SQLCipher: key x'<64 hex>' or key and salt x'<96 hex>'

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/** Adds bytes to forms unless an equal form is there already; wipes what it does not keep. */
void addForm(QList<QByteArray> &forms, QByteArray bytes)
{
    if (forms.contains(bytes)) {
        wipe(bytes);
        return;
    }
    forms.append(std::move(bytes));
}

void wipeAll(QList<QByteArray> &forms)
{
    for (QByteArray &f : forms)
        wipe(f);
    forms.clear();
}

} // namespace

void PassphraseKey::allowRawKeyForFuzzing(bool allow)
{
    g_rawKeyForFuzzing = allow;
}

bool PassphraseKey::isRawKeyForm(const QByteArray &bytes)
{
    // SQLCipher compares the first two bytes case-insensitively with "x'" and then checks for hex
    // digits (64 for a key, 96 for a key and salt) before the last byte; anything starting so is
    // guarded here, whatever its length, so no future variant slips through.
    if (bytes.size() < 2 + kRawKeyHexDigits || (bytes[0] != 'x' && bytes[0] != 'X') || bytes[1] != '\'')
        return false;
    for (int i = 2; i < 2 + kRawKeyHexDigits; ++i) {
        if (!isHexDigit(bytes[i]))
            return false;
    }
    return true;
}

QByteArray PassphraseKey::canonical(const QString &passphrase)
{
    QString nfc = passphrase.normalized(QString::NormalizationForm_C);
    QByteArray bytes = nfc.toUtf8();
    if (!nfc.isEmpty())
        std::fill(nfc.begin(), nfc.end(), QChar(0));
    if (isRawKeyForm(bytes) && !g_rawKeyForFuzzing)
        bytes.prepend(char(0xFF));
    return bytes;
}

QList<QByteArray> PassphraseKey::olderForms(const QString &passphrase)
{
    QList<QByteArray> forms;
    forms.append(canonical(passphrase));
    addForm(forms, passphrase.toUtf8());
    QString nfd = passphrase.normalized(QString::NormalizationForm_D);
    addForm(forms, nfd.toUtf8());
    if (!nfd.isEmpty())
        std::fill(nfd.begin(), nfd.end(), QChar(0));
    wipe(forms.first());
    forms.removeFirst();
    return forms;
}

PassphraseKey::Opened PassphraseKey::open(const QString &path, const QString &passphrase, Database::Mode mode)
{
    QList<QByteArray> forms;
    forms.append(canonical(passphrase));
    forms.append(olderForms(passphrase));
    try {
        std::optional<Error> first;
        for (qsizetype i = 0; i < forms.size(); ++i) {
            try {
                Opened opened { std::make_unique<Database>(path, forms[i], mode), i > 0 };
                if (opened.olderForm)
                    qCInfo(lcDb) << "the diary opened with the passphrase's bytes as an older version keyed them";
                wipeAll(forms);
                return opened;
            } catch (const Error &e) {
                if (e.code() != ErrorCode::WrongPassphrase)
                    throw;
                if (!first)
                    first = e;
            }
        }
        wipeAll(forms);
        throw *first;
    } catch (...) {
        wipeAll(forms);
        throw;
    }
}

} // namespace waymark
