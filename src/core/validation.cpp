// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include "errors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace waymark::validate {

QDate date(const QString &text, const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QString t = text.trimmed();
    const auto m = re.match(t);
    if (!m.hasMatch())
        throwInvalid(field,
            QCoreApplication::translate("Validation", "\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31")
                .arg(t.left(40)));
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        throwInvalid(field, QCoreApplication::translate("Validation", "%1 does not exist in the calendar").arg(t));
    if (d.year() < 1900 || d.year() > 2200)
        throwInvalid(field, QCoreApplication::translate("Validation", "%1 is outside the years 1900 to 2200").arg(t));
    return d;
}

QTime time(const QString &text, const QString &field)
{
    // "08:30", "8:30", "20:15", "8.30", "8h30", "8", "8am", "8 am", "8:30 pm", "8:30 p.m.", "12am" (midnight).
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2})(?:\\s*[:.h]\\s*(\\d{2}))?\\s*(?:([ap])\\.?\\s*m\\.?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed();
    const auto m = re.match(t);
    const QString example = QCoreApplication::translate("Validation", "write it as 08:30, 20:15, 8am or 8:30 pm");
    if (!m.hasMatch())
        throwInvalid(
            field, QCoreApplication::translate("Validation", "\"%1\" is not a time; %2").arg(t.left(40), example));
    int hour = m.captured(1).toInt();
    const int minute = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    const QString half = m.captured(3).toLower();
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            throwInvalid(field,
                QCoreApplication::translate(
                    "Validation", "\"%1\" is not a time: with am or pm the hour goes from 1 to 12; %2")
                    .arg(t.left(40), example));
        hour = hour % 12 + (half == QLatin1String("p") ? 12 : 0);
    }
    const QTime tm(hour, minute);
    if (!tm.isValid())
        throwInvalid(field,
            QCoreApplication::translate("Validation", "%1 is not a time of day (00:00 to 23:59)").arg(t.left(40)));
    return tm;
}

