// SPDX-License-Identifier: GPL-3.0-or-later
#include "diarycommands.h"

#include "errors.h"
#include "plandocuments.h"
#include "planner/plan.h"
#include "storedplan.h"

#include <QCoreApplication>

namespace waymark::commands {
namespace {

class FunctionCommand final : public UndoCommand
{
public:
    FunctionCommand(UndoLabel text, std::function<void(Diary &)> redo, std::function<void(Diary &)> undo)
        : m_text(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    { }
    QString text() const override { return m_text.text(); }
    void redo(Diary &diary) override { m_redo(diary); }
    void undo(Diary &diary) override { m_undo(diary); }

private:
    UndoLabel m_text;
    std::function<void(Diary &)> m_redo;
    std::function<void(Diary &)> m_undo;
};

StoredPlan requirePlan(const Diary &diary, qint64 planId)
{
    const auto p = diary.plan(planId);
    if (!p)
        throw Error(
            ErrorCode::NotFound, QCoreApplication::translate("Errors", "plan: no such plan"), QStringLiteral("plan"));
    return *p;
}

/** A plan change undone by putting back the snapshot taken before it; redone with the one after. */
std::unique_ptr<UndoCommand> planChange(const UndoLabel &text, qint64 planId, std::function<void(Diary &)> change)
{
    struct State
    {
        std::optional<StoredPlan> before;
        std::optional<StoredPlan> after;
    };
    auto state = std::make_shared<State>();
    return make(
        text,
        [state, planId, change = std::move(change)](Diary &d) {
            if (state->after) {
                d.restorePlan(*state->after);
                return;
            }
            state->before = requirePlan(d, planId);
            change(d);
            state->after = requirePlan(d, planId);
        },
        [state](Diary &d) { d.restorePlan(*state->before); });
}

} // namespace

std::unique_ptr<UndoCommand> make(
    const UndoLabel &text, std::function<void(Diary &)> redo, std::function<void(Diary &)> undo)
{
    return std::make_unique<FunctionCommand>(text, std::move(redo), std::move(undo));
}

std::unique_ptr<UndoCommand> logDoses(const QList<NewDose> &doses)
{
    auto logged = std::make_shared<QList<DoseEvent>>();
    return make(
        doses.size() == 1 ? UndoLabel(QT_TRANSLATE_NOOP("Undo", "Dose logged"))
                          : UndoLabel(QT_TRANSLATE_N_NOOP("Undo", "%n doses logged"), int(doses.size())),
        [doses, logged](Diary &d) {
            if (logged->isEmpty()) {
                for (const NewDose &dose : doses)
                    logged->append(d.logDose(dose));
                return;
            }
            for (DoseEvent &e : *logged)
                e = d.restoreDose(e);
        },
        [logged](Diary &d) {
            for (const DoseEvent &e : std::as_const(*logged))
                d.deleteDose(e.id);
        });
}

std::unique_ptr<UndoCommand> logDose(const NewDose &dose)
{
    return logDoses({ dose });
}

std::unique_ptr<UndoCommand> deleteDose(qint64 doseId)
{
    auto removed = std::make_shared<DoseEvent>();
    removed->id = doseId;
    return make(
        QT_TRANSLATE_NOOP("Undo", "Dose removed"),
        [removed](Diary &d) {
            const auto e = d.dose(removed->id);
            if (!e)
                throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "dose: no such dose entry"),
                    QStringLiteral("dose"));
            *removed = *e;
            d.deleteDose(e->id);
        },
        [removed](Diary &d) { *removed = d.restoreDose(*removed); });
}

std::unique_ptr<UndoCommand> setRatings(
    const QDate &day, const QMap<QString, std::optional<int>> &severities, const UndoLabel &text)
{
    auto before = std::make_shared<QMap<QString, std::optional<int>>>();
    auto apply = [day](Diary &d, const QMap<QString, std::optional<int>> &values) {
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (it.value())
                d.setRating(day, it.key(), *it.value());
            else
                d.clearRating(day, it.key());
        }
    };
    return make(
        text.isEmpty() ? UndoLabel(QT_TRANSLATE_NOOP("Undo", "Ratings changed")) : text,
        [=](Diary &d) {
            const QMap<QString, int> now = d.ratings(day);
            before->clear();
            for (auto it = severities.begin(); it != severities.end(); ++it)
                before->insert(
                    it.key(), now.contains(it.key()) ? std::optional<int>(now.value(it.key())) : std::nullopt);
            apply(d, severities);
        },
        [=](Diary &d) { apply(d, *before); });
}

