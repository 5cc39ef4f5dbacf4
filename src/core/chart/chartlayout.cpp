// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlayout.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace waymark::chart {

using namespace trajectory;

// ---------------------------------------------------------------- scales

LinearScale::LinearScale(double d0, double d1, double r0, double r1)
    : m_d0(d0)
    , m_d1(d1 == d0 ? d0 + 1 : d1)
    , m_r0(r0)
    , m_r1(r1)
{ }

double LinearScale::niceCeil(double v)
{
    if (!(v > 0))
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : { 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0 })
        if (m * p >= v - 1e-9)
            return m * p;
    return 10 * p;
}

QList<Tick> LinearScale::ticks(int approxCount, const QString &suffix) const
{
    QList<Tick> out;
    const double span = std::abs(m_d1 - m_d0);
    if (span <= 0 || approxCount < 1)
        return out;
    const double raw = span / approxCount;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    double step = p;
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        step = m * p;
        if (step >= raw)
            break;
    }
    const double lo = std::min(m_d0, m_d1), hi = std::max(m_d0, m_d1);
    const QLocale c = QLocale::c();
    for (double v = std::ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) {
        const double clean = std::abs(v) < step * 1e-9 ? 0.0 : v;
        out.append({ map(clean), clean, c.toString(clean, 'g', 6) + suffix });
    }
    return out;
}

TimeScale::TimeScale(QDate first, QDate last, double r0, double r1)
    : m_jd0(double(first.toJulianDay()))
    , m_days(std::max<qint64>(1, first.daysTo(last) + 1))
    , m_r0(r0)
    , m_r1(r1)
{ }

QDate TimeScale::invert(double px) const
{
    const double jd = m_jd0 + (px - m_r0) / pixelsPerDay();
    return QDate::fromJulianDay(qint64(std::floor(jd)));
}

QList<Tick> TimeScale::ticks(double minSpacingPx) const
{
    static const char *months[]
        = { QT_TRANSLATE_NOOP("Chart", "Jan"), QT_TRANSLATE_NOOP("Chart", "Feb"), QT_TRANSLATE_NOOP("Chart", "Mar"),
              QT_TRANSLATE_NOOP("Chart", "Apr"), QT_TRANSLATE_NOOP("Chart", "May"), QT_TRANSLATE_NOOP("Chart", "Jun"),
              QT_TRANSLATE_NOOP("Chart", "Jul"), QT_TRANSLATE_NOOP("Chart", "Aug"), QT_TRANSLATE_NOOP("Chart", "Sep"),
              QT_TRANSLATE_NOOP("Chart", "Oct"), QT_TRANSLATE_NOOP("Chart", "Nov"), QT_TRANSLATE_NOOP("Chart", "Dec") };
    QList<Tick> out;
    const double daysPerTick = minSpacingPx / pixelsPerDay();
    const QDate a = first(), b = last();
    auto add = [&](const QDate &d, const QString &label) {
        // A tick sits at the start of its day.
        out.append({ mapJulian(double(d.toJulianDay()) - 0.5), double(d.toJulianDay()), label });
    };
    if (daysPerTick <= 1) {
        for (QDate d = a; d <= b; d = d.addDays(1))
            add(d,
                QCoreApplication::translate("Chart", "%1 %2", "day and month")
                    .arg(d.day())
                    .arg(QCoreApplication::translate("Chart", months[d.month() - 1])));
    } else if (daysPerTick <= 7) {
        QDate d = a.addDays((8 - a.dayOfWeek()) % 7); // Mondays
        for (; d <= b; d = d.addDays(7))
            add(d,
                QCoreApplication::translate("Chart", "%1 %2", "day and month")
                    .arg(d.day())
                    .arg(QCoreApplication::translate("Chart", months[d.month() - 1])));
    } else if (daysPerTick <= 31 * 6) {
        const int stepMonths = daysPerTick <= 31 ? 1 : daysPerTick <= 62 ? 2 : daysPerTick <= 93 ? 3 : 6;
        QDate d(a.year(), a.month(), 1);
        if (d < a)
            d = d.addMonths(1);
        while ((d.month() - 1) % stepMonths != 0)
            d = d.addMonths(1);
        for (; d <= b; d = d.addMonths(stepMonths)) {
            const QString label = d.month() == 1 || out.isEmpty()
                ? QStringLiteral("%1 %2").arg(QCoreApplication::translate("Chart", months[d.month() - 1])).arg(d.year())
                : QCoreApplication::translate("Chart", months[d.month() - 1]);
            add(d, label);
        }
    } else {
        const double years = daysPerTick / 365.25;
        int step = 1;
        for (int s : { 1, 2, 5, 10, 20, 50 }) {
            step = s;
            if (s >= years)
                break;
        }
        int y = a.year() + (a.month() > 1 || a.day() > 1 ? 1 : 0);
        y = (y + step - 1) / step * step;
        for (QDate d(y, 1, 1); d <= b; d = d.addYears(step))
            add(d, QString::number(d.year()));
    }
    return out;
}

