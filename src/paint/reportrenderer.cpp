// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrenderer.h"

#include "chartlayout.h"
#include "chartpainter.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <cmath>

using namespace waymark;
using namespace waymark::report;

namespace {

constexpr int kBody = 12; // 9 pt
constexpr int kSmall = 10; // 7.5 pt
constexpr int kTable = 10;
constexpr int kH1 = 20;
constexpr int kH2 = 14;
const QColor kText(0x1f, 0x25, 0x2b);
const QColor kSoft(0x4a, 0x53, 0x5c);
const QColor kRule(0xb8, 0xbf, 0xc6);
const QColor kShade(0xf0, 0xf2, 0xf4);

constexpr int kNotesOnFirstPage = 4;

QString excerptOf(const QString &text, int chars)
{
    const QString t = text.simplified();
    return t.size() <= chars ? t : t.left(chars - 1) + QStringLiteral("…");
}

// Days and numbers as the summary's language writes them (report::dateText, localDecimal).
QString iso(const QDate &d)
{
    return dateText(d);
}

/** A day without its year, for ranges inside a table: "03-15" in English, "15.03." in German. */
QString monthDay(const QDate &d)
{
    return QLocale().toString(d, QCoreApplication::translate("DateFormat", "MM-dd"));
}

QString num(double v, int decimals)
{
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return localDecimal(s);
}

/** Lines of text wrapped to a width, measured with the font alone (pixel sizes: any device). */
QStringList wrap(const QString &text, const QFont &font, double width)
{
    QStringList out;
    for (const QString &para : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(para, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            out << para.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
        if (para.isEmpty())
            out << QString();
    }
    return out;
}

} // namespace

ReportRenderer::ReportRenderer(const Summary &summary, const QPageSize &pageSize, const QDate &generatedOn)
    : m_summary(summary)
    , m_generatedOn(generatedOn)
{
    const QSizeF pt = pageSize.size(QPageSize::Point);
    m_size = QSizeF(pt.width() * 96.0 / 72.0, pt.height() * 96.0 / 72.0);
    // DejaVu Sans (fonts-dejavu-core) when installed: embeddable, and the same pages on every machine.
    m_family = QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")) ? QStringLiteral("DejaVu Sans")
                                                                                 : QFont().family();
    newPage();
    layoutFirstPage();
    newPage();
    if (m_summary.options.sections & DayTable)
        layoutDayTable();
    if (m_summary.options.sections & WeeklySymptoms)
        layoutWeekTable();
    if (m_summary.options.sections & PlanSteps)
        layoutPlanSteps();
    bool cut = m_summary.prescriberNotes.size() > kNotesOnFirstPage;
    for (const DayNote &n : m_summary.prescriberNotes)
        cut = cut || n.text.simplified().size() > 180;
    if ((m_summary.options.sections & PrescriberNotes) && cut) {
        heading(QCoreApplication::translate("Report", "Notes marked for the prescriber, in full"));
        for (const DayNote &n : m_summary.prescriberNotes) {
            paragraph(iso(n.date), font(kBody, true));
            paragraph(n.text, font(kBody), 8);
            space(4);
        }
    }
    layoutSources();
    if (m_pages.last().ops.isEmpty())
        m_pages.removeLast();
}

QFont ReportRenderer::font(int pixelSize, bool bold) const
{
    QFont f(m_family);
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // the same advances on screen, image and PDF
    f.setKerning(false);
    return f;
}

void ReportRenderer::newPage()
{
    m_pages.append(Page {});
    m_y = m_margin + 28; // below the running head
}

void ReportRenderer::ensure(double height)
{
    if (m_y + height > bottom() && !m_pages.last().ops.isEmpty())
        newPage();
}

void ReportRenderer::heading(const QString &text, int level)
{
    const QFont f = font(level == 1 ? kH1 : kH2, true);
    const double lineH = QFontMetricsF(f).height();
    // Wrapped: a heading longer than the page is wide (a long drug name, a longer language) goes on.
    const QStringList lines = wrap(text, f, contentWidth());
    const double h = lineH * double(std::max<qsizetype>(1, lines.size()));
    ensure(h + 6 + 3 * QFontMetricsF(font(kBody)).height()); // never alone at the foot of a page
    m_y += level == 1 ? 0 : 8;
    const double y = m_y, x = m_margin, w = contentWidth();
    add([f, lines, x, y, w, h, lineH](QPainter &p) {
        p.setFont(f);
        p.setPen(kText);
        for (qsizetype i = 0; i < lines.size(); ++i)
            p.drawText(QPointF(x, y + double(i) * lineH + QFontMetricsF(f).ascent()), lines[i]);
        if (h > 0) {
            p.setPen(QPen(kRule, 0.8));
            p.drawLine(QPointF(x, y + h + 2), QPointF(x + w, y + h + 2));
        }
    });
    m_y += h + 6;
}

void ReportRenderer::paragraph(const QString &text, const QFont &f, double indent, const QColor &color)
{
    const QFontMetricsF fm(f);
    const QColor c = color.isValid() ? color : kText;
    for (const QString &line : wrap(text, f, contentWidth() - indent)) {
        ensure(fm.height());
        const double x = m_margin + indent, y = m_y + fm.ascent();
        add([f, line, x, y, c](QPainter &p) {
            p.setFont(f);
            p.setPen(c);
            p.drawText(QPointF(x, y), line);
        });
        m_y += fm.height();
    }
}

void ReportRenderer::bullets(const QStringList &items, const QFont &f)
{
    const QFontMetricsF fm(f);
    for (const QString &item : items) {
        ensure(fm.height());
        const double x = m_margin + 2, y = m_y + fm.ascent();
        add([f, x, y](QPainter &p) {
            p.setFont(f);
            p.setPen(kText);
            p.drawText(QPointF(x, y), QStringLiteral("•"));
        });
        paragraph(item, f, 12);
        m_y += 1;
    }
}

void ReportRenderer::table(const QList<Column> &columns, const QList<QStringList> &rows, const QList<bool> &shaded)
{
    const QFont f = font(kTable), bold = font(kTable, true);
    const QFontMetricsF fm(f);
    const double rowH = fm.height() + 3;
    double total = 0;
    for (const Column &c : columns)
        total += c.width;
    const double scale = total > contentWidth() ? contentWidth() / total : 1.0;
    auto header = [&] {
        const double y = m_y;
        double x = m_margin;
        QList<QPair<QRectF, Column>> cells;
        for (const Column &c : columns) {
            cells.append({ QRectF(x, y, c.width * scale, rowH), c });
            x += c.width * scale;
        }
        const double w = contentWidth();
        const double left = m_margin;
        add([cells, bold, left, y, w, rowH](QPainter &p) {
            p.setFont(bold);
            p.setPen(kText);
            const QFontMetricsF bm(bold);
            for (const auto &cell : cells)
                p.drawText(cell.first.adjusted(2, 0, -3, 0), int(cell.second.align | Qt::AlignVCenter),
                    bm.elidedText(cell.second.title, Qt::ElideRight, cell.first.width() - 5));
            p.setPen(QPen(kText, 0.8));
            p.drawLine(QPointF(left, y + rowH), QPointF(left + w, y + rowH));
        });
        m_y += rowH + 1;
    };
    ensure(rowH * 3);
    header();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (m_y + rowH > bottom()) {
            newPage();
            header();
        }
        const double y = m_y;
        double x = m_margin;
        QList<QPair<QRectF, QString>> cells;
        QList<Qt::Alignment> aligns;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const double cw = columns[c].width * scale;
            cells.append({ QRectF(x, y, cw, rowH), fm.elidedText(rows[r].value(c), Qt::ElideRight, cw - 5) });
            aligns.append(columns[c].align);
            x += cw;
        }
        const bool shade = shaded.value(r, false);
        const double left = m_margin, w = contentWidth();
        add([cells, aligns, f, shade, left, y, w, rowH](QPainter &p) {
            if (shade)
                p.fillRect(QRectF(left, y, w, rowH), kShade);
            p.setFont(f);
            p.setPen(kText);
            for (qsizetype c = 0; c < cells.size(); ++c)
                p.drawText(cells[c].first.adjusted(2, 0, -3, 0), int(aligns[c] | Qt::AlignVCenter), cells[c].second);
            p.setPen(QPen(kRule, 0.4));
            p.drawLine(QPointF(left, y + rowH), QPointF(left + w, y + rowH));
        });
        m_y += rowH;
    }
    m_y += 6;
}

