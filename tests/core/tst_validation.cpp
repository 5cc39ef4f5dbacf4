// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors.h"
#include "testsupport.h"
#include "validation.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

using namespace waymark;

namespace {

/** Runs f, requires an InvalidInput error naming field, and returns its message. */
template <typename F> QString invalid(F &&f, const QString &field)
{
    try {
        f();
    } catch (const Error &e) {
        REQUIRE(e.code() == ErrorCode::InvalidInput);
        REQUIRE(e.field() == field);
        return e.message();
    }
    FAIL("expected an InvalidInput error for " << field.toStdString());
    return {};
}

} // namespace

TEST_CASE("dates must be real calendar days written as YYYY-MM-DD", "[validation]")
{
    CHECK(validate::date(QStringLiteral("2028-02-29")) == QDate(2028, 2, 29));
    CHECK(validate::date(QStringLiteral(" 2026-03-31 ")) == QDate(2026, 3, 31));
    CHECK(invalid([] { validate::date(QStringLiteral("2026-02-30")); }, QStringLiteral("date"))
              .contains(QStringLiteral("does not exist")));
    CHECK(invalid([] { validate::date(QStringLiteral("2027-02-29")); }, QStringLiteral("date"))
              .contains(QStringLiteral("does not exist")));
    CHECK(invalid([] { validate::date(QStringLiteral("31/03/2026")); }, QStringLiteral("date"))
              .contains(QStringLiteral("YYYY-MM-DD")));
    invalid([] { validate::date(QStringLiteral("2026-13-01")); }, QStringLiteral("date"));
    invalid([] { validate::date(QString()); }, QStringLiteral("date"));
    invalid([] { validate::date(QStringLiteral("0001-01-01")); }, QStringLiteral("date"));
}

TEST_CASE("times are HH:MM within a day", "[validation]")
{
    CHECK(validate::time(QStringLiteral("08:30")) == QTime(8, 30));
    CHECK(validate::time(QStringLiteral("8:05")) == QTime(8, 5));
    invalid([] { validate::time(QStringLiteral("24:00")); }, QStringLiteral("time"));
    invalid([] { validate::time(QStringLiteral("12:60")); }, QStringLiteral("time"));
    invalid([] { validate::time(QStringLiteral("noon")); }, QStringLiteral("time"));
}

TEST_CASE("times as people type them: 8am, 8:30 pm, 20:15", "[validation]")
{
    CHECK(validate::time(QStringLiteral("8am")) == QTime(8, 0));
    CHECK(validate::time(QStringLiteral("8 AM")) == QTime(8, 0));
    CHECK(validate::time(QStringLiteral("8:30 pm")) == QTime(20, 30));
    CHECK(validate::time(QStringLiteral("8.30pm")) == QTime(20, 30));
    CHECK(validate::time(QStringLiteral("8:30 p.m.")) == QTime(20, 30));
    CHECK(validate::time(QStringLiteral("20:15")) == QTime(20, 15));
    CHECK(validate::time(QStringLiteral("20h15")) == QTime(20, 15));
    CHECK(validate::time(QStringLiteral("7")) == QTime(7, 0));
    CHECK(validate::time(QStringLiteral("12am")) == QTime(0, 0)); // midnight
    CHECK(validate::time(QStringLiteral("12:05 am")) == QTime(0, 5));
    CHECK(validate::time(QStringLiteral("12pm")) == QTime(12, 0)); // noon
    CHECK(validate::time(QStringLiteral("12:45pm")) == QTime(12, 45));
    CHECK(validate::time(QStringLiteral(" 11:59 PM ")) == QTime(23, 59));
    // the hour of a 12-hour time goes from 1 to 12
    CHECK(invalid([] { validate::time(QStringLiteral("13pm")); }, QStringLiteral("time"))
              .contains(QStringLiteral("1 to 12")));
    invalid([] { validate::time(QStringLiteral("0am")); }, QStringLiteral("time"));
    CHECK(invalid([] { validate::time(QStringLiteral("8 in the morning")); }, QStringLiteral("time"))
              .contains(QStringLiteral("8am")));
    invalid([] { validate::time(QStringLiteral("8:3")); }, QStringLiteral("time"));
    invalid([] { validate::time(QStringLiteral("8:30 xm")); }, QStringLiteral("time"));
    invalid([] { validate::time(QStringLiteral("24")); }, QStringLiteral("time"));
    invalid([] { validate::time(QString()); }, QStringLiteral("time"));
}

