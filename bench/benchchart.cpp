// SPDX-License-Identifier: GPL-3.0-or-later
// waymark_bench_chart: frame times of Waymark's TrajectoryChart (30 years and 1 year of data) and,
// as the baseline in the same run, of a Qt Charts ChartView with QLineSeries of the same series.
// Run under Xvfb (QT_QPA_PLATFORM=xcb, OpenGL on llvmpipe): tools/run-bench.sh. See docs/PERFORMANCE.md.
#include "benchstats.h"
#include "synthdiary.h"

#include "chartcontroller.h"
#include "chartpainter.h"
#include "diary.h"
#include "trajectory.h"
#include "trajectorychart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QLineSeries>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QPainter>
#include <QQuickView>
#include <QQuickWindow>
#include <QSet>
#include <QSurfaceFormat>
#include <QThread>
#include <QTimer>
#include <QValueAxis>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace waymark;
using namespace waymark::bench;

namespace {

QElapsedTimer g_clock;
std::atomic<bool> g_renderThreadSeen { false };
QString g_glRenderer;
QObject *g_chartView = nullptr; // the Qt Charts view whose queued slot calls (its renderScene) are timed
qint64 g_chartSlotNs = 0;
int g_chartSlots = 0;

/** QApplication that times the queued calls delivered to the ChartView: Qt Charts renders its
 *  scene into an image in such a call (DeclarativeChart::renderScene) on the GUI thread. */
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (receiver != g_chartView || !g_chartView || event->type() != QEvent::MetaCall)
            return QApplication::notify(receiver, event);
        const qint64 t0 = g_clock.nsecsElapsed();
        const bool r = QApplication::notify(receiver, event);
        g_chartSlotNs += g_clock.nsecsElapsed() - t0;
        ++g_chartSlots;
        return r;
    }
};

/** TrajectoryChart with its paint() timed (the rest of the item is the real one). */
class TimedChart : public TrajectoryChart
{
public:
    using TrajectoryChart::TrajectoryChart;
    void paint(QPainter *painter) override
    {
        const qint64 t0 = g_clock.nsecsElapsed();
        TrajectoryChart::paint(painter);
        paintNs += g_clock.nsecsElapsed() - t0;
        paints += 1;
    }
    std::atomic<qint64> paintNs { 0 };
    std::atomic<int> paints { 0 };
};

/** Waits for the frames an interaction causes; a frame ends at the last frameSwapped before 100 ms of quiet. */
class FrameMeter
{
public:
    explicit FrameMeter(QQuickWindow *window)
        : m_window(window)
    {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [this] {
                m_lastSwapNs = g_clock.nsecsElapsed();
                m_swaps.fetch_add(1);
                if (QThread::currentThread() != qApp->thread())
                    g_renderThreadSeen = true;
            },
            Qt::DirectConnection);
        QObject::connect(
            window, &QQuickWindow::sceneGraphInitialized, window,
            [] {
                if (QOpenGLContext *c = QOpenGLContext::currentContext())
                    g_glRenderer
                        = QString::fromLatin1(reinterpret_cast<const char *>(c->functions()->glGetString(GL_RENDERER)));
            },
            Qt::DirectConnection);
    }

    struct Frame
    {
        double totalMs = 0; ///< from the start of the interaction to the last swapped frame
        double actionMs = 0; ///< the interaction call itself (for our chart: the layout)
        int swaps = 0;
    };

    Frame measure(const std::function<void()> &action)
    {
        const int before = m_swaps.load();
        const qint64 start = g_clock.nsecsElapsed();
        action();
        Frame f;
        f.actionMs = double(g_clock.nsecsElapsed() - start) / 1e6;
        waitQuiet(before);
        f.swaps = m_swaps.load() - before;
        f.totalMs = double(m_lastSwapNs.load() - start) / 1e6;
        return f;
    }

    /**
     * Waits until at least one frame was swapped after `before` and then nothing for 100 ms during
     * which the GUI thread was free (a tick every 5 ms). A stall of the GUI thread (Qt Charts renders
     * its scene there) restarts the quiet period, because it may have requested another frame.
     */
    void waitQuiet(int before)
    {
        QEventLoop loop;
        QTimer tick;
        tick.setInterval(5);
        const qint64 deadline = g_clock.nsecsElapsed() + 20'000'000'000LL;
        qint64 quietSince = g_clock.nsecsElapsed();
        qint64 lastTick = quietSince;
        int seenSwaps = m_swaps.load();
        QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
            const qint64 now = g_clock.nsecsElapsed();
            if (now > deadline) {
                std::fprintf(stderr, "no frame was rendered within 20 s\n");
                std::exit(1);
            }
            const int swaps = m_swaps.load();
            if (swaps != seenSwaps || now - lastTick > 20'000'000LL) {
                seenSwaps = swaps;
                quietSince = now;
            }
            lastTick = now;
            if (swaps > before && now - quietSince > 100'000'000LL)
                loop.quit();
        });
        tick.start();
        loop.exec();
    }