std::unique_ptr<UndoCommand> setRating(const QDate &day, const QString &symptomKey, std::optional<int> severity)
{
    return setRatings(day, { { symptomKey, severity } },
        severity ? QT_TRANSLATE_NOOP("Undo", "Symptom rated") : QT_TRANSLATE_NOOP("Undo", "Rating cleared"));
}

namespace {

/** A day field: undo puts back the value read just before the change. */
template <typename T>
std::unique_ptr<UndoCommand> dayField(const UndoLabel &text, const QDate &day, T value,
    std::function<T(const DayEntry &)> read, std::function<void(Diary &, const QDate &, const T &)> write)
{
    auto before = std::make_shared<T>();
    return make(
        text,
        [=](Diary &d) {
            *before = read(d.day(day));
            write(d, day, value);
        },
        [=](Diary &d) { write(d, day, *before); });
}

} // namespace

std::unique_ptr<UndoCommand> setWellbeing(const QDate &day, std::optional<int> wellbeing)
{
    return dayField<std::optional<int>>(
        QT_TRANSLATE_NOOP("Undo", "Wellbeing changed"), day, wellbeing, [](const DayEntry &e) { return e.wellbeing; },
        [](Diary &d, const QDate &on, const std::optional<int> &v) { d.setWellbeing(on, v); });
}

std::unique_ptr<UndoCommand> setSleepHours(const QDate &day, std::optional<double> hours)
{
    return dayField<std::optional<double>>(
        QT_TRANSLATE_NOOP("Undo", "Sleep changed"), day, hours, [](const DayEntry &e) { return e.sleepHours; },
        [](Diary &d, const QDate &on, const std::optional<double> &v) { d.setSleepHours(on, v); });
}

std::unique_ptr<UndoCommand> setNote(const QDate &day, const QString &note)
{
    // Undo puts back the note and its "for my prescriber" mark (clearing a note clears the mark).
    struct Before
    {
        QString note;
        bool forPrescriber = false;
    };
    auto before = std::make_shared<Before>();
    return make(
        QT_TRANSLATE_NOOP("Undo", "Note changed"),
        [=](Diary &d) {
            const DayEntry e = d.day(day);
            *before = { e.note, e.noteForPrescriber };
            d.setNote(day, note);
        },
        [=](Diary &d) {
            d.batch([&] {
                d.setNote(day, before->note);
                if (!before->note.isEmpty())
                    d.setNoteForPrescriber(day, before->forPrescriber);
            });
        });
}

std::unique_ptr<UndoCommand> setNoteForPrescriber(const QDate &day, bool forPrescriber)
{
    auto before = std::make_shared<bool>(false);
    return make(
        forPrescriber ? QT_TRANSLATE_NOOP("Undo", "Note marked for your prescriber")
                      : QT_TRANSLATE_NOOP("Undo", "Note no longer marked for your prescriber"),
        [=](Diary &d) {
            *before = d.day(day).noteForPrescriber;
            d.setNoteForPrescriber(day, forPrescriber);
        },
        [=](Diary &d) { d.setNoteForPrescriber(day, *before); });
}

std::unique_ptr<UndoCommand> setDrugHidden(qint64 drugId, bool hidden)
{
    auto before = std::make_shared<bool>(false);
    return make(
        hidden ? QT_TRANSLATE_NOOP("Undo", "Medicine hidden") : QT_TRANSLATE_NOOP("Undo", "Medicine shown"),
        [=](Diary &d) {
            const auto drug = d.drug(drugId);
            *before = drug && drug->hidden;
            d.setDrugHidden(drugId, hidden);
        },
        [=](Diary &d) { d.setDrugHidden(drugId, *before); });
}

std::unique_ptr<UndoCommand> setSupplyMargin(double pct)
{
    auto before = std::make_shared<QString>();
    return make(
        QT_TRANSLATE_NOOP("Undo", "Supply margin changed"),
        [=](Diary &d) {
            *before = d.setting(plandocuments::kSupplyMarginKey);
            plandocuments::setSupplyMarginPct(d, pct);
        },
        // No margin before: an empty value, which reads as the default.
        [=](Diary &d) {
            d.setSetting(plandocuments::kSupplyMarginKey, before->isNull() ? QStringLiteral("") : *before);
        });
}

