// SPDX-License-Identifier: GPL-3.0-or-later
#include "appfixture.h"
#include "daycontroller.h"
#include "druglistmodel.h"
#include "formulationmodel.h"
#include "historymodel.h"
#include "symptomlistmodel.h"

#include "demogenerator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace waymark;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
const QDate kToday(2026, 3, 15);

template <typename Model> QVariant value(const Model &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}
} // namespace

TEST_CASE("Every model answers every role the pages use, for real rows", "[app][models]")
{
    AppFixture app;
    DemoOptions options;
    options.days = 30;
    options.endDate = kToday;
    generateDemo(app.diary(), options);
    HistoryModel history;
    DrugListModel drugs;
    SymptomListModel symptoms;
    const qint64 sertraline = [&] {
        for (const Drug &d : app.diary().drugs())
            if (d.name == QLatin1String("Sertraline"))
                return d.id;
        return qint64(0);
    }();
    REQUIRE(sertraline != 0);
    FormulationModel forms;
    forms.setDrugId(sertraline);

    // The role names the QML delegates read (a renamed role would leave a page blank).
    const QList<std::pair<const QAbstractItemModel *, QList<QByteArray>>> cases = {
        { &history,
            { "date", "dateLabel", "dosesText", "symptomsPresent", "symptomsRated", "symptomLoad", "safetyFlag",
                "wellbeing", "sleepHours", "sleepText", "hasNote" } },
        { &drugs, { "drugId", "name", "drugClass", "hidden", "fromLibrary", "detail" } },
        { &symptoms, { "key", "name", "group", "groupFirst", "hidden", "usual", "safety" } },
        { &forms, { "formulationId", "label", "kind", "hidden" } },
    };
    for (const auto &[model, names] : cases) {
        INFO(model->metaObject()->className());
        REQUIRE(model->rowCount() > 0);
        const QHash<int, QByteArray> roles = model->roleNames();
        for (const QByteArray &name : names)
            CHECK(roles.key(name, -1) > Qt::UserRole);
        const QModelIndex first = model->index(0, 0);
        REQUIRE(first.isValid());
        CHECK(model->rowCount(first) == 0); // a list: rows have no children
        for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
            if (it.key() <= Qt::UserRole)
                continue;
            INFO("role " << it.value().constData());
            CHECK(model->data(first, it.key()).isValid());
        }
    }
}

TEST_CASE("HistoryModel follows the diary row by row", "[app][models][history]")
{
    AppFixture app;
    HistoryModel history;
    QAbstractItemModelTester tester(&history, kFatal);
    CHECK(history.rowCount() == 0);

    QSignalSpy inserted(&history, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&history, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&history, &QAbstractItemModel::modelReset);

    app.diary().setWellbeing(kToday.addDays(-2), 5);
    app.diary().setWellbeing(kToday, 7);
    app.diary().setSleepHours(kToday.addDays(-1), 6.5);
    REQUIRE(history.rowCount() == 3);
    CHECK(inserted.count() == 3);
    CHECK(value(history, 0, HistoryModel::DateRole).toString() == QStringLiteral("2026-03-15"));
    CHECK(value(history, 1, HistoryModel::DateRole).toString() == QStringLiteral("2026-03-14"));
    CHECK(value(history, 2, HistoryModel::DateRole).toString() == QStringLiteral("2026-03-13"));
    CHECK(value(history, 0, HistoryModel::WellbeingRole).toInt() == 7);
    CHECK(value(history, 1, HistoryModel::WellbeingRole).toInt() == -1);
    CHECK(value(history, 1, HistoryModel::SleepTextRole).toString() == QStringLiteral("6.5"));
    CHECK(value(history, 0, HistoryModel::SleepTextRole).toString().isEmpty());
    // a day without ratings says "not rated", which is not "no symptoms"
    CHECK(value(history, 0, HistoryModel::SymptomsRatedRole).toInt() == 0);
    app.diary().setRating(kToday.addDays(-2), QStringLiteral("insomnia"), 0);
    CHECK(value(history, 2, HistoryModel::SymptomsRatedRole).toInt() == 1);
    CHECK(value(history, 2, HistoryModel::SymptomsPresentRole).toInt() == 0);

    QSignalSpy changed(&history, &QAbstractItemModel::dataChanged);
    app.diary().setRating(kToday, QStringLiteral("suicidal_thoughts"), 3);
    CHECK(changed.count() == 1);
    CHECK(value(history, 0, HistoryModel::SafetyFlagRole).toBool());
    CHECK(value(history, 0, HistoryModel::SymptomsPresentRole).toInt() == 1);

    app.diary().setSleepHours(kToday.addDays(-1), std::nullopt);
    CHECK(history.rowCount() == 2);
    CHECK(removed.count() == 1);
    CHECK(reset.count() == 0);
}

