// SPDX-License-Identifier: GPL-3.0-or-later
#include "daycontroller.h"

#include "catalogtext.h"

#include "diarycommands.h"
#include "diarylimits.h"
#include "errors.h"
#include "errortext.h"
#include "session.h"
#include "validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace waymark;

DayController::DayController(QObject *parent)
    : QObject(parent)
{
    if (Session *s = Session::instance())
        m_date = s->clock().today();
    m_watch.onOpened([this] { reload(); });
    m_watch.onChanged([this](const ChangeSet &changes) { onChanged(changes); });
    m_watch.onToday([this](const QDate &today, const QDate &previous) { onToday(today, previous); });
    reload();
}

Diary *DayController::diary() const
{
    return m_watch.diary();
}

void DayController::onChanged(const ChangeSet &changes)
{
    using K = Change::Kind;
    bool day = changes.touchesDay(m_date) || changes.touches({ K::Drug, K::Formulation, K::Plan, K::Switch });
    bool symptoms = changes.touches(K::Symptom);
    for (const Change &c : changes.list()) {
        if (!c.date.isValid() || c.date >= m_date)
            continue;
        if (c.kind == K::Dose)
            day = true; // the usual dose is the one of the last earlier day with a dose
        else if (c.kind == K::Rating && c.date >= m_date.addDays(-DiaryLimits::kUsualWindowDays))
            symptoms = true; // the "usual" set may have changed
    }
    if (symptoms)
        loadSymptoms();
    if (day)
        loadDay();
    if (changes.touches(K::Drug))
        Q_EMIT drugsChanged();
}

void DayController::onToday(const QDate &today, const QDate &previous)
{
    if (m_date == previous) {
        setDate(today.toString(Qt::ISODate)); // it was showing today: follow it into the new day
        return;
    }
    Q_EMIT dateChanged(); // the same day, but its label ("Yesterday"), isToday and canGoForward moved on
}

void DayController::push(std::unique_ptr<UndoCommand> command)
{
    Session *s = Session::instance();
    if (!s || !s->diary())
        throw Error(ErrorCode::NotFound, tr("The diary is locked."));
    s->undoStack().push(std::move(command));
}

void DayController::reload()
{
    loadSymptoms();
    loadDay();
    Q_EMIT drugsChanged();
}

void DayController::loadSymptoms()
{
    Diary *d = diary();
    if (!d || !m_date.isValid()) {
        m_symptoms.clear();
        return;
    }
    QSet<QString> usual;
    // The visible symptoms, and the safety items always, even if hidden in Settings.
    m_symptomList.clear();
    for (const Symptom &s : d->symptoms(true))
        if (!s.hidden || s.safety)
            m_symptomList.append(s);
    for (const Symptom &s : std::as_const(m_symptomList))
        if (s.usual)
            usual.insert(s.key);
    for (int i = 1; i <= DiaryLimits::kUsualWindowDays; ++i) {
        const auto ratings = d->ratings(m_date.addDays(-i));
        for (auto it = ratings.begin(); it != ratings.end(); ++it)
            if (it.value() > 0)
                usual.insert(it.key());
    }
    m_symptoms.setRatings(d->ratings(m_date));
    m_symptoms.setSymptoms(m_symptomList, usual);
    Q_EMIT symptomStateChanged();
}

void DayController::loadDay()
{
    Diary *d = diary();
    if (!d || !m_date.isValid()) {
        m_entry = DayEntry {};
        m_recentSleep.reset();
        m_usual.clear();
        m_planned.clear();
        m_drugs.clear();
        m_doses.clear();
    } else {
        m_entry = d->day(m_date);
        m_recentSleep.reset();
        d->forEachDayRow(m_date.addDays(-7), m_date.addDays(-1), [this](qint64, int, double hours, bool) {
            if (!std::isnan(hours))
                m_recentSleep = hours; // rows come in day order: the last one is the most recent
        });
        m_usual = d->usualDoses(m_date);
        try {
            m_planned = d->plannedDoses(m_date);
        } catch (const Error &) {
            m_planned.clear(); // a plan that cannot be computed offers no planned dose
        }
        m_drugs = d->drugs(false);
        m_doses.setDoses(m_entry.doses);
        m_symptoms.setRatings(m_entry.ratings);
    }
    Q_EMIT dayLoaded();
    Q_EMIT symptomStateChanged();
}

