// SPDX-License-Identifier: GPL-3.0-or-later
// STUB for a syntax and consistency check only (tests/platform/check_android_java.py): the
// members Waymark's Java (platform/android/src) uses, with the signatures and constant values of
// the Android SDK (API 33). Not the real class; never built into the app. A call to anything not
// declared here fails the check: add a member only after finding it in the Android reference.
package android.app;

import android.content.Context;

public class Notification {
    public static final int VISIBILITY_PRIVATE = 0;

    public static class Builder {
        public Builder(Context context, String channelId) {
            throw new RuntimeException("Stub!");
        }

        /** @deprecated since API 26: use Builder(Context, String). */
        @Deprecated
        public Builder(Context context) {
            throw new RuntimeException("Stub!");
        }

        public Builder setSmallIcon(int icon) {
            throw new RuntimeException("Stub!");
        }

        public Builder setContentTitle(CharSequence title) {
            throw new RuntimeException("Stub!");
        }

        public Builder setContentText(CharSequence text) {
            throw new RuntimeException("Stub!");
        }

        public Builder setVisibility(int visibility) {
            throw new RuntimeException("Stub!");
        }

        public Builder setContentIntent(PendingIntent intent) {
            throw new RuntimeException("Stub!");
        }

        public Builder setAutoCancel(boolean autoCancel) {
            throw new RuntimeException("Stub!");
        }

        public Notification build() {
            throw new RuntimeException("Stub!");
        }
    }
}
