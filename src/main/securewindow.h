// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * Keeps the diary out of pictures the system takes of the window: on Android it sets FLAG_SECURE
 * on the activity's window (no screenshots, a blank card in the task switcher; securewindow.cpp);
 * on iOS it covers every window with a plain view while the app is not active, so the app
 * switcher's picture is blank (securewindow_ios.mm; iOS cannot refuse screenshots). Elsewhere it
 * does nothing (desktops have no task-switcher snapshot).
 */
void protectWindowContents();