void DayController::setDate(const QString &iso)
{
    QDate date = QDate::fromString(iso, Qt::ISODate);
    if (!date.isValid() && Session::instance())
        date = Session::instance()->clock().today();
    if (date == m_date)
        return;
    clearError();
    Q_EMIT aboutToChangeDate(); // the page saves a note being typed, for the day it belongs to
    if (m_error.field() == QLatin1String("note"))
        return; // it could not be saved (too long): stay on its day, the message says what to do
    m_date = date;
    m_symptoms.setSearch(QString()); // a search typed for one day does not carry over to the next
    loadSymptoms();
    loadDay();
    Q_EMIT dateChanged();
}

QString DayController::dateLabel() const
{
    return QLocale().toString(m_date, QCoreApplication::translate("DateFormat", "dddd d MMMM yyyy"));
}

QString DayController::dayPhrase() const
{
    const QDate today = Session::instance() ? Session::instance()->clock().today() : QDate();
    const qint64 days = m_date.daysTo(today);
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    return tr("on %1").arg(QLocale().toString(m_date,
        m_date.year() == today.year() ? QCoreApplication::translate("DateFormat", "dddd d MMMM")
                                      : QCoreApplication::translate("DateFormat", "dddd d MMMM yyyy")));
}

QString DayController::hoursText(double hours)
{
    return QLocale().toString(hours, 'f', QLocale::FloatingPointShortest);
}

QString DayController::relativeLabel() const
{
    if (!Session::instance())
        return {};
    const qint64 days = m_date.daysTo(Session::instance()->clock().today());
    if (days == 0)
        return tr("Today");
    if (days == 1)
        return tr("Yesterday");
    if (days > 1)
        return tr("%1 days ago").arg(days);
    return tr("In the future");
}

bool DayController::isToday() const
{
    return Session::instance() && m_date == Session::instance()->clock().today();
}

bool DayController::canGoForward() const
{
    return Session::instance() && m_date < Session::instance()->clock().today();
}

void DayController::previousDay()
{
    setDate(m_date.addDays(-1).toString(Qt::ISODate));
}

void DayController::nextDay()
{
    if (canGoForward())
        setDate(m_date.addDays(1).toString(Qt::ISODate));
}

void DayController::goToToday()
{
    setDate(QString());
}

namespace {

/** "08:00 0.5 mg · 14:00 0.5 mg · 22:00 0.375 mg" (empty for one dose a day). */
QString timesText(const QList<waymark::planner::TimeDose> &times)
{
    QStringList out;
    for (const waymark::planner::TimeDose &t : times)
        out << QStringLiteral("%1 %2").arg(t.time.toString(QStringLiteral("HH:mm")),
            t.doseMg > 0 ? DoseListModel::mgText(t.doseMg) : DayController::tr("stop"));
    return out.join(QStringLiteral(" · "));
}

/** The plan's dose at each time of day, each with whether a dose at that time is logged: Today
 *  offers each time on its own ("08:00 0.5 mg — 1 × 0.5 mg   Took it"), as the day goes. */
QVariantList timeRows(const QList<waymark::planner::TimeDose> &times, const QList<DoseEvent> &doses, qint64 drugId)
{
    QVariantList out;
    for (const waymark::planner::TimeDose &t : times) {
        if (t.doseMg <= 0)
            continue;
        const bool logged = std::any_of(
            doses.begin(), doses.end(), [&](const DoseEvent &e) { return e.drugId == drugId && e.time == t.time; });
        out.append(QVariantMap { { QStringLiteral("time"), t.time.toString(QStringLiteral("HH:mm")) },
            { QStringLiteral("mg"), t.doseMg }, { QStringLiteral("amountText"), DoseListModel::mgText(t.doseMg) },
            { QStringLiteral("howToMake"), t.howToMake }, { QStringLiteral("logged"), logged } });
    }
    return out;
}

} // namespace

