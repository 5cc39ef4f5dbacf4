// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/clinicalsummary.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QSizeF>
#include <functional>

class QPainter;

/**
 * Lays out the clinician summary on pages and paints any page with QPainter, so the same pages go
 * to a QPdfWriter (the PDF), a QImage (the Share page's preview) or any other QPaintDevice.
 *
 * Page units are CSS pixels (1/96 inch) with the origin at the page's top-left corner; the caller
 * scales the painter to its device (see paintPage). Fonts are given in pixels of those units, so
 * text measures the same whatever the device's resolution. The layout is done once, in the
 * constructor; painting a page does no layout.
 */
class ReportRenderer
{
public:
    ReportRenderer(const waymark::report::Summary &summary, const QPageSize &pageSize, const QDate &generatedOn);
    ReportRenderer(const ReportRenderer &) = delete; // the page operations refer to this object
    ReportRenderer &operator=(const ReportRenderer &) = delete;

    int pageCount() const { return int(m_pages.size()); }
    /** The page's size in page units (1/96 inch). */
    QSizeF pageSize() const { return m_size; }
    /** Paints one page (0-based). The painter must map page units to the device: scale it by
     *  device dpi / 96 first (paintPageOn does). */
    void paintPage(QPainter &painter, int index) const;
    /** Scales the painter from page units to its device's resolution, then paints the page. */
    void paintPageOn(QPainter &painter, int index) const;

    /** A4, or Letter where the locale's countries use it (the US, Canada, Mexico, ...). */
    static QPageSize::PageSizeId paperForLocale(const QLocale &locale);
    /** "a4" / "letter" to a page size; nullopt for anything else. */
    static std::optional<QPageSize::PageSizeId> paperFromName(const QString &name);

private:
    using Draw = std::function<void(QPainter &)>;
    struct Page
    {
        QList<Draw> ops;
    };

    QFont font(int pixelSize, bool bold = false) const;
    double contentWidth() const { return m_size.width() - 2 * m_margin; }
    double bottom() const { return m_size.height() - m_margin - 24; }
    void newPage();
    /** Starts a new page unless height fits below the cursor. */
    void ensure(double height);
    void add(Draw op) { m_pages.last().ops.append(std::move(op)); }
    void heading(const QString &text, int level = 2);
    /** A paragraph, wrapped to the content width (indented by indent), split across pages by line. */
    void paragraph(const QString &text, const QFont &font, double indent = 0, const QColor &color = QColor());
    void bullets(const QStringList &items, const QFont &font);
    void space(double h) { m_y += h; }
    struct Column
    {
        QString title;
        double width = 0;
        Qt::Alignment align = Qt::AlignLeft;
    };
    /** A table whose header repeats on every page it runs over. */
    void table(const QList<Column> &columns, const QList<QStringList> &rows, const QList<bool> &shaded = {});

    void layoutFirstPage();
    void layoutCharts();
    void layoutDayTable();
    void layoutWeekTable();
    void layoutPlanSteps();
    void layoutSources();
    void paintFrame(QPainter &p, int index) const;

    waymark::report::Summary m_summary;
    QSizeF m_size;
    QDate m_generatedOn;
    QString m_family;
    double m_margin = 48;
    double m_y = 0;
    QList<Page> m_pages;
};
