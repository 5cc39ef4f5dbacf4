// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

class QQuickWindow;

/** Waits until the window has rendered, grabs it into a PNG and returns the exit status. */
int takeScreenshot(QQuickWindow *window, const QSize &size, const QString &file);