QVariantList DayController::usualDoses() const
{
    // One entry per drug: "Sertraline 50 mg" (several doses of a day are summed in the label).
    QVariantList out;
    QList<qint64> order;
    QMap<qint64, double> mg;
    QMap<qint64, QString> names;
    for (const DoseEvent &e : m_usual) {
        if (!order.contains(e.drugId))
            order.append(e.drugId);
        mg[e.drugId] += e.mg();
        names[e.drugId] = e.drugName;
    }
    for (const PlannedDose &p : m_planned)
        order.removeAll(p.drugId); // the plan's dose is offered instead
    for (qint64 id : order) {
        bool logged = false;
        for (const DoseEvent &e : m_entry.doses)
            logged = logged || e.drugId == id;
        int count = 0;
        bool fromTimes = false; // the drug's dose times (Diary::usualDoses gives them with id 0)
        QStringList times;
        for (const DoseEvent &e : m_usual) {
            if (e.drugId != id)
                continue;
            count += 1;
            fromTimes = fromTimes || (e.id == 0 && e.time);
            if (e.time)
                times << QStringLiteral("%1 %2").arg(
                    e.time->toString(QStringLiteral("HH:mm")), DoseListModel::mgText(e.mg()));
        }
        QString amount = DoseListModel::mgText(mg[id]);
        if (fromTimes)
            amount = tr("%1 a day: %2").arg(amount, times.join(QStringLiteral(" · ")));
        else if (count > 1)
            amount = tr("%1 in %2 doses").arg(amount).arg(count);
        out.append(QVariantMap { { QStringLiteral("drugId"), id }, { QStringLiteral("drugName"), names[id] },
            { QStringLiteral("amountText"), amount }, { QStringLiteral("logged"), logged } });
    }
    return out;
}

QVariantList DayController::plannedDoses() const
{
    // One row per drug (a switch to diazepam asks for two drugs on one day). Never a sum: two sources
    // of one drug on one day are shown as the conflict they are.
    QVariantList out;
    QList<qint64> order;
    for (const PlannedDose &p : m_planned)
        if (!order.contains(p.drugId))
            order.append(p.drugId);
    for (qint64 id : order) {
        const PlannedDose *first = nullptr;
        bool conflict = false;
        QString conflictText;
        for (const PlannedDose &p : m_planned) {
            if (p.drugId != id)
                continue;
            if (!first)
                first = &p;
            if (p.conflict) {
                conflict = true;
                conflictText = p.conflictText;
            }
        }
        double loggedMg = 0;
        bool logged = false;
        for (const DoseEvent &e : m_entry.doses) {
            if (e.drugId == id) {
                logged = true;
                loggedMg += e.mg();
            }
        }
        QString step;
        if (conflict)
            step = tr("conflicting instructions");
        else if (first->afterSwitch)
            step = tr("after the switch to diazepam");
        else if (first->switchId)
            step = tr("switch to diazepam, stage %1 of %2").arg(first->stepIndex).arg(first->stepCount);
        else
            step = tr("plan step %1 of %2").arg(first->stepIndex).arg(first->stepCount);
        const double mg = conflict ? 0.0 : first->doseMg;
        out.append(QVariantMap { { QStringLiteral("drugId"), id }, { QStringLiteral("drugName"), first->drugName },
            { QStringLiteral("mg"), mg },
            { QStringLiteral("amountText"),
                conflict     ? tr("conflict")
                    : mg > 0 ? DoseListModel::mgText(mg)
                             : tr("0 mg (stop)") },
            { QStringLiteral("howToMake"),
                conflict     ? conflictText
                    : mg > 0 ? first->howToMake
                             : QString() },
            { QStringLiteral("stepText"), step }, { QStringLiteral("conflict"), conflict },
            { QStringLiteral("timesText"), conflict ? QString() : timesText(first->times) },
            { QStringLiteral("changeText"),
                conflict ? QString()
                         : (first->stepBack ? tr("Back to the previous dose: ") : QString()) + first->timesChange },
            { QStringLiteral("conflictText"), conflictText }, { QStringLiteral("logged"), logged },
            { QStringLiteral("loggedText"), logged ? DoseListModel::mgText(loggedMg) : QString() },
            { QStringLiteral("timeRows"), conflict ? QVariantList() : timeRows(first->times, m_entry.doses, id) } });
    }
    return out;
}

QString DayController::plannedConflict() const
{
    QStringList texts;
    for (const PlannedDose &p : m_planned)
        if (p.conflict && !texts.contains(p.conflictText))
            texts << tr("%1: %2").arg(p.drugName, p.conflictText);
    return texts.join(QLatin1Char('\n'));
}