TEST_CASE("hours slept are kept in quarter hours and can be typed as 7.25 or 7:15", "[validation]")
{
    CHECK(validate::sleepHours(7.25) == 7.25); // not 7.5
    CHECK(validate::sleepHours(7.3) == 7.25);
    CHECK(validate::sleepHours(7.4) == 7.5);
    CHECK(validate::sleepHoursText(QStringLiteral("7.25")) == 7.25);
    CHECK(validate::sleepHoursText(QStringLiteral("7,75")) == 7.75);
    CHECK(validate::sleepHoursText(QStringLiteral("7:15")) == 7.25);
    CHECK(validate::sleepHoursText(QStringLiteral("6h45")) == 6.75);
    CHECK(validate::sleepHoursText(QStringLiteral("6 h 30 min")) == 6.5);
    CHECK(validate::sleepHoursText(QStringLiteral("8h")) == 8.0);
    CHECK(validate::sleepHoursText(QStringLiteral("9")) == 9.0);
    CHECK(validate::sleepHoursText(QStringLiteral("7:10")) == 7.25); // nearest quarter hour
    CHECK(validate::sleepHoursText(QStringLiteral("0")) == 0.0);
    CHECK(invalid([] { validate::sleepHoursText(QStringLiteral("25")); }, QStringLiteral("sleep"))
              .contains(QStringLiteral("between 0 and 24")));
    CHECK(invalid([] { validate::sleepHoursText(QStringLiteral("7:75")); }, QStringLiteral("sleep"))
              .contains(QStringLiteral("0 to 59")));
    invalid([] { validate::sleepHoursText(QStringLiteral("seven")); }, QStringLiteral("sleep"));
    invalid([] { validate::sleepHoursText(QStringLiteral("-1")); }, QStringLiteral("sleep"));
    invalid([] { validate::sleepHoursText(QString()); }, QStringLiteral("sleep"));
}

TEST_CASE("numbers typed by people: comma decimals accepted, junk refused", "[validation]")
{
    CHECK(validate::number(QStringLiteral("12.5"), QStringLiteral("mg")) == 12.5);
    CHECK(validate::number(QStringLiteral("12,5"), QStringLiteral("mg")) == 12.5);
    CHECK(validate::number(QStringLiteral(".25"), QStringLiteral("mg")) == 0.25);
    invalid([] { validate::number(QStringLiteral("nan"), QStringLiteral("mg")); }, QStringLiteral("mg"));
    invalid([] { validate::number(QStringLiteral("inf"), QStringLiteral("mg")); }, QStringLiteral("mg"));
    invalid([] { validate::number(QStringLiteral("1e400"), QStringLiteral("mg")); }, QStringLiteral("mg"));
    invalid([] { validate::number(QStringLiteral("12 mg"), QStringLiteral("mg")); }, QStringLiteral("mg"));
    invalid([] { validate::number(QString(), QStringLiteral("mg")); }, QStringLiteral("mg"));
}

TEST_CASE("doses are positive, finite, below the hard ceiling, kept to the microgram", "[validation]")
{
    CHECK(validate::doseMicrograms(0.01) == 10);
    CHECK(validate::doseMicrograms(12.75) == 12750);
    CHECK(validate::doseMicrograms(0.125) == 125);
    CHECK(invalid([] { validate::doseMicrograms(0); }, QStringLiteral("mg")).contains(QStringLiteral("more than 0")));
    invalid([] { validate::doseMicrograms(-1); }, QStringLiteral("mg"));
    invalid([] { validate::doseMicrograms(std::nan("")); }, QStringLiteral("mg"));
    invalid([] { validate::doseMicrograms(std::numeric_limits<double>::infinity()); }, QStringLiteral("mg"));
    invalid([] { validate::doseMicrograms(10000.5); }, QStringLiteral("mg"));
    invalid([] { validate::doseMicrograms(0.0004); }, QStringLiteral("mg"));
}

TEST_CASE("ratings, wellbeing, sleep and notes stay in their ranges", "[validation]")
{
    for (int s = 0; s <= 4; ++s)
        CHECK(validate::severity(s) == s);
    invalid([] { validate::severity(5); }, QStringLiteral("severity"));
    invalid([] { validate::severity(-1); }, QStringLiteral("severity"));
    CHECK(validate::wellbeing(10) == 10);
    invalid([] { validate::wellbeing(11); }, QStringLiteral("wellbeing"));
    CHECK(validate::sleepHours(7.3) == 7.25);
    invalid([] { validate::sleepHours(25); }, QStringLiteral("sleep"));
    invalid([] { validate::sleepHours(std::nan("")); }, QStringLiteral("sleep"));
    CHECK(validate::note(QString(10000, QLatin1Char('a'))).size() == 10000);
    CHECK(invalid([] { validate::note(QString(10001, QLatin1Char('a'))); }, QStringLiteral("note"))
              .contains(QStringLiteral("10000")));
    invalid([] { validate::note(QStringLiteral("bell\a")); }, QStringLiteral("note"));
    CHECK(validate::note(QStringLiteral("two\nlines\tand a tab")).size() == 19);
}

TEST_CASE("passphrases: a minimum length and a strength hint", "[validation]")
{
    invalid([] { validate::passphrase(QStringLiteral("short")); }, QStringLiteral("passphrase"));
    validate::passphrase(QStringLiteral("long enough"));
    CHECK(validate::passphraseHint(QStringLiteral("aaaaaaaaaa")).score == 1);
    CHECK(validate::passphraseHint(QStringLiteral("river lamp cobalt fig")).score >= 3);
    CHECK(validate::passphraseHint(QStringLiteral("abc")).score == 0);
}
