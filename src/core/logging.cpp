// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcDb, "waymark.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFile, "waymark.file", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "waymark.secrets", QtWarningMsg)
