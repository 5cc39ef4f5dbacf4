// SPDX-License-Identifier: GPL-3.0-or-later
#include "securewindow.h"

#ifdef Q_OS_ANDROID
#include <QCoreApplication>
#include <QJniObject>
#include <QtCore/qcoreapplication_platform.h>
#endif

void protectWindowContents()
{
#ifdef Q_OS_ANDROID
    // android.view.WindowManager.LayoutParams.FLAG_SECURE; the window belongs to the UI thread.
    constexpr jint flagSecure = 0x00002000;
    QNativeInterface::QAndroidApplication::runOnAndroidMainThread([] {
        QJniObject activity(QNativeInterface::QAndroidApplication::context());
        QJniObject window = activity.callObjectMethod("getWindow", "()Landroid/view/Window;");
        if (window.isValid())
            window.callMethod<void>("addFlags", "(I)V", flagSecure);
    });
#endif
}
