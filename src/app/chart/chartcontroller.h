// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartlayout.h"
#include "diarywatcher.h"
#include "trajectory.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>

/**
 * The Charts page's state: the trajectory of the open diary, the visible range (4 weeks,
 * 3 months, 1 year, all, or wherever the person panned and zoomed), the series switched on, and
 * the text alternatives (summary sentences and a weekly table) that screen readers reach.
 * The trajectory is rebuilt lazily: a committed change that touches it (doses, ratings, day
 * fields, drugs, symptoms, plans; a new day) marks it stale, and it is rebuilt at once while the
 * page is active, otherwise when it becomes active again.
 */
class ChartController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString range READ range WRITE setRange NOTIFY viewChanged)
    Q_PROPERTY(QString rangeLabel READ rangeLabel NOTIFY viewChanged)
    Q_PROPERTY(QString firstDate READ firstDate NOTIFY viewChanged)
    Q_PROPERTY(QString lastDate READ lastDate NOTIFY viewChanged)
    Q_PROPERTY(QVariantList legend READ legend NOTIFY viewChanged)
    Q_PROPERTY(QString group READ group WRITE setGroup NOTIFY dataChanged)
    Q_PROPERTY(QStringList groups READ groups CONSTANT)
    /** The groups as shown, in the app's language (same order as groups). */
    Q_PROPERTY(QStringList groupNames READ groupNames CONSTANT)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY dataChanged)
    Q_PROPERTY(QString reductionSummary READ reductionSummary NOTIFY dataChanged)
    /** Reductions drawn in the reduction-response chart (0: the chart is not shown). */
    Q_PROPERTY(int reductionCount READ reductionCount NOTIFY dataChanged)
    Q_PROPERTY(QString wavesSummary READ wavesSummary NOTIFY dataChanged)
    Q_PROPERTY(QString viewSummary READ viewSummary NOTIFY viewChanged)
    Q_PROPERTY(QVariantList table READ table NOTIFY viewChanged)
    Q_PROPERTY(int revision READ revision NOTIFY viewChanged)
    /** True while the chart is on screen (the page binds it to its visibility). */
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)

public:
    explicit ChartController(QObject *parent = nullptr);

    QString range() const { return m_range; }
    void setRange(const QString &range);
    QString rangeLabel() const;
    QString firstDate() const { return m_first.toString(Qt::ISODate); }
    QString lastDate() const { return m_last.toString(Qt::ISODate); }
    QVariantList legend() const;
    QString group() const { return m_group; }
    void setGroup(const QString &group);
    QStringList groups() const;
    QStringList groupNames() const;
    bool isEmpty() const { return m_trajectory.days() == 0; }
    QString reductionSummary() const { return m_response.sentence; }
    int reductionCount() const { return int(m_response.lines.size()); }
    QString wavesSummary() const { return m_waves.sentence; }
    QString viewSummary() const;
    QVariantList table() const;
    int revision() const { return m_revision; }
    bool isActive() const { return m_active; }
    void setActive(bool active);
    /** True when a committed change touched the chart's data since the last build. */
    bool isStale() const { return m_stale; }
    /** Whether a change alters what the chart draws (settings and formulations do not). */
    static bool touchesChart(const waymark::ChangeSet &changes);

    /** Moves the view by a number of days (negative: back in time). */
    Q_INVOKABLE void pan(double days);
    /** Zooms by factor (< 1 zooms in) keeping the day at anchor (0 left .. 1 right) in place. */
    Q_INVOKABLE void zoom(double factor, double anchor = 0.5);
    Q_INVOKABLE void toggle(const QString &seriesKey);
    Q_INVOKABLE void reload();
    /** The day's values for a tooltip: {date, load, mean7, wellbeing, sleep, doses: "...", note: bool}. */
    Q_INVOKABLE QVariantMap valuesAt(const QString &isoDate) const;

    const waymark::trajectory::Trajectory &trajectory() const { return m_trajectory; }
    const waymark::trajectory::Waves &waves() const { return m_waves; }
    const waymark::trajectory::ReductionResponse &response() const { return m_response; }
    waymark::chart::Spec spec() const;
    /** Builds from a given trajectory (tests and benchmarks, without a Session). */
    void setTrajectory(waymark::trajectory::Trajectory trajectory, const QDate &today);

Q_SIGNALS:
    void viewChanged();
    void dataChanged();
    void activeChanged();

private:
    void markStale();
    void applyRange();
    void clampView();
    QDate today() const;

    waymark::trajectory::Trajectory m_trajectory;
    waymark::trajectory::Waves m_waves;
    waymark::trajectory::ReductionResponse m_response;
    QString m_range = QStringLiteral("3m");
    QString m_group;
    QDate m_first;
    QDate m_last;
    QDate m_today;
    QStringList m_hidden;
    bool m_hiddenInitialised = false;
    int m_revision = 0;
    bool m_active = true;
    bool m_stale = false;
    QTimer m_reloadSoon;
    DiaryWatcher m_watch;
};
