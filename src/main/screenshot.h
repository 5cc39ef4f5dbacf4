// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

class QQuickWindow;

/**
 * Waits until the window has rendered, grabs it into a PNG and returns the exit status. When
 * textFile is not empty, also writes the text a person can see in the window (each visible text
 * item inside the window, one per line, in tree order), so tests can check that the right page
 * with the right content was drawn, not just that something was.
 */
int takeScreenshot(QQuickWindow *window, const QSize &size, const QString &file, const QString &textFile = {});
