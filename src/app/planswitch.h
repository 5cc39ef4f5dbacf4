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
 * switches already recorded. record() is refused until `confirmed` (the person ticked "My
 * prescriber agreed to this switch"); canRecord says when the button may be enabled.
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
    /** [{index, datesText, fromText, diazepamText}] */
    Q_PROPERTY(QVariantList stagesList READ stagesList NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(bool canRecord READ canRecord NOTIFY changed)
    /** [{switchId, title, sourceText, confirmedText, stages [...as stagesList]}] */
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
    bool canRecord() const { return m_valid && m_confirmed; }
    QVariantList switches() const { return m_switches; }
    QString errorText() const { return m_errorText; }
    QString errorField() const { return m_errorField; }

    /** Records the switch (one Diary call). Refused, with errorField "confirm", unless confirmed. */
    Q_INVOKABLE bool record();

Q_SIGNALS:
    void drugsChanged();
    void changed();
    void switchesChanged();

private:
    waymark::Diary *diary() const;
    void reload();
    void recompute();

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
    QVariantList m_switches;
    QString m_errorText;
    QString m_errorField;
};
