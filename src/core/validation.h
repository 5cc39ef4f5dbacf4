// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QTime>

/**
 * Validation of every value a person types in, at the place it enters (app controllers and CLI
 * both call these). Each function returns the clean value or throws waymark::Error with
 * ErrorCode::InvalidInput, naming the field and saying what is wrong and what to do.
 */
namespace waymark::validate {

inline constexpr int kMaxNoteLength = 10000;
inline constexpr int kMaxNameLength = 80;
inline constexpr int kMinPassphraseLength = 8;
/** Hard ceiling for one logged dose, whatever the drug: 10 g. Above it the value is a typo. */
inline constexpr double kMaxDoseMg = 10000.0;
/** Doses above this multiple of the drug's largest strength need confirmation (app) or --force (CLI). */
inline constexpr double kConfirmDoseFactor = 10.0;
/** Symptom severity 0 none ... 4 extreme; wellbeing 0 worst ... 10 best. */
inline constexpr int kMaxSeverity = 4;
inline constexpr int kMaxWellbeing = 10;
/** Hours slept: 0 to 24, kept in quarter hours. */
inline constexpr double kMaxSleepHours = 24.0;
inline constexpr double kSleepStepHours = 0.25;

QDate date(const QString &text, const QString &field = QStringLiteral("date"));
/** A time of day as people type it: "08:30", "20:15", "8.30", "8", "8am", "8:30 pm", "12am" (midnight). */
QTime time(const QString &text, const QString &field = QStringLiteral("time"));
/** Parses a number typed by a person ("12.5", "12,5"); rejects NaN, infinity and junk. */
double number(const QString &text, const QString &field);
/** A dose in mg, returned as whole micrograms (0.001 mg resolution). Must be > 0 and <= kMaxDoseMg. */
qint64 doseMicrograms(double mg, const QString &field = QStringLiteral("mg"));
int severity(int value, const QString &field = QStringLiteral("severity"));
int wellbeing(int value, const QString &field = QStringLiteral("wellbeing"));
double sleepHours(double value, const QString &field = QStringLiteral("sleep"));
/** Hours slept as typed: "7.25", "7,5", "7:15", "7h15", "7 h", "7"; checked and rounded to quarter hours. */
double sleepHoursText(const QString &text, const QString &field = QStringLiteral("sleep"));
QString note(const QString &text, const QString &field = QStringLiteral("note"));
QString name(const QString &text, const QString &field = QStringLiteral("name"));
void passphrase(const QString &text, const QString &field = QStringLiteral("passphrase"));
/** Positive strength or concentration (mg, mg/mL), up to 10 g. */
double strength(double value, const QString &field);

/** A rough strength hint for a new passphrase: 0 weak ... 4 strong, and a sentence saying why. */
struct PassphraseHint
{
    int score = 0;
    QString text;
};
PassphraseHint passphraseHint(const QString &text);

} // namespace waymark::validate
