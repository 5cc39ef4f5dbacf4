// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharecontroller.h"

#include "diary.h"
#include "errortext.h"
#include "report/clinicalsummary.h"
#include "report/drughistory.h"
#include "reportpdf.h"
#include "reportrenderer.h"
#include "session.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

using namespace waymark;

namespace {

struct SectionName
{
    const char *key;
    report::Section section;
    const char *label;
};

const SectionName kSections[] = {
    { "chart", report::Chart, QT_TRANSLATE_NOOP("ShareController", "Chart of doses and symptoms") },
    { "symptoms", report::Symptoms, QT_TRANSLATE_NOOP("ShareController", "Most frequent and most severe symptoms") },
    { "safety", report::Safety, QT_TRANSLATE_NOOP("ShareController", "Safety items rated moderate or worse") },
    { "adherence", report::Adherence, QT_TRANSLATE_NOOP("ShareController", "Doses against the plan") },
    { "notes", report::PrescriberNotes, QT_TRANSLATE_NOOP("ShareController", "Notes marked for my prescriber") },
    { "days", report::DayTable, QT_TRANSLATE_NOOP("ShareController", "Day-by-day table") },
    { "note-excerpts", report::NoteExcerpts,
        QT_TRANSLATE_NOOP("ShareController", "The start of every day's note in that table") },
    { "weeks", report::WeeklySymptoms, QT_TRANSLATE_NOOP("ShareController", "Symptoms week by week") },
    { "steps", report::PlanSteps, QT_TRANSLATE_NOOP("ShareController", "Every step of the plan") },
};

QDate today()
{
    return Session::instance() ? Session::instance()->clock().today() : QDate::currentDate();
}

} // namespace

ShareController::ShareController(QObject *parent)
    : QObject(parent)
    , m_sections(report::AllSections)
    , m_paper(ReportRenderer::paperForLocale(QLocale()) == QPageSize::Letter ? QStringLiteral("letter")
                                                                             : QStringLiteral("a4"))
{
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &ShareController::refresh);
    m_watch.onOpened([this] {
        m_from = m_to = {};
        if (m_watch.diary())
            resetRange();
        else
            refresh(); // locked: drop the pages at once
    });
    m_watch.onChanged([this](const ChangeSet &) { changed(); });
    m_watch.onToday([this](const QDate &, const QDate &previous) {
        if (m_to == previous) { // the range ran to today: it still does
            m_to = today();
            Q_EMIT choicesChanged();
        }
        changed();
    });
    if (m_watch.diary())
        resetRange();
}

ShareController::~ShareController() = default;

void ShareController::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_active && m_stale)
        refresh();
    Q_EMIT activeChanged();
}

void ShareController::changed()
{
    m_stale = true;
    if (m_active)
        m_rebuild.start(); // once, after the current event
}

void ShareController::resetRange()
{
    if (Diary *diary = m_watch.diary()) {
        const auto range = report::defaultRange(*diary, today());
        m_from = range.first;
        m_to = range.second;
    }
    Q_EMIT choicesChanged();
    changed();
}

QString ShareController::dayText(const QDate &day)
{
    return QLocale().toString(day, QCoreApplication::translate("DateFormat", "d MMM yyyy"));
}

void ShareController::setFromDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    if (d == m_from)
        return;
    m_from = d;
    Q_EMIT choicesChanged();
    changed();
}

void ShareController::setToDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    if (d == m_to)
        return;
    m_to = d;
    Q_EMIT choicesChanged();
    changed();
}

QVariantList ShareController::sectionChoices()
{
    QVariantList out;
    for (const SectionName &s : kSections)
        out.append(QVariantMap {
            { QStringLiteral("key"), QString::fromLatin1(s.key) }, { QStringLiteral("label"), tr(s.label) } });
    return out;
}

QStringList ShareController::sections() const
{
    QStringList out;
    for (const SectionName &s : kSections)
        if (m_sections & s.section)
            out << QString::fromLatin1(s.key);
    return out;
}

void ShareController::setSection(const QString &key, bool on)
{
    for (const SectionName &s : kSections) {
        if (key != QLatin1String(s.key))
            continue;
        const unsigned next = on ? (m_sections | s.section) : (m_sections & ~unsigned(s.section));
        if (next != m_sections) {
            m_sections = next;
            Q_EMIT choicesChanged();
            changed();
        }
    }
}