private:
    QQuickWindow *m_window;
    std::atomic<qint64> m_lastSwapNs { 0 };
    std::atomic<int> m_swaps { 0 };
};

struct Stats
{
    QString name;
    QVector<double> total, action, paint;
    int swaps = 0;
    int frames = 0;
    int points = 0;
    int layerPaints = -1; ///< ours: series-layer repaints during the measured frames
    double inkPct = 0;
    waymark::chart::Layout layout; ///< our chart's last layout (for the paint breakdown)
    double med() const { return median(total); }
};

void waitExposed(QQuickWindow *w, FrameMeter &meter)
{
    w->show();
    meter.waitQuiet(0);
}

/** Share of pixels that differ from the background colour, in %. Also saves the image. */
double inkOf(QQuickWindow *w, const QString &file)
{
    const QImage img = w->grabWindow().convertToFormat(QImage::Format_RGB32);
    if (!file.isEmpty())
        img.save(file);
    if (img.isNull())
        return 0;
    const QRgb bg = img.pixel(2, 2);
    qint64 ink = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            if (line[x] != bg)
                ++ink;
            if (colours.size() < 64)
                colours.insert(line[x]);
        }
    }
    if (colours.size() < 4)
        return 0; // blank or one flat colour: nothing was drawn
    return 100.0 * double(ink) / double(img.width() * qint64(img.height()));
}

struct Options
{
    int warmup = 10;
    int frames = 40;
    QString outDir;
};

enum class Variant { Default, ImageTarget, NoAntialiasing };

Stats benchOurs(
    const trajectory::Trajectory &t, const QString &name, const Options &o, Variant variant = Variant::Default)
{
    QQuickWindow window;
    window.setColor(Qt::white);
    window.resize(1280, 800);
    FrameMeter meter(&window);
    auto *chart = new TimedChart(window.contentItem());
    chart->setSize(QSizeF(1280, 800));
    if (variant == Variant::ImageTarget)
        chart->setRenderTarget(QQuickPaintedItem::Image);
    if (variant == Variant::NoAntialiasing)
        chart->setAntialiasing(false);
    ChartController controller;
    controller.setRange(QStringLiteral("all"));
    controller.setTrajectory(t, t.last);
    // Show all but the first and last day, so a pan of one day each way is a real change of range.
    const int n = t.days();
    controller.zoom(double(n - 2) / double(n), 0.5);
    if (controller.firstDate() != t.first.addDays(1).toString(Qt::ISODate)
        || controller.lastDate() != t.last.addDays(-1).toString(Qt::ISODate)) {
        std::fprintf(
            stderr, "unexpected view %s..%s\n", qPrintable(controller.firstDate()), qPrintable(controller.lastDate()));
        std::exit(1);
    }
    chart->setController(&controller);
    waitExposed(&window, meter);

    Stats s;
    s.name = name;
    int direction = -1;
    QString previousFirst = controller.firstDate();
    int layerPaintsBefore = 0;
    for (int i = 0; i < o.warmup + o.frames; ++i) {
        if (i == o.warmup)
            layerPaintsBefore = chart->layerPaints();
        const qint64 paintBefore = chart->paintNs.load();
        const int paintsBefore = chart->paints.load();
        const auto f = meter.measure([&] { controller.pan(direction); });
        direction = -direction;
        if (controller.firstDate() == previousFirst || chart->pointCount() == 0
            || chart->paints.load() == paintsBefore) {
            std::fprintf(stderr, "%s: frame %d did not change the view or did not paint\n", qPrintable(name), i);
            std::exit(1);
        }
        previousFirst = controller.firstDate();
        if (i < o.warmup)
            continue;
        s.total.append(f.totalMs);
        s.action.append(f.actionMs);
        s.paint.append(double(chart->paintNs.load() - paintBefore) / 1e6);
        s.swaps += f.swaps;
        ++s.frames;
    }
    s.layerPaints = chart->layerPaints() - layerPaintsBefore;
    std::fprintf(stderr, "%s: median %.2f ms\n", qPrintable(name), median(s.total));
    s.points = chart->pointCount();
    s.layout = chart->currentLayout();
    s.inkPct = inkOf(&window, o.outDir.isEmpty() ? QString() : o.outDir + QStringLiteral("/%1.png").arg(name));
    return s;
}