TEST_CASE("HistoryModel on a demo diary, and locking empties it", "[app][models][history]")
{
    AppFixture app;
    DemoOptions options;
    options.days = 30;
    options.endDate = kToday;
    generateDemo(app.diary(), options);
    HistoryModel history;
    QAbstractItemModelTester tester(&history, kFatal);
    CHECK(history.rowCount() > 20);
    CHECK(value(history, 0, HistoryModel::DosesTextRole).toString().contains(QStringLiteral(" mg")));
    app.session.lock();
    CHECK(history.rowCount() == 0);
    REQUIRE(app.session.unlock(test::kPassphrase));
    CHECK(history.rowCount() > 20);
}

TEST_CASE("HistoryModel reads the newest months first and older ones as the list asks", "[app][models][history]")
{
    AppFixture app;
    Diary &d = app.diary();
    // 400 days up to today, then one day alone five years earlier (a gap of years in the diary)
    const QDate lonely = kToday.addYears(-5);
    d.batch([&] {
        for (int i = 0; i < 400; ++i)
            d.setWellbeing(kToday.addDays(-i), i % 11);
        d.setSleepHours(lonely, 7);
    });
    REQUIRE(d.recordedDayCount() == 401);
    // (no QAbstractItemModelTester here: it calls fetchMore on every signal; see the test below)
    HistoryModel history;

    // The newest three whole months (January to today, 74 days) and nothing older.
    CHECK(history.rowCount() == 74);
    CHECK(history.rowCount() >= HistoryModel::kMinRows);
    CHECK(history.windowStart() == QDate(2026, 1, 1));
    CHECK(value(history, 0, HistoryModel::DateRole).toString() == QStringLiteral("2026-03-15"));
    CHECK(value(history, 73, HistoryModel::DateRole).toString() == QStringLiteral("2026-01-01"));
    CHECK(history.dayCount() == 401); // the header counts the whole diary
    REQUIRE(history.canFetchMore({}));

    // A change to a day not read yet: no row, but the count follows.
    QSignalSpy inserted(&history, &QAbstractItemModel::rowsInserted);
    d.setNote(QDate(2025, 6, 1), QStringLiteral("older"));
    CHECK(inserted.isEmpty());
    CHECK(history.rowCount() == 74);
    CHECK(d.recordedDayCount() == 401); // that day had a wellbeing already
    d.setNote(kToday.addYears(-3), QStringLiteral("a day alone"));
    CHECK(history.dayCount() == 402);
    CHECK(history.rowCount() == 74);

    // Each fetch appends six months below, in order; the last one reads across the years of gap.
    history.fetchMore({});
    CHECK(history.rowCount() == 74 + 184); // July to December 2025
    CHECK(history.windowStart() == QDate(2025, 7, 1));
    int fetches = 1;
    while (history.canFetchMore({}) && fetches < 10) {
        history.fetchMore({});
        ++fetches;
    }
    CHECK_FALSE(history.canFetchMore({}));
    // the 142 older days (February to June 2025), then the two lone days in one fetch: a fetch
    // stops at kMinRows rows or at the first day, however many empty months lie between
    CHECK(fetches == 3);
    CHECK(history.rowCount() == 402);
    CHECK(history.dayCount() == 402);
    CHECK(!history.windowStart().isValid());
    QDate previous = kToday.addDays(1);
    for (int row = 0; row < history.rowCount(); ++row) {
        const QDate date = QDate::fromString(value(history, row, HistoryModel::DateRole).toString(), Qt::ISODate);
        CHECK(date < previous);
        previous = date;
    }
    CHECK(previous == lonely);

    // Once everything is read, a change anywhere is a row like any other.
    d.setSleepHours(lonely.addDays(-1), 8);
    CHECK(history.rowCount() == 403);
    CHECK(history.dayCount() == 403);

    // Locking forgets the window; unlocking reads the newest months again.
    app.session.lock();
    CHECK(history.rowCount() == 0);
    CHECK(history.dayCount() == 0);
    REQUIRE(app.session.unlock(test::kPassphrase));
    CHECK(history.rowCount() == 74);
    CHECK(history.dayCount() == 403);

    // Under the model tester (which fetches on every signal) rows stay whole and in order.
    QAbstractItemModelTester tester(&history, kFatal);
    app.diary().setWellbeing(kToday, 10); // (the diary object is a new one since the unlock)
    CHECK(history.rowCount() > 74);
    CHECK(history.dayCount() == 403);
}

