// SPDX-License-Identifier: GPL-3.0-or-later
package org.waymark.app;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

/** Alarms do not survive a restart: sets the saved reminders again. */
public final class ReminderBootReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {
        if (Intent.ACTION_BOOT_COMPLETED.equals(intent.getAction()))
            Reminders.rearm(context);
    }
}