qreal msOf(const QDate &d)
{
    return qreal(QDateTime(d, QTime(12, 0)).toMSecsSinceEpoch());
}

/** A step-like line for Qt Charts: two points at every change, none in between. */
QList<QPointF> stepPoints(const QVector<double> &mg, const QDate &first)
{
    QList<QPointF> out;
    double previous = std::nan("");
    for (int i = 0; i < mg.size(); ++i) {
        const double v = mg[i];
        if (std::isnan(v))
            continue;
        const qreal x = msOf(first.addDays(i));
        if (std::isnan(previous))
            out.append({ x, v });
        else if (v != previous) {
            out.append({ x, previous });
            out.append({ x, v });
        }
        previous = v;
    }
    if (!mg.isEmpty() && !std::isnan(previous))
        out.append({ msOf(first.addDays(mg.size() - 1)), previous });
    return out;
}

QList<QPointF> linePoints(const QVector<double> &values, const QDate &first)
{
    QList<QPointF> out;
    out.reserve(values.size());
    for (int i = 0; i < values.size(); ++i)
        if (!std::isnan(values[i]))
            out.append({ msOf(first.addDays(i)), values[i] });
    return out;
}

double maxOf(const QVector<double> &v)
{
    double m = 0;
    for (double x : v)
        if (!std::isnan(x))
            m = std::max(m, x);
    return m;
}

