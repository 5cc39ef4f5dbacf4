// SPDX-License-Identifier: GPL-3.0-or-later
// Commands about drugs, formulations and the symptom list.
#include "commands.h"

#include "catalogue.h"
#include "diary.h"
#include "errors.h"
#include "output.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark::cli {

int cmdDrugAdd(const Args &args)
{
    const QString name = validate::name(args.positionals.value(0), QStringLiteral("drug"));
    const auto cls = args.value(QStringLiteral("class"));
    const auto lib = catalogue::findDrug(name);
    if (!lib) {
        if (!cls || cls->simplified().isEmpty())
            throwInvalid(QStringLiteral("class"),
                QStringLiteral("this drug is not in the built-in library; give its class with --class "
                               "(e.g. SSRI, benzodiazepine) to add it as your own drug"));
        validate::name(*cls, QStringLiteral("class"));
    }
    auto diary = openDiary(args, false);
    if (diary->drugByName(name))
        throw Error(ErrorCode::AlreadyExists, QStringLiteral("drug: this diary already has a drug of that name"),
            QStringLiteral("drug"));
    const Drug d = diary->addDrug(name, lib ? QString() : *cls);
    const auto forms = diary->formulations(d.id);
    if (lib)
        printOut(QStringLiteral("Added %1 (%2) from the built-in library, with %3 formulation(s).")
                     .arg(d.name, d.drugClass)
                     .arg(forms.size()));
    else
        printOut(QStringLiteral("Added %1 (%2).").arg(d.name, d.drugClass));
    return 0;
}

