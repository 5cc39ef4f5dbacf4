// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpdf.h"

#include "errors.h"
#include "reportrenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <cmath>

namespace waymark::report {

namespace {

void paintPdf(const ReportRenderer &renderer, QIODevice *device, const QString &title)
{
    QPdfWriter writer(device);
    writer.setCreator(QStringLiteral("Waymark %1").arg(QStringLiteral(WAYMARK_VERSION)));
    writer.setTitle(title);
    writer.setResolution(1200); // device units only; the pages are vector graphics
    const QSizeF size = renderer.pageSize();
    writer.setPageSize(QPageSize(QSizeF(size.width() * 72.0 / 96.0, size.height() * 72.0 / 96.0), QPageSize::Point,
        QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer))
        throw Error(ErrorCode::Io, QCoreApplication::translate("Errors", "Could not start writing the PDF."));
    for (int i = 0; i < renderer.pageCount(); ++i) {
        if (i > 0)
            writer.newPage();
        renderer.paintPageOn(painter, i);
    }
    painter.end();
}

} // namespace

QString pdfTitle(const QDate &from, const QDate &to)
{
    return QCoreApplication::translate("Report", "Waymark summary %1 to %2").arg(dateText(from), dateText(to));
}

QByteArray renderPdf(const ReportRenderer &renderer, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    paintPdf(renderer, &buffer, title);
    return bytes;
}

void writePdf(const ReportRenderer &renderer, const QString &path, const QString &title)
{
    const QByteArray bytes = renderPdf(renderer, title);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(ErrorCode::Io,
            QCoreApplication::translate(
                "Errors", "Could not write the PDF there (%1). Choose a folder you can write to.")
                .arg(file.errorString()),
            QStringLiteral("out"));
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Could not finish writing the PDF (%1); nothing was saved.")
                .arg(file.errorString()),
            QStringLiteral("out"));
}

QImage renderPageImage(const ReportRenderer &renderer, int index, int widthPx)
{
    const QSizeF size = renderer.pageSize();
    const int w = std::max(1, widthPx);
    const int h = std::max(1, int(std::lround(w * size.height() / size.width())));
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.paintPageOn(painter, index);
    painter.end();
    return image;
}

} // namespace waymark::report