Stats benchQtCharts(const trajectory::Trajectory &t, const QString &name, const Options &o)
{
    QQuickView view;
    view.setColor(Qt::white);
    view.resize(1280, 800);
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    FrameMeter meter(&view);
    view.setSource(QUrl(QStringLiteral("qrc:/bench/QtChartsView.qml")));
    if (view.status() != QQuickView::Ready || !view.rootObject()) {
        std::fprintf(stderr, "QtChartsView.qml did not load (is qml6-module-qtcharts installed?)\n");
        std::exit(1);
    }
    QObject *root = view.rootObject();
    g_chartView = root;
    auto object = [root](const char *property) { return root->property(property).value<QObject *>(); };
    auto *axisX = qobject_cast<QDateTimeAxis *>(object("axisXObject"));
    auto *axisDose = qobject_cast<QValueAxis *>(object("axisDoseObject"));
    auto *axisLoad = qobject_cast<QValueAxis *>(object("axisLoadObject"));
    auto *load = qobject_cast<QLineSeries *>(object("loadSeries"));
    auto *mean7 = qobject_cast<QLineSeries *>(object("mean7Series"));
    QLineSeries *dose[2]
        = { qobject_cast<QLineSeries *>(object("dose0Series")), qobject_cast<QLineSeries *>(object("dose1Series")) };
    if (!axisX || !axisDose || !axisLoad || !load || !mean7 || !dose[0] || !dose[1] || t.drugs.size() < 2) {
        std::fprintf(stderr, "ChartView objects not found\n");
        std::exit(1);
    }
    load->replace(linePoints(t.load, t.first));
    mean7->replace(linePoints(t.loadMean7, t.first));
    double maxMg = 0;
    for (int k = 0; k < 2; ++k) {
        dose[k]->replace(stepPoints(t.drugs[k].takenMg, t.first));
        maxMg = std::max(maxMg, maxOf(t.drugs[k].takenMg));
    }
    axisLoad->setRange(0, std::ceil(maxOf(t.load) / 10.0) * 10.0);
    axisDose->setRange(0, std::ceil(maxMg / 10.0) * 10.0);
    QDate first = t.first.addDays(1), last = t.last.addDays(-1);
    auto applyRange = [&] { axisX->setRange(first.startOfDay(), last.addDays(1).startOfDay()); };
    applyRange();
    waitExposed(&view, meter);

    Stats s;
    s.name = name;
    int direction = -1;
    for (int i = 0; i < o.warmup + o.frames; ++i) {
        const qint64 slotNsBefore = g_chartSlotNs;
        const int slotsBefore = g_chartSlots;
        const auto f = meter.measure([&] {
            first = first.addDays(direction);
            last = last.addDays(direction);
            applyRange();
        });
        direction = -direction;
        if (i < o.warmup)
            continue;
        s.total.append(f.totalMs);
        s.action.append(f.actionMs);
        s.swaps += f.swaps;
        s.paint.append(double(g_chartSlotNs - slotNsBefore) / 1e6);
        if (g_chartSlots == slotsBefore) {
            std::fprintf(stderr, "%s: frame %d: Qt Charts did not render its scene\n", qPrintable(name), i);
            std::exit(1);
        }
        ++s.frames;
    }
    g_chartView = nullptr;
    std::fprintf(stderr, "%s: median %.2f ms\n", qPrintable(name), median(s.total));
    s.points = int(load->count() + mean7->count() + dose[0]->count() + dose[1]->count());
    s.inkPct = inkOf(&view, o.outDir.isEmpty() ? QString() : o.outDir + QStringLiteral("/%1.png").arg(name));
    return s;
}

