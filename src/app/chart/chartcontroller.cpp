// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcontroller.h"

#include "catalogtext.h"
#include "catalogue.h"
#include "daycontroller.h"
#include "diary.h"
#include "session.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

using namespace waymark;

namespace {

QString mg(double v)
{
    return QLocale().toString(v, 'g', 5) + QStringLiteral(" mg");
}

QString shortDate(const QDate &d)
{
    return QLocale().toString(d, QCoreApplication::translate("DateFormat", "d MMM yyyy"));
}

} // namespace

ChartController::ChartController(QObject *parent)
    : QObject(parent)
{
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(0);
    connect(&m_reloadSoon, &QTimer::timeout, this, &ChartController::reload);
    if (Session::instance()) {
        m_watch.onOpened([this] {
            if (m_watch.diary())
                markStale();
            else
                reload(); // locked: drop the diary's data at once, visible or not
        });
        m_watch.onChanged([this](const ChangeSet &changes) {
            if (touchesChart(changes))
                markStale();
        });
        m_watch.onToday([this](const QDate &, const QDate &) { markStale(); }); // the series runs to today
        // Built after the current event, not here: a page creating this controller hidden (the
        // shell creates every page at unlock) sets active to false first and so skips a build
        // that costs a read of the whole diary (docs/PERFORMANCE.md, figure 2).
        markStale();
    }
}

bool ChartController::touchesChart(const ChangeSet &changes)
{
    using K = Change::Kind;
    return changes.touches({ K::Dose, K::Rating, K::Day, K::Drug, K::Symptom, K::Plan });
}

void ChartController::markStale()
{
    m_stale = true;
    if (m_active)
        m_reloadSoon.start(); // once, after the current event: several changes, one rebuild
}

void ChartController::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_active && m_stale)
        reload();
    else if (!m_active)
        m_reloadSoon.stop(); // stays stale: rebuilt when shown again
    Q_EMIT activeChanged();
}

QDate ChartController::today() const
{
    if (m_today.isValid())
        return m_today;
    if (Session *session = Session::instance())
        return session->clock().today();
    return QDate::currentDate();
}

void ChartController::reload()
{
    m_stale = false;
    m_reloadSoon.stop();
    Diary *diary = m_watch.diary();
    const QDate now = Session::instance() ? Session::instance()->clock().today() : today(); // not the last build's
    trajectory::Trajectory t;
    if (diary) {
        trajectory::Selection selection;
        selection.group = m_group;
        const QDate first = diary->firstDay();
        if (first.isValid())
            t = trajectory::build(*diary, first, std::max(diary->lastDay(), now), selection);
    }
    setTrajectory(std::move(t), now);
}

void ChartController::setTrajectory(trajectory::Trajectory trajectory, const QDate &today)
{
    m_trajectory = std::move(trajectory);
    m_today = today;
    m_waves = trajectory::findWaves(m_trajectory);
    m_response = trajectory::reductionResponse(m_trajectory, 5);
    if (!m_hiddenInitialised && m_trajectory.days() > 0) {
        m_hidden = chart::defaultHidden(m_trajectory);
        m_hiddenInitialised = true;
    }
    if (m_range == QLatin1String("custom") && m_first.isValid())
        clampView();
    else
        applyRange();
    Q_EMIT dataChanged();
    ++m_revision;
    Q_EMIT viewChanged();
}

void ChartController::setRange(const QString &range)
{
    static const QStringList known
        = { QStringLiteral("4w"), QStringLiteral("3m"), QStringLiteral("1y"), QStringLiteral("all") };
    if (!known.contains(range))
        return;
    m_range = range;
    applyRange();
    ++m_revision;
    Q_EMIT viewChanged();
}

void ChartController::applyRange()
{
    if (m_trajectory.days() == 0) {
        m_first = m_last = QDate();
        return;
    }
    m_last = m_trajectory.last;
    if (m_range == QLatin1String("4w"))
        m_first = m_last.addDays(-27);
    else if (m_range == QLatin1String("3m"))
        m_first = m_last.addMonths(-3).addDays(1);
    else if (m_range == QLatin1String("1y"))
        m_first = m_last.addYears(-1).addDays(1);
    else
        m_first = m_trajectory.first;
    clampView();
}