// ---------------------------------------------------------------- decimation

QList<QVector<QPointF>> decimate(const QVector<double> &values, int firstIndex, int lastIndex,
    const std::function<double(int)> &xOfIndex, const LinearScale &y)
{
    QList<QVector<QPointF>> out;
    QVector<QPointF> path;
    // Current pixel column's first/min/max/last, flushed when the column changes.
    long column = std::numeric_limits<long>::min();
    QPointF first, last, lo, hi;
    bool have = false;
    auto flush = [&] {
        if (!have)
            return;
        // Keep order along x: first, then min/max in the order they occurred, then last.
        QVector<QPointF> pts { first };
        if (lo.x() <= hi.x()) {
            pts << lo << hi;
        } else {
            pts << hi << lo;
        }
        pts << last;
        for (const QPointF &p : pts)
            if (path.isEmpty() || path.last() != p)
                path.append(p);
        have = false;
    };
    auto breakLine = [&] {
        flush();
        if (!path.isEmpty())
            out.append(path);
        path.clear();
    };
    for (int i = std::max(0, firstIndex); i <= lastIndex && i < values.size(); ++i) {
        const double v = values[i];
        if (std::isnan(v)) {
            breakLine();
            continue;
        }
        const QPointF p(xOfIndex(i), y.map(v));
        const long col = long(std::floor(p.x()));
        if (!have || col != column) {
            flush();
            column = col;
            first = last = lo = hi = p;
            have = true;
            continue;
        }
        last = p;
        if (p.y() > lo.y()) // pixel y grows downwards: larger y = smaller value
            lo = p;
        if (p.y() < hi.y())
            hi = p;
    }
    breakLine();
    return out;
}

QList<QVector<QPointF>> stepLine(const QVector<double> &values, int firstIndex, int lastIndex,
    const std::function<double(int)> &xOfIndex, double dayWidth, const LinearScale &y)
{
    QList<QVector<QPointF>> out;
    QVector<QPointF> path;
    double current = std::nan("");
    int lastKnown = -1;
    auto finish = [&] {
        if (path.isEmpty())
            return;
        path.append({ xOfIndex(lastKnown) + dayWidth / 2, y.map(current) });
        out.append(path);
        path.clear();
    };
    for (int i = std::max(0, firstIndex); i <= lastIndex && i < values.size(); ++i) {
        const double v = values[i];
        if (std::isnan(v))
            continue; // one or two days without a dose do not break the step line: the dose is held
        if (lastKnown >= 0 && i - lastKnown > kMaxHeldGap + 1)
            finish(); // a longer gap is drawn as a gap
        const double left = xOfIndex(i) - dayWidth / 2;
        if (path.isEmpty()) {
            path.append({ left, y.map(v) });
        } else if (v != current) {
            path.append({ left, y.map(current) });
            path.append({ left, y.map(v) });
        }
        current = v;
        lastKnown = i;
    }
    finish(); // the line ends with the last day known
    return out;
}

// ---------------------------------------------------------------- main chart