/** Median time (ms) of painting a layout with paintChart into a 1280x800 image, as the item does. */
double paintMs(const chart::Layout &layout, const std::function<void(QPainter &)> &extra = {})
{
    QImage image(1280, 800, QImage::Format_ARGB32_Premultiplied);
    QVector<double> times;
    for (int i = 0; i < 5; ++i) {
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, true);
        QElapsedTimer t;
        t.start();
        paintChart(p, layout, ChartPalette::light(), QGuiApplication::font());
        if (extra)
            extra(p);
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

/** Where our paint time goes: the same layout painted with parts left out. Returns the paint
 *  time with all three fixes (A + B + C), for the projection. */
double paintBreakdown(const Stats &ours, bool print = true)
{
    using chart::Layout;
    const Layout &full = ours.layout;
    int reductions = 0;
    for (const auto &m : full.markers)
        reductions += m.kind == trajectory::MarkerKind::Reduction;
    Layout noMarkers = full;
    noMarkers.markers.clear();
    Layout noBands = full;
    noBands.bands.clear();
    Layout seriesOnly = noMarkers;
    seriesOnly.bands.clear();
    Layout markersOnly = full;
    markersOnly.series.clear();
    markersOnly.bands.clear();
    Layout noSeries = full;
    noSeries.series.clear();
    // The fix proposed in docs/PERFORMANCE.md: the same series, pens and order, but each polyline
    // drawn in pieces of kChunk points (sharing their end points) instead of as one long path.
    enum Fix { Chunks = 1, PixelBands = 2, ColumnBars = 4 };
    auto fixedParts = [&](QPainter &p, int fixes) {
        constexpr int kChunk = 32;
        const ChartPalette pal = ChartPalette::light();
        if (fixes & PixelBands) // bands snapped to whole pixels: QPainter's fast solid-rect path
            for (const auto &b : full.bands)
                p.fillRect(QRect(QPoint(int(std::floor(b.x0)), int(full.plot.top())),
                               QPoint(int(std::ceil(b.x1)) - 1, int(full.plot.bottom()))),
                    pal.band);
        p.save();
        p.setClipRect(full.plot.adjusted(-2, -2, 2, 2));
        for (const auto &sl : full.series) {
            QColor c = pal.seriesColor(sl.colorIndex);
            QPen pen(c);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            switch (sl.style) {
            case chart::Style::Line:
                if (sl.colorIndex == 0 || sl.colorIndex == 7)
                    c.setAlphaF(sl.colorIndex == 7 ? 0.45 : 0.35);
                pen.setColor(c);
                pen.setWidthF(1.2);
                break;
            case chart::Style::BoldLine:
                pen.setWidthF(2.6);
                break;
            case chart::Style::Step:
                pen.setWidthF(2.2);
                break;
            case chart::Style::DashedStep:
                pen.setWidthF(1.6);
                pen.setStyle(Qt::DashLine);
                break;
            case chart::Style::Dots:
                c.setAlphaF(0.45);
                pen.setColor(c);
                pen.setWidthF(3.5);
                break;
            }
            p.setPen(pen);
            const bool dense = full.x.pixelsPerDay() < 1.0;
            for (const auto &path : sl.paths) {
                if (sl.style == chart::Style::Dots) {
                    p.drawPoints(path.constData(), int(path.size()));
                    continue;
                }
                if ((fixes & ColumnBars) && dense && sl.style == chart::Style::Line) {
                    // More than one day per pixel: the daily line is a min-max bar per pixel column,
                    // reaching back to the previous column's last value so the line stays joined.
                    double previousLast = std::nan("");
                    for (qsizetype i = 0; i < path.size();) {
                        const int x = int(std::floor(path[i].x()));
                        double lo = path[i].y(), hi = lo;
                        if (!std::isnan(previousLast)) {
                            lo = std::min(lo, previousLast);
                            hi = std::max(hi, previousLast);
                        }
                        for (; i < path.size() && int(std::floor(path[i].x())) == x; ++i) {
                            lo = std::min(lo, path[i].y());
                            hi = std::max(hi, path[i].y());
                        }
                        previousLast = path[i - 1].y();
                        p.fillRect(QRect(x, int(std::floor(lo)), 1, std::max(1, int(std::ceil(hi - lo)))), c);
                    }
                    continue;
                }
                const int chunk = (fixes & Chunks) ? kChunk : int(path.size());
                for (qsizetype i = 0; i + 1 < path.size(); i += chunk - 1)
                    p.drawPolyline(path.constData() + i, int(std::min<qsizetype>(chunk, path.size() - i)));
                if (path.size() == 1)
                    p.drawPoint(path.first());
            }
        }
        p.restore();
    };
    Layout withoutSeries = full;
    withoutSeries.series.clear();
    const double fixedAll = paintMs(withoutSeries.bands.isEmpty() ? withoutSeries : [&] {
        Layout l = withoutSeries;
        l.bands.clear();
        return l;
    }(), [&](QPainter &p) { fixedParts(p, Chunks | PixelBands | ColumnBars); });
    if (!print)
        return fixedAll;
    std::printf(
        "\nPaint breakdown of %s (paintChart into a 1280x800 image, median of 5, ms):\n", qPrintable(ours.name));
    std::printf("  %d series points, %d bands, %d markers (%d reductions)\n", full.pointCount(), int(full.bands.size()),
        int(full.markers.size()), reductions);
    std::printf("  %-52s %9.2f\n", "everything (what the item paints)", paintMs(full));
    std::printf("  %-52s %9.2f\n", "without markers (reduction lines, triangles, notes)", paintMs(noMarkers));
    std::printf("  %-52s %9.2f\n", "without wave bands", paintMs(noBands));
    std::printf("  %-52s %9.2f\n", "series, axes and ticks only", paintMs(seriesOnly));
    std::printf("  %-52s %9.2f\n", "without the series", paintMs(noSeries));
    std::printf("  %-52s %9.2f\n", "markers only (with axes)", paintMs(markersOnly));
    Layout withoutSeriesAndBands = withoutSeries;
    withoutSeriesAndBands.bands.clear();
    std::printf("  fixes (the same picture drawn differently; see docs/PERFORMANCE.md):\n");
    std::printf("  %-52s %9.2f\n", "A: series as 32-point polylines",
        paintMs(withoutSeries, [&](QPainter &p) { fixedParts(p, Chunks); }));
    std::printf("  %-52s %9.2f\n", "A + B: wave bands snapped to whole pixels",
        paintMs(withoutSeriesAndBands, [&](QPainter &p) { fixedParts(p, Chunks | PixelBands); }));
    std::printf("  %-52s %9.2f\n", "A + B + C: daily line as min-max bar per pixel column", fixedAll);
    return fixedAll;
}

void printRow(const Stats &s)
{
    std::printf("%-26s %8d %7.1f %8.2f %8.2f %8.2f %8.2f %8.2f %7.2f %6d %7s\n", qPrintable(s.name), s.points,
        double(s.swaps) / std::max(1, s.frames), s.med(), quantile(s.total, 0.1), quantile(s.total, 0.9),
        median(s.action), s.paint.isEmpty() ? std::nan("") : median(s.paint), s.inkPct, s.frames,
        s.layerPaints < 0 ? "-" : qPrintable(QString::number(s.layerPaints)));
}

} // namespace

