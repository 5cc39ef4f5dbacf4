// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulationmodel.h"

#include "catalogue.h"
#include "diarycommands.h"
#include "errors.h"
#include "errortext.h"
#include "localnumber.h"
#include "planner/dosemaker.h"
#include "session.h"
#include "validation.h"

#include <cmath>

using namespace waymark;

FormulationModel::FormulationModel(QObject *parent)
    : RowListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &FormulationModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &FormulationModel::countChanged);
    m_watch.onOpened([this] { reload(); });
    m_watch.onChanged([this](const ChangeSet &changes) {
        for (const Change &c : changes.list())
            if ((c.kind == Change::Kind::Formulation || c.kind == Change::Kind::Drug) && c.drugId == m_drugId) {
                reload();
                return;
            }
    });
    reload();
}

void FormulationModel::reload()
{
    Diary *d = m_watch.diary();
    if (d && m_drugId > 0)
        sync(d->formulations(m_drugId, true));
    else
        clearRows();
    Q_EMIT countChanged(); // offeredLiquids follows the rows, also when only one was hidden or shown
}

QVariantList FormulationModel::offeredLiquids() const
{
    QVariantList out;
    const auto d = m_watch.diary() && m_drugId > 0 ? m_watch.diary()->drug(m_drugId) : std::nullopt;
    const auto lib = d && !d->libraryKey.isEmpty() ? catalogue::findDrug(d->libraryKey) : std::nullopt;
    if (!lib)
        return out;
    for (double mgPerMl : lib->liquidsMgPerMl) {
        bool have = false;
        for (const Formulation &f : m_rows)
            have = have || (f.kind == Formulation::Kind::Liquid && !f.hidden && std::abs(f.mgPerMl - mgPerMl) < 1e-9);
        if (have)
            continue;
        Formulation f;
        f.kind = Formulation::Kind::Liquid;
        f.mgPerMl = mgPerMl;
        out.append(QVariantMap { { QStringLiteral("strength"), waymark::app::localNumber(mgPerMl) },
            { QStringLiteral("label"), f.label() } });
    }
    return out;
}

void FormulationModel::setDrugId(qint64 id)
{
    if (id == m_drugId)
        return;
    m_drugId = id;
    clearRows();
    reload();
    Q_EMIT drugIdChanged();
}

QVariant FormulationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Formulation &f = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return f.label();
    case IdRole:
        return f.id;
    case KindRole:
        return Formulation::kindName(f.kind);
    case HiddenRole:
        return f.hidden;
    default:
        return {};
    }
}

QHash<int, QByteArray> FormulationModel::roleNames() const
{
    return { { IdRole, "formulationId" }, { LabelRole, "label" }, { KindRole, "kind" }, { HiddenRole, "hidden" } };
}

bool FormulationModel::add(const Formulation &f)
{
    Diary *diary = m_watch.diary();
    if (!diary || m_drugId <= 0)
        return false;
    try {
        Formulation copy = f;
        copy.drugId = m_drugId;
        Session::instance()->undoStack().push(commands::addFormulation(copy));
        m_error.clear();
        return true;
    } catch (const Error &e) {
        m_error.set(app::errorText(e), e.field());
        return false;
    }
}

bool FormulationModel::addTablet(const QString &strengthMg, int splitParts, bool modifiedRelease)
{
    try {
        Formulation f;
        f.kind = Formulation::Kind::Tablet;
        f.strengthMg
            = validate::strength(validate::number(strengthMg, QStringLiteral("strength")), QStringLiteral("strength"));
        f.splitParts = splitParts;
        f.modifiedRelease = modifiedRelease;
        return add(f);
    } catch (const Error &e) {
        m_error.set(app::errorText(e), e.field());
        return false;
    }
}

bool FormulationModel::addCapsule(const QString &strengthMg, bool modifiedRelease)
{
    try {
        Formulation f;
        f.kind = Formulation::Kind::Capsule;
        f.strengthMg
            = validate::strength(validate::number(strengthMg, QStringLiteral("strength")), QStringLiteral("strength"));
        f.modifiedRelease = modifiedRelease;
        return add(f);
    } catch (const Error &e) {
        m_error.set(app::errorText(e), e.field());
        return false;
    }
}

bool FormulationModel::addLiquid(const QString &mgPerMl, const QString &syringeMl)
{
    try {
        Formulation f;
        f.kind = Formulation::Kind::Liquid;
        f.mgPerMl = validate::strength(
            validate::number(mgPerMl, QStringLiteral("concentration")), QStringLiteral("concentration"));
        if (!syringeMl.trimmed().isEmpty())
            f.syringeMl = validate::number(syringeMl, QStringLiteral("syringe-ml"));
        return add(f);
    } catch (const Error &e) {
        m_error.set(app::errorText(e), e.field());
        return false;
    }
}

bool FormulationModel::addForm(
    const QString &kind, const QString &strength, int splitParts, bool modifiedRelease, const QString &syringeMl)
{
    const auto k = Formulation::kindFromName(kind);
    if (k == Formulation::Kind::Liquid)
        return addLiquid(strength, syringeMl);
    if (k == Formulation::Kind::Capsule)
        return addCapsule(strength, modifiedRelease);
    if (k == Formulation::Kind::Tablet)
        return addTablet(strength, modifiedRelease ? 1 : splitParts, modifiedRelease);
    m_error.set(tr("Choose tablet, capsule or liquid."), QStringLiteral("kind"));
    return false;
}

bool FormulationModel::setHidden(qint64 formulationId, bool hidden)
{
    if (!m_watch.diary())
        return false;
    try {
        Session::instance()->undoStack().push(commands::setFormulationHidden(m_drugId, formulationId, hidden));
        m_error.clear();
        return true;
    } catch (const Error &e) {
        m_error.set(app::errorText(e), e.field());
        return false;
    }
}