bool DayController::logPlannedDose(qint64 drugId, bool confirmed, const QString &time)
{
    return guarded([&](Diary &d) {
        const PlannedDose *planned = nullptr;
        for (const PlannedDose &p : std::as_const(m_planned)) {
            if (p.drugId != drugId)
                continue;
            if (p.conflict)
                throwInvalid(QStringLiteral("drug"),
                    tr("two sources give different doses of this medicine today; end or archive one on the "
                       "Plan page, or log what you took with Add dose"));
            planned = &p;
        }
        if (!planned || planned->doseMg <= 0)
            throwInvalid(QStringLiteral("drug"), tr("the plan asks for no dose of this medicine on this day"));
        NewDose dose;
        dose.date = m_date;
        dose.drugId = drugId;
        dose.micrograms = qint64(std::llround(planned->doseMg * 1000.0));
        // The planned dose goes through the same unusually-large check as any other.
        if (!confirmed && d.isUnusuallyLarge(drugId, planned->doseMg))
            throwInvalid(QStringLiteral("mg"),
                tr("%1 is more than ten times the largest strength listed for this medicine; check the plan, "
                   "and log it with Add dose if it is right")
                    .arg(DoseListModel::mgText(planned->doseMg)));
        dose.confirmedLarge = confirmed;
        if (!planned->times.isEmpty()) { // one dose at each time of day (or the one time asked), as one step
            const QTime only = time.isEmpty() ? QTime() : QTime::fromString(time, QStringLiteral("HH:mm"));
            if (!time.isEmpty() && !only.isValid())
                throwInvalid(QStringLiteral("time"), tr("the time of day is not valid: use HH:mm, e.g. 08:00"));
            QList<NewDose> doses;
            for (const planner::TimeDose &t : planned->times) {
                if (t.doseMg <= 0 || (only.isValid() && t.time != only))
                    continue;
                NewDose at = dose;
                at.time = t.time;
                at.micrograms = qint64(std::llround(t.doseMg * 1000.0));
                doses.append(at);
            }
            if (doses.isEmpty())
                throwInvalid(QStringLiteral("time"), tr("the plan asks for no dose of this medicine at %1").arg(time));
            push(commands::logDoses(doses));
            return;
        }
        push(commands::logDose(dose));
    });
}

QVariantList DayController::drugs() const
{
    QVariantList out;
    for (const Drug &d : m_drugs)
        out.append(QVariantMap { { QStringLiteral("drugId"), d.id }, { QStringLiteral("name"), d.name } });
    return out;
}

QString DayController::severityName(int severity)
{
    switch (severity) {
    case 0:
        return tr("none");
    case 1:
        return tr("mild");
    case 2:
        return tr("moderate");
    case 3:
        return tr("severe");
    case 4:
        return tr("extreme");
    default:
        return {};
    }
}

QVariantList DayController::safetyAlerts() const
{
    QVariantList out;
    for (const Symptom &s : m_symptomList) {
        const int severity = m_entry.ratings.value(s.key, 0);
        if (s.safety && severity >= 2)
            out.append(QVariantMap { { QStringLiteral("key"), s.key },
                { QStringLiteral("name"), app::symptomName(s.name) }, { QStringLiteral("severity"), severity },
                { QStringLiteral("severityName"), severityName(severity) } });
    }
    return out;
}

bool DayController::canRateNoSymptoms() const
{
    for (int severity : m_entry.ratings)
        if (severity > 0)
            return false;
    for (const Symptom &s : m_symptomList)
        if (!m_entry.ratings.contains(s.key))
            return true;
    return false;
}

bool DayController::ratedNoSymptoms() const
{
    for (int severity : m_entry.ratings)
        if (severity > 0)
            return false;
    return !m_entry.ratings.isEmpty() && !canRateNoSymptoms();
}

void DayController::clearError()
{
    m_error.clear();
    if (!m_confirmText.isEmpty()) {
        m_confirmText.clear();
        Q_EMIT confirmTextChanged();
    }
}

template <typename F> bool DayController::guarded(F &&f)
{
    return app::guardedChange(diary(), &m_error, std::forward<F>(f));
}

bool DayController::logUsualDose(qint64 drugId)
{
    // Build the whole list first: each committed dose reloads this day (and m_usual), so the loop
    // must not walk m_usual while the doses are written. All of them go in as one step.
    QList<NewDose> doses;
    for (const DoseEvent &e : std::as_const(m_usual)) {
        if (e.drugId != drugId)
            continue;
        NewDose dose;
        dose.date = m_date;
        dose.time = e.time;
        dose.drugId = e.drugId;
        dose.micrograms = e.micrograms;
        dose.formulationId = e.formulationId;
        dose.confirmedLarge = true; // the same amount as logged before
        doses.append(dose);
    }
    return guarded([&](Diary &) {
        if (doses.isEmpty())
            throwInvalid(QStringLiteral("drug"), tr("there is no earlier dose of this medicine to repeat"));
        push(commands::logDoses(doses));
    });
}

