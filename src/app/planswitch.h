// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diarywatcher.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace waymark {
class Diary;
}

/**
 * A switch from a benzodiazepine or z-drug to diazepam: the crossover under the chosen
 * equivalence table, with every table's figure side by side (they differ up to 2x), and the
 * switches already recorded. Stage doses are made with the person's forms (both drugs, with how to
 * make them). record() is refused until `confirmed` (the person ticked "My prescriber agreed to
 * this switch") and, when either drug has an active plan (overlappingPlans), until the person chose
 * to end or archive it (planAction); canRecord says when the button may be enabled.
 */
class PlanSwitch : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    /** [{drugId, name, doseText}]: the diary's drugs that an equivalence table lists (not diazepam). */
    Q_PROPERTY(QVariantList drugs READ drugs NOTIFY drugsChanged)
    Q_PROPERTY(qint64 drugId READ drugId WRITE setDrugId NOTIFY changed)
    Q_PROPERTY(QString dose READ dose WRITE setDose NOTIFY changed)
    Q_PROPERTY(QString startDate READ startDate WRITE setStartDate NOTIFY changed)
    Q_PROPERTY(int stages READ stages WRITE setStages NOTIFY changed)
    Q_PROPERTY(int intervalDays READ intervalDays WRITE setIntervalDays NOTIFY changed)
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY changed)
    Q_PROPERTY(bool confirmed READ confirmed WRITE setConfirmed NOTIFY changed)
    /** [{sourceKey, label, diazepamText, perTenText, chosen}] */
    Q_PROPERTY(QVariantList equivalents READ equivalents NOTIFY changed)
    /** [{index, datesText, fromText, fromHowTo, diazepamText, diazepamHowTo, totalText}] */
    Q_PROPERTY(QVariantList stagesList READ stagesList NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    /** How the doses are rounded, and what follows the last stage. */
    Q_PROPERTY(QString roundingText READ roundingText NOTIFY changed)
    /** The active plans the switch would overlap ("" when none): the card asks to end or archive them. */
    Q_PROPERTY(QString overlappingPlans READ overlappingPlans NOTIFY changed)
    /** "end" or "archive" for the overlapping plans; "" until the person chose. */
    Q_PROPERTY(QString planAction READ planAction WRITE setPlanAction NOTIFY changed)
    Q_PROPERTY(bool canRecord READ canRecord NOTIFY changed)
    /** [{switchId, title, sourceText, confirmedText, statusText, active, archived, problem, stages [...as stagesList]}]
     */
    Q_PROPERTY(QVariantList switches READ switches NOTIFY switchesChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString errorField READ errorField NOTIFY changed)

public:
    explicit PlanSwitch(QObject *parent = nullptr);

    QVariantList drugs() const { return m_drugs; }
    qint64 drugId() const { return m_drugId; }
    void setDrugId(qint64 id);
    QString dose() const { return m_dose; }
    void setDose(const QString &v);
    QString startDate() const { return m_startDate; }
    void setStartDate(const QString &v);
    int stages() const { return m_stages; }
    void setStages(int v);
    int intervalDays() const { return m_intervalDays; }
    void setIntervalDays(int v);
    QString source() const { return m_source; }
    void setSource(const QString &v);
    bool confirmed() const { return m_confirmed; }
    void setConfirmed(bool v);
    QVariantList equivalents() const { return m_equivalents; }
    QVariantList stagesList() const { return m_stagesList; }
    QString summary() const { return m_summary; }
    QString roundingText() const { return m_roundingText; }
    QString overlappingPlans() const { return m_overlapping; }
    QString planAction() const { return m_planAction; }
    void setPlanAction(const QString &v);
    bool canRecord() const { return m_valid && m_confirmed && (m_overlapping.isEmpty() || !m_planAction.isEmpty()); }
    QVariantList switches() const { return m_switches; }
    QString errorText() const { return m_errorText; }
    QString errorField() const { return m_errorField; }

    /** Records the switch (one Diary call). Refused, with errorField "confirm", unless confirmed. */
    Q_INVOKABLE bool record();
    /** Ends a recorded switch today (its last day); its doses up to today stay as they were. */
    Q_INVOKABLE bool endSwitch(qint64 switchId);
    /** Archives a recorded switch: it gives no planned doses any more. */
    Q_INVOKABLE bool archiveSwitch(qint64 switchId);

Q_SIGNALS:
    void drugsChanged();
    void changed();
    void switchesChanged();

private:
    waymark::Diary *diary() const;
    void reload();
    void recompute();
    /** The drug's dose times, when several, set the number of stages (one dose time each). */
    void useDoseTimeStages();
    void setError(const QString &text, const QString &field);

    DiaryWatcher m_watch;
    QVariantList m_drugs;
    qint64 m_drugId = 0;
    QString m_dose;
    QString m_startDate;
    int m_stages = 4;
    int m_intervalDays = 14;
    QString m_source = QStringLiteral("S2");
    bool m_confirmed = false;
    bool m_valid = false;
    QVariantList m_equivalents;
    QVariantList m_stagesList;
    QString m_summary;
    QString m_roundingText;
    QString m_overlapping;
    QString m_planAction;
    QVariantList m_switches;
    QString m_errorText;
    QString m_errorField;
};
