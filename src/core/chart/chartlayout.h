// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>
#include <functional>

/**
 * Chart layout: scales, ticks, decimated polylines, step lines, bands and markers in pixel
 * coordinates. Plain C++ on QtCore, so the on-screen item and the printed report draw the same
 * picture from the same numbers.
 */
namespace waymark::chart {

struct Tick
{
    double pos = 0; ///< pixel position along its axis
    double value = 0;
    QString label;
};

/** A linear mapping from values to pixels, with "nice" ticks (1, 2, 5 x 10^n). */
class LinearScale
{
public:
    LinearScale() = default;
    LinearScale(double d0, double d1, double r0, double r1);
    double map(double v) const { return m_r0 + (v - m_d0) * (m_r1 - m_r0) / (m_d1 - m_d0); }
    double invert(double px) const { return m_d0 + (px - m_r0) * (m_d1 - m_d0) / (m_r1 - m_r0); }
    double domainMin() const { return m_d0; }
    double domainMax() const { return m_d1; }
    QList<Tick> ticks(int approxCount, const QString &suffix = QString()) const;
    /** A tidy upper bound >= v for an axis (e.g. 37 -> 40). */
    static double niceCeil(double v);

private:
    double m_d0 = 0, m_d1 = 1, m_r0 = 0, m_r1 = 1;
};

/** Calendar days to pixels; ticks on days, weeks, months or years depending on the zoom. */
class TimeScale
{
public:
    TimeScale() = default;
    TimeScale(QDate first, QDate last, double r0, double r1);
    /** Pixel x of the middle of a day. */
    double map(const QDate &d) const { return mapJulian(double(d.toJulianDay())); }
    double mapJulian(double jd) const { return m_r0 + (jd + 0.5 - m_jd0) * pixelsPerDay(); }
    QDate invert(double px) const;
    double pixelsPerDay() const { return (m_r1 - m_r0) / double(m_days); }
    QDate first() const { return QDate::fromJulianDay(qint64(m_jd0)); }
    QDate last() const { return first().addDays(m_days - 1); }
    QList<Tick> ticks(double minSpacingPx) const;

private:
    double m_jd0 = 0;
    qint64 m_days = 1;
    double m_r0 = 0, m_r1 = 1;
};

/**
 * Reduces a daily series to at most four points per pixel column (first, min, max, last of the
 * column), so every local peak and trough survives and the cost of drawing does not grow with
 * the number of days. NaN days break the line: the result is a list of polylines.
 */
QList<QVector<QPointF>> decimate(const QVector<double> &values, int firstIndex, int lastIndex,
    const std::function<double(int)> &xOfIndex, const LinearScale &y);

/** Unknown days a step line holds its value across; a longer gap breaks it. */
constexpr int kMaxHeldGap = 2;

/**
 * A step line (dose held until the next change), as one polyline per run of known values: it
 * holds across gaps of up to kMaxHeldGap unknown days, breaks at longer ones, and ends with the
 * last known day.
 */
QList<QVector<QPointF>> stepLine(const QVector<double> &values, int firstIndex, int lastIndex,
    const std::function<double(int)> &xOfIndex, double dayWidth, const LinearScale &y);

enum class Axis { Dose, Symptoms };
enum class Style { Line, BoldLine, Step, DashedStep, Dots };

struct SeriesLayout
{
    QString key; ///< stable id: "load", "mean7", "wellbeing", "sleep", "taken:<id>", "planned:<id>", "occupancy:<id>"
    QString label; ///< legend text with units
    Axis axis = Axis::Symptoms;
    Style style = Style::Line;
    int colorIndex = 0; ///< index into the renderer's palette
    QList<QVector<QPointF>> paths;
};

struct Band
{
    double x0 = 0, x1 = 0;
    QDate start, end;
};

struct MarkerLayout
{
    double x = 0;
    trajectory::MarkerKind kind = trajectory::MarkerKind::Reduction;
    QDate date;
    QString label;
};

struct Spec
{
    QSizeF size { 1280, 800 };
    QDate first; ///< visible range; the whole trajectory when invalid
    QDate last;
    QStringList hidden; ///< series keys switched off in the legend
    bool bands = true;
    /** Approximate text metrics, for margins (the renderer passes its real font's). */
    double charWidth = 7.0;
    double lineHeight = 16.0;
    /** The symptom axis' top when > 0; otherwise from the visible range (the item's cached series
     *  layer is laid out over a wider range with the visible range's axis). */
    double loadMax = 0;
};

/** Everything the renderer draws, in pixels. */
struct Layout
{
    QRectF plot;
    TimeScale x;
    LinearScale dose;
    LinearScale symptoms;
    QString doseTitle;
    QString symptomsTitle;
    /** The two axis titles one above the other over the plot: side by side they would meet (a
     *  narrow chart, large text). */
    bool titlesStacked = false;
    QList<Tick> xTicks;
    QList<Tick> doseTicks;
    QList<Tick> symptomTicks;
    QList<SeriesLayout> series;
    QList<Band> bands;
    QList<MarkerLayout> markers;
    bool empty = true;
    int pointCount() const;
};

/** The series keys a trajectory offers, with legend labels, in legend order. */
QList<QPair<QString, QString>> availableSeries(const trajectory::Trajectory &t);
/** Series off until the person switches them on. */
QStringList defaultHidden(const trajectory::Trajectory &t);

Layout layoutMain(const trajectory::Trajectory &t, const trajectory::Waves &waves, const Spec &spec);

/** Reduction response: faint line per reduction, bold median; x = day offset. */
Layout layoutReductionResponse(const trajectory::ReductionResponse &r, const Spec &spec);

} // namespace waymark::chart
