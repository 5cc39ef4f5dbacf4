// SPDX-License-Identifier: GPL-3.0-or-later
// "report" (the clinician summary as a PDF) and "history-text" (the drug history for a new
// clinician or a forum), from the same core summary and page painter as the app's Share page.
#include "commands.h"

#include "clock.h"
#include "diary.h"
#include "errors.h"
#include "output.h"
#include "report/clinicalsummary.h"
#include "report/drughistory.h"
#include "reportpdf.h"
#include "reportrenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

namespace waymark::cli {

namespace {

const QString kSectionNames
    = QStringLiteral("chart, symptoms, safety, adherence, notes, days, note-excerpts, weeks, steps");

unsigned sectionFromName(const QString &name)
{
    static const QList<QPair<QString, unsigned>> names {
        { QStringLiteral("chart"), report::Chart },
        { QStringLiteral("symptoms"), report::Symptoms },
        { QStringLiteral("safety"), report::Safety },
        { QStringLiteral("adherence"), report::Adherence },
        { QStringLiteral("notes"), report::PrescriberNotes },
        { QStringLiteral("days"), report::DayTable },
        { QStringLiteral("note-excerpts"), report::NoteExcerpts },
        { QStringLiteral("weeks"), report::WeeklySymptoms },
        { QStringLiteral("steps"), report::PlanSteps },
    };
    for (const auto &n : names)
        if (n.first == name.trimmed().toLower())
            return n.second;
    throwInvalid(QStringLiteral("without"), QStringLiteral("no such section; the sections are: %1").arg(kSectionNames));
}

/**
 * The summary's language for this run: "en" (the default) changes nothing; "de" installs the
 * German translation compiled into the binary (":/i18n/waymark_de.qm", the app's own) and makes
 * German the default locale for the summary's days and numbers, until the guard goes.
 */
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString &language)
    {
        const QString lang = language.trimmed().toLower();
        if (lang == QLatin1String("en"))
            return;
        if (lang != QLatin1String("de"))
            throwInvalid(QStringLiteral("lang"), QStringLiteral("the summary's language is en or de"));
        if (!m_translator.load(QStringLiteral(":/i18n/waymark_de.qm"))
            || !QCoreApplication::installTranslator(&m_translator))
            throw Error(
                ErrorCode::Io, QStringLiteral("The German translation is missing from this build of waymark-cli."));
        m_installed = true;
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    ~ReportLanguage()
    {
        if (!m_installed)
            return;
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_locale);
    }
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

private:
    QTranslator m_translator;
    QLocale m_locale;
    bool m_installed = false;
};

} // namespace

