// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h"
#include "diarywatcher.h"
#include "fielderror.h"
#include "rowlistmodel.h"

#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

/**
 * The diary's medicines (hidden ones too), for Settings: add one (from the library or by hand) with
 * the dose taken now and the forms the person has, hide, the dose taken now, and the occupancy fit
 * as the person's to edit, and the times of day it is taken with the amount at each. Every library
 * number comes with its source. Errors: errorText beside errorField (name, class, doseNow, forms,
 * emax, ed50, doseTimes).
 */
class DrugListModel : public RowListModel<waymark::Drug, qint64>
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QStringList libraryNames READ libraryNames NOTIFY libraryNamesChanged)
    /** What went wrong with the last change asked for, and which field it is about. */
    Q_PROPERTY(FieldError *error READ error CONSTANT)
    /** The medicine the error is about (0: the medicine being added). */
    Q_PROPERTY(qint64 errorDrugId READ errorDrugId NOTIFY errorDrugIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DrugClassRole,
        HiddenRole,
        FromLibraryRole,
        DetailRole,
        HalfLifeTextRole,
        DoseNowTextRole,
        DoseNowMgRole,
        HasFitRole,
        FitPersonalRole,
        EmaxRole,
        Ed50Role,
        FitTextRole,
        FitNoteRole,
        LibraryFitTextRole,
        FitAppliesRole,
        FitSourceTextRole,
        DoseTimesRole,
        DoseTimesTextRole,
    };
    Q_ENUM(Role)

    explicit DrugListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Library medicines not yet in the diary, by display name. */
    QStringList libraryNames() const;
    FieldError *error() { return &m_error; }
    qint64 errorDrugId() const { return m_errorDrugId; }

    /**
     * The forms a library medicine comes in, to ask which ones the person has: its tablets or
     * capsules (chosen), then its liquids (offered, not chosen), each as {kind ("tablet", "capsule",
     * "liquid"), strength (mg, or mg/mL for a liquid, as text), split (1, 2, 4), syringe (mL text),
     * modifiedRelease, chosen, label, note}. Empty for a name not in the library.
     */
    Q_INVOKABLE QVariantList libraryForms(const QString &name) const;
    /** The library's note on splitting its tablets, with its source; empty when none. */
    Q_INVOKABLE QString libraryNote(const QString &name) const;
    /**
     * Adds a medicine with the dose taken now (mg a day; "0" when not taken now) and the forms the
     * person has (entries as libraryForms(); only those with chosen true are kept; at least one).
     * From the library when the name is there, otherwise as the person's own of drugClass. One
     * transaction: on any error nothing is added.
     */
    Q_INVOKABLE bool addMedicine(
        const QString &name, const QString &drugClass, const QString &doseNowMg, const QVariantList &forms);
    /** Adds a library medicine with every strength the library lists (the CLI's default). */
    Q_INVOKABLE bool addFromLibrary(const QString &name);
    Q_INVOKABLE bool addCustom(const QString &name, const QString &drugClass);
    Q_INVOKABLE bool setHidden(qint64 drugId, bool hidden);
    /** The dose taken now, as the person says it (mg a day). */
    Q_INVOKABLE bool setDoseNow(qint64 drugId, const QString &mg);
    /** The person's own Emax (%) and ED50 (mg). */
    Q_INVOKABLE bool setFit(qint64 drugId, const QString &emaxPct, const QString &ed50Mg);
    /** Back to the library's fit (S1); for the person's own medicine, no fit. */
    Q_INVOKABLE bool useLibraryFit(qint64 drugId);
    /**
     * The times of day the medicine is taken and the amount at each, as the person typed them:
     * rows of {time ("08:00", "8am", ...), mg ("0.5")}; an empty list means one usual dose a day
     * (no times). Sorted into the order of the day and checked (field "doseTimes"); the dose taken
     * now becomes their total. One undoable step.
     */
    Q_INVOKABLE bool setDoseTimes(qint64 drugId, const QVariantList &rows);
    /** "Adds up to 1.5 mg a day" for rows as setDoseTimes takes them; empty while one cannot be read. */
    Q_INVOKABLE QString doseTimesTotal(const QVariantList &rows) const;

Q_SIGNALS:
    void libraryNamesChanged();
    void errorDrugIdChanged();
    void countChanged();

protected:
    qint64 keyOf(const waymark::Drug &row) const override { return row.id; }

private:
    void reload();
    template <typename F> bool guarded(F &&change, qint64 drugId = 0);

    DiaryWatcher m_watch;
    FieldError m_error { this };
    qint64 m_errorDrugId = 0;
};
