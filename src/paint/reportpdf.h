// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QString>

class ReportRenderer;

/**
 * The clinician summary's pages as a PDF (QPdfWriter: vector graphics, real text, fonts
 * embedded) and as images (the Share page's preview). Both paint with ReportRenderer::paintPageOn.
 */
namespace waymark::report {

/** The PDF's title in the summary's language: "Waymark summary 2026-01-01 to 2026-03-31". */
QString pdfTitle(const QDate &from, const QDate &to);
/** The whole PDF in memory. */
QByteArray renderPdf(const ReportRenderer &renderer, const QString &title);
/** Writes the PDF atomically (QSaveFile): the file is complete or untouched. Throws
 *  waymark::Error(Io) naming what failed, never the diary's content. */
void writePdf(const ReportRenderer &renderer, const QString &path, const QString &title);
/** One page as an image, widthPx wide (white background). */
QImage renderPageImage(const ReportRenderer &renderer, int index, int widthPx);

} // namespace waymark::report
