// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpainter.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace waymark::chart;

namespace {

/**
 * Draws one polyline so that the cost follows the window, not the data. A dense path (more than
 * two points per pixel column, as decimation leaves long ranges) is drawn as one vertical span
 * per pixel column, from its lowest to its highest point and joined to the previous column:
 * the pixels of the zigzag without stroking it. A sparse path is stroked in short pieces that
 * share their end points: QPainter's stroker slows down sharply on one long self-crossing outline.
 */
void drawSeriesPath(QPainter &p, const QVector<QPointF> &path, const QPen &pen)
{
    const qsizetype n = path.size();
    if (n == 1) {
        p.drawPoint(path.first());
        return;
    }
    const double span = path.last().x() - path.first().x();
    if (double(n) > 2.0 * span + 8.0) {
        // One call for the whole series: a draw call per column is what costs on the GL engine.
        const int w = std::max(1, int(std::lround(pen.widthF())));
        QVector<QRect> spans;
        spans.reserve(qsizetype(span) + 2);
        long column = long(std::floor(path[0].x()));
        double lo = path[0].y(), hi = lo, last = lo;
        auto flush = [&] {
            const int top = int(std::floor(lo)) - w / 2;
            const int bottom = int(std::ceil(hi)) + (w - 1) / 2;
            spans.append(QRect(int(column) - w / 2, top, w, std::max(1, bottom - top + 1)));
        };
        for (qsizetype i = 1; i < n; ++i) {
            const long c = long(std::floor(path[i].x()));
            if (c != column) {
                flush();
                column = c;
                lo = hi = last; // join to the previous column
            }
            lo = std::min(lo, path[i].y());
            hi = std::max(hi, path[i].y());
            last = path[i].y();
        }
        flush();
        p.save();
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(Qt::NoPen);
        p.setBrush(pen.color());
        p.drawRects(spans.constData(), int(spans.size()));
        p.restore();
        return;
    }
    p.setPen(pen);
    for (qsizetype i = 0; i + 1 < n; i += 31)
        p.drawPolyline(path.constData() + i, int(std::min<qsizetype>(32, n - i)));
}

} // namespace

ChartPalette ChartPalette::light()
{
    ChartPalette p { QColor(0xff, 0xff, 0xff), QColor(0x37, 0x41, 0x4b), QColor(0xe3, 0xe7, 0xeb),
        QColor(0xf6, 0xc8, 0x8e, 70), QColor(0x2b, 0x6c, 0x8f), QColor(0x8a, 0x94, 0x9e),
        { QColor(0xc2, 0x4e, 0x2b), QColor(0x00, 0x7c, 0x89), QColor(0x4a, 0x4f, 0xb5), QColor(0x8d, 0x6e, 0x00),
            QColor(0x6d, 0x7b, 0x2c), QColor(0x2e, 0x8b, 0x57), QColor(0x7b, 0x4f, 0x9e), QColor(0x9a, 0xa5, 0xb1) },
        QColor(0xb4, 0x53, 0x09) };
    return p;
}

ChartPalette ChartPalette::dark()
{
    ChartPalette p { QColor(0x1e, 0x22, 0x26), QColor(0xd8, 0xde, 0xe4), QColor(0x36, 0x3d, 0x44),
        QColor(0xe0, 0x9f, 0x5a, 38), QColor(0x7c, 0xc4, 0xe4), QColor(0x9a, 0xa5, 0xb1),
        { QColor(0xff, 0x8a, 0x65), QColor(0x4d, 0xd0, 0xc4), QColor(0x9f, 0xa8, 0xff), QColor(0xe6, 0xc2, 0x4c),
            QColor(0xc5, 0xd8, 0x6d), QColor(0x81, 0xc7, 0x84), QColor(0xce, 0x93, 0xd8), QColor(0x6b, 0x75, 0x80) },
        QColor(0xfb, 0xbf, 0x24) };
    return p;
}

QPen seriesPen(const SeriesLayout &s, const ChartPalette &pal)
{
    QColor c = pal.seriesColor(s.colorIndex);
    QPen pen(c);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    switch (s.style) {
    case Style::Line:
        if (s.colorIndex == 0 || s.colorIndex == 7)
            c.setAlphaF(s.colorIndex == 7 ? 0.45 : 0.35);
        pen.setColor(c);
        pen.setWidthF(1.2);
        break;
    case Style::BoldLine:
        pen.setWidthF(2.6);
        break;
    case Style::Step:
        pen.setWidthF(2.2);
        break;
    case Style::DashedStep:
        pen.setWidthF(1.6);
        pen.setStyle(Qt::DashLine);
        break;
    case Style::Dots:
        c.setAlphaF(0.45);
        pen.setColor(c);
        pen.setWidthF(3.5);
        break;
    }
    return pen;
}

