// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * Keeps the diary out of pictures the system takes of the window: on Android it sets FLAG_SECURE
 * on the activity's window (no screenshots, a blank card in the task switcher). Elsewhere it does
 * nothing (desktops have no task-switcher snapshot; iOS is not covered yet, see platform/README.md).
 */
void protectWindowContents();
