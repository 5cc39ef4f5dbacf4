// SPDX-License-Identifier: GPL-3.0-or-later
// STUB for a syntax and consistency check only (tests/platform/check_android_java.py): the
// members Waymark's Java (platform/android/src) uses, with the signatures and constant values of
// the Android SDK (API 33). Not the real class; never built into the app. A call to anything not
// declared here fails the check: add a member only after finding it in the Android reference.
package android.app;

public class NotificationManager {
    public static final int IMPORTANCE_NONE = 0;
    public static final int IMPORTANCE_LOW = 2;

    public void createNotificationChannel(NotificationChannel channel) {
        throw new RuntimeException("Stub!");
    }

    public NotificationChannel getNotificationChannel(String channelId) {
        throw new RuntimeException("Stub!");
    }

    public boolean areNotificationsEnabled() {
        throw new RuntimeException("Stub!");
    }

    public void notify(int id, Notification notification) {
        throw new RuntimeException("Stub!");
    }
}