void ShareController::setIncludeName(bool on)
{
    if (on == m_includeName)
        return;
    m_includeName = on;
    Q_EMIT choicesChanged();
    changed();
}

void ShareController::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    Q_EMIT choicesChanged();
    if (m_includeName)
        changed();
}

void ShareController::setIncludeBirthDate(bool on)
{
    if (on == m_includeBirthDate)
        return;
    m_includeBirthDate = on;
    Q_EMIT choicesChanged();
    changed();
}

void ShareController::setBirthDate(const QString &iso)
{
    if (iso == m_birthDate)
        return;
    m_birthDate = iso;
    Q_EMIT choicesChanged();
    if (m_includeBirthDate)
        changed();
}

void ShareController::setPaper(const QString &paper)
{
    if (paper == m_paper || !ReportRenderer::paperFromName(paper))
        return;
    m_paper = paper;
    Q_EMIT choicesChanged();
    changed();
}

int ShareController::pageCount() const
{
    return m_renderer ? m_renderer->pageCount() : 0;
}

double ShareController::pageAspect() const
{
    const QSizeF size = m_renderer ? m_renderer->pageSize() : QPageSize(QPageSize::A4).size(QPageSize::Point);
    return size.height() / size.width();
}

QString ShareController::suggestedFileName() const
{
    return QStringLiteral("waymark-summary-%1-to-%2.pdf").arg(fromDate(), toDate());
}

void ShareController::setStatus(const QString &error, const QString &field, const QString &done)
{
    if (error == m_errorText && field == m_errorField && done == m_doneText)
        return;
    m_errorText = error;
    m_errorField = field;
    m_doneText = done;
    Q_EMIT statusChanged();
}

void ShareController::refresh()
{
    m_rebuild.stop();
    m_stale = false;
    m_renderer.reset();
    m_summaryText.clear();
    m_historyText.clear();
    Diary *diary = m_watch.diary();
    if (diary) {
        try {
            if (m_includeBirthDate && !QDate::fromString(m_birthDate, Qt::ISODate).isValid())
                throwInvalid(QStringLiteral("birthDate"),
                    QCoreApplication::translate("Waymark", "give the date of birth as YYYY-MM-DD"));
            report::Options options;
            options.from = m_from;
            options.to = m_to;
            options.today = today();
            options.sections = m_sections;
            if (m_includeName)
                options.name = m_name.trimmed();
            if (m_includeBirthDate)
                options.birthDate = QDate::fromString(m_birthDate, Qt::ISODate);
            const report::Summary summary = report::buildSummary(*diary, options);
            m_renderer = std::make_unique<ReportRenderer>(
                summary, QPageSize(*ReportRenderer::paperFromName(m_paper)), today());
            const int pages = m_renderer->pageCount();
            m_summaryText = tr("%n page(s). ", "", pages) + summary.loggedText;
            m_historyText = report::drugHistoryText(*diary, m_to);
            setStatus(QString(), QString(), QString());
        } catch (const Error &e) {
            setStatus(app::errorText(e), e.field(), QString());
        }
    }
    Q_EMIT previewChanged();
}

bool ShareController::save(const QUrl &file)
{
    return saveToPath(file.isLocalFile() ? file.toLocalFile() : file.toString());
}

bool ShareController::saveToPath(const QString &path)
{
    if (m_stale || !m_renderer)
        refresh();
    if (!m_renderer) {
        if (m_errorText.isEmpty())
            setStatus(tr("The diary is locked."), QString(), QString());
        return false;
    }
    QString target = path;
    if (!target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        target += QStringLiteral(".pdf");
    try {
        report::writePdf(*m_renderer, target, report::pdfTitle(m_from, m_to));
    } catch (const Error &e) {
        setStatus(app::errorText(e), QStringLiteral("save"), QString());
        return false;
    }
    setStatus(QString(), QString(),
        tr("Saved the summary (%1). The PDF is not encrypted: share it only with people you choose.")
            .arg(tr("%n page(s)", "", m_renderer->pageCount())));
    return true;
}

void ShareController::copyHistoryText()
{
    if (m_stale)
        refresh();
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_historyText);
    setStatus(QString(), QString(), tr("The drug history is on the clipboard."));
}