std::unique_ptr<UndoCommand> setDoseTimes(qint64 drugId, const QList<planner::DoseTime> &times)
{
    auto before = std::make_shared<QList<planner::DoseTime>>();
    return make(
        times.isEmpty() ? QT_TRANSLATE_NOOP("Undo", "Dose times cleared") : QT_TRANSLATE_NOOP("Undo", "Dose times set"),
        [=](Diary &d) {
            *before = d.doseTimes(drugId);
            d.setDoseTimes(drugId, times);
        },
        [=](Diary &d) { d.setDoseTimes(drugId, *before); });
}

std::unique_ptr<UndoCommand> setFormulationHidden(qint64 drugId, qint64 formulationId, bool hidden)
{
    auto before = std::make_shared<bool>(false);
    return make(
        hidden ? QT_TRANSLATE_NOOP("Undo", "Form hidden") : QT_TRANSLATE_NOOP("Undo", "Form shown"),
        [=](Diary &d) {
            for (const Formulation &f : d.formulations(drugId, true))
                if (f.id == formulationId)
                    *before = f.hidden;
            d.setFormulationHidden(formulationId, hidden);
        },
        [=](Diary &d) { d.setFormulationHidden(formulationId, *before); });
}

std::unique_ptr<UndoCommand> setSymptomHidden(const QString &symptomKey, bool hidden)
{
    auto before = std::make_shared<bool>(false);
    return make(
        hidden ? QT_TRANSLATE_NOOP("Undo", "Symptom hidden") : QT_TRANSLATE_NOOP("Undo", "Symptom shown"),
        [=](Diary &d) {
            const auto s = d.symptom(symptomKey);
            *before = s && s->hidden;
            d.setSymptomHidden(symptomKey, hidden);
        },
        [=](Diary &d) { d.setSymptomHidden(symptomKey, *before); });
}

std::unique_ptr<UndoCommand> setSymptomUsual(const QString &symptomKey, bool usual)
{
    auto before = std::make_shared<bool>(false);
    return make(
        usual ? QT_TRANSLATE_NOOP("Undo", "Symptom added to your usual ones")
              : QT_TRANSLATE_NOOP("Undo", "Symptom removed from your usual ones"),
        [=](Diary &d) {
            const auto s = d.symptom(symptomKey);
            *before = s && s->usual;
            d.setSymptomUsual(symptomKey, usual);
        },
        [=](Diary &d) { d.setSymptomUsual(symptomKey, *before); });
}

std::unique_ptr<UndoCommand> savePlan(qint64 drugId, const planner::Plan &plan, const QString &note)
{
    auto saved = std::make_shared<std::optional<StoredPlan>>();
    return make(
        QT_TRANSLATE_NOOP("Undo", "Plan saved"),
        [=](Diary &d) {
            if (*saved)
                d.restorePlan(**saved);
            else
                *saved = d.savePlan(drugId, plan, note);
        },
        [=](Diary &d) { d.deletePlan((*saved)->id); });
}

std::unique_ptr<UndoCommand> adjustPlan(qint64 planId, const planner::Adjustment &adjustment)
{
    return planChange(QT_TRANSLATE_NOOP("Undo", "Plan adjusted"), planId,
        [planId, adjustment](Diary &d) { d.adjustPlan(planId, adjustment); });
}

std::unique_ptr<UndoCommand> releasePlanHold(qint64 planId, const QDate &on)
{
    return planChange(
        QT_TRANSLATE_NOOP("Undo", "Hold released"), planId, [planId, on](Diary &d) { d.releasePlanHold(planId, on); });
}

std::unique_ptr<UndoCommand> archivePlan(qint64 planId)
{
    return planChange(
        QT_TRANSLATE_NOOP("Undo", "Plan archived"), planId, [planId](Diary &d) { d.archivePlan(planId); });
}

