// SPDX-License-Identifier: GPL-3.0-or-later
package org.waymark.app;

import android.app.Activity;
import android.app.AlarmManager;
import android.app.Notification;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.content.SharedPreferences;
import android.content.pm.PackageManager;
import android.content.res.Configuration;
import android.os.Build;
import java.util.Calendar;
import java.util.Locale;

/**
 * The Android side of Waymark's reminders, called from C++ through JNI (src/app/androidnotifier.cpp,
 * which Reminders in src/app/reminders.cpp drives): set, requestPermission, notificationsAllowed,
 * post. Only numbers cross over (kinds, times, the app's language), never a text: what a
 * notification says comes from res/values/strings.xml, in the language the app shows (which the
 * person may have chosen in Waymark's Settings, unlike the phone's). Keeps each reminder's time and
 * the language in SharedPreferences (never diary content) so that ReminderBootReceiver can set them
 * again after a restart. Each alarm is
 * one day's, in a window of WINDOW_MINUTES after its time (setWindow: no exact-alarm permission;
 * a repeating inexact alarm could come hours late), and ReminderReceiver sets the next day's.
 * In Doze (a phone left still for long) Android may hold it back to its next maintenance window.
 * tests/platform compiles this against stubs of the Android classes and checks the C++ calls.
 */
public final class Reminders {
    public static final String CHANNEL = "reminders";
    /** Kinds, the same numbers as Reminders::Kind in C++. */
    public static final int DAILY = 0;
    public static final int DOSE = 1;
    private static final String PREFS = "waymark_reminders";
    /** Manifest.permission.POST_NOTIFICATIONS, by its value: the constant exists from API 33 only. */
    private static final String POST_NOTIFICATIONS = "android.permission.POST_NOTIFICATIONS";
    private static final int PERMISSION_REQUEST = 4711;
    /** How late after its time Android may show a reminder (its minimum window is 10 minutes). */
    private static final int WINDOW_MINUTES = 15;
    /** The app's language, the same numbers as AndroidNotifier::languageNumber in C++. */
    public static final int LANGUAGE_PHONE = 0;
    public static final int LANGUAGE_ENGLISH = 1;
    public static final int LANGUAGE_GERMAN = 2;

    private Reminders() {}

    /** The one notification channel, low importance: no sound, no heads-up. */
    public static void createChannel(Context context) {
        if (Build.VERSION.SDK_INT < 26)
            return;
        context = inAppLanguage(context);
        NotificationChannel channel = new NotificationChannel(CHANNEL,
                context.getString(R.string.reminder_channel_name), NotificationManager.IMPORTANCE_LOW);
        channel.setDescription(context.getString(R.string.reminder_channel_description));
        channel.setLockscreenVisibility(Notification.VISIBILITY_PRIVATE);
        context.getSystemService(NotificationManager.class).createNotificationChannel(channel);
    }

    /**
     * Android 13+: asks the person to allow notifications, once they turn a reminder on (not at
     * start). Nothing when allowed already, on older Android, or without an activity. The answer
     * comes back to the activity; C++ reads it again through notificationsAllowed when the app is
     * active again.
     */
    public static void requestPermission(Context context) {
        if (Build.VERSION.SDK_INT < 33 || !(context instanceof Activity))
            return;
        final Activity activity = (Activity) context;
        if (activity.checkSelfPermission(POST_NOTIFICATIONS) == PackageManager.PERMISSION_GRANTED)
            return;
        createChannel(activity);
        activity.runOnUiThread(() -> activity.requestPermissions(new String[] { POST_NOTIFICATIONS }, PERMISSION_REQUEST));
    }

    /** False when the system would not show Waymark's reminders: refused, or turned off in its settings. */
    public static boolean notificationsAllowed(Context context) {
        if (Build.VERSION.SDK_INT < 24)
            return true;
        NotificationManager manager = context.getSystemService(NotificationManager.class);
        if (!manager.areNotificationsEnabled())
            return false;
        if (Build.VERSION.SDK_INT < 26)
            return true;
        NotificationChannel channel = manager.getNotificationChannel(CHANNEL);
        return channel == null || channel.getImportance() != NotificationManager.IMPORTANCE_NONE;
    }

