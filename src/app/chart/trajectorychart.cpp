// SPDX-License-Identifier: GPL-3.0-or-later
#include "trajectorychart.h"

#include "chartcontroller.h"
#include "chartpainter.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QQuickWindow>
#include <algorithm>
#include <cmath>

using namespace waymark;

TrajectoryChart::TrajectoryChart(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(true);
    setAntialiasing(true);
    // A framebuffer-object target on OpenGL; the software backend paints into an image.
    setRenderTarget(QQuickPaintedItem::FramebufferObject);
}

void TrajectoryChart::setController(ChartController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &ChartController::viewChanged, this, &TrajectoryChart::relayout);
        connect(m_controller, &ChartController::dataChanged, this, [this] { ++m_dataGeneration; });
    }
    ++m_dataGeneration;
    relayout();
    Q_EMIT controllerChanged();
}

void TrajectoryChart::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    relayout();
    Q_EMIT kindChanged();
}

void TrajectoryChart::setFontScale(double scale)
{
    scale = std::clamp(scale, 0.5, 3.0);
    if (qFuzzyCompare(m_fontScale, scale))
        return;
    m_fontScale = scale;
    m_layer = {};
    relayout();
    Q_EMIT fontScaleChanged();
}

QFont TrajectoryChart::chartFont() const
{
    QFont font = QGuiApplication::font();
    if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * m_labelScale))));
    else
        font.setPointSizeF((font.pointSizeF() > 0 ? font.pointSizeF() : 9) * m_labelScale);
    return font;
}

void TrajectoryChart::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    m_layer = {};
    update();
    Q_EMIT darkChanged();
}

void TrajectoryChart::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        relayout();
}

void TrajectoryChart::relayout()
{
    m_layout = {};
    m_labelScale = m_fontScale;
    if (m_controller && width() > 20 && height() > 20) {
        chart::Spec spec = m_controller->spec();
        spec.size = size();
        for (int attempt = 0; attempt < 2; ++attempt) {
            const QFontMetricsF fm(chartFont());
            spec.charWidth = fm.averageCharWidth();
            spec.lineHeight = fm.height();
            if (m_kind == QLatin1String("response"))
                m_layout = chart::layoutReductionResponse(m_controller->response(), spec);
            else
                m_layout = chart::layoutMain(m_controller->trajectory(), m_controller->waves(), spec);
            // Larger text as far as the chart's width holds an axis title whole (a phone at 200 %),
            // never smaller than the app's own size.
            const QFontMetricsF tm(axisTitleFont(chartFont())); // as the painter draws the titles
            const double widest
                = std::max(tm.horizontalAdvance(m_layout.doseTitle), tm.horizontalAdvance(m_layout.symptomsTitle));
            // (stacked, the dose's title starts at the chart's left edge; side by side the layout
            // found room for both)
            if (widest <= width() - 4 || m_labelScale <= 1.0)
                break;
            m_labelScale = std::max(1.0, m_labelScale * (width() - 4) / widest);
        }
    }
    update();
    Q_EMIT layoutChanged();
}

bool TrajectoryChart::layerCovers(double dpr) const
{
    const chart::Layout &a = m_layout, &b = m_layerLayout;
    return !m_layer.isNull() && !b.empty && m_layerGeneration == m_dataGeneration && m_layerDark == m_dark
        && m_layer.devicePixelRatio() == dpr && m_layerHeight == height() && a.plot.top() == b.plot.top()
        && a.plot.bottom() == b.plot.bottom() && a.plot.left() == b.plot.left()
        && std::abs(a.x.pixelsPerDay() - b.x.pixelsPerDay()) < 1e-9 * a.x.pixelsPerDay()
        && a.symptoms.domainMax() == b.symptoms.domainMax() && a.dose.domainMax() == b.dose.domainMax()
        && m_layerHidden == m_controller->spec().hidden && a.x.first() >= b.x.first() && a.x.last() <= b.x.last();
}

void TrajectoryChart::paintLayer(double dpr, int marginDays)
{
    const auto &t = m_controller->trajectory();
    chart::Spec spec = m_controller->spec();
    const QDate first = std::max(t.first, m_layout.x.first().addDays(-marginDays));
    const QDate last = std::min(t.last, m_layout.x.last().addDays(marginDays));
    const qint64 extraDays = first.daysTo(last) - m_layout.x.first().daysTo(m_layout.x.last());
    spec.first = first;
    spec.last = last;
    spec.loadMax = m_layout.symptoms.domainMax(); // the visible range's axis, not the wider range's
    spec.size = QSizeF(width() + double(extraDays) * m_layout.x.pixelsPerDay(), height());
    const QFontMetricsF fm(chartFont());
    spec.charWidth = fm.averageCharWidth();
    spec.lineHeight = fm.height();
    m_layerLayout = chart::layoutMain(t, m_controller->waves(), spec);
    m_layerHidden = spec.hidden;
    m_layerDark = m_dark;
    m_layerHeight = height();
    m_layerGeneration = m_dataGeneration;
    const QSize pixels = (spec.size * dpr).toSize();
    if (m_layer.size() != pixels)
        m_layer = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_layer.setDevicePixelRatio(dpr);
    m_layer.fill(Qt::transparent);
    QPainter p(&m_layer);
    paintChart(p, m_layerLayout, m_dark ? ChartPalette::dark() : ChartPalette::light(), chartFont(),
        SeriesLayer | MarkersLayer);
    ++m_layerPaints;
}