void ReportRenderer::layoutFirstPage()
{
    const Summary &s = m_summary;
    const QFont body = font(kBody), small = font(kSmall), bodyBold = font(kBody, true);
    heading(QCoreApplication::translate("Report", "Tapering summary for the prescriber"), 1);
    QStringList who;
    if (!s.options.name.trimmed().isEmpty())
        who << QCoreApplication::translate("Report", "Name: %1").arg(s.options.name.trimmed());
    if (s.options.birthDate.isValid())
        who << QCoreApplication::translate("Report", "Date of birth: %1").arg(iso(s.options.birthDate));
    who << QCoreApplication::translate("Report", "Range: %1 to %2").arg(iso(s.options.from), iso(s.options.to));
    who << QCoreApplication::translate("Report", "Made on %1 with Waymark").arg(iso(m_generatedOn));
    paragraph(who.join(QStringLiteral("   ·   ")), body, 0, kSoft);
    paragraph(s.loggedText, body);
    space(4);

    heading(QCoreApplication::translate("Report", "Taking now"));
    QStringList now;
    for (const DrugNow &d : s.drugsNow)
        now << d.text;
    bullets(now.isEmpty()
            ? QStringList { QCoreApplication::translate("Report", "No doses logged up to the end of the range.") }
            : now,
        body);
    heading(QCoreApplication::translate("Report", "Plan"));
    QStringList plans;
    for (const PlanNow &p : s.plans)
        plans << p.text;
    plans << s.switches;
    bullets(
        plans.isEmpty() ? QStringList { QCoreApplication::translate("Report", "No active taper plan.") } : plans, body);

    if (s.options.sections & Chart)
        layoutCharts();

    if (s.options.sections & Symptoms) {
        heading(QCoreApplication::translate("Report", "Symptoms in the range"));
        QStringList lines;
        if (s.mostFrequent.isEmpty())
            lines << QCoreApplication::translate("Report", "No symptom rated mild or worse in the range.");
        for (const SymptomStat &st : s.mostFrequent.mid(0, 3))
            lines << QCoreApplication::translate("Report", "Most frequent — %1").arg(st.text);
        for (const SymptomStat &st : s.mostSevere.mid(0, 2))
            if (std::none_of(s.mostFrequent.begin(),
                    s.mostFrequent.begin() + std::min<qsizetype>(3, s.mostFrequent.size()),
                    [&](const SymptomStat &f) { return f.key == st.key; }))
                lines << QCoreApplication::translate("Report", "Most severe — %1").arg(st.text);
        bullets(lines, small);
    }
    if (s.options.sections & Safety) {
        heading(QCoreApplication::translate("Report", "Safety items rated moderate or worse"));
        QStringList lines;
        for (const SafetyEvent &e : s.safety.mid(0, 8))
            lines << QStringLiteral("%1: %2, %3").arg(iso(e.date), e.name, severityName(e.severity));
        if (s.safety.size() > 8)
            lines << QCoreApplication::translate("Report", "and %1 more (marked ! in the day-by-day table)")
                         .arg(s.safety.size() - 8);
        bullets(lines.isEmpty() ? QStringList { QCoreApplication::translate("Report", "None in the range.") } : lines,
            small);
    }
    if (s.options.sections & Adherence) {
        heading(QCoreApplication::translate("Report", "Doses against the plan"));
        QStringList lines;
        for (const AdherenceDrug &a : s.adherence)
            lines << a.text;
        bullets(lines.isEmpty() ? QStringList { QCoreApplication::translate(
                    "Report", "No plan gave doses in the range, so there is nothing to compare.") }
                                : lines,
            small);
    }
    if (s.options.sections & PrescriberNotes) {
        heading(QCoreApplication::translate("Report", "Notes marked for the prescriber"));
        QStringList lines;
        for (const DayNote &n : s.prescriberNotes.mid(0, kNotesOnFirstPage))
            lines << QStringLiteral("%1: %2").arg(iso(n.date), excerptOf(n.text, 180));
        if (s.prescriberNotes.size() > kNotesOnFirstPage)
            lines << QCoreApplication::translate("Report", "and %1 more, in full after the day-by-day table")
                         .arg(s.prescriberNotes.size() - kNotesOnFirstPage);
        bullets(lines.isEmpty() ? QStringList { QCoreApplication::translate(
                    "Report", "No note was marked for the prescriber in the range.") }
                                : lines,
            small);
    }
    space(6);
    paragraph(noAdviceSentence(), font(kSmall, true), 0, kText);
}