TEST_CASE("Diary::recordedDayCount counts the days history() lists", "[app][models][history]")
{
    AppFixture app;
    Diary &d = app.diary();
    CHECK(d.recordedDayCount() == 0);
    const qint64 sertraline = app.addSertraline();
    d.logDose({ kToday.addDays(-10), QTime(8, 0), sertraline, 50000, {}, {}, false }); // a dose only
    d.setRating(kToday.addDays(-20), QStringLiteral("headache"), 1); // a rating only
    d.setWellbeing(kToday.addDays(-30), 6); // a day field only
    d.logDose({ kToday, QTime(8, 0), sertraline, 50000, {}, {}, false }); // all three on one day
    d.setRating(kToday, QStringLiteral("headache"), 2);
    d.setSleepHours(kToday, 7);
    CHECK(d.recordedDayCount() == 4);
    CHECK(d.recordedDayCount() == int(d.history(QDate(1900, 1, 1), QDate(9999, 12, 31)).size()));
    d.clearRating(kToday.addDays(-20), QStringLiteral("headache"));
    CHECK(d.recordedDayCount() == 3);
}

TEST_CASE("HistoryModel reads a sparse diary back until a view is full", "[app][models][history]")
{
    AppFixture app;
    Diary &d = app.diary();
    d.batch([&] {
        for (int i = 0; i < 30; ++i) // one day a month for two and a half years
            d.setWellbeing(kToday.addMonths(-i), 5);
    });
    HistoryModel history;
    QAbstractItemModelTester tester(&history, kFatal);
    // 3 months hold 3 rows: it reads further back in one go, and all 30 are fewer than kMinRows
    CHECK(history.rowCount() == 30);
    CHECK_FALSE(history.canFetchMore({}));
    CHECK(history.dayCount() == 30);
}

TEST_CASE("DrugListModel adds from the library or by hand and hides", "[app][models][drugs]")
{
    AppFixture app;
    DrugListModel drugs;
    QAbstractItemModelTester tester(&drugs, kFatal);
    const int libraryCount = int(drugs.libraryNames().size());
    REQUIRE(libraryCount > 5);

    REQUIRE(drugs.addFromLibrary(QStringLiteral("Sertraline")));
    CHECK(drugs.rowCount() == 1);
    CHECK(value(drugs, 0, DrugListModel::FromLibraryRole).toBool());
    CHECK(drugs.libraryNames().size() == libraryCount - 1);
    CHECK_FALSE(drugs.addFromLibrary(QStringLiteral("sertraline")));
    CHECK_FALSE(drugs.error()->text().isEmpty());

    CHECK_FALSE(drugs.addCustom(QStringLiteral("Mystery"), QString()));
    REQUIRE(drugs.addCustom(QStringLiteral("Mystery"), QStringLiteral("other")));
    CHECK(drugs.error()->text().isEmpty());
    CHECK(drugs.rowCount() == 2);

    const qint64 id = value(drugs, 0, DrugListModel::IdRole).toLongLong();
    REQUIRE(drugs.setHidden(id, true));
    CHECK(drugs.rowCount() == 2);
    bool hiddenSeen = false;
    for (int row = 0; row < drugs.rowCount(); ++row)
        hiddenSeen = hiddenSeen || value(drugs, row, DrugListModel::HiddenRole).toBool();
    CHECK(hiddenSeen);
}

TEST_CASE("FormulationModel adds tablets, capsules and liquids", "[app][models][formulations]")
{
    AppFixture app;
    const qint64 drug = app.diary().addDrug(QStringLiteral("Mystery"), QStringLiteral("other")).id;
    FormulationModel forms;
    QAbstractItemModelTester tester(&forms, kFatal);
    forms.setDrugId(drug);
    CHECK(forms.rowCount() == 0);
    REQUIRE(forms.addTablet(QStringLiteral("10"), 2, false));
    REQUIRE(forms.addCapsule(QStringLiteral("25"), false));
    REQUIRE(forms.addLiquid(QStringLiteral("2"), QStringLiteral("0.1")));
    CHECK(forms.rowCount() == 3);
    CHECK_FALSE(forms.addTablet(QStringLiteral("10"), 2, true)); // modified release cannot be split
    CHECK_FALSE(forms.error()->text().isEmpty());
    CHECK_FALSE(forms.addTablet(QStringLiteral("-1"), 1, false));
    CHECK(forms.rowCount() == 3);
    const qint64 id = value(forms, 0, FormulationModel::IdRole).toLongLong();
    REQUIRE(forms.setHidden(id, true));
    CHECK(value(forms, 0, FormulationModel::HiddenRole).toBool());

    const qint64 other = app.diary().addDrug(QStringLiteral("Sertraline")).id;
    forms.setDrugId(other);
    CHECK(forms.rowCount() > 0); // the library's strengths
}

