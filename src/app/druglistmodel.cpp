// SPDX-License-Identifier: GPL-3.0-or-later
#include "druglistmodel.h"

#include "catalogtext.h"
#include "catalogue.h"
#include "diarycommands.h"
#include "errors.h"
#include "errortext.h"
#include "localnumber.h"
#include "medicinefacts.h"
#include "planner/dosemaker.h"
#include "planner/dosetimes.h"
#include "session.h"
#include "validation.h"

#include <QCoreApplication>
#include <QTime>
#include <algorithm>
#include <cmath>
#include <memory>

using namespace waymark;

DrugListModel::DrugListModel(QObject *parent)
    : RowListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &DrugListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &DrugListModel::countChanged);
    m_watch.onOpened([this] { reload(); });
    m_watch.onChanged([this](const ChangeSet &changes) {
        // The dose taken now is a setting, or the last logged day's total.
        bool doseNow = changes.touches({ Change::Kind::Drug, Change::Kind::Dose });
        for (const QString &key : changes.keys(Change::Kind::Setting))
            doseNow = doseNow || key.startsWith(QLatin1String("dose_now_mg:"));
        if (doseNow)
            reload();
    });
    reload();
}

void DrugListModel::reload()
{
    if (Diary *d = m_watch.diary())
        sync(d->drugs(true));
    else
        clearRows();
    Q_EMIT libraryNamesChanged();
}

QStringList DrugListModel::libraryNames() const
{
    QStringList names;
    for (const catalogue::LibraryDrug &d : catalogue::drugs()) {
        bool have = false;
        for (const Drug &mine : m_rows)
            have = have || mine.name.compare(d.name, Qt::CaseInsensitive) == 0;
        if (!have)
            names.append(d.name);
    }
    return names;
}

