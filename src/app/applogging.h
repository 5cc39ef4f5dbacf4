// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Logging category of the app layer: lock, unlock and preference diagnostics, never diary content.
Q_DECLARE_LOGGING_CATEGORY(lcApp) ///< "waymark.app"
