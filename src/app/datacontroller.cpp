// SPDX-License-Identifier: GPL-3.0-or-later
#include "datacontroller.h"

#include "backup.h"
#include "backupservice.h"
#include "csvexport.h"
#include "diary.h"
#include "errors.h"
#include "errortext.h"
#include "fhirexport.h"
#include "jsonformat.h"
#include "rollingbackups.h"
#include "savefile.h"
#include "session.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace waymark;

namespace {

QString localPath(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

} // namespace

DataController::DataController(QObject *parent)
    : QObject(parent)
{
    m_watch.onOpened([this] {
        clearImport();
        Q_EMIT backupsChanged();
    });
    m_watch.onChanged([this](const ChangeSet &changes) {
        if (changes.touches(Change::Kind::Setting))
            Q_EMIT backupsChanged();
        if (changes.touches(Change::Kind::Drug))
            Q_EMIT importChanged();
    });
    if (BackupService *service = BackupService::instance())
        connect(service, &BackupService::statusChanged, this, &DataController::backupsChanged);
}

void DataController::setStatus(const QString &error, const QString &done)
{
    m_errorText = error;
    m_doneText = done;
    Q_EMIT statusChanged();
}

void DataController::clearStatus()
{
    setStatus({}, {});
}

QString DataController::notEncryptedText() const
{
    return tr("Exports are not encrypted: anyone who can open the file can read your diary. Keep them somewhere only "
              "you can read, and delete them when you no longer need them.");
}

QString DataController::backupFolder() const
{
    const Diary *d = m_watch.diary();
    return d ? QDir::toNativeSeparators(exchange::rollingBackupSettings(*d).folder) : QString();
}

int DataController::backupKeep() const
{
    const Diary *d = m_watch.diary();
    return d ? exchange::rollingBackupSettings(*d).keep : exchange::kDefaultKeep;
}

QString DataController::lastBackupText() const
{
    const Diary *d = m_watch.diary();
    if (!d)
        return {};
    const QDate last = exchange::rollingBackupSettings(*d).last;
    if (!last.isValid())
        return tr("No backup made yet.");
    return tr("Last backup: %1.").arg(QLocale().toString(last, QLocale::LongFormat));
}

QString DataController::autoBackupError() const
{
    const BackupService *s = BackupService::instance();
    return s ? s->autoError() : QString();
}

QString DataController::restoreText() const
{
    const BackupService *s = BackupService::instance();
    return s ? s->restoreText() : QString();
}

bool DataController::restoreFailed() const
{
    const BackupService *s = BackupService::instance();
    return s && s->restoreFailed();
}

bool DataController::restorePending() const
{
    const BackupService *s = BackupService::instance();
    return s && !s->keptPath().isEmpty();
}

bool DataController::exportTo(const QString &format, const QUrl &target)
{
    const QString path = localPath(target);
    return app::guardedChange(
        m_watch.diary(),
        [this](const QString &error, const QString &) {
            if (!error.isEmpty())
                setStatus(error, {});
        },
        [&](Diary &d) {
            if (path.isEmpty())
                throw Error(ErrorCode::InvalidInput, tr("Choose where to save the export."));
            if (QFileInfo(path).absoluteFilePath() == QFileInfo(d.path()).absoluteFilePath())
                throw Error(ErrorCode::InvalidInput, tr("That is your diary itself; choose another name."));
            if (format == QLatin1String("csv"))
                exchange::exportCsvFolder(d, path);
            else if (format == QLatin1String("fhir"))
                exchange::saveFile(path, exchange::exportFhir(d));
            else
                exchange::saveFile(path, exchange::exportJson(d));
            setStatus({},
                tr("Exported to %1. This copy is NOT encrypted: keep it somewhere only you can read.")
                    .arg(QDir::toNativeSeparators(path)));
        });
}

bool DataController::backupNow(const QUrl &target)
{
    Session *s = Session::instance();
    return app::guardedChange(
        m_watch.diary(),
        [this](const QString &error, const QString &) {
            if (!error.isEmpty())
                setStatus(error, {});
        },
        [&](Diary &d) {
            QString path;
            if (!target.isEmpty()) {
                path = localPath(target);
                d.backupTo(path);
            } else {
                path = exchange::runRollingBackup(d, s ? s->clock().today() : QDate::currentDate(), true);
                if (path.isEmpty())
                    throw Error(ErrorCode::InvalidInput, tr("Choose a folder for backups first."));
            }
            setStatus({}, tr("Backed up to %1, encrypted with your passphrase.").arg(QDir::toNativeSeparators(path)));
            Q_EMIT backupsChanged();
        });
}

bool DataController::setBackups(const QUrl &folder, int keep)
{
    const bool ok = app::guardedChange(
        m_watch.diary(),
        [this](const QString &error, const QString &) {
            if (!error.isEmpty())
                setStatus(error, {});
        },
        [&](Diary &d) {
            exchange::setRollingBackups(d, localPath(folder), keep);
            setStatus({}, {});
        });
    if (ok) {
        if (BackupService *service = BackupService::instance())
            service->runDue(); // the first backup now, not tomorrow
        Q_EMIT backupsChanged();
    }
    return ok;
}

bool DataController::stopBackups()
{
    return setBackups(QUrl(), backupKeep());
}

bool DataController::setKeep(int keep)
{
    const Diary *d = m_watch.diary();
    const QString folder = d ? exchange::rollingBackupSettings(*d).folder : QString();
    return setBackups(folder.isEmpty() ? QUrl() : QUrl::fromLocalFile(folder), keep);
}

bool DataController::loadCsv(const QUrl &file)
{
    clearImport();
    try {
        m_file = exchange::csv::parse(exchange::readImportFile(localPath(file)));
        m_preview = exchange::readSpreadsheet(*m_file, true);
        m_importFileName = QFileInfo(localPath(file)).fileName();
        setStatus({}, {});
        Q_EMIT importChanged();
        Q_EMIT fileLoaded();
        return true;
    } catch (const Error &e) {
        m_file.reset();
        setStatus(app::errorText(e), {});
        Q_EMIT importChanged();
        return false;
    }
}

int DataController::guessedColumn(const QString &role) const
{
    static const QMap<QString, QStringList> words {
        { QStringLiteral("date"), { QStringLiteral("date"), QStringLiteral("day"), QStringLiteral("when") } },
        { QStringLiteral("time"), { QStringLiteral("time"), QStringLiteral("hour") } },
        { QStringLiteral("drug"),
            { QStringLiteral("drug"), QStringLiteral("medicine"), QStringLiteral("medication") } },
        { QStringLiteral("mg"), { QStringLiteral("mg"), QStringLiteral("dose"), QStringLiteral("amount") } },
        { QStringLiteral("symptom"), { QStringLiteral("symptom") } },
        { QStringLiteral("severity"),
            { QStringLiteral("severity"), QStringLiteral("rating"), QStringLiteral("score") } },
    };
    const QStringList wanted = words.value(role);
    for (qsizetype i = 0; i < m_preview.columns.size(); ++i) {
        const QString name = m_preview.columns[i].toLower();
        for (const QString &w : wanted)
            if (name.contains(w))
                return int(i);
    }
    return -1;
}

QVariantList DataController::sampleRows() const
{
    QVariantList rows;
    for (const QStringList &r : m_preview.sample)
        rows.append(QVariant(r));
    return rows;
}

QStringList DataController::columnChoices() const
{
    return QStringList { tr("(none)") } + m_preview.columns;
}

QStringList DataController::drugColumnChoices() const
{
    return QStringList { tr("(one for every row)") } + m_preview.columns;
}

QString DataController::headerLine() const
{
    return m_preview.columns.join(QStringLiteral("  ·  "));
}

QStringList DataController::sampleLines() const
{
    QStringList lines;
    for (const QStringList &r : m_preview.sample)
        if (lines.size() < 5)
            lines << r.join(QStringLiteral("  ·  "));
    return lines;
}

QString DataController::displayPath(const QUrl &url) const
{
    return QDir::toNativeSeparators(localPath(url));
}

QString DataController::previewText() const
{
    return m_previewed ? m_preview.summary() : QString();
}

QStringList DataController::previewErrors() const
{
    QStringList out;
    for (const auto &e : m_preview.errors)
        if (out.size() < 12)
            out << e.message;
    if (m_preview.errors.size() > 12)
        out << tr("… and %1 more").arg(m_preview.errors.size() - 12);
    return out;
}

QStringList DataController::drugNames() const
{
    QStringList names;
    if (const Diary *d = m_watch.diary())
        for (const Drug &drug : d->drugs(true))
            names << drug.name;
    return names;
}

void DataController::preview(const QString &kind, int date, int time, int drug, const QString &drugName, int mg,
    int symptom, int severity, const QString &dateOrder, bool hasHeader)
{
    const Diary *d = m_watch.diary();
    if (!m_file || !d)
        return;
    exchange::SpreadsheetMapping m;
    m.kind = kind == QLatin1String("symptoms") ? exchange::SpreadsheetMapping::Kind::Symptoms
                                               : exchange::SpreadsheetMapping::Kind::Doses;
    m.dateOrder = dateOrder == QLatin1String("dmy") ? exchange::SpreadsheetMapping::DateOrder::DayMonthYear
        : dateOrder == QLatin1String("mdy")         ? exchange::SpreadsheetMapping::DateOrder::MonthDayYear
                                                    : exchange::SpreadsheetMapping::DateOrder::Iso;
    m.hasHeader = hasHeader;
    m.date = date;
    m.time = time;
    m.drug = drug;
    m.drugName = drugName;
    m.mg = mg;
    m.symptom = symptom;
    m.severity = severity;
    m_preview = exchange::previewSpreadsheet(*d, *m_file, m);
    m_previewed = true;
    Q_EMIT importChanged();
}

bool DataController::commitImport()
{
    Session *s = Session::instance();
    const bool ok = app::guardedChange(
        m_watch.diary(),
        [this](const QString &error, const QString &) {
            if (!error.isEmpty())
                setStatus(error, {});
        },
        [&](Diary &) {
            if (!s)
                return;
            const QString summary = m_preview.summary();
            s->undoStack().push(exchange::importSpreadsheet(m_preview));
            setStatus({}, tr("Imported: %1").arg(summary));
        });
    if (ok)
        clearImport();
    return ok;
}

void DataController::clearImport()
{
    m_file.reset();
    m_preview = {};
    m_previewed = false;
    m_importFileName.clear();
    Q_EMIT importChanged();
}

bool DataController::checkBackup(const QUrl &file, const QString &passphrase)
{
    m_backupSummary.clear();
    m_checkedBackup.clear();
    try {
        const exchange::BackupInfo info = exchange::verifyBackup(localPath(file), passphrase);
        m_checkedBackup = localPath(file);
        m_backupSummary = info.lastDay.isValid()
            ? tr("This backup opens and is whole: %1 days with entries, from %2 to %3.")
                  .arg(info.days)
                  .arg(QLocale().toString(info.firstDay, QLocale::ShortFormat),
                      QLocale().toString(info.lastDay, QLocale::ShortFormat))
            : tr("This backup opens and is whole, but holds no entries.");
        setStatus({}, {});
        Q_EMIT restoreChecked();
        return true;
    } catch (const Error &e) {
        setStatus(app::errorText(e), {});
        Q_EMIT restoreChecked();
        return false;
    }
}

bool DataController::restore(const QUrl &file, const QString &passphrase)
{
    BackupService *service = BackupService::instance();
    if (!service || localPath(file) != m_checkedBackup) {
        setStatus(tr("Check the backup first."), {});
        return false;
    }
    service->restoreLater(m_checkedBackup, passphrase);
    return true;
}

bool DataController::keepRestored()
{
    BackupService *service = BackupService::instance();
    return service && service->confirmRestore();
}

void DataController::putPreviousBack()
{
    if (BackupService *service = BackupService::instance())
        service->revertLater();
}
