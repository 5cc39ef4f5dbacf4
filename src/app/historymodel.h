// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h"
#include "diarywatcher.h"
#include "rowlistmodel.h"

#include <QQmlEngine>

/** One compact row per recorded day, newest first; updates the rows of the days a change touched. */
class HistoryModel : public RowListModel<waymark::DaySummary, QDate>
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** Why the history could not be read (the diary busy or damaged); empty when it was. */
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Role {
        DateRole = Qt::UserRole + 1,
        DateLabelRole,
        DosesTextRole,
        DoseCountRole,
        SymptomsPresentRole,
        SymptomLoadRole,
        MaxSeverityRole,
        SafetyFlagRole,
        WellbeingRole,
        SleepHoursRole,
        HasNoteRole,
        SymptomsRatedRole, ///< ratings given that day, "none" included; 0 means "not rated", not "no symptoms"
        SleepTextRole, ///< hours slept as the diary keeps them ("7.25"); empty when not recorded
        NoteForPrescriberRole, ///< the note is marked "for my prescriber"
    };
    Q_ENUM(Role)

    explicit HistoryModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void countChanged();
    void errorTextChanged();

protected:
    QDate keyOf(const waymark::DaySummary &row) const override { return row.date; }

private:
    void reload();
    void updateDay(const QDate &day);
    void setErrorText(const QString &text);

    DiaryWatcher m_watch;
    QString m_errorText;
};