int main(int argc, char **argv)
{
    // No artificial frame pacing: QPA's 5 ms update-request timer and vsync would add fixed time
    // to every frame of both charts and hide the difference in work.
    if (!qEnvironmentVariableIsSet("QT_QPA_UPDATE_IDLE_TIME"))
        qputenv("QT_QPA_UPDATE_IDLE_TIME", "0");
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setSwapInterval(0);
    QSurfaceFormat::setDefaultFormat(format);
    BenchApplication app(argc, argv); // Qt Charts needs QApplication
    g_clock.start();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Waymark benchmark: chart frames vs Qt Charts"));
    parser.addHelpOption();
    QCommandLineOption framesOpt(QStringLiteral("frames"), QStringLiteral("Measured frames per chart."),
        QStringLiteral("n"), QStringLiteral("40"));
    QCommandLineOption warmupOpt(
        QStringLiteral("warmup"), QStringLiteral("Warm-up frames."), QStringLiteral("n"), QStringLiteral("10"));
    QCommandLineOption dataOpt(QStringLiteral("data"), QStringLiteral("Cache directory for the synthetic diaries."),
        QStringLiteral("dir"), QCoreApplication::applicationDirPath() + QStringLiteral("/bench-data"));
    QCommandLineOption variantsOpt(QStringLiteral("variants"),
        QStringLiteral("Also time our chart painted into an image and without antialiasing."));
    QCommandLineOption breakdownOpt(QStringLiteral("breakdown-only"),
        QStringLiteral("Only the paint breakdown of our 30-year chart (no frame timing)."));
    parser.addOptions({ framesOpt, warmupOpt, dataOpt, variantsOpt, breakdownOpt });
    parser.process(app);
    Options o;
    o.frames = std::max(3, parser.value(framesOpt).toInt());
    o.warmup = std::max(1, parser.value(warmupOpt).toInt());
    o.outDir = parser.value(dataOpt);

    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        std::fprintf(stderr, "warning: platform is %s, not xcb: run under xvfb-run with QT_QPA_PLATFORM=xcb\n",
            qPrintable(QGuiApplication::platformName()));

    const SynthInfo info = ensureDiary(parser.value(dataOpt), 30);
    trajectory::Trajectory t30, t1;
    {
        auto diary = Diary::open(info.path, kPassphrase);
        t30 = trajectory::build(*diary);
        t1 = trajectory::build(*diary, t30.last.addYears(-1).addDays(1), t30.last);
    }
    std::printf("waymark_bench_chart: 1280x800, %d warm-up + %d measured frames per chart\n", o.warmup, o.frames);
    std::printf("data: %d days (30 y) and %d days (1 y) of a synthetic diary, 46 symptoms rated daily, 2 drugs\n",
        t30.days(), t1.days());
    std::fflush(stdout);

    if (parser.isSet(breakdownOpt)) {
        o.frames = 1;
        o.warmup = 1;
        paintBreakdown(benchOurs(t30, QStringLiteral("waymark-30y"), o));
        std::printf(
            "1 y with A + B + C: %.2f ms\n", paintBreakdown(benchOurs(t1, QStringLiteral("waymark-1y"), o), false));
        return 0;
    }
    QList<Stats> all;
    const Stats ours30 = benchOurs(t30, QStringLiteral("waymark-30y"), o);
    const Stats ours1 = benchOurs(t1, QStringLiteral("waymark-1y"), o);
    const Stats qt30 = benchQtCharts(t30, QStringLiteral("qtcharts-30y"), o);
    const Stats qt1 = benchQtCharts(t1, QStringLiteral("qtcharts-1y"), o);
    all << ours30 << ours1 << qt30 << qt1;
    if (parser.isSet(variantsOpt)) {
        all << benchOurs(t30, QStringLiteral("waymark-30y-image-target"), o, Variant::ImageTarget);
        all << benchOurs(t30, QStringLiteral("waymark-30y-no-antialiasing"), o, Variant::NoAntialiasing);
    }

    std::printf("platform %s, scene graph %s, GL renderer: %s, render loop: %s\n",
        qPrintable(QGuiApplication::platformName()),
        qPrintable(QQuickWindow::sceneGraphBackend().isEmpty() ? QStringLiteral("default (rhi)")
                                                               : QQuickWindow::sceneGraphBackend()),
        qPrintable(g_glRenderer.isEmpty() ? QStringLiteral("?") : g_glRenderer),
        g_renderThreadSeen ? "threaded" : "basic (GUI thread)");
    std::printf("\nFrame = pan one day + wait for the swapped frame. Times in ms (median, p10, p90).\n");
    std::printf("%-26s %8s %7s %8s %8s %8s %8s %8s %7s %6s %7s\n", "chart", "points", "swaps", "median", "p10", "p90",
        "action", "paint", "ink%", "frames", "layer");
    for (const Stats &s : all)
        printRow(s);

    std::printf("(layer: times our series layer was painted again during the measured frames; a pan only shifts it)\n");
    bool ok = true;
    for (const Stats &s : all)
        if (s.inkPct < 1.0) {
            std::printf("FAIL %s: the final frame is blank (%.2f %% ink)\n", qPrintable(s.name), s.inkPct);
            ok = false;
        }
    const double r1 = ours30.med() / qt30.med();
    const double r2 = ours30.med() / ours1.med();
    std::printf("\nRESULT ours/QtCharts (30 y)   = %.3fx  (goal <= 0.5x) -> %s\n", r1, r1 <= 0.5 ? "MET" : "MISSED");
    std::printf("RESULT ours 30 y / ours 1 y   = %.3fx  (goal <= 1.5x) -> %s\n", r2, r2 <= 1.5 ? "MET" : "MISSED");
    printFigure({ QStringLiteral("C"), QStringLiteral("chart frame (pan 1 day), 30 y vs 1 y"), ours30.med(),
        ours1.med(), 1.5 });
    printFigure({ QStringLiteral("C"), QStringLiteral("chart frame (pan 1 day), ours 30 y vs Qt Charts 30 y"),
        ours30.med(), qt30.med(), 0.5 });
    if (ours30.layerPaints > 1 || ours1.layerPaints > 1) {
        std::printf("FAIL: panning repainted the series layer (%d, %d times)\n", ours30.layerPaints, ours1.layerPaints);
        ok = false;
    }
    std::printf("       ours/QtCharts (1 y)    = %.3fx; QtCharts 30 y / 1 y = %.2fx\n", ours1.med() / qt1.med(),
        qt30.med() / qt1.med());
    std::printf("images of the last frames: %s/*.png\n", qPrintable(o.outDir));
    return ok ? 0 : 1;
}
