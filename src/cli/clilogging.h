// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Logging category of waymark-cli: where inputs came from, never their content or a passphrase.
Q_DECLARE_LOGGING_CATEGORY(lcCli) ///< "waymark.cli"
