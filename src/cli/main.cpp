// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli: the command-line companion of Waymark. All the work is in cli.cpp and commands_*.cpp.
#include "cli.h"
#include "hardening.h"
#include "passphrase.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Before anything else: no core dump can carry the passphrase or a note, and the passphrase
    // leaves the environment (where other programs of the same user could read it).
    waymark::Hardening::disableCoreDumps();
    waymark::cli::takeEnvironmentSecrets();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("waymark-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    const int status = waymark::cli::run(QCoreApplication::arguments().mid(1));
    waymark::cli::wipeEnvironmentSecrets();
    return status;
}
