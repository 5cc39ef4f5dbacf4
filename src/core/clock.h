// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace waymark {

/** Where "now" and "today" come from. Injected everywhere so tests can pin the date. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

/** The real local time. */
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

/** A clock that stands still at a chosen moment (tests, screenshots, demo diaries). */
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    { }
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

/** The process-wide clock: SystemClock unless WAYMARK_TODAY=YYYY-MM-DD pins the date. */
const Clock &defaultClock();

} // namespace waymark
