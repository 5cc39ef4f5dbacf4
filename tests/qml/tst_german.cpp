// SPDX-License-Identifier: GPL-3.0-or-later
// The app in German (docs/ARCHITECTURE.md "Languages"): the texts the core words for the Plan and
// Charts pages (the method guidance, the chart's sentences, a plan's step warnings, an error shown
// beside a field) come out in German once the German translation is applied, as Settings applies it.
#include "appfixture.h"
#include "chart/chartcontroller.h"
#include "daycontroller.h"
#include "plancontroller.h"
#include "plandraft.h"
#include "symptomratingmodel.h"
#include "translations.h"

#include "diary.h"

#include <QRegularExpression>

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
        QStringLiteral("\\b(the|and|each|step|steps|dose|cut|cuts|points|symptoms|reduction|"
                       "reductions|after|rose|settled|waves?|days|usual|guidance|stopping)\\b"),
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