QVariant DrugListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Drug &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return d.name;
    case IdRole:
        return d.id;
    case DrugClassRole:
        return app::drugClassName(d.drugClass);
    case HiddenRole:
        return d.hidden;
    case FromLibraryRole:
        return !d.libraryKey.isEmpty();
    case DetailRole: {
        QString text = app::drugClassName(d.drugClass);
        const QString halfLife = app::halfLifeText(d);
        if (!halfLife.isEmpty())
            text += QStringLiteral(" · ") + halfLife;
        return text;
    }
    case HalfLifeTextRole:
        return app::halfLifeText(d);
    case DoseNowTextRole: {
        if (!m_watch.diary())
            return {};
        const auto now = app::doseNow(*m_watch.diary(), d.id);
        if (!now)
            return tr("Dose you take now: not said yet");
        const QString day = QLocale().toString(now->date, QCoreApplication::translate("DateFormat", "d MMM yyyy"));
        if (now->fromLog)
            return tr("Dose you take now: %1 mg a day (logged on %2)").arg(waymark::app::localNumber(now->mg), day);
        if (now->mg <= 0)
            return tr("You said on %1 that you do not take it now").arg(day);
        return tr("Dose you take now: %1 mg a day (you said on %2)").arg(waymark::app::localNumber(now->mg), day);
    }
    case DoseNowMgRole: {
        const auto now = m_watch.diary() ? app::doseNow(*m_watch.diary(), d.id) : std::nullopt;
        return now ? QVariant(waymark::app::localNumber(now->mg)) : QVariant(QString());
    }
    case HasFitRole:
        return d.sertEmaxPct.has_value() && d.sertEd50Mg.has_value();
    case FitPersonalRole:
        return app::fitIsPersonal(d);
    case EmaxRole:
        return d.sertEmaxPct ? waymark::app::localNumber(*d.sertEmaxPct, 2) : QString();
    case Ed50Role:
        return d.sertEd50Mg ? waymark::app::localNumber(*d.sertEd50Mg, 2) : QString();
    case FitTextRole:
        return app::fitText(d);
    case FitNoteRole:
        return app::fitNote(d);
    case LibraryFitTextRole: {
        const auto lib = d.libraryKey.isEmpty() ? std::nullopt : catalogue::findDrug(d.libraryKey);
        if (!lib || !lib->sertEmaxPct || !lib->sertEd50Mg)
            return QString();
        return tr("From S1: Emax %1 %, ED50 %2 mg")
            .arg(waymark::app::localNumber(*lib->sertEmaxPct, 2), waymark::app::localNumber(*lib->sertEd50Mg, 2));
    }
    case FitSourceTextRole:
        return app::fitSourceText(d);
    case DoseTimesRole: {
        QVariantList rows;
        if (m_watch.diary())
            for (const planner::DoseTime &t : m_watch.diary()->doseTimes(d.id))
                rows.append(QVariantMap { { QStringLiteral("time"), t.time.toString(QStringLiteral("HH:mm")) },
                    { QStringLiteral("mg"), app::localNumber(t.doseMg) } });
        return rows;
    }
    case DoseTimesTextRole: {
        const QList<planner::DoseTime> times
            = m_watch.diary() ? m_watch.diary()->doseTimes(d.id) : QList<planner::DoseTime> {};
        if (times.isEmpty())
            return tr("Times of day: none given (one usual dose a day)");
        QStringList parts;
        for (const planner::DoseTime &t : times)
            parts << tr("%1 %2 mg").arg(t.time.toString(QStringLiteral("HH:mm")), app::localNumber(t.doseMg));
        return tr("Times of day: %1").arg(parts.join(QStringLiteral(" · ")));
    }
    case FitAppliesRole: {
        // the serotonin-transporter model is for antidepressants, never for benzodiazepines or z-drugs
        const QString c = d.drugClass.toLower();
        return (d.sertEmaxPct && d.sertEd50Mg)
            || !(c.contains(QLatin1String("benzo")) || c.contains(QLatin1String("z-drug")));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> DrugListModel::roleNames() const
{
    return { { IdRole, "drugId" }, { NameRole, "name" }, { DrugClassRole, "drugClass" }, { HiddenRole, "hidden" },
        { FromLibraryRole, "fromLibrary" }, { DetailRole, "detail" }, { HalfLifeTextRole, "halfLifeText" },
        { DoseNowTextRole, "doseNowText" }, { DoseNowMgRole, "doseNowMg" }, { HasFitRole, "hasFit" },
        { FitPersonalRole, "fitPersonal" }, { EmaxRole, "emax" }, { Ed50Role, "ed50" }, { FitTextRole, "fitText" },
        { FitNoteRole, "fitNote" }, { LibraryFitTextRole, "libraryFitText" }, { FitAppliesRole, "fitApplies" },
        { FitSourceTextRole, "fitSourceText" }, { DoseTimesRole, "doseTimes" },
        { DoseTimesTextRole, "doseTimesText" } };
}

template <typename F> bool DrugListModel::guarded(F &&change, qint64 drugId)
{
    if (m_errorDrugId != drugId) {
        m_errorDrugId = drugId;
        Q_EMIT errorDrugIdChanged();
    }
    return app::guardedChange(m_watch.diary(), &m_error, std::forward<F>(change));
}

namespace {

/** "2 (oral solution US); 40 (oral drops EU; ...)" -> the note of each liquid, by position. */
QStringList liquidNotes(const QString &text)
{
    QStringList out;
    QString cur;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(';') && depth == 0) {
            out.append(cur.trimmed());
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.trimmed().isEmpty())
        out.append(cur.trimmed());
    for (QString &s : out) {
        const qsizetype open = s.indexOf(QLatin1Char('('));
        s = open >= 0 ? s.mid(open + 1).chopped(s.endsWith(QLatin1Char(')')) ? 1 : 0).trimmed() : QString();
    }
    return out;
}

QVariantMap formEntry(const Formulation &f, bool chosen, const QString &note)
{
    return { { QStringLiteral("kind"), Formulation::kindName(f.kind) },
        { QStringLiteral("strength"),
            waymark::app::localNumber(f.kind == Formulation::Kind::Liquid ? f.mgPerMl : f.strengthMg) },
        { QStringLiteral("split"), f.splitParts },
        { QStringLiteral("syringe"), f.syringeMl ? waymark::app::localNumber(*f.syringeMl) : QString() },
        { QStringLiteral("modifiedRelease"), f.modifiedRelease }, { QStringLiteral("chosen"), chosen },
        { QStringLiteral("label"), f.label() }, { QStringLiteral("note"), note } };
}

/** A form as the person described it (an entry of libraryForms()), checked. */
Formulation formFrom(const QVariantMap &m)
{
    Formulation f;
    const auto kind = Formulation::kindFromName(m.value(QStringLiteral("kind")).toString());
    if (!kind)
        throwInvalid(
            QStringLiteral("forms"), QCoreApplication::translate("Waymark", "choose tablet, capsule or liquid"));
    f.kind = *kind;
    const double strength = validate::number(m.value(QStringLiteral("strength")).toString(), QStringLiteral("forms"));
    if (f.kind == Formulation::Kind::Liquid) {
        f.mgPerMl = validate::strength(strength, QStringLiteral("forms"));
        const QString syringe = m.value(QStringLiteral("syringe")).toString().trimmed();
        if (!syringe.isEmpty())
            f.syringeMl = validate::number(syringe, QStringLiteral("forms"));
    } else {
        f.strengthMg = validate::strength(strength, QStringLiteral("forms"));
        f.modifiedRelease = m.value(QStringLiteral("modifiedRelease")).toBool();
        f.splitParts = f.kind == Formulation::Kind::Tablet && !f.modifiedRelease
            ? std::max(1, m.value(QStringLiteral("split"), 1).toInt())
            : 1;
    }
    return f;
}

/** The dose times as the person typed them (rows of {time, mg}), in the order of the day; throws
 *  InvalidInput ("doseTimes") naming the row that cannot be read. Duplicates are left for
 *  planner::validateDoseTimes to name. */
QList<planner::DoseTime> doseTimesFrom(const QVariantList &rows)
{
    const QString field = QStringLiteral("doseTimes");
    if (rows.size() > planner::kMaxDoseTimes)
        throwInvalid(field,
            QCoreApplication::translate("DrugListModel", "at most %1 dose times a day").arg(planner::kMaxDoseTimes));
    QList<planner::DoseTime> times;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QVariantMap m = rows.at(i).toMap();
        const QString time = m.value(QStringLiteral("time")).toString().trimmed();
        const QString mg = m.value(QStringLiteral("mg")).toString().trimmed();
        if (time.isEmpty())
            throwInvalid(field,
                QCoreApplication::translate("DrugListModel", "dose time %1: type the time of day, e.g. 08:00")
                    .arg(i + 1));
        if (mg.isEmpty())
            throwInvalid(field,
                QCoreApplication::translate("DrugListModel", "dose time %1 (%2): type the mg taken then")
                    .arg(i + 1)
                    .arg(time.left(10)));
        planner::DoseTime t;
        try {
            t.time = validate::time(time, field);
            t.doseMg = validate::number(mg, field);
        } catch (const Error &e) {
            throwInvalid(field,
                QCoreApplication::translate("DrugListModel", "dose time %1: %2").arg(i + 1).arg(app::errorText(e)));
        }
        if (t.doseMg <= 0)
            throwInvalid(field,
                QCoreApplication::translate(
                    "DrugListModel", "dose time %1: the amount must be above 0 mg (remove the time instead)")
                    .arg(i + 1));
        validate::doseMicrograms(t.doseMg, field);
        times.append(t);
    }
    std::stable_sort(times.begin(), times.end(),
        [](const planner::DoseTime &a, const planner::DoseTime &b) { return a.time < b.time; });
    double total = 0;
    for (const planner::DoseTime &t : times)
        total += t.doseMg;
    planner::validateDoseTimes(times, total);
    return times;
}

