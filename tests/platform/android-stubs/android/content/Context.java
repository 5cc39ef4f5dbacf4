// SPDX-License-Identifier: GPL-3.0-or-later
// STUB for a syntax and consistency check only (tests/platform/check_android_java.py): the
// members Waymark's Java (platform/android/src) uses, with the signatures and constant values of
// the Android SDK (API 33). Not the real class; never built into the app. A call to anything not
// declared here fails the check: add a member only after finding it in the Android reference.
package android.content;

import android.content.pm.PackageManager;
import android.content.res.Configuration;
import android.content.res.Resources;

public abstract class Context {
    public static final int MODE_PRIVATE = 0;

    public abstract PackageManager getPackageManager();
    public abstract String getPackageName();
    public abstract SharedPreferences getSharedPreferences(String name, int mode);
    public abstract int checkSelfPermission(String permission);
    public abstract Resources getResources();
    public abstract Context createConfigurationContext(Configuration overrideConfiguration);

    public final String getString(int resId) {
        throw new RuntimeException("Stub!");
    }

    public final <T> T getSystemService(Class<T> serviceClass) {
        throw new RuntimeException("Stub!");
    }
}