void ReportRenderer::layoutCharts()
{
    const Summary &s = m_summary;
    const trajectory::Trajectory &t = s.trajectory;
    heading(QCoreApplication::translate("Report", "Doses and symptoms, %1 to %2")
                .arg(iso(s.options.from), iso(s.options.to)));
    const QFont chartFont = font(kSmall);
    const QFontMetricsF fm(chartFont);
    const double w = contentWidth(), h = 210;
    ensure(h + 40);
    chart::Spec spec;
    spec.size = QSizeF(w - 70, h); // room on the right for the labels at the ends of the dose lines
    spec.first = s.options.from;
    spec.last = s.options.to;
    spec.hidden = chart::defaultHidden(t);
    spec.charWidth = fm.averageCharWidth();
    spec.lineHeight = fm.height();
    const chart::Layout layout = chart::layoutMain(t, s.waves, spec);
    const ChartPalette palette = ChartPalette::light();
    // The end of each dose line carries its name, so the drugs are told apart without colour.
    QList<QPair<QPointF, QString>> ends;
    for (const chart::SeriesLayout &series : layout.series) {
        if (series.axis != chart::Axis::Dose || series.paths.isEmpty() || series.style != chart::Style::Step)
            continue;
        ends.append({ series.paths.last().last(), series.label });
    }
    const double x0 = m_margin, y0 = m_y;
    add([layout, palette, chartFont, ends, x0, y0](QPainter &p) {
        p.save();
        p.translate(x0, y0);
        paintChart(p, layout, palette, chartFont);
        p.setFont(chartFont);
        p.setPen(kText);
        double lastY = -100;
        for (const auto &e : ends) {
            const double y = std::abs(e.first.y() - lastY) < 11 ? lastY + 11 : e.first.y();
            p.drawText(QPointF(layout.plot.right() + 40, y + 3), e.second);
            lastY = y;
        }
        p.restore();
    });
    m_y += h + 2;

    // The legend: a sample of every series' own pen, then the markers and bands.
    struct Key
    {
        QPen pen;
        bool dots = false;
        QString label;
    };
    QList<Key> keys;
    for (const chart::SeriesLayout &series : layout.series)
        keys.append({ seriesPen(series, palette), series.style == chart::Style::Dots, series.label });
    const double lineH = fm.height() + 2;
    double x = m_margin, y = m_y;
    QList<QPair<QPointF, Key>> placed;
    for (const Key &k : keys) {
        const double kw = 26 + fm.horizontalAdvance(k.label) + 14;
        if (x + kw > m_margin + w) {
            x = m_margin;
            y += lineH;
        }
        placed.append({ QPointF(x, y), k });
        x += kw;
    }
    // Wrapped: the line is longer in some languages than the page is wide.
    const QStringList markers = wrap(QCoreApplication::translate("Report",
                                         "▲ dotted line: a reduction; shaded: a wave (symptoms above the person's own "
                                         "calm level); dots on top: notes."),
        chartFont, w);
    add([placed, chartFont, markers, y, lineH, this](QPainter &p) {
        p.setFont(chartFont);
        const QFontMetricsF m(chartFont);
        for (const auto &k : placed) {
            const double cy = k.first.y() + lineH / 2;
            p.setPen(k.second.pen);
            if (k.second.dots)
                p.drawPoint(QPointF(k.first.x() + 11, cy));
            else
                p.drawLine(QPointF(k.first.x(), cy), QPointF(k.first.x() + 22, cy));
            p.setPen(kText);
            p.drawText(QPointF(k.first.x() + 26, k.first.y() + m.ascent()), k.second.label);
        }
        p.setPen(kSoft);
        for (qsizetype i = 0; i < markers.size(); ++i)
            p.drawText(QPointF(m_margin, y + (1 + i) * lineH + m.ascent()), markers[i]);
    });
    m_y = y + (1 + markers.size()) * lineH + 6;

    // Reduction response: the sentence beside the small chart.
    const double rw = 250, rh = 112;
    ensure(rh + 10);
    const double ry = m_y;
    chart::Spec rspec;
    rspec.size = QSizeF(rw, rh);
    rspec.charWidth = fm.averageCharWidth();
    rspec.lineHeight = fm.height();
    const chart::Layout response = chart::layoutReductionResponse(s.response, rspec);
    const double rx = m_margin + w - rw;
    add([response, palette, chartFont, rx, ry](QPainter &p) {
        p.save();
        p.translate(rx, ry);
        paintChart(p, response, palette, chartFont);
        p.restore();
    });
    const QFont body = font(kBody), bold = font(kBody, true), small = font(kSmall);
    const double textW = w - rw - 16;
    QList<QPair<QString, QFont>> lines;
    for (const QString &l : wrap(QCoreApplication::translate("Report", "After a reduction"), bold, textW))
        lines.append({ l, bold });
    for (const QString &l : wrap(s.response.sentence, body, textW))
        lines.append({ l, body });
    for (const QString &l : wrap(QCoreApplication::translate("Report",
                                     "The small chart: symptom load from 7 days before to 42 days after each "
                                     "reduction (thin lines) and their median (bold); day 0 is the cut."),
             small, textW))
        lines.append({ l, small });
    if (!s.reductionsInRange.isEmpty())
        for (const QString &l : wrap(QCoreApplication::translate("Report", "Changes in the range: %1")
                                         .arg(s.reductionsInRange.mid(0, 4).join(QStringLiteral("; "))),
                 small, textW))
            lines.append({ l, small });
    double textH = 0;
    for (const auto &l : lines)
        textH += QFontMetricsF(l.second).height() + 1;
    const double x1 = m_margin;
    add([lines, x1, ry](QPainter &p) {
        double yy = ry;
        p.setPen(kText);
        for (const auto &l : lines) {
            const QFontMetricsF lm(l.second);
            p.setFont(l.second);
            p.drawText(QPointF(x1, yy + lm.ascent()), l.first);
            yy += lm.height() + 1;
        }
    });
    m_y = ry + std::max(rh, textH) + 6;
}

