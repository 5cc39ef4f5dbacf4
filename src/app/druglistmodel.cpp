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
#include "session.h"
#include "validation.h"

#include <QCoreApplication>
#include <cmath>

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
        { FitSourceTextRole, "fitSourceText" } };
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
        out.append(formEntry(f, false, i < notes.size() ? notes.at(i) : QString()));
    }
    return out;
}

QString DrugListModel::libraryNote(const QString &name) const
{
    const auto lib = catalogue::findDrug(name.simplified());
    return lib && !lib->splittingNote.isEmpty() ? tr("Splitting: %1 (S5).").arg(lib->splittingNote) : QString();
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
            tr("Medicine added")));
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
            Session::instance()->undoStack().push(
                commands::setSetting(app::doseNowKey(drugId), value, tr("Dose taken now changed")));
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

bool DrugListModel::useLibraryFit(qint64 drugId)
{
    return guarded([&](Diary &d) { d.setDrugFit(drugId, std::nullopt, std::nullopt); }, drugId);
}
