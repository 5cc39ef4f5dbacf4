// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h"

#include <QAbstractListModel>
#include <QMap>
#include <QQmlEngine>
#include <QSet>

/**
 * The visible symptoms with one day's severity each (-1: not rated), grouped, filtered by a search
 * text and by "only the ones I usually have" (marked usual, rated above none in the last 28 days,
 * rated above none on the day, and the safety items always). A search looks through all symptoms.
 * Filled by DayController.
 */
class SymptomRatingModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DayController")

    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    Q_PROPERTY(bool onlyUsual READ onlyUsual WRITE setOnlyUsual NOTIFY filterChanged)
    Q_PROPERTY(bool hasUsual READ hasUsual NOTIFY filterChanged)
    Q_PROPERTY(int hiddenByFilter READ hiddenByFilter NOTIFY filterChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        GroupRole,
        GroupFirstRole,
        SafetyRole,
        UsualRole,
        SeverityRole, ///< 0 none ... 4 extreme, -1 not rated
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString search() const { return m_search; }
    void setSearch(const QString &search);
    bool onlyUsual() const { return m_onlyUsual; }
    void setOnlyUsual(bool only);
    bool hasUsual() const { return !m_usual.isEmpty(); }
    int hiddenByFilter() const { return int(m_all.size() - m_rows.size()); }

    /** New symptom list and usual set (after a day or the symptom list changed). */
    void setSymptoms(const QList<waymark::Symptom> &symptoms, const QSet<QString> &usual);
    /** The day's severities; rows that changed are announced one by one. */
    void setRatings(const QMap<QString, int> &ratings);
    void clear();

Q_SIGNALS:
    void filterChanged();

private:
    bool accepts(const waymark::Symptom &symptom) const;
    void refilter();

    QList<waymark::Symptom> m_all;
    QList<int> m_rows; // indexes into m_all
    QSet<QString> m_usual;
    QMap<QString, int> m_ratings;
    QString m_search;
    bool m_onlyUsual = true;
    bool m_userChoseFilter = false;
};