TEST_CASE("SymptomListModel hides, marks usual and adds without losing history", "[app][models][symptoms]")
{
    AppFixture app;
    SymptomListModel symptoms;
    QAbstractItemModelTester tester(&symptoms, kFatal);
    const int count = symptoms.rowCount();
    REQUIRE(count >= 40);
    CHECK(symptoms.groups().size() == 8);
    CHECK(value(symptoms, 0, SymptomListModel::GroupFirstRole).toBool());

    app.diary().setRating(kToday, QStringLiteral("tinnitus"), 2);
    REQUIRE(symptoms.setHidden(QStringLiteral("tinnitus"), true));
    CHECK(symptoms.rowCount() == count);
    CHECK(app.diary().ratings(kToday).value(QStringLiteral("tinnitus")) == 2);

    REQUIRE(symptoms.setUsual(QStringLiteral("headache"), true));
    REQUIRE(symptoms.addSymptom(QStringLiteral("Jaw clenching"), QStringLiteral("Movement")));
    CHECK(symptoms.rowCount() == count + 1);
    CHECK_FALSE(symptoms.addSymptom(QStringLiteral("Jaw clenching"), QStringLiteral("Movement")));
    CHECK_FALSE(symptoms.error()->text().isEmpty());
    CHECK(symptoms.error()->field() == QStringLiteral("symptom")); // beside the name field

    // a delegate sets usual through the model (first run): one undoable change in the diary
    int row = 0;
    while (value(symptoms, row, SymptomListModel::KeyRole).toString() != QStringLiteral("nausea"))
        ++row;
    CHECK_FALSE(value(symptoms, row, SymptomListModel::UsualRole).toBool());
    REQUIRE(symptoms.setData(symptoms.index(row), true, SymptomListModel::UsualRole));
    CHECK(app.diary().symptom(QStringLiteral("nausea"))->usual);
    CHECK(app.session.undoStack().canUndo());
    CHECK_FALSE(symptoms.setData(symptoms.index(row), true, SymptomListModel::NameRole)); // names are not edited here
}

TEST_CASE("SymptomRatingModel filters by usual and search; ratings update single rows", "[app][models][ratings]")
{
    AppFixture app;
    DayController day;
    SymptomRatingModel *model = day.symptoms();
    QAbstractItemModelTester tester(model, kFatal);
    const int all = model->rowCount();
    CHECK_FALSE(model->hasUsual());
    CHECK_FALSE(model->onlyUsual()); // nothing usual yet: show everything

    app.diary().setRating(kToday.addDays(-3), QStringLiteral("dizziness"), 2);
    app.diary().setSymptomUsual(QStringLiteral("insomnia"), true);
    CHECK(model->hasUsual());
    model->setOnlyUsual(true);
    CHECK(model->rowCount() == 5); // dizziness, insomnia, and the three safety items always
    CHECK(model->hiddenByFilter() == all - 5);

    model->setSearch(QStringLiteral("zaps"));
    CHECK(model->rowCount() == 1);
    CHECK(value(*model, 0, SymptomRatingModel::KeyRole).toString() == QStringLiteral("brain_zaps"));
    model->setSearch(QString());

    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    REQUIRE(day.setRating(QStringLiteral("insomnia"), 3));
    REQUIRE(changed.count() == 1);
    const int row = changed.first().at(0).value<QModelIndex>().row();
    CHECK(value(*model, row, SymptomRatingModel::SeverityRole).toInt() == 3);
}

TEST_CASE("DoseListModel keeps rows in step with the day's doses", "[app][models][doses]")
{
    AppFixture app;
    const qint64 drug = app.addSertraline();
    DayController day;
    QAbstractItemModelTester tester(day.doses(), kFatal);
    QSignalSpy reset(day.doses(), &QAbstractItemModel::modelReset);
    CHECK(day.addDose(drug, QStringLiteral("25"), QStringLiteral("20:00"), QString()) == QStringLiteral("ok"));
    CHECK(day.addDose(drug, QStringLiteral("25"), QStringLiteral("08:00"), QString()) == QStringLiteral("ok"));
    REQUIRE(day.doses()->rowCount() == 2);
    CHECK(value(*day.doses(), 0, DoseListModel::TimeTextRole).toString() == QStringLiteral("08:00"));
    CHECK(value(*day.doses(), 1, DoseListModel::TimeTextRole).toString() == QStringLiteral("20:00"));
    REQUIRE(day.deleteDose(value(*day.doses(), 0, DoseListModel::IdRole).toLongLong()));
    CHECK(day.doses()->rowCount() == 1);
    CHECK(reset.count() == 0);
}