int cmdDrugList(const Args &args)
{
    auto diary = openDiary(args, true);
    const QList<Drug> drugs = diary->drugs(true);
    if (args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Drug &d : drugs) {
            QJsonArray forms;
            for (const Formulation &f : diary->formulations(d.id))
                forms.append(f.label());
            list.append(QJsonObject { { QStringLiteral("name"), d.name }, { QStringLiteral("class"), d.drugClass },
                { QStringLiteral("sources"), d.sources }, { QStringLiteral("hidden"), d.hidden },
                { QStringLiteral("formulations"), forms } });
        }
        writeOut(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (drugs.isEmpty()) {
        printOut(QStringLiteral("No drugs yet. Add one with \"waymark-cli drug add NAME\"."));
        return 0;
    }
    QStringList lines;
    for (const Drug &d : drugs) {
        lines << QStringLiteral("%1 (%2; sources: %3)%4")
                     .arg(d.name, d.drugClass, d.sources, d.hidden ? QStringLiteral(" [hidden]") : QString());
        const auto forms = diary->formulations(d.id);
        if (forms.isEmpty())
            lines << QStringLiteral("  no formulations");
        for (const Formulation &f : forms)
            lines << QStringLiteral("  ") + f.label();
    }
    printOut(lines.join(QLatin1Char('\n')));
    return 0;
}

int cmdFormulationAdd(const Args &args)
{
    const QString drugName = validate::name(args.required(QStringLiteral("drug")), QStringLiteral("drug"));
    const bool tablet = args.has(QStringLiteral("tablet"));
    const bool capsule = args.has(QStringLiteral("capsule"));
    const bool liquid = args.has(QStringLiteral("liquid"));
    if (int(tablet) + int(capsule) + int(liquid) != 1)
        throw UsageError { QStringLiteral("give exactly one of --tablet MG, --capsule MG and --liquid MG_PER_ML"),
            args.command };
    auto onlyWith = [&](const char *option, bool allowed, const char *kinds) {
        if (args.has(QLatin1String(option)) && !allowed)
            throw UsageError {
                QStringLiteral("--%1 goes with %2 only").arg(QLatin1String(option), QLatin1String(kinds)), args.command
            };
    };
    onlyWith("split", tablet, "--tablet");
    onlyWith("modified-release", tablet || capsule, "--tablet or --capsule");
    onlyWith("beads", capsule, "--capsule");
    onlyWith("syringe-ml", liquid, "--liquid");

    Formulation f;
    if (liquid) {
        f.kind = Formulation::Kind::Liquid;
        f.mgPerMl
            = validate::strength(validate::number(*args.value(QStringLiteral("liquid")), QStringLiteral("liquid")),
                QStringLiteral("liquid"));
        if (const auto s = args.value(QStringLiteral("syringe-ml"))) {
            const double ml = validate::number(*s, QStringLiteral("syringe-ml"));
            if (ml < 0.01 || ml > 10)
                throwInvalid(
                    QStringLiteral("syringe-ml"), QStringLiteral("the syringe step must be between 0.01 and 10 mL"));
            f.syringeMl = ml;
        }
    } else {
        const QString option = tablet ? QStringLiteral("tablet") : QStringLiteral("capsule");
        f.kind = tablet ? Formulation::Kind::Tablet : Formulation::Kind::Capsule;
        f.strengthMg = validate::strength(validate::number(*args.value(option), option), option);
        f.modifiedRelease = args.has(QStringLiteral("modified-release"));
        if (const auto s = args.value(QStringLiteral("split"))) {
            const qint64 parts = parseInteger(*s, QStringLiteral("split"));
            if (parts != 1 && parts != 2 && parts != 4)
                throwInvalid(QStringLiteral("split"),
                    QStringLiteral("a tablet can be whole only (1), halved (2) or quartered (4)"));
            if (f.modifiedRelease && parts != 1)
                throwInvalid(QStringLiteral("split"), QStringLiteral("modified-release forms must never be split"));
            f.splitParts = int(parts);
        }
        if (const auto b = args.value(QStringLiteral("beads"))) {
            const qint64 beads = parseInteger(*b, QStringLiteral("beads"));
            if (beads < 2 || beads > 10000)
                throwInvalid(QStringLiteral("beads"), QStringLiteral("beads per capsule must be between 2 and 10000"));
            f.beadsPerCapsule = int(beads);
        }
    }

    auto diary = openDiary(args, false);
    f.drugId = requireDrug(*diary, drugName).id;
    const Formulation added = diary->addFormulation(f);
    printOut(QStringLiteral("Added the formulation: %1.").arg(added.label()));
    return 0;
}

int cmdSymptoms(const Args &args)
{
    struct Row
    {
        QString key, name, group;
        bool hidden = false;
        bool safety = false;
    };
    QList<Row> rows;
    if (!args.diaryPath.isEmpty()) {
        auto diary = openDiary(args, true);
        for (const Symptom &s : diary->symptoms(args.has(QStringLiteral("all"))))
            rows.append({ s.key, s.name, s.group, s.hidden, s.safety });
    } else {
        for (const auto &s : catalogue::symptoms())
            rows.append({ s.key, s.name, s.group, false, s.safety });
    }

    if (args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Row &r : rows)
            list.append(QJsonObject { { QStringLiteral("key"), r.key }, { QStringLiteral("name"), r.name },
                { QStringLiteral("group"), r.group }, { QStringLiteral("hidden"), r.hidden },
                { QStringLiteral("safety"), r.safety } });
        writeOut(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    int width = 0;
    for (const Row &r : rows)
        width = std::max(width, int(r.key.size()));
    QStringList groups;
    for (const Row &r : rows)
        if (!groups.contains(r.group))
            groups << r.group;
    QStringList lines;
    for (const QString &g : groups) {
        if (!lines.isEmpty())
            lines << QString();
        lines << g;
        for (const Row &r : rows) {
            if (r.group != g)
                continue;
            QString line = QStringLiteral("  %1  %2").arg(r.key.leftJustified(width), r.name);
            if (r.hidden)
                line += QStringLiteral(" [hidden]");
            lines << line;
        }
    }
    printOut(lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace waymark::cli