void ChartController::clampView()
{
    const QDate lo = m_trajectory.first, hi = m_trajectory.last;
    if (!lo.isValid())
        return;
    const qint64 span = std::max<qint64>(7, m_first.daysTo(m_last) + 1);
    if (m_first < lo) {
        m_first = lo;
        m_last = lo.addDays(span - 1);
    }
    if (m_last > hi) {
        m_last = hi;
        m_first = hi.addDays(-(span - 1));
    }
    if (m_first < lo)
        m_first = lo; // the diary is shorter than the span: show it all
}

void ChartController::pan(double days)
{
    const qint64 d = qint64(std::lround(days));
    if (d == 0 || m_trajectory.days() == 0)
        return;
    m_first = m_first.addDays(d);
    m_last = m_last.addDays(d);
    m_range = QStringLiteral("custom");
    clampView();
    ++m_revision;
    Q_EMIT viewChanged();
}

void ChartController::zoom(double factor, double anchor)
{
    if (m_trajectory.days() == 0 || !(factor > 0))
        return;
    const double span = double(m_first.daysTo(m_last) + 1);
    const double total = double(m_trajectory.days());
    const double next = std::clamp(span * factor, 7.0, std::max(7.0, total));
    const double anchorDay = double(m_first.toJulianDay()) + span * std::clamp(anchor, 0.0, 1.0);
    const qint64 first = qint64(std::llround(anchorDay - next * std::clamp(anchor, 0.0, 1.0)));
    m_first = QDate::fromJulianDay(first);
    m_last = m_first.addDays(qint64(std::llround(next)) - 1);
    m_range = QStringLiteral("custom");
    clampView();
    ++m_revision;
    Q_EMIT viewChanged();
}

void ChartController::toggle(const QString &key)
{
    if (m_hidden.contains(key))
        m_hidden.removeAll(key);
    else
        m_hidden.append(key);
    ++m_revision;
    Q_EMIT viewChanged();
}

void ChartController::setGroup(const QString &group)
{
    if (group == m_group)
        return;
    m_group = group;
    reload();
}

QStringList ChartController::groups() const
{
    return catalogue::symptomGroups();
}

QStringList ChartController::groupNames() const
{
    return app::symptomGroupNames(catalogue::symptomGroups());
}

chart::Spec ChartController::spec() const
{
    chart::Spec s;
    s.first = m_first;
    s.last = m_last;
    s.hidden = m_hidden;
    return s;
}

QString ChartController::rangeLabel() const
{
    if (!m_first.isValid())
        return {};
    return QStringLiteral("%1 – %2").arg(shortDate(m_first), shortDate(m_last));
}

QVariantList ChartController::legend() const
{
    QVariantList out;
    const auto series = chart::availableSeries(m_trajectory);
    int drugColor = 1;
    QHash<QString, int> drugColors;
    for (const auto &d : m_trajectory.drugs)
        drugColors.insert(QString::number(d.drugId), drugColor++);
    for (const auto &[key, label] : series) {
        int color = 0;
        const QString id = key.section(QLatin1Char(':'), 1);
        if (!id.isEmpty())
            color = drugColors.value(id, 1);
        else if (key == QLatin1String("wellbeing"))
            color = 5;
        else if (key == QLatin1String("sleep"))
            color = 6;
        QString style = QStringLiteral("line");
        if (key.startsWith(QLatin1String("planned:")))
            style = QStringLiteral("dashed");
        else if (key == QLatin1String("mean7") || key.startsWith(QLatin1String("taken:")))
            style = QStringLiteral("bold");
        else if (key == QLatin1String("load"))
            style = QStringLiteral("faint");
        out.append(QVariantMap { { QStringLiteral("key"), key }, { QStringLiteral("label"), label },
            { QStringLiteral("colorIndex"), color }, { QStringLiteral("style"), style },
            { QStringLiteral("visible"), !m_hidden.contains(key) } });
    }
    return out;
}

