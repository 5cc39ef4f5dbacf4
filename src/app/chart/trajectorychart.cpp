// SPDX-License-Identifier: GPL-3.0-or-later
#include "trajectorychart.h"

#include "chartcontroller.h"
#include "chartpainter.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
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
    if (m_controller)
        connect(m_controller, &ChartController::viewChanged, this, &TrajectoryChart::relayout);
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

void TrajectoryChart::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
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
    if (m_controller && width() > 20 && height() > 20) {
        chart::Spec spec = m_controller->spec();
        spec.size = size();
        const QFontMetricsF fm(QGuiApplication::font());
        spec.charWidth = fm.averageCharWidth();
        spec.lineHeight = fm.height();
        if (m_kind == QLatin1String("response"))
            m_layout = chart::layoutReductionResponse(m_controller->response(), spec);
        else
            m_layout = chart::layoutMain(m_controller->trajectory(), m_controller->waves(), spec);
    }
    update();
    Q_EMIT layoutChanged();
}

void TrajectoryChart::paint(QPainter *painter)
{
    const ChartPalette palette = m_dark ? ChartPalette::dark() : ChartPalette::light();
    painter->fillRect(QRectF(0, 0, width(), height()), palette.background);
    paintChart(*painter, m_layout, palette, QGuiApplication::font());
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
