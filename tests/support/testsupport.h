// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "diary.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace waymark::test {

inline const QString kPassphrase = QStringLiteral("correct horse battery staple");
inline const QString kOtherPassphrase = QStringLiteral("a different passphrase");

/** A temporary folder for diary files, removed at the end of the test. */
class TempFolder
{
public:
    TempFolder();
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

/** A clock pinned at noon on 2026-03-15 unless told otherwise. */
FixedClock &testClock();

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);

} // namespace waymark::test

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate &d) { return d.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch
