// SPDX-License-Identifier: GPL-3.0-or-later
// STUB for a syntax and consistency check only (tests/platform/check_android_java.py): the
// members Waymark's Java (platform/android/src) uses, with the signatures and constant values of
// the Android SDK (API 33). Not the real class; never built into the app. A call to anything not
// declared here fails the check: add a member only after finding it in the Android reference.
package android.app;

import android.content.Context;

/** In the SDK: Activity -> ContextThemeWrapper -> ContextWrapper -> Context; here only "is a Context" matters. */
public abstract class Activity extends Context {
    public final void runOnUiThread(Runnable action) {
        throw new RuntimeException("Stub!");
    }

    public final void requestPermissions(String[] permissions, int requestCode) {
        throw new RuntimeException("Stub!");
    }
}