void ReportRenderer::layoutDayTable()
{
    const Summary &s = m_summary;
    heading(QCoreApplication::translate("Report", "Day by day"));
    paragraph(QCoreApplication::translate("Report",
                  "Dose: mg taken that day (×N: in N doses), the plan's dose in brackets. Load: the sum of "
                  "the day's symptom severities (0 none to 4 extreme). ! a safety item rated moderate or "
                  "worse; P a note marked for the prescriber."),
        font(kSmall), 0, kSoft);
    space(3);
    QList<Column> columns { { QCoreApplication::translate("Report", "Date"), 92 } };
    const double drugW = s.drugColumns.size() > 2 ? 78 : 96;
    for (const QString &d : s.drugColumns)
        columns.append({ d, drugW });
    columns.append({ QCoreApplication::translate("Report", "Load"), 40, Qt::AlignRight });
    columns.append({ QCoreApplication::translate("Report", "Wellbeing"), 62, Qt::AlignRight });
    columns.append({ QCoreApplication::translate("Report", "Sleep h"), 56, Qt::AlignRight });
    columns.append({ QString(), 8 });
    double used = 0;
    for (const Column &c : columns)
        used += c.width;
    const bool notes = s.options.sections & NoteExcerpts;
    columns.append(
        { notes ? QCoreApplication::translate("Report", "Note") : QCoreApplication::translate("Report", "Marks"),
            std::max(60.0, contentWidth() - used) });
    QList<QStringList> rows;
    QList<bool> shaded;
    for (const DayRow &r : s.days) {
        QStringList row;
        if (!r.logged) {
            row << (r.endDate == r.date ? iso(r.date)
                                        : QStringLiteral("%1 – %2").arg(monthDay(r.date), monthDay(r.endDate)));
            for (qsizetype c = 0; c < s.drugColumns.size(); ++c)
                row << (r.plannedMg.value(c) ? QStringLiteral("(%1)").arg(num(*r.plannedMg.value(c), 3)) : QString());
            const int n = int(r.date.daysTo(r.endDate)) + 1;
            row << QString() << QString() << QString() << QString()
                << (n == 1 ? QCoreApplication::translate("Report", "nothing logged")
                           : QCoreApplication::translate("Report", "nothing logged (%1 days)").arg(n));
            rows << row;
            shaded << true;
            continue;
        }
        row << QStringLiteral("%1 %2").arg(iso(r.date), QLocale().toString(r.date, QStringLiteral("ddd")).left(2));
        for (qsizetype c = 0; c < s.drugColumns.size(); ++c) {
            QString cell = r.takenMg.value(c) ? num(*r.takenMg.value(c), 3) : QStringLiteral("–");
            if (r.doseCount.value(c) > 1)
                cell += QStringLiteral(" ×%1").arg(r.doseCount.value(c));
            if (r.plannedMg.value(c))
                cell += QStringLiteral(" (%1)").arg(num(*r.plannedMg.value(c), 3));
            row << cell;
        }
        row << (r.load ? num(*r.load, 0) + (r.safety ? QStringLiteral(" !") : QString()) : QStringLiteral("–"));
        row << (r.wellbeing ? QString::number(*r.wellbeing) : QStringLiteral("–"));
        row << (r.sleepHours ? localDecimal(QString::number(*r.sleepHours, 'f', 1)) : QStringLiteral("–")) << QString();
        QString note = r.forPrescriber ? QStringLiteral("P ") : QString();
        note += r.note;
        row << note;
        rows << row;
        shaded << false;
    }
    table(columns, rows, shaded);
}