double number(const QString &text, const QString &field)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression re(QStringLiteral("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (!re.match(t).hasMatch())
        throwInvalid(
            field, QCoreApplication::translate("Validation", "\"%1\" is not a number").arg(text.trimmed().left(40)));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        throwInvalid(
            field, QCoreApplication::translate("Validation", "\"%1\" is not a number").arg(text.trimmed().left(40)));
    return v;
}

qint64 doseMicrograms(double mg, const QString &field)
{
    if (!std::isfinite(mg))
        throwInvalid(field, QCoreApplication::translate("Validation", "the dose must be a number of mg"));
    if (mg <= 0)
        throwInvalid(field, QCoreApplication::translate("Validation", "the dose must be more than 0 mg"));
    if (mg > kMaxDoseMg)
        throwInvalid(field,
            QCoreApplication::translate(
                "Validation", "%1 mg is more than any single dose could be (limit %2 mg); check the amount")
                .arg(mg)
                .arg(kMaxDoseMg));
    const qint64 ug = std::llround(mg * 1000.0);
    if (ug < 1)
        throwInvalid(field,
            QCoreApplication::translate(
                "Validation", "the dose is below 0.001 mg, the smallest amount the diary records"));
    return ug;
}

int severity(int value, const QString &field)
{
    if (value < 0 || value > kMaxSeverity)
        throwInvalid(field,
            QCoreApplication::translate(
                "Validation", "%1 is out of range; use 0 none, 1 mild, 2 moderate, 3 severe, 4 extreme")
                .arg(value));
    return value;
}

int wellbeing(int value, const QString &field)
{
    if (value < 0 || value > kMaxWellbeing)
        throwInvalid(field,
            QCoreApplication::translate("Validation", "%1 is out of range; use 0 (worst) to 10 (best)").arg(value));
    return value;
}

double sleepHours(double value, const QString &field)
{
    if (!std::isfinite(value) || value < 0 || value > kMaxSleepHours)
        throwInvalid(field,
            QCoreApplication::translate("Validation", "hours slept must be between 0 and %1").arg(kMaxSleepHours));
    return std::round(value / kSleepStepHours) * kSleepStepHours; // quarter hours
}

double sleepHoursText(const QString &text, const QString &field)
{
    static const QRegularExpression hm(
        QStringLiteral("^(\\d{1,2})\\s*(?::|h|hours?|hrs?)\\s*(?:(\\d{1,2})\\s*(?:m|min|mins|minutes?)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed();
    if (t.isEmpty())
        throwInvalid(field, QCoreApplication::translate("Validation", "type the hours slept, e.g. 7.25 or 7:15"));
    if (const auto m = hm.match(t); m.hasMatch()) {
        const int minutes = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        if (minutes >= 60)
            throwInvalid(field,
                QCoreApplication::translate("Validation", "\"%1\": minutes go from 0 to 59; write it as 7:15 or 7.25")
                    .arg(t.left(40)));
        return sleepHours(m.captured(1).toInt() + minutes / 60.0, field);
    }
    QString n = t;
    n.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression decimal(QStringLiteral("^(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (!decimal.match(n).hasMatch())
        throwInvalid(field,
            QCoreApplication::translate("Validation", "\"%1\" is not a number of hours; write it as 7.25 or 7:15")
                .arg(t.left(40)));
    return sleepHours(n.toDouble(), field);
}

QString note(const QString &text, const QString &field)
{
    if (text.size() > kMaxNoteLength)
        throwInvalid(field,
            QCoreApplication::translate("Validation", "the note has %1 characters; the limit is %2, please shorten it")
                .arg(text.size())
                .arg(kMaxNoteLength));
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            throwInvalid(
                field, QCoreApplication::translate("Validation", "the note contains a control character; remove it"));
    }
    return text;
}

QString name(const QString &text, const QString &field)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        throwInvalid(field, QCoreApplication::translate("Validation", "a name is needed"));
    if (t.size() > kMaxNameLength)
        throwInvalid(field,
            QCoreApplication::translate("Validation", "the name is longer than %1 characters").arg(kMaxNameLength));
    for (const QChar c : t) {
        if (c.category() == QChar::Other_Control)
            throwInvalid(field, QCoreApplication::translate("Validation", "the name contains a control character"));
    }
    return t;
}

void passphrase(const QString &text, const QString &field)
{
    if (text.size() < kMinPassphraseLength)
        throwInvalid(field,
            QCoreApplication::translate("Validation",
                "use at least %1 characters; several unrelated words are easy to remember and hard to guess")
                .arg(kMinPassphraseLength));
    if (text.size() > 1024)
        throwInvalid(field, QCoreApplication::translate("Validation", "the passphrase is longer than 1024 characters"));
    // A lone surrogate has no UTF-8 form: two different ones would become the same key bytes.
    if (!QStringView(text).isValidUtf16())
        throwInvalid(field,
            QCoreApplication::translate("Validation", "the passphrase holds characters that are not valid text"));
}

double strength(double value, const QString &field)
{
    if (!std::isfinite(value) || value <= 0)
        throwInvalid(field, QCoreApplication::translate("Validation", "must be more than 0"));
    if (value > kMaxDoseMg)
        throwInvalid(field, QCoreApplication::translate("Validation", "must be at most %1").arg(kMaxDoseMg));
    return value;
}

PassphraseHint passphraseHint(const QString &text)
{
    if (text.isEmpty())
        return { 0,
            QCoreApplication::translate("Validation", "Choose a passphrase: several unrelated words work well.") };
    if (text.size() < kMinPassphraseLength)
        return { 0,
            QCoreApplication::translate("Validation", "Too short: use at least %1 characters.")
                .arg(kMinPassphraseLength) };
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : text) {
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    const int words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    int score = 1;
    if (text.size() >= 12)
        ++score;
    if (text.size() >= 16 || words >= 4)
        ++score;
    if (classes >= 3 || words >= 3)
        ++score;
    if (distinct.size() < 5)
        score = 1;
    score = qBound(1, score, 4);
    static const char *texts[]
        = { "", "Weak: easy to guess. Add more words.", "Fair: longer is stronger.", "Good.", "Strong." };
    return { score, QString::fromLatin1(texts[score]) };
}

} // namespace waymark::validate
