// SPDX-License-Identifier: GPL-3.0-or-later
// STUB for a syntax and consistency check only (tests/platform/check_android_java.py): the
// members Waymark's Java (platform/android/src) uses, with the signatures and constant values of
// the Android SDK (API 33). Not the real class; never built into the app. A call to anything not
// declared here fails the check: add a member only after finding it in the Android reference.
package android.content;

public class Intent {
    public static final String ACTION_BOOT_COMPLETED = "android.intent.action.BOOT_COMPLETED";

    public Intent(Context packageContext, Class<?> cls) {
        throw new RuntimeException("Stub!");
    }

    public String getAction() {
        throw new RuntimeException("Stub!");
    }

    public int getIntExtra(String name, int defaultValue) {
        throw new RuntimeException("Stub!");
    }

    public Intent putExtra(String name, int value) {
        throw new RuntimeException("Stub!");
    }
}