bool sameForm(const Formulation &a, const Formulation &b)
{
    return a.kind == b.kind && std::abs(a.strengthMg - b.strengthMg) < 1e-9 && std::abs(a.mgPerMl - b.mgPerMl) < 1e-9
        && a.splitParts == b.splitParts && a.modifiedRelease == b.modifiedRelease && a.syringeMl == b.syringeMl;
}

} // namespace

QVariantList DrugListModel::libraryForms(const QString &name) const
{
    QVariantList out;
    const auto lib = catalogue::findDrug(name.simplified());
    if (!lib)
        return out;
    for (double s : lib->strengthsMg) {
        Formulation f;
        f.kind = lib->capsules ? Formulation::Kind::Capsule : Formulation::Kind::Tablet;
        f.strengthMg = s;
        f.splitParts = lib->tabletsSplittable() ? 2 : 1;
        out.append(formEntry(f, true, QString()));
    }
    const QStringList notes = liquidNotes(lib->liquidsText);
    for (qsizetype i = 0; i < lib->liquidsMgPerMl.size(); ++i) {
        Formulation f;
        f.kind = Formulation::Kind::Liquid;
        f.mgPerMl = lib->liquidsMgPerMl.at(i);
        f.syringeMl = 0.1;
        // the library's words ("oral solution US") in the app's language (i18n/catalogue_strings.h)
        const QString note = i < notes.size() && !notes.at(i).isEmpty()
            ? QCoreApplication::translate("LiquidNote", notes.at(i).toUtf8().constData())
            : QString();
        out.append(formEntry(f, false, note));
    }
    return out;
}