    /**
     * Posts the reminder of a kind now. Its text is fixed ("How was today?" / "The dose reminder
     * you set."): never diary content or a medicine name, so the lock screen shows nothing private.
     * Builder(Context), deprecated since channels came (API 26), is for Android 6 and 7 only.
     */
    @SuppressWarnings("deprecation")
    public static void post(Context context, int kind) {
        createChannel(context);
        Context text = inAppLanguage(context);
        Intent open = context.getPackageManager().getLaunchIntentForPackage(context.getPackageName());
        PendingIntent tap = PendingIntent.getActivity(context, 0, open, PendingIntent.FLAG_IMMUTABLE);
        boolean daily = kind == DAILY;
        Notification.Builder builder = Build.VERSION.SDK_INT >= 26
                ? new Notification.Builder(context, CHANNEL)
                : new Notification.Builder(context);
        Notification notification = builder
                .setSmallIcon(R.mipmap.ic_launcher)
                .setContentTitle(text.getString(daily ? R.string.reminder_daily_title : R.string.reminder_dose_title))
                .setContentText(text.getString(daily ? R.string.reminder_daily_text : R.string.reminder_dose_text))
                .setVisibility(Notification.VISIBILITY_PRIVATE)
                .setContentIntent(tap)
                .setAutoCancel(true)
                .build();
        context.getSystemService(NotificationManager.class).notify(kind + 1, notification);
    }

    /**
     * Turns one reminder on at hour:minute every day, or off (minuteOfDay < 0), and keeps the
     * language its text is shown in (LANGUAGE_*). The app calls it
     * at every start too: the same time with its alarm still set changes nothing (so a start
     * inside a reminder's window does not move that day's reminder to tomorrow).
     */
    public static void set(Context context, int kind, int minuteOfDay, int language) {
        SharedPreferences prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
        prefs.edit().putInt("language", language).apply(); // also when the time stays the same
        if (minuteOfDay >= 0 && prefs.getInt("minute_" + kind, -1) == minuteOfDay
                && alarm(context, kind, PendingIntent.FLAG_NO_CREATE) != null)
            return;
        prefs.edit().putInt("minute_" + kind, minuteOfDay).apply();
        arm(context, kind, minuteOfDay);
    }

    /** Sets every saved reminder again, each at its next time: after a restart, and once one came. */
    public static void rearm(Context context) {
        SharedPreferences prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
        arm(context, DAILY, prefs.getInt("minute_" + DAILY, -1));
        arm(context, DOSE, prefs.getInt("minute_" + DOSE, -1));
    }

    /**
     * The context whose strings are in the app's language: the one the app last passed to set
     * (Waymark's Settings may differ from the phone's), or the phone's own.
     */
    private static Context inAppLanguage(Context context) {
        int language = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE).getInt("language", LANGUAGE_PHONE);
        if (language != LANGUAGE_ENGLISH && language != LANGUAGE_GERMAN)
            return context;
        Configuration config = new Configuration(context.getResources().getConfiguration());
        config.setLocale(new Locale(language == LANGUAGE_GERMAN ? "de" : "en"));
        return context.createConfigurationContext(config);
    }

    /** The alarm's intent of a kind; with FLAG_NO_CREATE, null when none is set. */
    private static PendingIntent alarm(Context context, int kind, int flags) {
        Intent intent = new Intent(context, ReminderReceiver.class).putExtra("kind", kind);
        return PendingIntent.getBroadcast(context, kind, intent, flags | PendingIntent.FLAG_IMMUTABLE);
    }

    private static void arm(Context context, int kind, int minuteOfDay) {
        AlarmManager alarms = context.getSystemService(AlarmManager.class);
        PendingIntent pending = alarm(context, kind, PendingIntent.FLAG_UPDATE_CURRENT);
        alarms.cancel(pending);
        if (minuteOfDay < 0) {
            pending.cancel(); // so FLAG_NO_CREATE finds none
            return;
        }
        Calendar next = Calendar.getInstance();
        next.set(Calendar.HOUR_OF_DAY, minuteOfDay / 60);
        next.set(Calendar.MINUTE, minuteOfDay % 60);
        next.set(Calendar.SECOND, 0);
        next.set(Calendar.MILLISECOND, 0);
        if (!next.after(Calendar.getInstance()))
            next.add(Calendar.DAY_OF_MONTH, 1);
        alarms.setWindow(AlarmManager.RTC_WAKEUP, next.getTimeInMillis(), WINDOW_MINUTES * 60 * 1000L, pending);
    }
}
