// SPDX-License-Identifier: GPL-3.0-or-later
// The Share page's controller and the "for my prescriber" mark on the Today page's note.
#include "appfixture.h"
#include "daycontroller.h"
#include "demogenerator.h"
#include "historymodel.h"
#include "reportrenderer.h"
#include "sharecontroller.h"
#include "translations.h"
#include "undocontroller.h"

#include <QFile>
#include <QImage>
#include <QPainter>

using namespace waymark;

TEST_CASE("DayController marks the note for the prescriber as one undoable step", "[app][day][report]")
{
    AppFixture app;
    DayController day;
    UndoController undo;
    CHECK_FALSE(day.setNoteForPrescriber(true)); // no note yet: nothing to mark
    CHECK_FALSE(day.noteForPrescriber());
    REQUIRE(day.saveNote(QStringLiteral("Ask about the liquid form.")));
    REQUIRE(day.setNoteForPrescriber(true));
    CHECK(day.noteForPrescriber());
    CHECK(app.diary().day(test::testClock().today()).noteForPrescriber);
    HistoryModel history;
    REQUIRE(history.rowCount() == 1);
    CHECK(history.data(history.index(0), HistoryModel::NoteForPrescriberRole).toBool());
    REQUIRE(undo.undo());
    CHECK_FALSE(day.noteForPrescriber());
    CHECK(day.note() == QStringLiteral("Ask about the liquid form.")); // the note stays
    CHECK_FALSE(history.data(history.index(0), HistoryModel::NoteForPrescriberRole).toBool());
    REQUIRE(undo.redo());
    CHECK(day.noteForPrescriber());
}

TEST_CASE("ShareController lays out the demo's summary, saves the PDF and gives the drug history", "[app][report]")
{
    AppFixture app;
    DemoOptions demo;
    demo.endDate = test::testClock().today();
    demo.withPlan = true;
    generateDemo(app.diary(), demo);

    ShareController share;
    share.setActive(true);
    share.refresh();
    // The demo's plan starts today: the range is the last 3 months.
    CHECK(share.fromDate() == QStringLiteral("2025-12-16"));
    CHECK(share.toDate() == QStringLiteral("2026-03-15"));
    REQUIRE(share.renderer());
    CHECK(share.pageCount() >= 3);
    CHECK(share.errorText().isEmpty());
    CHECK(share.historyText().contains(QStringLiteral("Sertraline")));

    // The preview's pages are the PDF's: paint one on an image; it has ink on it.
    QImage image(400, int(400 * share.pageAspect()), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        share.renderer()->paintPageOn(p, 0);
    }
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 128;
    CHECK(dark > 500);

    // Fewer sections, fewer pages; the letter paper has its own aspect.
    const int all = share.pageCount();
    share.setSection(QStringLiteral("days"), false);
    share.refresh();
    CHECK(share.pageCount() < all);
    CHECK_FALSE(share.sections().contains(QStringLiteral("days")));
    share.setPaper(QStringLiteral("letter"));
    share.refresh();
    CHECK(share.pageAspect() == Approx(11.0 / 8.5));

    const QString path = app.folder.file(QStringLiteral("summary"));
    REQUIRE(share.saveToPath(path)); // ".pdf" is added
    QFile file(path + QStringLiteral(".pdf"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(share.doneText().contains(QStringLiteral("not encrypted")));

    // A bad range says so and gives no pages; saving then fails without writing.
    share.setFromDate(QStringLiteral("2026-03-20"));
    share.refresh();
    CHECK(share.pageCount() == 0);
    CHECK(share.errorField() == QStringLiteral("to"));
    CHECK_FALSE(share.saveToPath(app.folder.file(QStringLiteral("bad.pdf"))));
    CHECK_FALSE(QFile::exists(app.folder.file(QStringLiteral("bad.pdf"))));
    share.resetRange();
    share.refresh();
    CHECK(share.pageCount() > 0);

    // Locked: nothing of the diary stays.
    app.session.lock();
    CHECK(share.pageCount() == 0);
    CHECK(share.historyText().isEmpty());
}

TEST_CASE("In German, the Share page's days are German dates, not ISO", "[app][share][i18n]")
{
    AppFixture f;
    f.addSertraline();
    const QLocale before;
    Translations german;
    REQUIRE(german.apply(QStringLiteral("de")));
    ShareController share;
    share.setActive(true);
    share.setFromDate(QStringLiteral("2025-12-16"));
    share.setToDate(QStringLiteral("2026-03-15"));
    CHECK(share.fromDate() == QStringLiteral("2025-12-16")); // what the date picker reads
    CHECK(share.fromText() == QStringLiteral("16. Dez. 2025"));
    CHECK(share.toText() == QStringLiteral("15. März 2026"));
    QLocale::setDefault(before);
}