void TrajectoryChart::paint(QPainter *painter)
{
    const ChartPalette palette = m_dark ? ChartPalette::dark() : ChartPalette::light();
    painter->fillRect(QRectF(0, 0, width(), height()), palette.background);
    const QFont font = chartFont();
    if (m_kind != QLatin1String("main") || m_layout.empty || !m_controller) {
        paintChart(*painter, m_layout, palette, font);
    } else {
        // Bands and axes are cheap and follow the view; the series layer is shifted, and painted
        // again only after a zoom, a change of data, series or theme, or a pan past its margin.
        paintChart(*painter, m_layout, palette, font, BandsLayer | AxesLayer);
        const double dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
        if (!layerCovers(dpr)) {
            // A new zoom or new data: just the view (a zoom gesture repaints it every step); once
            // the view pans past it, half a view more on each side, so panning seldom repaints.
            const bool panned = !m_layer.isNull() && !m_layerLayout.empty
                && std::abs(m_layout.x.pixelsPerDay() - m_layerLayout.x.pixelsPerDay())
                    < 1e-9 * m_layout.x.pixelsPerDay();
            const qint64 days = m_layout.x.first().daysTo(m_layout.x.last()) + 1;
            paintLayer(dpr, panned ? int(std::max<qint64>(1, days / 2)) : 0);
        }
        // Whole pixels: the offset is a whole number of days, rounded to at most half a pixel.
        const double dx = std::round(double(m_layerLayout.x.first().toJulianDay() - m_layout.x.first().toJulianDay())
            * m_layout.x.pixelsPerDay());
        painter->save();
        const QRectF plot = m_layout.plot;
        painter->setClipRect(QRectF(plot.left() - 6, 0, plot.width() + 12, height()));
        painter->drawImage(QPointF(dx, 0), m_layer);
        painter->restore();
    }
    if (m_hoverX >= 0 && m_kind == QLatin1String("main")) {
        QColor c = palette.text;
        c.setAlphaF(0.5);
        painter->setPen(QPen(c, 1));
        painter->drawLine(QPointF(m_hoverX, m_layout.plot.top()), QPointF(m_hoverX, m_layout.plot.bottom()));
    }
}

QPointF TrajectoryChart::pointOf(const QString &isoDate, double symptomLoad) const
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (m_layout.empty || !d.isValid())
        return {};
    return { m_layout.x.map(d), m_layout.symptoms.map(symptomLoad) };
}

QColor TrajectoryChart::seriesColor(int index) const
{
    return (m_dark ? ChartPalette::dark() : ChartPalette::light()).seriesColor(index);
}

void TrajectoryChart::setHover(double x)
{
    if (m_layout.empty || m_kind != QLatin1String("main") || x < m_layout.plot.left() || x > m_layout.plot.right()) {
        clearHover();
        return;
    }
    const QDate d = m_layout.x.invert(x);
    m_hoverDate = d;
    m_hoverX = m_layout.x.map(d);
    update();
    Q_EMIT hoverChanged();
}

void TrajectoryChart::clearHover()
{
    if (m_hoverX < 0)
        return;
    m_hoverX = -1;
    m_hoverDate = {};
    update();
    Q_EMIT hoverChanged();
}

void TrajectoryChart::mousePressEvent(QMouseEvent *event)
{
    m_pressX = event->position().x();
    m_pannedDays = 0;
    m_dragging = false;
    setHover(m_pressX);
    event->accept();
}

void TrajectoryChart::mouseMoveEvent(QMouseEvent *event)
{
    if (m_layout.empty || !m_controller || m_kind != QLatin1String("main"))
        return;
    const double dx = event->position().x() - m_pressX;
    if (!m_dragging && std::abs(dx) < 6)
        return;
    if (!m_dragging)
        setKeepMouseGrab(true); // a horizontal drag pans the chart, not the page around it
    m_dragging = true;
    clearHover();
    const double days = -dx / m_layout.x.pixelsPerDay();
    const double step = std::trunc(days - m_pannedDays);
    if (step != 0) {
        m_pannedDays += step;
        m_controller->pan(step);
    }
    event->accept();
}

void TrajectoryChart::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    setKeepMouseGrab(false);
    event->accept();
}

void TrajectoryChart::hoverMoveEvent(QHoverEvent *event)
{
    setHover(event->position().x());
}

void TrajectoryChart::hoverLeaveEvent(QHoverEvent *)
{
    clearHover();
}

void TrajectoryChart::wheelEvent(QWheelEvent *event)
{
    // The wheel scrolls the page the chart sits on; Ctrl+wheel (and a touchpad pinch, handled in
    // QML) zooms. Zooming on a plain wheel turned the chart into a trap for anyone scrolling past it.
    if (!m_controller || m_layout.empty || m_kind != QLatin1String("main")
        || !(event->modifiers() & Qt::ControlModifier)) {
        event->ignore();
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    const double anchor = (event->position().x() - m_layout.plot.left()) / m_layout.plot.width();
    m_controller->zoom(std::pow(0.8, steps), anchor);
    event->accept();
}