QString DrugListModel::libraryNote(const QString &name) const
{
    const auto lib = catalogue::findDrug(name.simplified());
    if (!lib || lib->splittingNote.isEmpty())
        return {};
    return tr("Splitting: %1 (S5).")
        .arg(QCoreApplication::translate("SplitNote", lib->splittingNote.toUtf8().constData()));
}

bool DrugListModel::addMedicine(
    const QString &name, const QString &drugClass, const QString &doseNowMg, const QVariantList &forms)
{
    const bool ok = guarded([&](Diary &) {
        const QString clean = validate::name(name, QStringLiteral("name"));
        const bool inLibrary = catalogue::findDrug(clean).has_value();
        if (!inLibrary && drugClass.trimmed().isEmpty())
            throwInvalid(QStringLiteral("class"),
                QCoreApplication::translate("Waymark", "say what kind of medicine it is (e.g. SSRI, benzodiazepine)"));
        if (doseNowMg.trimmed().isEmpty())
            throwInvalid(QStringLiteral("doseNow"),
                QCoreApplication::translate("Waymark", "type the mg you take a day now (0 if you do not take it now)"));
        const double mgNow = validate::number(doseNowMg, QStringLiteral("doseNow"));
        QList<Formulation> chosen;
        for (const QVariant &v : forms) {
            const QVariantMap m = v.toMap();
            if (m.value(QStringLiteral("chosen")).toBool())
                chosen.append(formFrom(m));
        }
        if (chosen.isEmpty())
            throwInvalid(QStringLiteral("forms"),
                QCoreApplication::translate(
                    "Waymark", "tick at least one form you have (tablets, capsules or a liquid), or add one"));
        const QString kind = drugClass.trimmed();
        Session::instance()->undoStack().push(commands::addDrug(
            [=](Diary &diary) {
                const Drug drug = diary.addDrug(clean, kind);
                // the library's strengths the person does not have are hidden (kept, to show again)
                QList<Formulation> wanted = chosen;
                for (const Formulation &f : diary.formulations(drug.id, true)) {
                    qsizetype match = -1;
                    for (qsizetype i = 0; i < wanted.size() && match < 0; ++i)
                        if (sameForm(f, wanted.at(i)))
                            match = i;
                    if (match >= 0)
                        wanted.removeAt(match);
                    else
                        diary.setFormulationHidden(f.id, true);
                }
                for (Formulation f : wanted) {
                    f.drugId = drug.id;
                    diary.addFormulation(f);
                }
                app::setDoseNow(diary, drug.id, mgNow);
                return drug.id;
            },
            QT_TRANSLATE_NOOP("Undo", "Medicine added")));
    });
    if (!ok)
        reload(); // nothing was added: drop any row announced inside the rolled-back transaction
    return ok;
}

bool DrugListModel::addFromLibrary(const QString &name)
{
    return addCustom(name, QString());
}

bool DrugListModel::addCustom(const QString &name, const QString &drugClass)
{
    return guarded([&](Diary &) {
        const QString clean = validate::name(name, QStringLiteral("name"));
        const bool inLibrary = catalogue::findDrug(clean).has_value();
        if (!inLibrary && drugClass.trimmed().isEmpty())
            throwInvalid(QStringLiteral("class"),
                QCoreApplication::translate("Waymark", "say what kind of medicine it is (e.g. SSRI, benzodiazepine)"));
        Session::instance()->undoStack().push(commands::addDrug(clean, drugClass.trimmed()));
    });
}

