// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

int takeScreenshot(QQuickWindow *window, const QSize &size, const QString &file)
{
    int status = 1;
    window->resize(size);
    window->show();

    QTimer settle;
    settle.setSingleShot(true);
    settle.setInterval(700); // let layouts, bindings and the first animations finish
    QObject::connect(window, &QQuickWindow::frameSwapped, &settle, [&settle] {
        if (!settle.isActive())
            settle.start();
    }, Qt::QueuedConnection);
    QObject::connect(&settle, &QTimer::timeout, window, [&] {
        QImage image = window->grabWindow();
        if (image.isNull()) {
            std::fprintf(stderr, "waymark: could not grab the window\n");
        } else {
            if (image.size() != size)
                image = image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            QDir().mkpath(QFileInfo(file).absolutePath());
            if (image.save(file, "PNG"))
                status = 0;
            else
                std::fprintf(stderr, "waymark: could not write %s\n", qPrintable(file));
        }
        QCoreApplication::exit(status);
    });
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, [] {
        std::fprintf(stderr, "waymark: the window was never rendered\n");
        QCoreApplication::exit(1);
    });
    watchdog.start(30000);
    QCoreApplication::exec();
    return status;
}
