// SPDX-License-Identifier: GPL-3.0-or-later
// Commands about whole diaries (init, demo, check, passwd) and the helpers the others share.
#include "commands.h"

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