QString ChartController::viewSummary() const
{
    if (m_trajectory.days() == 0)
        return QCoreApplication::translate("Waymark", "No diary entries to chart yet.");
    const int i0 = m_trajectory.indexOf(m_first), i1 = m_trajectory.indexOf(m_last);
    QStringList parts;
    parts << QCoreApplication::translate("Waymark", "From %1 to %2").arg(shortDate(m_first), shortDate(m_last));
    QStringList doses;
    for (const auto &d : m_trajectory.drugs) {
        double a = std::nan(""), b = std::nan("");
        for (int i = i0; i <= i1; ++i)
            if (!std::isnan(d.takenMg[i])) {
                if (std::isnan(a))
                    a = d.takenMg[i];
                b = d.takenMg[i];
            }
        if (std::isnan(a))
            continue;
        doses << (a == b ? QCoreApplication::translate("Waymark", "%1 stayed at %2").arg(d.name, mg(a))
                         : QCoreApplication::translate("Waymark", "%1 went from %2 to %3").arg(d.name, mg(a), mg(b)));
    }
    if (!doses.isEmpty())
        parts << doses.join(QStringLiteral(", "));
    double lo = 1e9, hi = -1;
    for (int i = i0; i <= i1; ++i)
        if (!std::isnan(m_trajectory.loadMean7[i])) {
            lo = std::min(lo, m_trajectory.loadMean7[i]);
            hi = std::max(hi, m_trajectory.loadMean7[i]);
        }
    QString s = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (hi >= 0)
        s += QCoreApplication::translate("Waymark", " The 7-day mean symptom load ranged from %1 to %2.")
                 .arg(QLocale().toString(lo, 'f', 1), QLocale().toString(hi, 'f', 1));
    s += QCoreApplication::translate("Waymark", " Symptoms were logged on %1 of these %2 days.")
             .arg(m_trajectory.loggedDays(i0, i1))
             .arg(i1 - i0 + 1);
    int waves = 0;
    for (const auto &p : m_waves.waves)
        if (p.end >= m_first && p.start <= m_last)
            ++waves;
    if (waves > 0)
        s += QCoreApplication::translate("Waymark", " %n wave(s) shaded.", "", waves);
    return s;
}

QVariantList ChartController::table() const
{
    // One row per week of the visible range, newest first: the text alternative of the chart.
    QVariantList rows;
    if (m_trajectory.days() == 0)
        return rows;
    const int i0 = m_trajectory.indexOf(m_first), i1 = m_trajectory.indexOf(m_last);
    for (int end = i1; end >= i0; end -= 7) {
        const int start = std::max(i0, end - 6);
        double sum = 0;
        int n = 0;
        for (int i = start; i <= end; ++i)
            if (!std::isnan(m_trajectory.load[i])) {
                sum += m_trajectory.load[i];
                ++n;
            }
        QStringList doses;
        for (const auto &d : m_trajectory.drugs) {
            double last = std::nan("");
            for (int i = start; i <= end; ++i)
                if (!std::isnan(d.takenMg[i]))
                    last = d.takenMg[i];
            if (!std::isnan(last))
                doses << QStringLiteral("%1 %2").arg(d.name, mg(last));
        }
        rows.append(QVariantMap {
            { QStringLiteral("week"),
                QStringLiteral("%1 – %2").arg(
                    QLocale().toString(m_trajectory.dateAt(start), QCoreApplication::translate("DateFormat", "d MMM")),
                    QLocale().toString(
                        m_trajectory.dateAt(end), QCoreApplication::translate("DateFormat", "d MMM yyyy"))) },
            { QStringLiteral("meanLoad"), n ? QString::number(sum / n, 'f', 1) : QStringLiteral("–") },
            { QStringLiteral("days"), n },
            { QStringLiteral("doses"), doses.join(QStringLiteral(", ")) },
        });
    }
    return rows;
}

QVariantMap ChartController::valuesAt(const QString &isoDate) const
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    const int i = m_trajectory.indexOf(d);
    if (!d.isValid() || i < 0 || i >= m_trajectory.days())
        return {};
    auto num = [](double v, int decimals) {
        return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'f', decimals);
    };
    QStringList doses;
    for (const auto &s : m_trajectory.drugs)
        if (!std::isnan(s.takenMg[i]))
            doses << QStringLiteral("%1 %2").arg(s.name, mg(s.takenMg[i]));
    return {
        { QStringLiteral("date"), shortDate(d) },
        { QStringLiteral("load"), num(m_trajectory.load[i], 0) },
        { QStringLiteral("mean7"), num(m_trajectory.loadMean7[i], 1) },
        { QStringLiteral("wellbeing"), num(m_trajectory.wellbeing[i], 0) },
        { QStringLiteral("sleep"),
            std::isnan(m_trajectory.sleepHours[i]) ? QStringLiteral("–")
                                                   : DayController::hoursText(m_trajectory.sleepHours[i]) },
        { QStringLiteral("doses"),
            doses.isEmpty() ? QCoreApplication::translate("Waymark", "no dose logged")
                            : doses.join(QStringLiteral(", ")) },
    };
}