void ReportRenderer::layoutWeekTable()
{
    const Summary &s = m_summary;
    heading(QCoreApplication::translate("Report", "Symptoms week by week"));
    paragraph(QCoreApplication::translate("Report",
                  "Mean severity on the days each symptom was rated (0 none to 4 extreme); the symptoms present "
                  "most often in the range."),
        font(kSmall), 0, kSoft);
    space(3);
    QList<Column> columns { { QCoreApplication::translate("Report", "Week"), 120 },
        { QCoreApplication::translate("Report", "Days rated"), 58, Qt::AlignRight },
        { QCoreApplication::translate("Report", "Mean load"), 58, Qt::AlignRight } };
    const double rest = contentWidth() - 236;
    for (const QString &name : s.weekColumns)
        columns.append({ name, rest / std::max<qsizetype>(1, s.weekColumns.size()), Qt::AlignRight });
    QList<QStringList> rows;
    for (const WeekRow &w : s.weeks) {
        QStringList row { QCoreApplication::translate("Report", "%1 to %2").arg(iso(w.start), monthDay(w.end)),
            QString::number(w.ratedDays), w.meanLoad ? num(*w.meanLoad, 1) : QStringLiteral("–") };
        for (const auto &v : w.meanSeverity)
            row << (v ? localDecimal(QString::number(*v, 'f', 1)) : QStringLiteral("–"));
        rows << row;
    }
    table(columns, rows);
}

