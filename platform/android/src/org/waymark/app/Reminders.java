// SPDX-License-Identifier: GPL-3.0-or-later
package org.waymark.app;

import android.app.AlarmManager;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.content.SharedPreferences;
import android.os.Build;
import java.util.Calendar;

/**
 * The Android side of Waymark's reminders, called from C++ (src/app/reminders.cpp through JNI).
 * Keeps each reminder's time in SharedPreferences (times only, never diary content) so that
 * ReminderBootReceiver can set them again after a restart. Alarms are inexact (no exact-alarm
 * permission): a reminder may come a few minutes late.
 */
public final class Reminders {
    public static final String CHANNEL = "reminders";
    /** Kinds, the same numbers as Reminders::Kind in C++. */
    public static final int DAILY = 0;
    public static final int DOSE = 1;
    private static final String PREFS = "waymark_reminders";

    private Reminders() {}

    /** The one notification channel, low importance: no sound, no heads-up. */
    public static void createChannel(Context context) {
        if (Build.VERSION.SDK_INT < 26)
            return;
        NotificationChannel channel = new NotificationChannel(CHANNEL,
                context.getString(R.string.reminder_channel_name), NotificationManager.IMPORTANCE_LOW);
        channel.setDescription(context.getString(R.string.reminder_channel_description));
        channel.setLockscreenVisibility(android.app.Notification.VISIBILITY_PRIVATE);
        context.getSystemService(NotificationManager.class).createNotificationChannel(channel);
    }

    /** Turns one reminder on at hour:minute every day, or off (minuteOfDay < 0). */
    public static void set(Context context, int kind, int minuteOfDay) {
        SharedPreferences prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
        prefs.edit().putInt("minute_" + kind, minuteOfDay).apply();
        arm(context, kind, minuteOfDay);
    }

    /** Sets every saved reminder again (after a restart). */
    public static void rearm(Context context) {
        SharedPreferences prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
        arm(context, DAILY, prefs.getInt("minute_" + DAILY, -1));
        arm(context, DOSE, prefs.getInt("minute_" + DOSE, -1));
    }

    private static void arm(Context context, int kind, int minuteOfDay) {
        AlarmManager alarms = context.getSystemService(AlarmManager.class);
        Intent intent = new Intent(context, ReminderReceiver.class).putExtra("kind", kind);
        PendingIntent pending = PendingIntent.getBroadcast(context, kind, intent,
                PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
        alarms.cancel(pending);
        if (minuteOfDay < 0)
            return;
        Calendar next = Calendar.getInstance();
        next.set(Calendar.HOUR_OF_DAY, minuteOfDay / 60);
        next.set(Calendar.MINUTE, minuteOfDay % 60);
        next.set(Calendar.SECOND, 0);
        next.set(Calendar.MILLISECOND, 0);
        if (!next.after(Calendar.getInstance()))
            next.add(Calendar.DAY_OF_MONTH, 1);
        alarms.setInexactRepeating(AlarmManager.RTC_WAKEUP, next.getTimeInMillis(), AlarmManager.INTERVAL_DAY, pending);
    }
}
