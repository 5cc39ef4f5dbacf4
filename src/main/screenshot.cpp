// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSaveFile>
#include <QTimer>
#include <cstdio>

namespace {

/** Texts of the visible items that lie (at least partly) inside the window. */
void collectVisibleText(const QQuickItem *item, const QRectF &window, QStringList &out)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    const QRectF area = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const QVariant text = item->property("text");
    if (text.userType() == QMetaType::QString && area.intersects(window) && item->width() > 0 && item->height() > 0) {
        const QString line = text.toString().simplified();
        if (!line.isEmpty() && (out.isEmpty() || out.constLast() != line)) // a button and its label say it once
            out.append(line);
    }
    if (item->clip() && !area.intersects(window))
        return;
    for (const QQuickItem *child : item->childItems())
        collectVisibleText(child, window, out);
}

bool writeVisibleText(QQuickWindow *window, const QString &file)
{
    QStringList lines;
    collectVisibleText(window->contentItem(), QRectF(QPointF(0, 0), window->size()), lines);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    out.write(lines.join(QLatin1Char('\n')).toUtf8());
    out.write("\n");
    return out.commit();
}

} // namespace

int takeScreenshot(QQuickWindow *window, const QSize &size, const QString &file, const QString &textFile)
{
    int status = 1;
    window->resize(size);
    window->show();

    QTimer settle;
    settle.setSingleShot(true);
    settle.setInterval(700); // let layouts, bindings and the first animations finish
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &settle,
        [&settle] {
            if (!settle.isActive())
                settle.start();
        },
        Qt::QueuedConnection);
    QObject::connect(&settle, &QTimer::timeout, window, [&] {
        QImage image = window->grabWindow();
        if (image.isNull()) {
            std::fprintf(stderr, "waymark: could not grab the window\n");
        } else {
            // QT_SCALE_FACTOR=3 with --size 360x640 gives a 1080x1920 store picture.
            const QSize pixels = size * window->effectiveDevicePixelRatio();
            if (image.size() != pixels)
                image = image.scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            QDir().mkpath(QFileInfo(file).absolutePath());
            if (!image.save(file, "PNG"))
                std::fprintf(stderr, "waymark: could not write %s\n", qPrintable(file));
            else if (!textFile.isEmpty() && !writeVisibleText(window, textFile))
                std::fprintf(stderr, "waymark: could not write %s\n", qPrintable(textFile));
            else
                status = 0;
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