namespace {

double maxIn(const QVector<double> &v, int from, int to)
{
    double m = std::nan("");
    for (int i = std::max(0, from); i <= to && i < v.size(); ++i)
        if (!std::isnan(v[i]) && !(v[i] <= m))
            m = v[i];
    return m;
}

bool hasData(const QVector<double> &v)
{
    return std::any_of(v.begin(), v.end(), [](double x) { return !std::isnan(x); });
}

QList<const DrugSeries *> drugsWithDoses(const Trajectory &t)
{
    QList<const DrugSeries *> out;
    for (const DrugSeries &d : t.drugs)
        if (hasData(d.takenMg) || hasData(d.plannedMg))
            out.append(&d);
    return out;
}

} // namespace

QList<QPair<QString, QString>> availableSeries(const Trajectory &t)
{
    QList<QPair<QString, QString>> out;
    out.append({ QStringLiteral("mean7"), QCoreApplication::translate("Chart", "Symptom load, 7-day mean") });
    out.append({ QStringLiteral("load"), QCoreApplication::translate("Chart", "Symptom load, daily") });
    for (const DrugSeries *d : drugsWithDoses(t)) {
        if (hasData(d->takenMg))
            out.append({ QStringLiteral("taken:%1").arg(d->drugId),
                QCoreApplication::translate("Chart", "%1 taken").arg(d->name) });
        if (hasData(d->plannedMg))
            out.append({ QStringLiteral("planned:%1").arg(d->drugId),
                QCoreApplication::translate("Chart", "%1 planned").arg(d->name) });
        if (hasData(d->occupancyPct))
            out.append({ QStringLiteral("occupancy:%1").arg(d->drugId),
                QCoreApplication::translate("Chart", "%1 SERT occupancy (modelled, 0–100 %)").arg(d->name) });
    }
    out.append({ QStringLiteral("wellbeing"), QCoreApplication::translate("Chart", "Wellbeing (0–10)") });
    out.append({ QStringLiteral("sleep"), QCoreApplication::translate("Chart", "Sleep (0–12 h)") });
    return out;
}

QStringList defaultHidden(const Trajectory &t)
{
    QStringList out { QStringLiteral("wellbeing"), QStringLiteral("sleep") };
    for (const DrugSeries &d : t.drugs)
        out << QStringLiteral("occupancy:%1").arg(d.drugId);
    return out;
}

int Layout::pointCount() const
{
    int n = 0;
    for (const SeriesLayout &s : series)
        for (const auto &p : s.paths)
            n += int(p.size());
    return n;
}

