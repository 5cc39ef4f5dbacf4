// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// Shared by the files that implement Diary (diary.cpp, diaryqueries.cpp): how dates are stored.
namespace waymark::diarysql {

/** A calendar day as the diary stores it: "YYYY-MM-DD". */
inline QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

inline QDate fromIso(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate);
}

} // namespace waymark::diarysql
