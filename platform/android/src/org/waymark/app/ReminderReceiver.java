// SPDX-License-Identifier: GPL-3.0-or-later
package org.waymark.app;

import android.app.Notification;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

/**
 * Posts a due reminder. Its text is fixed ("How was today?" / "The dose reminder you set."):
 * never diary content or a medicine name, so the lock screen shows nothing private.
 */
public final class ReminderReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {
        int kind = intent.getIntExtra("kind", Reminders.DAILY);
        Reminders.createChannel(context);
        Intent open = context.getPackageManager().getLaunchIntentForPackage(context.getPackageName());
        PendingIntent tap = PendingIntent.getActivity(context, 0, open, PendingIntent.FLAG_IMMUTABLE);
        boolean daily = kind == Reminders.DAILY;
        Notification.Builder builder = android.os.Build.VERSION.SDK_INT >= 26
                ? new Notification.Builder(context, Reminders.CHANNEL)
                : new Notification.Builder(context);
        Notification notification = builder
                .setSmallIcon(R.mipmap.ic_launcher)
                .setContentTitle(context.getString(daily ? R.string.reminder_daily_title : R.string.reminder_dose_title))
                .setContentText(context.getString(daily ? R.string.reminder_daily_text : R.string.reminder_dose_text))
                .setVisibility(Notification.VISIBILITY_PRIVATE)
                .setContentIntent(tap)
                .setAutoCancel(true)
                .build();
        context.getSystemService(NotificationManager.class).notify(kind + 1, notification);
    }
}