Layout layoutMain(const Trajectory &t, const Waves &waves, const Spec &spec)
{
    Layout l;
    if (t.days() == 0)
        return l;
    const QDate first = spec.first.isValid() ? spec.first : t.first;
    const QDate last = spec.last.isValid() && spec.last >= first ? spec.last : t.last;
    const int i0 = t.indexOf(first), i1 = t.indexOf(last);

    const auto drugs = drugsWithDoses(t);
    QList<const DrugSeries *> shownDrugs;
    for (const DrugSeries *d : drugs)
        if (!spec.hidden.contains(QStringLiteral("taken:%1").arg(d->drugId))
            || !spec.hidden.contains(QStringLiteral("planned:%1").arg(d->drugId)))
            shownDrugs.append(d);
    // One drug: its mg. Several: each as a percentage of its own highest dose in the diary,
    // so a 50 mg and a 5 mg drug share an axis honestly (values in mg are in the tooltip/table).
    const bool percent = shownDrugs.size() > 1;
    double doseMax = 100;
    if (!percent && !shownDrugs.isEmpty()) {
        const DrugSeries *d = shownDrugs.first();
        doseMax = LinearScale::niceCeil(
            std::max({ maxIn(d->takenMg, 0, t.days() - 1), maxIn(d->plannedMg, 0, t.days() - 1), 0.001 }));
        l.doseTitle = QCoreApplication::translate("Chart", "%1, mg").arg(d->name);
    } else {
        l.doseTitle = QCoreApplication::translate("Chart", "Dose, % of highest");
    }
    const double loadMax
        = spec.loadMax > 0 ? spec.loadMax : LinearScale::niceCeil(std::max(4.0, maxIn(t.load, i0, i1)));
    l.symptomsTitle = QCoreApplication::translate("Chart", "Symptom load");

    const double left = spec.charWidth * 6 + 8;
    const double right = spec.charWidth * 5 + 8;
    // The titles by their average width with room to spare (wide letters, the gap between them).
    l.titlesStacked = double(l.doseTitle.size() + l.symptomsTitle.size() + 6) * spec.charWidth > spec.size.width();
    const double top = spec.lineHeight * (l.titlesStacked ? 2.5 : 1.5);
    const double bottom = spec.lineHeight * 2 + 4;
    l.plot = QRectF(
        left, top, std::max(10.0, spec.size.width() - left - right), std::max(10.0, spec.size.height() - top - bottom));
    l.x = TimeScale(first, last, l.plot.left(), l.plot.right());
    l.dose = LinearScale(0, doseMax, l.plot.bottom(), l.plot.top());
    l.symptoms = LinearScale(0, loadMax, l.plot.bottom(), l.plot.top());
    const int yTicks = std::max(2, int(l.plot.height() / (spec.lineHeight * 3)));
    l.xTicks = l.x.ticks(spec.charWidth * 10);
    l.doseTicks = l.dose.ticks(yTicks, percent ? QStringLiteral(" %") : QString());
    l.symptomTicks = l.symptoms.ticks(yTicks);
    l.empty = false;

    const auto xOf = [&](int i) { return l.x.map(t.dateAt(i)); };
    const double dayWidth = l.x.pixelsPerDay();
    auto shown = [&](const QString &key) { return !spec.hidden.contains(key); };
    int color = 0;

    if (shown(QStringLiteral("load")))
        l.series.append({ QStringLiteral("load"), QCoreApplication::translate("Chart", "Symptom load, daily"),
            Axis::Symptoms, dayWidth >= 3 ? Style::Dots : Style::Line, 0, decimate(t.load, i0, i1, xOf, l.symptoms) });
    if (shown(QStringLiteral("mean7")))
        l.series.append({ QStringLiteral("mean7"), QCoreApplication::translate("Chart", "Symptom load, 7-day mean"),
            Axis::Symptoms, Style::BoldLine, 0, decimate(t.loadMean7, i0, i1, xOf, l.symptoms) });
    color = 1;
    for (const DrugSeries *d : drugs) {
        const double scaleMax = percent
            ? std::max({ maxIn(d->takenMg, 0, t.days() - 1), maxIn(d->plannedMg, 0, t.days() - 1), 0.001 })
            : doseMax;
        const LinearScale y(0, percent ? scaleMax * doseMax / 100.0 : doseMax, l.plot.bottom(), l.plot.top());
        const QString id = QString::number(d->drugId);
        if (shown(QStringLiteral("planned:") + id) && hasData(d->plannedMg))
            l.series.append(
                { QStringLiteral("planned:") + id, QCoreApplication::translate("Chart", "%1 planned").arg(d->name),
                    Axis::Dose, Style::DashedStep, color, stepLine(d->plannedMg, i0, i1, xOf, dayWidth, y) });
        if (shown(QStringLiteral("taken:") + id) && hasData(d->takenMg))
            l.series.append(
                { QStringLiteral("taken:") + id, QCoreApplication::translate("Chart", "%1 taken").arg(d->name),
                    Axis::Dose, Style::Step, color, stepLine(d->takenMg, i0, i1, xOf, dayWidth, y) });
        if (shown(QStringLiteral("occupancy:") + id) && hasData(d->occupancyPct)) {
            const LinearScale occ(0, 100, l.plot.bottom(), l.plot.top());
            l.series.append({ QStringLiteral("occupancy:") + id,
                QCoreApplication::translate("Chart", "%1 SERT occupancy (modelled)").arg(d->name), Axis::Dose,
                Style::Line, color, decimate(d->occupancyPct, i0, i1, xOf, occ) });
        }
        ++color;
    }
    if (shown(QStringLiteral("wellbeing"))) {
        const LinearScale y(0, 10, l.plot.bottom(), l.plot.top());
        l.series.append({ QStringLiteral("wellbeing"), QCoreApplication::translate("Chart", "Wellbeing (0–10)"),
            Axis::Symptoms, Style::Line, 5, decimate(rollingMean(t.wellbeing, 7, 4), i0, i1, xOf, y) });
    }
    if (shown(QStringLiteral("sleep"))) {
        const LinearScale y(0, 12, l.plot.bottom(), l.plot.top());
        l.series.append({ QStringLiteral("sleep"), QCoreApplication::translate("Chart", "Sleep (0–12 h)"),
            Axis::Symptoms, Style::Line, 6, decimate(rollingMean(t.sleepHours, 7, 4), i0, i1, xOf, y) });
    }

    if (spec.bands) {
        for (const Period &p : waves.waves) {
            if (p.end < first || p.start > last)
                continue;
            const QDate a = std::max(p.start, first), b = std::min(p.end, last);
            l.bands.append({ l.x.map(a) - dayWidth / 2, l.x.map(b) + dayWidth / 2, p.start, p.end });
        }
    }
    for (const Marker &m : t.markers) {
        if (m.date < first || m.date > last)
            continue;
        QStringList parts;
        const QLocale c = QLocale::c();
        for (const DoseChange &dc : m.changes)
            parts << QStringLiteral("%1 %2 → %3 mg")
                         .arg(dc.drugName, c.toString(dc.fromMg, 'g', 4), c.toString(dc.toMg, 'g', 4));
        QString label = parts.join(QStringLiteral(", "));
        if (m.kind == MarkerKind::SwitchStage)
            label = QCoreApplication::translate("Chart", "Switch stage %1 of %2: %3")
                        .arg(m.stage)
                        .arg(m.stageCount)
                        .arg(label);
        else if (m.kind == MarkerKind::Increase)
            label = QCoreApplication::translate("Chart", "Back to the previous dose: %1").arg(label);
        l.markers.append({ l.x.map(m.date) - dayWidth / 2, m.kind, m.date, label });
    }
    return l;
}

