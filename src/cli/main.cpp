// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli: the command-line companion of Waymark. All the work is in cli.cpp and commands_*.cpp.
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("waymark-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    return waymark::cli::run(QCoreApplication::arguments().mid(1));
}