bool DrugListModel::setHidden(qint64 drugId, bool hidden)
{
    return guarded(
        [&](Diary &) { Session::instance()->undoStack().push(commands::setDrugHidden(drugId, hidden)); }, drugId);
}

bool DrugListModel::setDoseNow(qint64 drugId, const QString &mg)
{
    return guarded(
        [&](Diary &d) {
            if (mg.trimmed().isEmpty())
                throwInvalid(QStringLiteral("doseNow"),
                    QCoreApplication::translate(
                        "Waymark", "type the mg you take a day now (0 if you do not take it now)"));
            const QString value = app::doseNowSetting(d, drugId, validate::number(mg, QStringLiteral("doseNow")));
            Session::instance()->undoStack().push(commands::setSetting(
                app::doseNowKey(drugId), value, QT_TRANSLATE_NOOP("Undo", "Dose taken now changed")));
        },
        drugId);
}

bool DrugListModel::setFit(qint64 drugId, const QString &emaxPct, const QString &ed50Mg)
{
    return guarded(
        [&](Diary &d) {
            const double emax = validate::number(emaxPct, QStringLiteral("emax"));
            const double ed50 = validate::number(ed50Mg, QStringLiteral("ed50"));
            d.setDrugFit(drugId, emax, ed50);
        },
        drugId);
}

bool DrugListModel::setDoseTimes(qint64 drugId, const QVariantList &rows)
{
    return guarded(
        [&](Diary &d) {
            const QList<planner::DoseTime> times = doseTimesFrom(rows);
            double total = 0;
            for (const planner::DoseTime &t : times)
                total += t.doseMg;
            // the dose taken now becomes the times' total (one step with the times; undo puts both back)
            const QString key = app::doseNowKey(drugId);
            const auto now = app::doseNow(d, drugId);
            const bool newTotal = !times.isEmpty() && (!now || std::abs(now->mg - total) > 1e-9);
            const QString nowValue = newTotal ? app::doseNowSetting(d, drugId, total) : QString();
            auto before = std::make_shared<QList<planner::DoseTime>>();
            auto beforeNow = std::make_shared<std::optional<QString>>();
            Session::instance()->undoStack().push(commands::make(
                times.isEmpty() ? QT_TRANSLATE_NOOP("Undo", "Dose times cleared")
                                : QT_TRANSLATE_NOOP("Undo", "Dose times set"),
                [=](Diary &diary) {
                    *before = diary.doseTimes(drugId);
                    *beforeNow = diary.hasSetting(key) ? std::optional<QString>(diary.setting(key)) : std::nullopt;
                    diary.batch([&] {
                        diary.setDoseTimes(drugId, times);
                        if (newTotal)
                            diary.setSetting(key, nowValue);
                    });
                },
                [=](Diary &diary) {
                    diary.batch([&] {
                        diary.setDoseTimes(drugId, *before);
                        if (newTotal) {
                            if (*beforeNow)
                                diary.setSetting(key, **beforeNow);
                            else
                                diary.removeSetting(key);
                        }
                    });
                }));
        },
        drugId);
}

QString DrugListModel::doseTimesTotal(const QVariantList &rows) const
{
    try {
        const QList<planner::DoseTime> times = doseTimesFrom(rows);
        if (times.isEmpty())
            return tr("No times: one usual dose a day.");
        double total = 0;
        for (const planner::DoseTime &t : times)
            total += t.doseMg;
        return times.size() == 1
            ? tr("%1 mg a day, at one time.").arg(app::localNumber(total))
            : tr("Adds up to %1 mg a day at %2 times.").arg(app::localNumber(total)).arg(times.size());
    } catch (const Error &) {
        return {};
    }
}

bool DrugListModel::useLibraryFit(qint64 drugId)
{
    return guarded([&](Diary &d) { d.setDrugFit(drugId, std::nullopt, std::nullopt); }, drugId);
}
