// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

/** A Session on a fresh diary in a temporary folder, unlocked, with the test clock (2026-03-15). */
struct AppFixture
{
    waymark::test::TempFolder folder;
    Session session { waymark::test::testClock(), folder.file(QStringLiteral("diary.waymark")) };

    AppFixture() { REQUIRE(session.createDiary(waymark::test::kPassphrase, waymark::test::kPassphrase)); }
    waymark::Diary &diary() { return *session.diary(); }
    qint64 addSertraline() { return diary().addDrug(QStringLiteral("Sertraline")).id; }
};
