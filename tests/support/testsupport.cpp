// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QFile>
#include <catch2/catch.hpp>

namespace waymark::test {

TempFolder::TempFolder()
{
    REQUIRE(m_dir.isValid());
}

FixedClock &testClock()
{
    static FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(12, 0)));
    return clock;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace waymark::test