void ReportRenderer::layoutPlanSteps()
{
    for (const PlanNow &p : m_summary.plans) {
        heading(QCoreApplication::translate("Report", "%1 plan: every step").arg(p.drugName));
        paragraph(QCoreApplication::translate(
                      "Report", "%1. Doses are what the person's forms make; occupancy is modelled (see Sources).")
                      .arg(p.methodText.left(1).toUpper() + p.methodText.mid(1)),
            font(kSmall), 0, kSoft);
        space(3);
        QList<Column> columns { { QCoreApplication::translate("Report", "Step"), 34, Qt::AlignRight },
            { QCoreApplication::translate("Report", "From"), 72 }, { QCoreApplication::translate("Report", "To"), 72 },
            { QCoreApplication::translate("Report", "Dose"), 62, Qt::AlignRight },
            { QCoreApplication::translate("Report", "Cut"), 46, Qt::AlignRight },
            { QCoreApplication::translate("Report", "Occupancy"), 72, Qt::AlignRight }, { QString(), 8 },
            { QCoreApplication::translate("Report", "How to make it / note"), contentWidth() - 366 } };
        QList<QStringList> rows;
        QList<bool> shaded;
        QStringList warnings;
        for (const planner::Step &st : p.steps) {
            QString how = st.howToMake;
            if (st.warning.isSet()) {
                how += QCoreApplication::translate("Report", " — see the note below");
                warnings << QCoreApplication::translate("Report", "Step %1: %2").arg(st.index).arg(st.warning.text);
            }
            if (st.heldDays > 0)
                how += QCoreApplication::translate("Report", " (held %1 days)").arg(st.heldDays);
            rows << QStringList { QString::number(st.index), iso(st.start),
                st.isOpen() ? (st.doseMg == 0 ? QCoreApplication::translate("Report", "stop")
                                              : QCoreApplication::translate("Report", "open"))
                            : iso(st.end),
                mgText(st.doseMg), st.cutPct ? QStringLiteral("%1 %").arg(num(*st.cutPct, 1)) : QString(),
                st.occupancyPct ? QStringLiteral("%1 %").arg(num(*st.occupancyPct, 1)) : QString(), QString(), how };
            shaded << (st.index == p.step);
        }
        table(columns, rows, shaded);
        bullets(warnings, font(kSmall));
        if (p.step > 0)
            paragraph(QCoreApplication::translate("Report", "The shaded step is the one in force on %1.")
                          .arg(iso(m_summary.asOf)),
                font(kSmall), 0, kSoft);
        if (!p.timesLines.isEmpty()) {
            heading(QCoreApplication::translate("Report", "%1: doses across the day").arg(p.drugName), 3);
            bullets(p.timesLines, font(kSmall));
        }
        if (!p.supplyLines.isEmpty()) {
            heading(QStringLiteral("%1: %2").arg(p.drugName, p.supplyHeading), 3);
            bullets(p.supplyLines, font(kSmall));
            paragraph(QCoreApplication::translate(
                          "Report", "A half tablet still uses a whole tablet; counts are for the plan as it stands."),
                font(kSmall), 0, kSoft);
        }
    }
    if (!m_summary.reductionsInRange.isEmpty()) {
        heading(QCoreApplication::translate("Report", "Dose changes found in the range"));
        bullets(m_summary.reductionsInRange, font(kSmall));
    }
    if (m_summary.options.sections & Adherence && !m_summary.deviations.isEmpty()) {
        heading(QCoreApplication::translate("Report", "Days not as planned"));
        QStringList lines;
        for (const Deviation &d : m_summary.deviations.mid(0, 60))
            lines << QCoreApplication::translate("Report", "%1: %2 %3 taken, %4 planned")
                         .arg(iso(d.date), d.drugName, mgText(d.takenMg), mgText(d.plannedMg));
        if (m_summary.deviations.size() > 60)
            lines << QCoreApplication::translate("Report", "and %1 more days (see the day-by-day table)")
                         .arg(m_summary.deviations.size() - 60);
        bullets(lines, font(kSmall));
    }
}

