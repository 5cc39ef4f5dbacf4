// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QList>
#include <QMutex>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <ctime>

/**
 * What the app benchmark's child processes share (waymark_bench_app's "ours" child and
 * waymark_bench_minimal): a monotonic clock common to all processes (the parent passes its start
 * time in WAYMARK_BENCH_T0), frame swaps of a window, and the process's peak RSS.
 */
namespace waymark::bench {

/** CLOCK_MONOTONIC in ns: the same clock in every process of the machine. */
inline qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000LL + ts.tv_nsec;
}

/** Peak resident set size of this process (VmHWM), in KiB. */
inline qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/** Counts the frames a window swaps (from the render thread) and waits until they stop. */
class SwapWatch
{
public:
    explicit SwapWatch(QQuickWindow *window)
    {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [this] {
                m_last = monotonicNs();
                {
                    QMutexLocker lock(&m_mutex);
                    m_times.append(m_last.load());
                }
                if (m_count.fetch_add(1) == 0)
                    m_first = m_last.load();
            },
            Qt::DirectConnection);
    }
    int count() const { return m_count.load(); }
    qint64 firstNs() const { return m_first.load(); }
    qint64 lastNs() const { return m_last.load(); }
    /** When frame number i (0 = the first) was swapped; 0 when it was not yet. */
    qint64 frameNs(int i) const
    {
        QMutexLocker lock(&m_mutex);
        return i >= 0 && i < m_times.size() ? m_times.at(i) : 0;
    }

    /** Waits until more than `before` frames were swapped and then none for quietMs (20 s at most). */
    bool waitQuiet(int before, int quietMs = 150)
    {
        QEventLoop loop;
        QTimer tick;
        tick.setInterval(5);
        const qint64 deadline = monotonicNs() + 20'000'000'000LL;
        qint64 quietSince = monotonicNs();
        int seen = count();
        bool ok = true;
        QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
            const qint64 now = monotonicNs();
            if (count() != seen) {
                seen = count();
                quietSince = now;
            }
            if (now > deadline) {
                ok = false;
                loop.quit();
            } else if (seen > before && now - quietSince > qint64(quietMs) * 1'000'000LL) {
                loop.quit();
            }
        });
        tick.start();
        loop.exec();
        return ok;
    }

private:
    mutable QMutex m_mutex;
    QList<qint64> m_times; ///< every swap's time (a few hundred per child at most)
    std::atomic<int> m_count { 0 };
    std::atomic<qint64> m_first { 0 };
    std::atomic<qint64> m_last { 0 };
};

/** The first item named objectName in the visual tree under root (itself included), or nullptr. */
inline QQuickItem *findItem(QQuickItem *root, const QString &objectName)
{
    if (!root)
        return nullptr;
    if (root->objectName() == objectName)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    return nullptr;
}

/** Items under (and including) root, and how many of them are Qt Quick Controls (QQuickControl). */
struct ItemCount
{
    int items = 0;
    int controls = 0;
};
inline void countItems(const QQuickItem *root, ItemCount &out)
{
    if (!root)
        return;
    ++out.items;
    for (const QMetaObject *m = root->metaObject(); m; m = m->superClass())
        if (qstrcmp(m->className(), "QQuickControl") == 0) {
            ++out.controls;
            break;
        }
    for (const QQuickItem *child : root->childItems())
        countItems(child, out);
}

/** The parent's start time (WAYMARK_BENCH_T0, ns of monotonicNs()), or now when unset. */
inline qint64 parentStartNs()
{
    bool ok = false;
    const qint64 t0 = qEnvironmentVariable("WAYMARK_BENCH_T0").toLongLong(&ok);
    return ok ? t0 : monotonicNs();
}

} // namespace waymark::bench