namespace {

// Grid and axes labels.
void paintAxes(QPainter &p, const Layout &l, const ChartPalette &pal, const QFont &font)
{
    const QFontMetricsF fm(font);
    const QRectF plot = l.plot;
    p.setPen(QPen(pal.grid, 1));
    for (const Tick &t : l.symptomTicks)
        p.drawLine(QPointF(plot.left(), t.pos), QPointF(plot.right(), t.pos));
    p.setPen(pal.text);
    double lastRight = -1e9;
    for (const Tick &t : l.xTicks) {
        if (t.pos < plot.left() - 0.5 || t.pos > plot.right() + 0.5)
            continue;
        p.setPen(QPen(pal.grid, 1));
        p.drawLine(QPointF(t.pos, plot.bottom()), QPointF(t.pos, plot.bottom() + 4));
        const double w = fm.horizontalAdvance(t.label);
        const double x = std::clamp(t.pos - w / 2, 0.0, plot.right() + fm.averageCharWidth() * 4 - w);
        if (x > lastRight + 6) {
            p.setPen(pal.text);
            p.drawText(QPointF(x, plot.bottom() + 6 + fm.ascent()), t.label);
            lastRight = x + w;
        }
    }
    for (const Tick &t : l.doseTicks) {
        const double w = fm.horizontalAdvance(t.label);
        p.drawText(QPointF(plot.left() - 6 - w, t.pos + fm.ascent() / 2 - 1), t.label);
    }
    for (const Tick &t : l.symptomTicks)
        p.drawText(QPointF(plot.right() + 6, t.pos + fm.ascent() / 2 - 1), t.label);
    const QFont small = axisTitleFont(font);
    p.setFont(small);
    // The dose's title over the left axis, the symptoms' over the right one; stacked, the dose's
    // goes a line higher so the two never meet.
    const double doseTitleY = plot.top() - 6 - (l.titlesStacked ? QFontMetricsF(small).height() : 0);
    p.drawText(QPointF(l.titlesStacked ? 0.0 : plot.left() - std::min(plot.left(), 40.0), doseTitleY), l.doseTitle);
    const double tw = QFontMetricsF(small).horizontalAdvance(l.symptomsTitle);
    p.drawText(QPointF(std::min(plot.right() + 30, plot.right() + fm.averageCharWidth() * 4) - tw, plot.top() - 6),
        l.symptomsTitle);
    p.setFont(font);

    p.setPen(QPen(pal.grid.darker(115), 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
}

void paintSeries(QPainter &p, const Layout &l, const ChartPalette &pal)
{
    const QRectF plot = l.plot;
    // Series, clipped to the plot.
    p.save();
    p.setClipRect(plot.adjusted(-2, -2, 2, 2).toAlignedRect()); // whole pixels: the fast rectangular clip
    for (const SeriesLayout &s : l.series) {
        QPen pen = seriesPen(s, pal);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        // Step lines are horizontal and vertical only: crisp without antialiasing, and much cheaper.
        const bool steps = s.style == Style::Step || s.style == Style::DashedStep;
        p.setRenderHint(QPainter::Antialiasing, !steps);
        if (steps) {
            pen.setWidth(std::max(1, int(std::lround(pen.widthF()))));
            pen.setCapStyle(Qt::SquareCap); // round caps and joins are curves for the stroker
            pen.setJoinStyle(Qt::MiterJoin);
        }
        for (const auto &path : s.paths) {
            if (s.style == Style::Dots)
                p.drawPoints(path.constData(), int(path.size()));
            else
                drawSeriesPath(p, path, pen);
        }
    }
    p.restore();
}

void paintMarkers(QPainter &p, const Layout &l, const ChartPalette &pal)
{
    const QRectF plot = l.plot;
    // Markers: reductions as small filled triangles on the axis, switch stages to diazepam as
    // outlined ones (the equivalent dose does not change), each with a dotted line while they are
    // far enough apart to read; notes as dots above the plot.
    using waymark::trajectory::MarkerKind;
    int doseMarkers = 0;
    for (const MarkerLayout &m : l.markers)
        doseMarkers += m.kind == MarkerKind::Reduction || m.kind == MarkerKind::SwitchStage;
    const bool reductionLines = doseMarkers == 0 || plot.width() / doseMarkers >= 8;
    for (const MarkerLayout &m : l.markers) {
        if (m.x < plot.left() - 1 || m.x > plot.right() + 1)
            continue;
        if (m.kind == MarkerKind::Reduction || m.kind == MarkerKind::SwitchStage) {
            QPainterPath tri;
            tri.moveTo(m.x, plot.bottom() - 9);
            tri.lineTo(m.x - 5, plot.bottom() - 1);
            tri.lineTo(m.x + 5, plot.bottom() - 1);
            tri.closeSubpath();
            if (m.kind == MarkerKind::Reduction) {
                p.fillPath(tri, pal.reduction);
            } else {
                p.setPen(QPen(pal.reduction, 1.5));
                p.setBrush(pal.background);
                p.drawPath(tri);
            }
            if (reductionLines) {
                QPen dash(pal.reduction, 1, m.kind == MarkerKind::Reduction ? Qt::DotLine : Qt::DashDotLine);
                p.setPen(dash);
                p.drawLine(QPointF(m.x, plot.top()), QPointF(m.x, plot.bottom() - 9));
            }
        } else if (m.kind == MarkerKind::Increase) {
            // A step back to the previous dose: an arrow pointing up, in its own colour, with a solid line.
            QPainterPath arrow;
            arrow.moveTo(m.x, plot.bottom() - 12);
            arrow.lineTo(m.x - 5, plot.bottom() - 6);
            arrow.lineTo(m.x - 2, plot.bottom() - 6);
            arrow.lineTo(m.x - 2, plot.bottom() - 1);
            arrow.lineTo(m.x + 2, plot.bottom() - 1);
            arrow.lineTo(m.x + 2, plot.bottom() - 6);
            arrow.lineTo(m.x + 5, plot.bottom() - 6);
            arrow.closeSubpath();
            p.fillPath(arrow, pal.increase);
            p.setPen(QPen(pal.increase, 1.5));
            p.drawLine(QPointF(m.x, plot.top()), QPointF(m.x, plot.bottom() - 12));
        } else if (m.kind == MarkerKind::Note) {
            p.setPen(Qt::NoPen);
            p.setBrush(pal.note);
            p.drawEllipse(QPointF(m.x, plot.top() - 2), 2.2, 2.2);
        }
    }
}

} // namespace

void paintChart(QPainter &p, const Layout &l, const ChartPalette &pal, const QFont &font, int layers)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(font);
    const QRectF plot = l.plot;
    if (l.empty) {
        p.restore();
        return;
    }

    // Wave bands behind everything, on whole pixels, touching ones merged, drawn in one call.
    if (layers & BandsLayer) {
        const int top = int(std::floor(plot.top())), bottom = int(std::ceil(plot.bottom()));
        QVector<QRect> rects;
        int x0 = 0, x1 = -1;
        for (const Band &b : l.bands) {
            const int a = int(std::floor(b.x0)), z = int(std::ceil(b.x1)) - 1;
            if (x1 >= x0 && a <= x1 + 1) {
                x1 = std::max(x1, z);
                continue;
            }
            if (x1 >= x0)
                rects.append(QRect(QPoint(x0, top), QPoint(x1, bottom)));
            x0 = a;
            x1 = z;
        }
        if (x1 >= x0)
            rects.append(QRect(QPoint(x0, top), QPoint(x1, bottom)));
        p.save();
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(Qt::NoPen);
        p.setBrush(pal.band);
        p.drawRects(rects.constData(), int(rects.size()));
        p.restore();
    }

    if (layers & AxesLayer)
        paintAxes(p, l, pal, font);
    if (layers & SeriesLayer)
        paintSeries(p, l, pal);
    if (layers & MarkersLayer)
        paintMarkers(p, l, pal);
    p.restore();
}

QFont axisTitleFont(const QFont &font)
{
    QFont small = font;
    if (font.pixelSize() > 0) // print: pixel sizes in the page's own units, whatever the device's resolution
        small.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * 0.92))));
    else
        small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.92 : 9);
    return small;
}
