// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartlayout.h"

#include <QColor>
#include <QImage>
#include <QPointer>
#include <QQuickPaintedItem>

class ChartController;

/**
 * The chart on screen: paints the layout of a ChartController with QPainter (so it renders under
 * every scene-graph backend), and turns drag, wheel and hover into pan, zoom and a highlighted day.
 * The series and markers of kind "main" are painted once per zoom into a cached image (the series
 * layer) that reaches half a view beyond each side; a pan only shifts it, so the cost of a frame
 * follows the window, not the years of history (docs/PERFORMANCE.md).
 * kind "main": dose and symptoms over time; kind "response": symptom load around each reduction.
 */
class TrajectoryChart : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(ChartController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    /** The person's text size (Theme.fontScale, 1 = 100 %): the axes' and markers' text follow it. */
    Q_PROPERTY(double fontScale READ fontScale WRITE setFontScale NOTIFY fontScaleChanged)
    Q_PROPERTY(QString hoverDate READ hoverDate NOTIFY hoverChanged)
    Q_PROPERTY(double hoverX READ hoverX NOTIFY hoverChanged)
    Q_PROPERTY(QRectF plotArea READ plotArea NOTIFY layoutChanged)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY layoutChanged)

public:
    explicit TrajectoryChart(QQuickItem *parent = nullptr);

    ChartController *controller() const { return m_controller; }
    void setController(ChartController *controller);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    bool dark() const { return m_dark; }
    void setDark(bool dark);
    double fontScale() const { return m_fontScale; }
    void setFontScale(double scale);
    QString hoverDate() const { return m_hoverDate.toString(Qt::ISODate); }
    double hoverX() const { return m_hoverX; }
    QRectF plotArea() const { return m_layout.plot; }
    int pointCount() const { return m_layout.pointCount(); }
    const waymark::chart::Layout &currentLayout() const { return m_layout; }

    /** The pixel position of a value of a series on a day, for tests: {x, y} or empty. */
    Q_INVOKABLE QPointF pointOf(const QString &isoDate, double symptomLoad) const;
    Q_INVOKABLE void clearHover();
    /** The colour of a series (SeriesLayout::colorIndex) in the current theme, for the legend. */
    Q_INVOKABLE QColor seriesColor(int index) const;

    void paint(QPainter *painter) override;
    /** How many times the series layer was painted (tests and benchmarks: a pan must not repaint it). */
    int layerPaints() const { return m_layerPaints; }

Q_SIGNALS:
    void controllerChanged();
    void kindChanged();
    void darkChanged();
    void fontScaleChanged();
    void hoverChanged();
    void layoutChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void hoverLeaveEvent(QHoverEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void relayout();
    /** The application's font at the person's text size (m_labelScale). */
    QFont chartFont() const;
    void setHover(double x);
    /** Paints the series layer over the visible range, widened by `margin` days on each side. */
    void paintLayer(double dpr, int marginDays);
    bool layerCovers(double dpr) const;

    QPointer<ChartController> m_controller;
    QString m_kind = QStringLiteral("main");
    bool m_dark = false;
    double m_fontScale = 1.0;
    /** The labels' scale: the person's, or less where an axis title would not fit the chart's width. */
    double m_labelScale = 1.0;
    waymark::chart::Layout m_layout;
    QDate m_hoverDate;
    double m_hoverX = -1;
    double m_pressX = 0;
    double m_pannedDays = 0;
    bool m_dragging = false;

    // The series layer: an image of series and markers laid out over [m_layerFirst, m_layerLast]
    // at the zoom and axes of m_layer's layout; invalid when any of these no longer match.
    QImage m_layer;
    waymark::chart::Layout m_layerLayout;
    QStringList m_layerHidden;
    bool m_layerDark = false;
    double m_layerHeight = 0;
    int m_dataGeneration = 0;
    int m_layerGeneration = -1;
    int m_layerPaints = 0;
};
