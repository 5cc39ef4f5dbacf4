// SPDX-License-Identifier: GPL-3.0-or-later
package org.waymark.app;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

/**
 * An alarm set by Reminders is due: posts that reminder (its fixed text only, Reminders.post) and
 * sets the next day's.
 */
public final class ReminderReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {
        Reminders.post(context, intent.getIntExtra("kind", Reminders.DAILY));
        Reminders.rearm(context);
    }
}
