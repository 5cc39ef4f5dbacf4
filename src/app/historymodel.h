// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h"
#include "diarywatcher.h"
#include "rowlistmodel.h"

#include <QQmlEngine>

/**
 * One compact row per recorded day, newest first; updates the rows of the days a change touched.
 * It reads a window, not the whole diary: whole months from the newest recorded day back (at least
 * kFirstMonths and kMinRows rows), and more as the list scrolls to its end (canFetchMore /
 * fetchMore, which views call), so opening History costs the same with 30 years as with one.
 * Rows older than the window are not read until fetched; dayCount counts every recorded day.
 */
class HistoryModel : public RowListModel<waymark::DaySummary, QDate>
{
    Q_OBJECT
    QML_ELEMENT

    /** Rows read so far (the window); dayCount is the whole diary's. */
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** Days with anything recorded in the whole diary, also those older than the window. */
    Q_PROPERTY(int dayCount READ dayCount NOTIFY dayCountChanged)
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

    /** The first read covers at least this many whole months back from the newest day ... */
    static constexpr int kFirstMonths = 3;
    /** ... and each read (the first and every fetchMore) at least this many rows, or reaches the
     *  first recorded day; a fetch steps back kFetchMonths at a time. */
    static constexpr int kMinRows = 60;
    static constexpr int kFetchMonths = 6;

    explicit HistoryModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QString errorText() const { return m_errorText; }
    int dayCount() const { return m_dayCount; }
    /** The oldest day the window covers (rows from it on are read); invalid when it covers all. */
    QDate windowStart() const { return m_from == kAll ? QDate() : m_from; }

Q_SIGNALS:
    void countChanged();
    void dayCountChanged();
    void errorTextChanged();

protected:
    QDate keyOf(const waymark::DaySummary &row) const override { return row.date; }

private:
    static const QDate kAll; ///< m_from when the window covers the whole diary

    void reload();
    /** Reads from `start` to the day before the window (to the end when none was read yet), then
     *  kFetchMonths further back at a time, until kMinRows rows were read or the diary's first day
     *  is covered; moves the window's start there and returns those rows, newest first. */
    QList<waymark::DaySummary> readBack(waymark::Diary &d, QDate start);
    void updateDay(const QDate &day);
    void setErrorText(const QString &text);
    void setDayCount(int count);

    DiaryWatcher m_watch;
    QString m_errorText;
    QDate m_from; ///< rows on or after this day are in the model (kAll: every row; invalid: none read)
    int m_dayCount = 0;
};
