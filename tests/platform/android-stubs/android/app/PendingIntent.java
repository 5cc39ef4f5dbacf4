// SPDX-License-Identifier: GPL-3.0-or-later
// STUB for a syntax and consistency check only (tests/platform/check_android_java.py): the
// members Waymark's Java (platform/android/src) uses, with the signatures and constant values of
// the Android SDK (API 33). Not the real class; never built into the app. A call to anything not
// declared here fails the check: add a member only after finding it in the Android reference.
package android.app;

import android.content.Context;
import android.content.Intent;

public final class PendingIntent {
    public static final int FLAG_NO_CREATE = 536870912;
    public static final int FLAG_UPDATE_CURRENT = 134217728;
    public static final int FLAG_IMMUTABLE = 67108864;

    public static PendingIntent getActivity(Context context, int requestCode, Intent intent, int flags) {
        throw new RuntimeException("Stub!");
    }

    public void cancel() {
        throw new RuntimeException("Stub!");
    }

    public static PendingIntent getBroadcast(Context context, int requestCode, Intent intent, int flags) {
        throw new RuntimeException("Stub!");
    }
}
