// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 runner for all test binaries: a Qt application object, and a pinned environment so
// results do not depend on the machine (time zone, locale, user's standard paths).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#ifdef WAYMARK_TEST_GUI
#include <QGuiApplication>
#endif
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
#ifdef WAYMARK_TEST_GUI
    QGuiApplication app(argc, argv); // waymark_test_gui_main: tests that paint text
#else
    QCoreApplication app(argc, argv);
#endif
    return Catch::Session().run(argc, argv);
}
