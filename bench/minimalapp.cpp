// SPDX-License-Identifier: GPL-3.0-or-later
// waymark_bench_minimal: the floor of Qt Quick start-up, a baseline of waymark_bench_app. A minimal
// Qt Quick Controls app (Material style, a window of the app's size with a passphrase field and a
// button, like the unlock page) built in the same tree; prints the time from its parent's start to
// its first swapped frame and its peak RSS there; then makes its second page (as many controls as
// Today, MinimalMain.qml) and prints the time from asking for it to its last frame, then quits.
#include "appprobe.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>

using namespace waymark::bench;

int main(int argc, char *argv[])
{
    const qint64 t0 = parentStartNs();
    if (!qEnvironmentVariableIsSet("QT_QPA_UPDATE_IDLE_TIME"))
        qputenv("QT_QPA_UPDATE_IDLE_TIME", "0");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/bench/MinimalMain.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects()[0]);
    if (!window) {
        std::fprintf(stderr, "MinimalMain.qml did not load\n");
        return 1;
    }
    SwapWatch swaps(window);
    if (!swaps.waitQuiet(0, 300)) {
        std::fprintf(stderr, "no frame within 20 s\n");
        return 1;
    }
    std::printf("first_frame_ms %.3f\n", double(swaps.firstNs() - t0) / 1e6);
    std::printf("peak_rss_kib %lld\n", static_cast<long long>(peakRssKiB()));

    QQuickItem *page = findItem(window->contentItem(), QStringLiteral("benchPage"));
    if (!page) {
        std::fprintf(stderr, "MinimalMain.qml has no benchPage\n");
        return 1;
    }
    const int before = swaps.count();
    const qint64 start = monotonicNs();
    page->setProperty("active", true);
    if (!swaps.waitQuiet(before)) {
        std::fprintf(stderr, "the page was not drawn within 20 s\n");
        return 1;
    }
    std::printf("page_ms %.3f\n", double(swaps.lastNs() - start) / 1e6);
    ItemCount count;
    countItems(qvariant_cast<QQuickItem *>(page->property("item")), count);
    if (count.controls < 46 * 5) {
        std::fprintf(stderr, "the page has only %d controls\n", count.controls);
        return 1;
    }
    std::printf("page_items %d\npage_controls %d\n", count.items, count.controls);
    return 0;
}
