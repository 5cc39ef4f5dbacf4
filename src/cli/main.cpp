// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli: the command-line companion of Waymark. All the work is in cli.cpp and commands_*.cpp.
#include "cli.h"
#include "hardening.h"
#include "passphrase.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Before anything else: no core dump can carry the passphrase or a note, and the passphrase
    // leaves the environment (where other programs of the same user could read it).
    waymark::Hardening::disableCoreDumps();
    waymark::cli::takeEnvironmentSecrets();
    // "report" paints the PDF, which needs fonts: a GUI application on the offscreen platform (no
    // window, no display needed). Every other command stays a plain core application.
    bool paints = false;
    for (int i = 1; i < argc; ++i)
        paints = paints || qstrcmp(argv[i], "report") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (paints) {
        // The GUI start-up's notes about the environment (XDG_RUNTIME_DIR...) are not for the person.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtFatalMsg || type == QtCriticalMsg)
                fprintf(stderr, "%s\n", qPrintable(message));
        });
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The CLI speaks English with the dot as the decimal separator whatever the system language
    // (text meant for scripts too); "report --lang de" switches the summary alone to German.
    QLocale::setDefault(QLocale::c());
    QCoreApplication::setApplicationName(QStringLiteral("waymark-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    const int status = waymark::cli::run(QCoreApplication::arguments().mid(1));
    waymark::cli::wipeEnvironmentSecrets();
    return status;
}
