// SPDX-License-Identifier: GPL-3.0-or-later
// Commands about whole diaries (init, demo, check, passwd) and the helpers the others share.
#include "commands.h"

#include "clilogging.h"
#include "clock.h"
#include "demogenerator.h"
#include "diary.h"
#include "errors.h"
#include "output.h"
#include "passphrase.h"
#include "validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cmath>

namespace waymark::cli {

QDate parseDate(const QString &text, const QString &field)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("today"))
        return defaultClock().today();
    if (t == QLatin1String("yesterday"))
        return defaultClock().today().addDays(-1);
    return validate::date(text, field);
}

qint64 parseInteger(const QString &text, const QString &field)
{
    const double v = validate::number(text, field);
    if (v != std::trunc(v))
        throwInvalid(field, QStringLiteral("\"%1\" is not a whole number").arg(text.trimmed().left(40)));
    if (std::fabs(v) > 1e15)
        throwInvalid(field, QStringLiteral("\"%1\" is far too large").arg(text.trimmed().left(40)));
    return qint64(v);
}

int parseInt(const QString &text, const QString &field)
{
    const qint64 v = parseInteger(text, field);
    if (v < -1000000 || v > 1000000)
        throwInvalid(field, QStringLiteral("\"%1\" is out of range").arg(text.trimmed().left(40)));
    return int(v);
}

std::unique_ptr<Diary> openDiary(const Args &args, bool readOnly)
{
    const QString path = args.diary();
    Secret passphrase = currentPassphrase();
    return readOnly ? Diary::openReadOnly(path, passphrase.text()) : Diary::open(path, passphrase.text());
}

namespace {

constexpr qint64 kMaxNoteBytes = qint64(256) * 1024; // far above validate's 10,000 characters

/** Text read from a note file or standard input: UTF-8, one final line break dropped. */
QString noteText(const QByteArray &bytes, const QString &field)
{
    if (bytes.size() > kMaxNoteBytes)
        throwInvalid(field, QStringLiteral("the note is far longer than the 10,000 characters a note can hold"));
    QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD"))
        throwInvalid(field, QStringLiteral("the note is not UTF-8 text; save it as UTF-8 and try again"));
    if (text.endsWith(QLatin1String("\r\n")))
        text.chop(2);
    else if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

} // namespace

std::optional<QString> noteFrom(const Args &args, const QString &field)
{
    const auto inline_ = args.value(QStringLiteral("note"));
    const auto file = args.value(QStringLiteral("note-file"));
    if (inline_ && file)
        throw UsageError { QStringLiteral("give the note once: --note TEXT, --note - or --note-file FILE"),
            args.command };
    if (file) {
        QFile f(*file);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Io,
                QStringLiteral("Cannot read the note file %1: %2")
                    .arg(QDir::toNativeSeparators(*file), f.errorString()),
                QStringLiteral("note-file"));
        QByteArray bytes = f.read(kMaxNoteBytes + 1);
        qCDebug(lcCli) << "note read from a file," << bytes.size() << "bytes";
        const QString text = noteText(bytes, QStringLiteral("note-file"));
        return validate::note(text, field);
    }
    if (!inline_)
        return std::nullopt;
    if (*inline_ != QLatin1String("-"))
        return validate::note(*inline_, field);
    // "-": the note is standard input. When the passphrase is piped too, its line comes first.
    readPipedPassphraseFirst();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        throw Error(ErrorCode::Io, QStringLiteral("Cannot read the note from standard input."));
    const QByteArray bytes = in.read(kMaxNoteBytes + 1);
    qCDebug(lcCli) << "note read from standard input," << bytes.size() << "bytes";
    return validate::note(noteText(bytes, QStringLiteral("note")), field);
}

Drug requireDrug(const Diary &diary, const QString &name)
{
    // drugs.name is COLLATE NOCASE, so this matches whatever the case typed.
    if (auto d = diary.drugByName(name))
        return *d;
    throw Error(ErrorCode::NotFound,
        QStringLiteral("drug: this diary has no drug of that name; see \"waymark-cli drug list\", or add "
                       "it with \"waymark-cli drug add NAME\""),
        QStringLiteral("drug"));
}

void refuseExisting(const QString &path)
{
    if (QFileInfo(path).exists() || QFileInfo(path).isSymLink())
        throw Error(ErrorCode::AlreadyExists,
            QStringLiteral("%1 already exists; choose another file name (an existing file is never "
                           "overwritten).")
                .arg(QDir::toNativeSeparators(path)),
            QStringLiteral("diary"));
}

int cmdInit(const Args &args)
{
    const QString path = args.diary();
    refuseExisting(path);
    Secret passphrase = newPassphrase("WAYMARK_PASSPHRASE");
    Diary::create(path, passphrase.text());
    printOut(QStringLiteral("Created the diary %1.").arg(QDir::toNativeSeparators(path)));
    return 0;
}

int cmdDemo(const Args &args)
{
    const QString path = args.diary();
    DemoOptions options;
    if (const auto days = args.value(QStringLiteral("days"))) {
        const qint64 n = parseInteger(*days, QStringLiteral("days"));
        if (n < 1 || n > kMaxDemoDays)
            throwInvalid(QStringLiteral("days"), QStringLiteral("must be between 1 and %1").arg(kMaxDemoDays));
        options.days = int(n);
    }
    if (const auto seed = args.value(QStringLiteral("seed"))) {
        const qint64 s = parseInteger(*seed, QStringLiteral("seed"));
        if (s < 0 || s > qint64(0xFFFFFFFFu))
            throwInvalid(QStringLiteral("seed"), QStringLiteral("must be between 0 and 4294967295"));
        options.seed = quint32(s);
    }
    options.withPlan = true; // the same demo diary as the app's --demo
    refuseExisting(path);
    Secret passphrase = newPassphrase("WAYMARK_PASSPHRASE");
    auto diary = Diary::create(path, passphrase.text());
    passphrase.wipe();
    try {
        generateDemo(*diary, options);
    } catch (...) {
        // The file is ours (create refuses existing files): do not leave a half-made demo behind.
        diary.reset();
        QFile::remove(path);
        throw;
    }
    printOut(QStringLiteral("Created the demo diary %1 with %2 days (seed %3) and a taper plan.")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(options.days)
                 .arg(options.seed));
    return 0;
}

int cmdCheck(const Args &args)
{
    auto diary = openDiary(args, true);
    const CheckReport report = diary->check(true);
    printOut(report.summary().simplified());
    return report.ok ? 0 : exitCodeFor(ErrorCode::Damaged);
}

int cmdPasswd(const Args &args)
{
    auto diary = openDiary(args, false); // checks the current passphrase before asking for a new one
    Secret next = newPassphrase("WAYMARK_NEW_PASSPHRASE");
    diary->changePassphrase(next.text());
    printOut(QStringLiteral("The passphrase was changed."));
    return 0;
}

} // namespace waymark::cli