void ReportRenderer::layoutSources()
{
    heading(QCoreApplication::translate("Report", "Sources and method"));
    QStringList lines;
    for (const Source &src : m_summary.sources)
        lines << src.text;
    bullets(lines, font(kSmall));
    space(6);
    paragraph(noAdviceSentence(), font(kBody, true));
}

void ReportRenderer::paintFrame(QPainter &p, int index) const
{
    const QFont f = font(kSmall);
    const QFontMetricsF fm(f);
    p.setFont(f);
    p.setPen(kSoft);
    QString head = QCoreApplication::translate("Report", "Waymark summary");
    if (!m_summary.options.name.trimmed().isEmpty())
        head += QStringLiteral(" · ") + m_summary.options.name.trimmed();
    const QString range
        = QCoreApplication::translate("Report", "%1 to %2").arg(iso(m_summary.options.from), iso(m_summary.options.to));
    const double top = m_margin;
    p.drawText(QPointF(m_margin, top + fm.ascent()), head);
    p.drawText(QPointF(m_margin + contentWidth() - fm.horizontalAdvance(range), top + fm.ascent()), range);
    p.setPen(QPen(kRule, 0.6));
    p.drawLine(QPointF(m_margin, top + fm.height() + 3), QPointF(m_margin + contentWidth(), top + fm.height() + 3));
    const double foot = m_size.height() - m_margin;
    p.drawLine(QPointF(m_margin, foot - fm.height() - 4), QPointF(m_margin + contentWidth(), foot - fm.height() - 4));
    p.setPen(kSoft);
    const QString page = QCoreApplication::translate("Report", "Page %1 of %2").arg(index + 1).arg(pageCount());
    p.drawText(QPointF(m_margin, foot - fm.descent()),
        QCoreApplication::translate("Report", "%1 · not medical advice").arg(range));
    p.drawText(QPointF(m_margin + contentWidth() - fm.horizontalAdvance(page), foot - fm.descent()), page);
}

void ReportRenderer::paintPage(QPainter &p, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(QRectF(QPointF(0, 0), m_size), Qt::white);
    paintFrame(p, index);
    for (const Draw &op : m_pages[index].ops)
        op(p);
    p.restore();
}

void ReportRenderer::paintPageOn(QPainter &p, int index) const
{
    const QPaintDevice *device = p.device();
    p.save();
    if (device) {
        const double sx = device->width() / m_size.width();
        const double sy = device->height() / m_size.height();
        p.scale(sx, sy);
    }
    paintPage(p, index);
    p.restore();
}

QPageSize::PageSizeId ReportRenderer::paperForLocale(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::PuertoRico:
    case QLocale::Guatemala:
        return QPageSize::Letter;
    default:
        return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
    }
}

std::optional<QPageSize::PageSizeId> ReportRenderer::paperFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4"))
        return QPageSize::A4;
    if (n == QLatin1String("letter"))
        return QPageSize::Letter;
    return std::nullopt;
}