QString DayController::addDose(
    qint64 drugId, const QString &mgText, const QString &timeText, const QString &note, bool confirmed)
{
    QString result = QStringLiteral("error");
    guarded([&](Diary &d) {
        if (drugId <= 0)
            throwInvalid(QStringLiteral("drug"), tr("choose the medicine you took"));
        NewDose dose;
        dose.date = m_date;
        dose.drugId = drugId;
        // "2,5 mg" as people write it: the unit is allowed after the number, a comma as decimal point
        QString amount = mgText.trimmed();
        if (amount.endsWith(QLatin1String("mg"), Qt::CaseInsensitive))
            amount = amount.chopped(2).trimmed();
        const double mg = validate::number(amount, QStringLiteral("mg"));
        dose.micrograms = validate::doseMicrograms(mg);
        if (!timeText.trimmed().isEmpty())
            dose.time = validate::time(timeText.trimmed());
        dose.note = validate::note(note.trimmed());
        if (!confirmed && d.isUnusuallyLarge(drugId, mg)) {
            m_confirmText = tr("%1 is more than ten times the largest strength listed for this medicine. "
                               "Is this amount right?")
                                .arg(DoseListModel::mgText(mg));
            Q_EMIT confirmTextChanged();
            result = QStringLiteral("confirm");
            return;
        }
        dose.confirmedLarge = confirmed;
        push(commands::logDose(dose));
        result = QStringLiteral("ok");
    });
    if (result != QLatin1String("confirm") && !m_confirmText.isEmpty()) {
        m_confirmText.clear();
        Q_EMIT confirmTextChanged();
    }
    return result;
}

bool DayController::deleteDose(qint64 doseId)
{
    return guarded([&](Diary &) { push(commands::deleteDose(doseId)); });
}

bool DayController::setRating(const QString &symptomKey, int severity)
{
    return guarded([&](Diary &) {
        push(commands::setRating(
            m_date, symptomKey, severity < 0 ? std::nullopt : std::optional<int>(validate::severity(severity))));
    });
}

bool DayController::rateNoSymptoms()
{
    return guarded([&](Diary &d) {
        const QMap<QString, int> ratings = d.ratings(m_date);
        for (int severity : ratings)
            if (severity > 0)
                throwInvalid(QStringLiteral("symptoms"),
                    tr("some symptoms are rated above none on this day; clear those ratings first if there were none"));
        // every symptom on the list (the safety items too) not yet rated: none, as one undoable step
        QMap<QString, std::optional<int>> none;
        for (const Symptom &s : std::as_const(m_symptomList))
            if (!ratings.contains(s.key))
                none.insert(s.key, 0);
        if (!none.isEmpty())
            push(commands::setRatings(m_date, none, QT_TRANSLATE_NOOP("Undo", "No symptoms")));
    });
}

bool DayController::setWellbeing(int wellbeing)
{
    return guarded([&](Diary &) {
        push(commands::setWellbeing(
            m_date, wellbeing < 0 ? std::nullopt : std::optional<int>(validate::wellbeing(wellbeing))));
    });
}

bool DayController::setSleepHours(double hours)
{
    return guarded([&](Diary &) {
        push(commands::setSleepHours(
            m_date, hours < 0 ? std::nullopt : std::optional<double>(validate::sleepHours(hours))));
    });
}

bool DayController::setSleepText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return setSleepHours(-1);
    return guarded([&](Diary &) { push(commands::setSleepHours(m_date, validate::sleepHoursText(text))); });
}

bool DayController::saveNote(const QString &note)
{
    if (note == m_entry.note)
        return true;
    return guarded([&](Diary &) { push(commands::setNote(m_date, validate::note(note))); });
}

bool DayController::setNoteForPrescriber(bool forPrescriber)
{
    if (forPrescriber == m_entry.noteForPrescriber)
        return true;
    return guarded([&](Diary &) { push(commands::setNoteForPrescriber(m_date, forPrescriber)); });
}