std::unique_ptr<UndoCommand> addDrug(const std::function<qint64(Diary &)> &add, const UndoLabel &text)
{
    auto id = std::make_shared<qint64>(0);
    return make(
        text.isEmpty() ? UndoLabel(QT_TRANSLATE_NOOP("Undo", "Medicine added")) : text, [=](Diary &d) { *id = add(d); },
        [=](Diary &d) { d.removeDrug(*id); });
}

std::unique_ptr<UndoCommand> addDrug(const QString &name, const QString &drugClass)
{
    return addDrug([=](Diary &d) { return d.addDrug(name, drugClass).id; });
}

std::unique_ptr<UndoCommand> addFormulation(const Formulation &formulation)
{
    auto id = std::make_shared<qint64>(0);
    return make(
        QT_TRANSLATE_NOOP("Undo", "Form added"), [=](Diary &d) { *id = d.addFormulation(formulation).id; },
        [=](Diary &d) { d.removeFormulation(*id); });
}

std::unique_ptr<UndoCommand> addSymptom(const QString &name, const QString &group)
{
    auto key = std::make_shared<QString>();
    return make(
        QT_TRANSLATE_NOOP("Undo", "Symptom added"), [=](Diary &d) { *key = d.addSymptom(name, group).key; },
        [=](Diary &d) { d.removeSymptom(*key); });
}

std::unique_ptr<UndoCommand> setSetting(const QString &key, const QString &value, const UndoLabel &text)
{
    auto before = std::make_shared<std::optional<QString>>();
    return make(
        text.isEmpty() ? UndoLabel(QT_TRANSLATE_NOOP("Undo", "Setting changed")) : text,
        [=](Diary &d) {
            *before = d.hasSetting(key) ? std::optional<QString>(d.setting(key)) : std::nullopt;
            d.setSetting(key, value);
        },
        [=](Diary &d) {
            if (*before)
                d.setSetting(key, **before);
            else
                d.removeSetting(key);
        });
}

std::unique_ptr<UndoCommand> recordSwitch(const SwitchRequest &r)
{
    struct State
    {
        qint64 switchId = 0;
        qint64 addedDiazepam = 0; ///< the drug id when the switch added diazepam
        QList<StoredPlan> plansBefore; ///< the plans it ended or archived, as they were
    };
    auto state = std::make_shared<State>();
    return make(
        QT_TRANSLATE_NOOP("Undo", "Switch recorded"),
        [=](Diary &d) {
            const bool hadDiazepam = d.drugByName(QStringLiteral("Diazepam")).has_value();
            state->plansBefore = d.plansOverlappingSwitch(r.fromDrugId);
            const StoredSwitch sw = d.recordSwitch(r.fromDrugId, r.fromDoseMg, r.start, r.stages, r.intervalDays,
                r.sourceKey, r.confirmedWithPrescriber, r.note, r.plans);
            state->switchId = sw.id;
            state->addedDiazepam = hadDiazepam ? 0 : sw.diazepamDrugId;
        },
        [=](Diary &d) {
            d.deleteSwitch(state->switchId);
            for (const StoredPlan &p : std::as_const(state->plansBefore))
                d.restorePlan(p);
            if (state->addedDiazepam)
                d.removeDrug(state->addedDiazepam);
        });
}

namespace {

/** A switch's end or archive, undone by putting back its state before. */
std::unique_ptr<UndoCommand> switchChange(
    const UndoLabel &text, qint64 switchId, const std::function<void(Diary &)> &change)
{
    auto before = std::make_shared<std::optional<StoredSwitch>>();
    return make(
        text,
        [=](Diary &d) {
            *before = d.switchById(switchId);
            change(d);
        },
        [=](Diary &d) {
            if (*before)
                d.restoreSwitchState(switchId, (*before)->endedOn, (*before)->archived);
        });
}

} // namespace

std::unique_ptr<UndoCommand> endSwitch(qint64 switchId, const QDate &lastDay)
{
    return switchChange(
        QT_TRANSLATE_NOOP("Undo", "Switch ended"), switchId, [=](Diary &d) { d.endSwitch(switchId, lastDay); });
}

std::unique_ptr<UndoCommand> archiveSwitch(qint64 switchId)
{
    return switchChange(
        QT_TRANSLATE_NOOP("Undo", "Switch archived"), switchId, [=](Diary &d) { d.archiveSwitch(switchId); });
}

} // namespace waymark::commands
