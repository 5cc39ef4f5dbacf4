// SPDX-License-Identifier: GPL-3.0-or-later
// The chart on screen draws its series where the trajectory model says: for a demo diary, at
// phone and desktop size, light and dark, the pixels at the model's points have the series colour.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "chartcontroller.h"
#include "chartpainter.h"
#include "demogenerator.h"
#include "diary.h"
#include "trajectorychart.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace waymark;

namespace {

const QString kPass = QStringLiteral("correct horse battery staple");

trajectory::Trajectory demoTrajectory()
{
    static QTemporaryDir dir;
    static const trajectory::Trajectory t = [] {
        FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(12, 0)));
        auto diary = Diary::create(dir.filePath(QStringLiteral("c.waymark")), kPass, clock);
        generateDemo(*diary, { 240, 1, QDate(2026, 3, 15) });
        return trajectory::build(*diary);
    }();
    return t;
}

int colourDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

/** The closest colour to `want` within a small square around p. */
int nearest(const QImage &image, QPointF p, QColor want, int radius = 2)
{
    int best = 999;
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint q(int(std::round(p.x())) + dx, int(std::round(p.y())) + dy);
            if (image.rect().contains(q))
                best = std::min(best, colourDistance(image.pixelColor(q), want));
        }
    return best;
}

/** Pans the view by `days` and waits until the chart painted the new view. */
void panAndPaint(ChartController &controller, QQuickWindow &window, double days)
{
    const QString before = controller.firstDate();
    controller.pan(days);
    REQUIRE(controller.firstDate() != before);
    window.grabWindow(); // renders the frame (and paints the item) synchronously
}

/** Checks the chart at a size, theme and text size; returns its plot area (inside the axes' labels). */
QRectF checkChart(QSize size, bool dark, int pans = 0, double fontScale = 1.0)
{
    ChartController controller;
    controller.setTrajectory(demoTrajectory(), QDate(2026, 3, 15));
    controller.setRange(QStringLiteral("3m"));
    QQuickWindow window;
    window.resize(size);
    TrajectoryChart chart(window.contentItem());
    chart.setSize(QSizeF(size));
    chart.setDark(dark);
    chart.setFontScale(fontScale);
    chart.setController(&controller);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(100);
    if (pans > 0) {
        // The first pan back lays the series layer out half a view wider each side; the next
        // pans of a few days only shift it (the cost of a frame does not follow the history).
        panAndPaint(controller, window, -1);
        const int painted = chart.layerPaints();
        for (int i = 0; i < pans; ++i)
            panAndPaint(controller, window, i % 2 ? 3 : -2);
        CHECK(chart.layerPaints() == painted);
    }
    const QImage image = window.grabWindow();
    REQUIRE(image.size() == size * window.devicePixelRatio());

    const ChartPalette palette = dark ? ChartPalette::dark() : ChartPalette::light();
    const chart::Layout &layout = chart.currentLayout();
    REQUIRE_FALSE(layout.empty);

    // Not blank: plenty of colours, and the background does not cover everything.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 50);

    // The bold 7-day mean: every 5th point of its path has the series colour under it.
    const auto &t = controller.trajectory();
    int checked = 0, hits = 0;
    for (const auto &series : layout.series) {
        if (series.key != QLatin1String("mean7") && !series.key.startsWith(QLatin1String("taken:")))
            continue;
        const QColor colour = palette.seriesColor(series.colorIndex);
        for (const auto &path : series.paths)
            for (int i = 0; i < path.size(); i += 5) {
                ++checked;
                if (nearest(image, path[i], colour) < 60)
                    ++hits;
            }
    }
    REQUIRE(checked > 20);
    CHECK(hits >= checked * 95 / 100);

    // And the model's own numbers land there: the mean on the last day of the view.
    const int last = t.indexOf(QDate::fromString(controller.lastDate(), Qt::ISODate));
    REQUIRE_FALSE(std::isnan(t.loadMean7[last]));
    const QPointF p = chart.pointOf(controller.lastDate(), t.loadMean7[last]);
    CHECK(nearest(image, p, palette.seriesColor(0), 3) < 60);
    // A point of the plot far above the symptom curve and off the dose lines is background or band.
    const QPointF empty(layout.plot.left() + 3, layout.plot.top() + layout.plot.height() * 0.1);
    CHECK(nearest(image, empty, palette.seriesColor(0), 0) > 120);
    return layout.plot;
}

} // namespace

TEST_CASE("chart series are drawn where the model says, phone and desktop, light and dark", "[chart][pixels]")
{
    for (const QSize size : { QSize(360, 300), QSize(1180, 460) })
        for (const bool dark : { false, true }) {
            INFO("size " << size.width() << "x" << size.height() << (dark ? " dark" : " light"));
            checkChart(size, dark);
        }
}

TEST_CASE("a panned chart shifts its cached series layer and still draws where the model says", "[chart][pixels]")
{
    for (const QSize size : { QSize(360, 300), QSize(1180, 460) }) {
        INFO("size " << size.width() << "x" << size.height());
        checkChart(size, false, 5);
    }
}

TEST_CASE("the chart's labels follow the person's text size and its series still land on the model", "[chart][pixels]")
{
    for (const QSize size : { QSize(360, 300), QSize(1180, 460) }) {
        INFO("size " << size.width() << "x" << size.height());
        const QRectF normal = checkChart(size, false);
        const QRectF large = checkChart(size, true, 0, 2.0);
        // labels twice as large take more room beside and under the plot
        CHECK(large.left() > normal.left() + 4);
        CHECK(large.bottom() < normal.bottom() - 4);
    }
}

int main(int argc, char *argv[])
{
    qputenv("TZ", "Europe/London");
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
