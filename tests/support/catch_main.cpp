// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 runner for all test binaries: a Qt application object, and a pinned environment so
// results do not depend on the machine (time zone, locale, user's standard paths).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>
#include <QtGlobal>
#include <ctime>

int main(int argc, char *argv[])
{
    // catch_discover_tests runs the binary at build time, outside CTest's environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("TZ", "Europe/London");
    tzset();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
