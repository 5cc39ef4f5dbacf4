// SPDX-License-Identifier: GPL-3.0-or-later
// The app in German (docs/ARCHITECTURE.md "Languages"): the texts the core words for the Plan and
// Charts pages (the method guidance, the chart's sentences, a plan's step warnings, an error shown
// beside a field) come out in German once the German translation is applied, as Settings applies it.
#include "appfixture.h"
#include "chart/chartcontroller.h"
#include "daycontroller.h"
#include "druglistmodel.h"
#include "plancontroller.h"
#include "plandraft.h"
#include "planswitch.h"
#include "symptomratingmodel.h"
#include "translations.h"
#include "undocontroller.h"

#include "diary.h"
#include "errors.h"
#include "planner/schedule.h"
#include "session.h"

#include <QRegularExpression>
#include <QSignalSpy>

using namespace waymark;

namespace {

const QDate kToday(2026, 3, 15); // the test clock's day

/** The German translation for one test; English and the previous locale back afterwards. */
struct German
{
    QLocale before;
    Translations translations;
    German() { REQUIRE(translations.apply(QStringLiteral("de"))); }
    ~German() { QLocale::setDefault(before); }
};

/** English words a German sentence of these texts never has (whole words, any case). */
QStringList englishWords(const QString &text)
{
    static const QRegularExpression words(
        QStringLiteral("\\b(the|and|each|step|steps|dose|doses|cut|cuts|points|symptoms|reduction|"
                       "reductions|after|rose|settled|waves?|days|usual|guidance|stopping|would|allow|more|"
                       "with|or|from|these|forms|tablets?|capsules?|liquid|halved|plain|scored|markets|oral|"
                       "solution|drops|changed|logged|already|unchanged|evening|morning|line|not)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (auto it = words.globalMatch(text); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

/** 120 days ending today: sertraline 50 mg, cut to 40 mg 60 days ago, and a rise in dizziness after it. */
void fill(Diary &diary)
{
    const qint64 drug = diary.addDrug(QStringLiteral("Sertraline")).id;
    diary.batch([&] {
        for (int back = 119; back >= 0; --back) {
            const QDate day = kToday.addDays(-back);
            diary.logDose({ day, QTime(8, 0), drug, back >= 60 ? 50000 : 40000, std::nullopt, {}, false });
            const bool wave = back <= 57 && back >= 45;
            diary.setRating(day, QStringLiteral("dizziness"), wave ? 4 : back % 2);
            diary.setRating(day, QStringLiteral("headache"), wave ? 3 : 0);
        }
    });
}

/** A linear plan for the drug: from `start` mg on 1 March 2026, cutting `step` mg, as typed in German. */
void linearDraft(PlanDraft &draft, qint64 drug, const QString &start, const QString &step)
{
    draft.setDrugId(drug);
    draft.setMethod(QStringLiteral("linear"));
    draft.setStartDose(start);
    draft.setStartDate(QStringLiteral("2026-03-01"));
    draft.setStepSize(step);
}

} // namespace

TEST_CASE("In German, the method guidance of a plan is German, with a decimal comma", "[app][plan][i18n]")
{
    AppFixture f;
    const German german;
    PlanDraft draft;
    linearDraft(draft, f.addSertraline(), QStringLiteral("50"), QStringLiteral("12,5"));
    REQUIRE(draft.valid());
    REQUIRE(draft.save() > 0);
    PlanController plans;
    REQUIRE(plans.planCount() == 1);
    const QStringList lines = plans.plans()->get(0).value(QStringLiteral("guidanceLines")).toStringList();
    REQUIRE(lines.size() >= 2);
    for (const QString &line : lines) {
        INFO(line.toStdString());
        CHECK(englishWords(line).isEmpty());
    }
    const QString all = lines.join(u' ');
    CHECK(all.contains(QStringLiteral("Schritt")));
    CHECK(all.contains(QStringLiteral("12,5 mg"))); // each step's cut, with the German decimal comma
    CHECK_FALSE(all.contains(QStringLiteral("12.5")));
}

TEST_CASE("In German, the Charts page's sentences are German", "[app][chart][i18n]")
{
    AppFixture f;
    fill(f.diary());
    const German german;
    ChartController chart;
    chart.reload();
    chart.setRange(QStringLiteral("all"));
    REQUIRE(chart.reductionCount() == 1);
    for (const QString &sentence : { chart.reductionSummary(), chart.wavesSummary() }) {
        INFO(sentence.toStdString());
        CHECK_FALSE(sentence.isEmpty());
        CHECK(englishWords(sentence).isEmpty());
    }
    CHECK(chart.reductionSummary().startsWith(QStringLiteral("Nach der letzten Reduktion")));
    CHECK(chart.wavesSummary().contains(QStringLiteral("Welle")));
}

TEST_CASE("In German, an error from the core shown beside its field is German", "[app][plan][i18n]")
{
    AppFixture f;
    const German german;
    PlanDraft draft;
    linearDraft(draft, f.addSertraline(), QStringLiteral("10"), QStringLiteral("20")); // a step larger than the dose
    CHECK_FALSE(draft.valid());
    const QString text = draft.errorText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Schritt")));
    CHECK(englishWords(text).isEmpty());
}

TEST_CASE("In German, a symptom whose name has a soft hyphen is found by the word as typed", "[app][models][i18n]")
{
    AppFixture f;
    const German german;
    DayController day;
    SymptomRatingModel *model = day.symptoms();
    model->setSearch(QStringLiteral("konzentrationsprob"));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data(SymptomRatingModel::KeyRole).toString() == QStringLiteral("poor_concentration"));
    // the name shown may break at its soft hyphen on a narrow screen
    CHECK(model->index(0, 0).data(SymptomRatingModel::NameRole).toString().contains(QChar(0x00AD)));
}

TEST_CASE("In German, a start dose the forms cannot make is refused in German, naming the form that would",
    "[app][plan][i18n]")
{
    AppFixture f;
    DrugListModel drugs;
    QVariantList forms = drugs.libraryForms(QStringLiteral("Citalopram"));
    for (QVariant &v : forms) { // the 20 mg tablets in halves only
        QVariantMap m = v.toMap();
        m[QStringLiteral("chosen")] = m.value(QStringLiteral("kind")) == QLatin1String("tablet")
            && m.value(QStringLiteral("strength")) == QLatin1String("20");
        v = m;
    }
    REQUIRE(drugs.addMedicine(QStringLiteral("Citalopram"), QString(), QStringLiteral("15"), forms));
    const German german;
    PlanDraft draft;
    draft.setDrugId(f.diary().drugByName(QStringLiteral("Citalopram"))->id);
    draft.setMethod(QStringLiteral("percent"));
    CHECK_FALSE(draft.valid());
    CHECK(draft.errorField() == QStringLiteral("startDoseMg"));
    const QString text = draft.errorText();
    INFO(text.toStdString());
    CHECK(text.startsWith(QStringLiteral("Schritt 1 muss genau die jetzige Dosis sein")));
    CHECK(text.contains(QStringLiteral("Herstellen lässt sie sich so:")));
    CHECK(englishWords(text).isEmpty());
}

TEST_CASE("In German, a switch the forms cannot make in so many stages says in German which form would allow more",
    "[app][plan][switch][i18n]")
{
    AppFixture f;
    f.diary().addDrug(QStringLiteral("Alprazolam"));
    const German german;
    PlanSwitch sw;
    sw.setDose(QStringLiteral("0,5"));
    sw.setStages(12);
    const QString text = sw.errorText();
    INFO(text.toStdString());
    REQUIRE_FALSE(text.isEmpty());
    CHECK(text.contains(QStringLiteral("würde mehr ermöglichen")));
    CHECK(englishWords(text).isEmpty());
}

TEST_CASE("In German, a day inside an error message is written the German way, not ISO", "[app][plan][i18n]")
{
    const German german;
    planner::Plan plan;
    plan.method = planner::Method::Custom;
    plan.customDoses = { { QDate(2025, 12, 16), 10 }, { QDate(2025, 12, 16), 5 } };
    try {
        planner::computeSchedule(plan);
        FAIL("a custom plan with one date twice was accepted");
    } catch (const Error &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(QStringLiteral("Zeile 2:")));
        CHECK(e.message().contains(QStringLiteral("16. Dez. 2025")));
        CHECK_FALSE(e.message().contains(QStringLiteral("2025-12-16")));
    }
}

TEST_CASE("In German, the undo texts are German, also for a change made while the app was English", "[app][undo][i18n]")
{
    AppFixture f;
    UndoController undo;
    DayController day;
    REQUIRE(day.setWellbeing(3));
    CHECK(undo.undoText() == QStringLiteral("Wellbeing changed"));
    QSignalSpy state(&undo, &UndoController::stateChanged);
    {
        const German german;
        CHECK(state.size() >= 1); // the Undo bar reads the text again
        CHECK(undo.undoText() == QStringLiteral("Befinden geändert"));
        REQUIRE(undo.undo());
        CHECK(undo.redoText() == QStringLiteral("Befinden geändert"));
    }
    CHECK(undo.redoText() == QStringLiteral("Wellbeing changed")); // English again
}

TEST_CASE("In German, the library's notes on splitting and on its liquids are German", "[app][medicines][i18n]")
{
    AppFixture f;
    const German german;
    DrugListModel drugs;
    const QString note = drugs.libraryNote(QStringLiteral("Citalopram"));
    INFO(note.toStdString());
    CHECK(note == QStringLiteral("Teilen: normale Tabletten, in manchen Ländern mit Bruchkerbe (S5)."));
    QStringList liquidNotes;
    for (const QVariant &v : drugs.libraryForms(QStringLiteral("Citalopram")))
        if (v.toMap().value(QStringLiteral("kind")) == QLatin1String("liquid")) {
            liquidNotes << v.toMap().value(QStringLiteral("note")).toString();
            // the form's own label with the German decimal comma (and a no-break space before the unit)
            CHECK(
                v.toMap().value(QStringLiteral("label")).toString().endsWith(QStringLiteral("(Spritze 0,1\u00a0mL)")));
        }
    REQUIRE(liquidNotes.size() == 2);
    CHECK(liquidNotes.first() == QStringLiteral("Lösung zum Einnehmen, USA"));
    for (const QString &n : liquidNotes) {
        INFO(n.toStdString());
        CHECK(englishWords(n).isEmpty());
    }
}

TEST_CASE("In German, a switch recorded in English says in German which dose time each stage replaces",
    "[app][plan][switch][i18n]")
{
    AppFixture f;
    const Drug alprazolam = f.diary().addDrug(QStringLiteral("Alprazolam"));
    f.diary().setDoseTimes(alprazolam.id, { { QTime(8, 0), 1 }, { QTime(22, 0), 1 } });
    const StoredSwitch recorded
        = f.diary().recordSwitch(alprazolam.id, 2, QDate(2026, 3, 1), 2, 14, QStringLiteral("S2"), true);
    REQUIRE(recorded.crossover.stages.size() == 3);
    CHECK(recorded.crossover.stages.at(1).timesChange.startsWith(QStringLiteral("evening (22:00) dose 1 mg")));
    const German german;
    const StoredSwitch read = f.diary().switches().first();
    const QString stage1 = read.crossover.stages.at(1).timesChange;
    const QString stage2 = read.crossover.stages.at(2).timesChange;
    INFO(stage1.toStdString() << " / " << stage2.toStdString());
    CHECK(stage1.startsWith(QStringLiteral("Dosis Abend (22:00): 1\u00a0mg → ")));
    CHECK(stage1.endsWith(QStringLiteral("Diazepam; Morgen unverändert")));
    CHECK(stage2.endsWith(QStringLiteral("Diazepam; Abend schon Diazepam")));
    CHECK(englishWords(stage1 + u' ' + stage2).isEmpty());
}

TEST_CASE("In German, two sources of one day's dose are named in German on Today", "[app][plan][day][i18n]")
{
    AppFixture f;
    const qint64 alprazolam = f.diary().addDrug(QStringLiteral("Alprazolam")).id;
    const StoredSwitch sw = f.diary().recordSwitch(alprazolam, 2, QDate(2026, 3, 1), 4, 14, QStringLiteral("S2"), true);
    const Drug diazepam = *f.diary().drugByName(QStringLiteral("Diazepam"));
    f.diary().endSwitch(sw.id, QDate(2026, 3, 20)); // it still gives diazepam today, as the plan does
    planner::Plan p = f.diary().planTemplate(diazepam.id);
    p.method = planner::Method::Linear;
    p.startDoseMg = 20;
    p.startDate = QDate(2026, 3, 10);
    p.stepSize = 2;
    f.diary().savePlan(diazepam.id, p);
    const German german;
    DayController day;
    const QString text = day.plannedConflict();
    INFO(text.toStdString());
    CHECK(text.startsWith(QStringLiteral("Diazepam: Zwei Quellen geben für diesen Tag eine Dosis")));
    CHECK(text.contains(QStringLiteral("Umstellung %1, Stufe 2 von 4").arg(sw.id)));
    CHECK(englishWords(text).isEmpty());
}
