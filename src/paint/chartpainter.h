// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartlayout.h"

#include <QColor>
#include <QFont>
#include <QPen>

class QPainter;

/** Colours of a chart for one theme. Series colours are picked by SeriesLayout::colorIndex. */
struct ChartPalette
{
    QColor background;
    QColor text;
    QColor grid;
    QColor band;
    QColor reduction;
    QColor note;
    QList<QColor> series;
    QColor increase; ///< a step back to the previous dose

    static ChartPalette light();
    static ChartPalette dark();
    QColor seriesColor(int index) const { return series.value(index % int(series.size())); }
};

/** The pen a series is drawn with (colour, width, dash): the legend of the printed summary uses it too. */
QPen seriesPen(const waymark::chart::SeriesLayout &series, const ChartPalette &palette);

/** Parts of a chart, for painting some of them (the on-screen item caches the series layer). */
enum ChartLayer : int {
    BandsLayer = 1, ///< wave bands, behind everything
    AxesLayer = 2, ///< grid, ticks, labels and axis titles
    SeriesLayer = 4, ///< the series, clipped to the plot
    MarkersLayer = 8, ///< reduction, switch, increase and note markers
    AllLayers = 15,
};

/** The axis titles' font: 92 % of the labels' `font` (pixel or point sized, as the font is). */
QFont axisTitleFont(const QFont &font);

/**
 * Draws a chart::Layout with QPainter: the same code paints the on-screen item (any scene-graph
 * backend, including software) and the PDF summary (src/paint/reportrenderer.h). A font given in
 * pixels is taken in the painter's own units, so a scaled painter on a printer draws it to scale.
 */
void paintChart(QPainter &painter, const waymark::chart::Layout &layout, const ChartPalette &palette, const QFont &font,
    int layers = AllLayers);
