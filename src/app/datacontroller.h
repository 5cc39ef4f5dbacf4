// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv.h"
#include "diarywatcher.h"
#include "spreadsheetimport.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <optional>

/**
 * Settings › Your data: export (JSON, CSV, FHIR), import of a spreadsheet (columns, preview, per-row
 * errors, one undoable step), backups (now, and the automatic ones' folder, N and last date) and
 * restore with confirmation. The work is in src/core/exchange/; BackupService does the automatic
 * backups and the restore itself.
 */
class DataController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)
    Q_PROPERTY(QString doneText READ doneText NOTIFY statusChanged)
    Q_PROPERTY(QString notEncryptedText READ notEncryptedText CONSTANT)
    // Automatic backups
    Q_PROPERTY(QString backupFolder READ backupFolder NOTIFY backupsChanged)
    Q_PROPERTY(int backupKeep READ backupKeep NOTIFY backupsChanged)
    Q_PROPERTY(QString lastBackupText READ lastBackupText NOTIFY backupsChanged)
    Q_PROPERTY(QString autoBackupError READ autoBackupError NOTIFY backupsChanged)
    // Restore
    Q_PROPERTY(QString restoreText READ restoreText NOTIFY backupsChanged)
    Q_PROPERTY(bool restoreFailed READ restoreFailed NOTIFY backupsChanged)
    Q_PROPERTY(bool restorePending READ restorePending NOTIFY backupsChanged)
    Q_PROPERTY(QString backupSummary READ backupSummary NOTIFY restoreChecked)
    // Spreadsheet import
    Q_PROPERTY(QStringList columns READ columns NOTIFY importChanged)
    Q_PROPERTY(QVariantList sampleRows READ sampleRows NOTIFY importChanged)
    /** For the mapping screen: "(none)" then the columns; the header and first rows as lines. */
    Q_PROPERTY(QStringList columnChoices READ columnChoices NOTIFY importChanged)
    Q_PROPERTY(QStringList drugColumnChoices READ drugColumnChoices NOTIFY importChanged)
    Q_PROPERTY(QString headerLine READ headerLine NOTIFY importChanged)
    Q_PROPERTY(QStringList sampleLines READ sampleLines NOTIFY importChanged)
    Q_PROPERTY(QString importFileName READ importFileName NOTIFY importChanged)
    Q_PROPERTY(QString previewText READ previewText NOTIFY importChanged)
    Q_PROPERTY(QStringList previewErrors READ previewErrors NOTIFY importChanged)
    Q_PROPERTY(bool canImport READ canImport NOTIFY importChanged)
    Q_PROPERTY(QStringList drugNames READ drugNames NOTIFY importChanged)

public:
    explicit DataController(QObject *parent = nullptr);

    QString errorText() const { return m_errorText; }
    QString doneText() const { return m_doneText; }
    QString notEncryptedText() const;
    QString backupFolder() const;
    int backupKeep() const;
    QString lastBackupText() const;
    QString autoBackupError() const;
    QString restoreText() const;
    bool restoreFailed() const;
    bool restorePending() const;
    QString backupSummary() const { return m_backupSummary; }
    QStringList columns() const { return m_preview.columns; }
    QVariantList sampleRows() const;
    QStringList columnChoices() const;
    QStringList drugColumnChoices() const;
    QString headerLine() const;
    QStringList sampleLines() const;
    /** A file's path as the person reads it. */
    Q_INVOKABLE QString displayPath(const QUrl &url) const;
    QString importFileName() const { return m_importFileName; }
    QString previewText() const;
    QStringList previewErrors() const;
    bool canImport() const { return m_previewed && m_preview.canImport(); }
    QStringList drugNames() const;

    /** format "json", "fhir" (a file) or "csv" (a folder). Says the export is not encrypted. */
    Q_INVOKABLE bool exportTo(const QString &format, const QUrl &target);
    /** Into the automatic backups' folder when one is chosen, else into target. */
    Q_INVOKABLE bool backupNow(const QUrl &target = QUrl());
    Q_INVOKABLE bool setBackups(const QUrl &folder, int keep);
    Q_INVOKABLE bool stopBackups();
    /** How many automatic backups to keep (the folder stays). */
    Q_INVOKABLE bool setKeep(int keep);

    /** Reads a CSV file and guesses the columns (guessedColumn gives them). */
    Q_INVOKABLE bool loadCsv(const QUrl &file);
    /** The column whose header looks like role ("date", "time", "drug", "mg", "symptom", "severity"), or -1. */
    Q_INVOKABLE int guessedColumn(const QString &role) const;
    /** Checks every row with this mapping (kind "doses" or "symptoms"; dateOrder "ymd", "dmy", "mdy"). */
    Q_INVOKABLE void preview(const QString &kind, int date, int time, int drug, const QString &drugName, int mg,
        int symptom, int severity, const QString &dateOrder, bool hasHeader);
    /** Adds the previewed rows as one undoable change. */
    Q_INVOKABLE bool commitImport();
    Q_INVOKABLE void clearImport();

    /** Opens the backup with the passphrase and checks it; backupSummary says what it holds. */
    Q_INVOKABLE bool checkBackup(const QUrl &file, const QString &passphrase);
    /** Replaces the diary with the checked backup (the diary closes and opens again). */
    Q_INVOKABLE bool restore(const QUrl &file, const QString &passphrase);
    Q_INVOKABLE bool keepRestored();
    Q_INVOKABLE void putPreviousBack();
    Q_INVOKABLE void clearStatus();

Q_SIGNALS:
    void statusChanged();
    void backupsChanged();
    void importChanged();
    /** A new file was read: the page guesses the columns and previews once. */
    void fileLoaded();
    void restoreChecked();

private:
    void setStatus(const QString &error, const QString &done);

    DiaryWatcher m_watch { this };
    QString m_errorText;
    QString m_doneText;
    QString m_backupSummary;
    QString m_checkedBackup;
    std::optional<waymark::exchange::csv::Parsed> m_file;
    QString m_importFileName;
    waymark::exchange::SpreadsheetPreview m_preview;
    bool m_previewed = false;
};