int cmdReport(const Args &args)
{
    const QString out = args.required(QStringLiteral("out"));
    if (!out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        throwInvalid(QStringLiteral("out"), QStringLiteral("the summary is a PDF; give a file name ending in .pdf"));
    if (QFileInfo(out).isDir())
        throwInvalid(QStringLiteral("out"), QStringLiteral("that is a folder; give a file name ending in .pdf"));
    QPageSize::PageSizeId paper = ReportRenderer::paperForLocale(QLocale::system());
    if (const auto p = args.value(QStringLiteral("paper"))) {
        const auto named = ReportRenderer::paperFromName(*p);
        if (!named)
            throwInvalid(QStringLiteral("paper"), QStringLiteral("the paper is a4 or letter"));
        paper = *named;
    }
    report::Options options;
    unsigned without = 0;
    for (const QString &name : args.values(QStringLiteral("without")))
        without |= sectionFromName(name);
    options.sections = report::AllSections & ~without;
    if (const auto n = args.value(QStringLiteral("name")))
        options.name = n->trimmed();
    if (const auto b = args.value(QStringLiteral("birth-date")))
        options.birthDate = parseDate(*b, QStringLiteral("birth-date"));

    auto diary = openDiary(args, true);
    const QDate today = defaultClock().today();
    const auto range = report::defaultRange(*diary, today);
    options.from = args.has(QStringLiteral("from"))
        ? parseDate(*args.value(QStringLiteral("from")), QStringLiteral("from"))
        : range.first;
    options.to = args.has(QStringLiteral("to")) ? parseDate(*args.value(QStringLiteral("to")), QStringLiteral("to"))
                                                : range.second;
    options.today = today;
    int pages = 0;
    {
        const ReportLanguage language(args.value(QStringLiteral("lang")).value_or(QStringLiteral("en")));
        const report::Summary summary = report::buildSummary(*diary, options);
        const ReportRenderer renderer(summary, QPageSize(paper), today);
        report::writePdf(renderer, out, report::pdfTitle(options.from, options.to));
        pages = renderer.pageCount();
    }
    printOut(QStringLiteral("Wrote a %1-page summary (%2 to %3, %4) to %5. The file is not encrypted.")
                 .arg(pages)
                 .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate),
                     paper == QPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4"), out));
    return 0;
}

int cmdHistoryText(const Args &args)
{
    auto diary = openDiary(args, true);
    const QDate asOf = args.has(QStringLiteral("to"))
        ? parseDate(*args.value(QStringLiteral("to")), QStringLiteral("to"))
        : defaultClock().today();
    writeOut(report::drugHistoryText(*diary, asOf).toUtf8());
    return 0;
}

QList<Command> reportCommands()
{
    const QString dateHelp = QStringLiteral("YYYY-MM-DD, or \"today\" or \"yesterday\"");
    return {
        { QStringLiteral("report"),
            QStringLiteral("--out FILE.pdf [--from D] [--to D] [--paper a4|letter] [--name TEXT] [--birth-date D] "
                           "[--without SECTION]... [--lang en|de]"),
            QStringLiteral("Write the clinician summary as a PDF"),
            QStringLiteral(
                "Opens the diary read-only and writes the summary the Share page makes: page 1 with the drugs\n"
                "and doses taken now, the plan and where you are in it, the chart, the reduction response,\n"
                "symptoms, safety items, doses against the plan, notes marked for the prescriber and days\n"
                "logged; then the day-by-day table, symptoms week by week, the plan's steps and the sources.\n"
                "Range: by default from the day the first plan began (or 3 months back, if that is earlier) to today. "
                "Paper:\n"
                "from the locale (Letter in the US, Canada, Mexico...; else A4). The name and date of birth\n"
                "are printed only when given. Sections to leave out: %1.\n"
                "Language: English by default; --lang de writes the summary in German (headings, sentences,\n"
                "days as 31.03.2026 and numbers as 2,5 mg), as the app does when it runs in German.\n"
                "The PDF is not encrypted; the file is written completely or not at all.")
                .arg(kSectionNames),
            { { QStringLiteral("out"), QStringLiteral("FILE.pdf"), QStringLiteral("where to write the PDF") },
                { QStringLiteral("from"), QStringLiteral("D"), QStringLiteral("the first day: ") + dateHelp },
                { QStringLiteral("to"), QStringLiteral("D"), QStringLiteral("the last day: ") + dateHelp },
                { QStringLiteral("paper"), QStringLiteral("SIZE"), QStringLiteral("a4 or letter") },
                { QStringLiteral("name"), QStringLiteral("TEXT"), QStringLiteral("a name to print on every page") },
                { QStringLiteral("birth-date"), QStringLiteral("D"),
                    QStringLiteral("a date of birth to print on page 1") },
                { QStringLiteral("without"), QStringLiteral("SECTION"), QStringLiteral("leave a section out"), true },
                { QStringLiteral("lang"), QStringLiteral("LANG"),
                    QStringLiteral("the summary's language: en or de") } },
            0, 0, Command::DiaryUse::Required, true, cmdReport },
        { QStringLiteral("history-text"), QStringLiteral("[--to D]"),
            QStringLiteral("Print a short drug history for a new clinician or a forum"),
            QStringLiteral(
                "Prints, for each drug: the first logged day and dose, the date and doses of each change that\n"
                "held (reductions, switch stages, increases) and the dose last logged, up to --to (default\n"
                "today); then where you are in each plan."),
            { { QStringLiteral("to"), QStringLiteral("D"), QStringLiteral("the last day: ") + dateHelp } }, 0, 0,
            Command::DiaryUse::Required, true, cmdHistoryText },
    };
}

} // namespace waymark::cli