Layout layoutReductionResponse(const ReductionResponse &r, const Spec &spec)
{
    Layout l;
    if (r.lines.isEmpty())
        return l;
    double loadMax = 4;
    for (const ReductionLine &line : r.lines)
        for (double v : line.load)
            if (!std::isnan(v))
                loadMax = std::max(loadMax, v);
    loadMax = LinearScale::niceCeil(loadMax);
    const double left = spec.charWidth * 2 + 8, right = spec.charWidth * 5 + 8;
    const double top = spec.lineHeight * 1.5, bottom = spec.lineHeight * 2 + 4;
    l.plot = QRectF(
        left, top, std::max(10.0, spec.size.width() - left - right), std::max(10.0, spec.size.height() - top - bottom));
    const LinearScale x(ReductionResponse::kFromOffset, ReductionResponse::kToOffset, l.plot.left(), l.plot.right());
    l.symptoms = LinearScale(0, loadMax, l.plot.bottom(), l.plot.top());
    l.symptomsTitle = QCoreApplication::translate("Chart", "Symptom load");
    for (int d = -7; d <= 42; d += 7)
        l.xTicks.append(
            { x.map(d), double(d), d == 0 ? QCoreApplication::translate("Chart", "cut") : QString::number(d) });
    l.symptomTicks = l.symptoms.ticks(std::max(2, int(l.plot.height() / (spec.lineHeight * 3))));
    l.empty = false;
    const auto xOf = [&](int k) { return x.map(k + ReductionResponse::kFromOffset); };
    const int width = ReductionResponse::offsetCount();
    for (const ReductionLine &line : r.lines)
        l.series.append(
            { QStringLiteral("reduction:") + line.date.toString(Qt::ISODate), line.date.toString(Qt::ISODate),
                Axis::Symptoms, Style::Line, 7, decimate(line.load, 0, width - 1, xOf, l.symptoms) });
    l.series.append({ QStringLiteral("median"), QStringLiteral("Median"), Axis::Symptoms, Style::BoldLine, 0,
        decimate(r.median, 0, width - 1, xOf, l.symptoms) });
    l.markers.append({ x.map(0), MarkerKind::Reduction, {}, QStringLiteral("reduction") });
    return l;
}

} // namespace waymark::chart
