// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diarywatcher.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

namespace waymark {
class Diary;
}

/**
 * One plan in daily life, for the Plan page (issue 13): the dose at each time of day and which
 * dose changes at each step, what to ask the pharmacy for (the current step, the next `weeks`
 * weeks, the whole plan, with the diary's margin), the calendar file, and going back to the
 * previous dose once the prescriber agreed. Writes go through undoable commands.
 */
class PlanDailyController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(int planId READ planId WRITE setPlanId NOTIFY planIdChanged)
    Q_PROPERTY(int weeks READ weeks WRITE setWeeks NOTIFY changed)
    Q_PROPERTY(double marginPct READ marginPct NOTIFY changed)
    /** Whether the plan has dose times (several doses a day). */
    Q_PROPERTY(bool hasTimes READ hasTimes NOTIFY changed)
    /** [{step, datesText, timesText ("08:00 0.5 mg · 14:00 0.5 mg · 22:00 0.375 mg"), changeText, stepBack, current}]
     */
    Q_PROPERTY(QVariantList timeSteps READ timeSteps NOTIFY changed)
    /** [{title, heading, lines [text]}]: the current step, the next weeks, the whole plan. */
    Q_PROPERTY(QVariantList supply READ supply NOTIFY changed)
    /** Going back is possible today (a step before the one in force, not held). */
    Q_PROPERTY(bool canStepBack READ canStepBack NOTIFY changed)
    /** "Back to 1.375 mg a day, step 2's dose (evening dose 0.375 → 0.5 mg)". */
    Q_PROPERTY(QString stepBackText READ stepBackText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY messageChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY messageChanged)

public:
    explicit PlanDailyController(QObject *parent = nullptr);

    int planId() const { return int(m_planId); }
    void setPlanId(int id);
    int weeks() const { return m_weeks; }
    void setWeeks(int weeks);
    double marginPct() const;
    bool hasTimes() const { return m_hasTimes; }
    QVariantList timeSteps() const { return m_timeSteps; }
    QVariantList supply() const { return m_supply; }
    bool canStepBack() const { return !m_stepBackText.isEmpty(); }
    QString stepBackText() const { return m_stepBackText; }
    QString errorText() const { return m_error; }
    QString statusText() const { return m_status; }

    /** Sets the diary's supply margin (0 to 100 %), undoable. */
    Q_INVOKABLE bool setMargin(const QString &pct);
    /** Back to the previous dose from today, for `days` (0: until released). Refused unless the
     *  person confirmed that their prescriber agreed. Undoable. */
    Q_INVOKABLE bool stepBack(int days, bool prescriberAgreed);
    /** Writes the plan's calendar (neutral titles unless details) to a local file. */
    Q_INVOKABLE bool exportCalendar(const QUrl &file, bool details);
    /** A file name to offer: "waymark-plan-3.ics". */
    Q_INVOKABLE QString calendarFileName() const;

Q_SIGNALS:
    void planIdChanged();
    void changed();
    void messageChanged();

private:
    void reload();
    void setMessage(const QString &error, const QString &status);

    DiaryWatcher m_watch { this };
    qint64 m_planId = 0;
    int m_weeks = 8;
    bool m_hasTimes = false;
    QVariantList m_timeSteps;
    QVariantList m_supply;
    QString m_stepBackText;
    QString m_error;
    QString m_status;
};
