// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include <QFile>
#include <QRegularExpression>

namespace waymark::catalogue {
namespace {

QStringList readLines(const QString &resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("built-in reference data %s is missing from the binary", qPrintable(resource));
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        lines.removeFirst(); // header
    return lines;
}

QList<double> leadingNumbers(const QString &text)
{
    // "2 (oral solution US); 40 (oral drops EU)" -> {2, 40}; "0.4 and 1 (oral solutions)" -> {0.4, 1}
    QList<double> out;
    QString stripped = text;
    stripped.remove(QRegularExpression(QStringLiteral("\\([^)]*\\)")));
    static const QRegularExpression num(QStringLiteral("(\\d+(?:\\.\\d+)?)"));
    auto it = num.globalMatch(stripped);
    while (it.hasNext())
        out.append(it.next().captured(1).toDouble());
    return out;
}

std::optional<double> optNumber(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QList<LibraryDrug> loadDrugs()
{
    QList<LibraryDrug> out;
    for (const QString &line : readLines(QStringLiteral(":/waymark/reference/drugs.csv"))) {
        const QStringList c = splitCsvLine(line);
        if (c.size() < 12)
            continue;
        LibraryDrug d;
        d.key = c[0].trimmed().toLower();
        d.name = d.key.left(1).toUpper() + d.key.mid(1);
        d.drugClass = c[1].trimmed();
        d.strengthsText = c[2].trimmed();
        d.strengthsMg = leadingNumbers(d.strengthsText);
        d.capsules = d.strengthsText.contains(QLatin1String("capsule"));
        d.splittingNote = c[3].trimmed();
        d.liquidsText = c[4].trimmed();
        d.liquidsMgPerMl = leadingNumbers(d.liquidsText);
        d.halfLifeHours = c[5].trimmed();
        d.sertEmaxPct = optNumber(c[6]);
        d.sertEd50Mg = optNumber(c[7]);
        d.sertRegion = c[8].trimmed();
        d.diazepam10Ashton = optNumber(c[9]);
        d.diazepam10VaDod = optNumber(c[10]);
        d.sources = c[11].trimmed().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        if (c.size() > 12)
            d.sertNote = c[12].trimmed();
        out.append(d);
    }
    return out;
}

QList<LibrarySymptom> loadSymptoms()
{
    QList<LibrarySymptom> out;
    for (const QString &line : readLines(QStringLiteral(":/waymark/reference/symptoms.csv"))) {
        const QStringList c = splitCsvLine(line);
        if (c.size() < 4)
            continue;
        out.append({ c[1].trimmed(), c[2].trimmed(), c[0].trimmed(), c[3].trimmed() == QLatin1String("1") });
    }
    return out;
}

} // namespace

bool LibraryDrug::tabletsSplittable() const
{
    if (capsules)
        return false;
    const QString n = splittingNote.toLower();
    return n.contains(QLatin1String("plain tablets")) || n.contains(QLatin1String("scored"))
        || n.contains(QLatin1String("halve"));
}

QStringList splitCsvLine(const QString &line)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar ch = line[i];
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    cur += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cur += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            out.append(cur);
            cur.clear();
        } else if (ch != QLatin1Char('\r')) {
            cur += ch;
        }
    }
    out.append(cur);
    return out;
}

const QList<LibraryDrug> &drugs()
{
    static const QList<LibraryDrug> list = loadDrugs();
    return list;
}

std::optional<LibraryDrug> findDrug(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (const auto &d : drugs())
        if (d.key == key)
            return d;
    return std::nullopt;
}

const QList<LibrarySymptom> &symptoms()
{
    static const QList<LibrarySymptom> list = loadSymptoms();
    return list;
}

const QStringList &symptomGroups()
{
    static const QStringList groups = {
        QStringLiteral("General"),
        QStringLiteral("Gastrointestinal"),
        QStringLiteral("Sleep"),
        QStringLiteral("Balance"),
        QStringLiteral("Sensory"),
        QStringLiteral("Movement"),
        QStringLiteral("Affective"),
        QStringLiteral("Psychosis"),
    };
    return groups;
}

QString sourcesText()
{
    QFile f(QStringLiteral(":/waymark/reference/SOURCES.md"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace waymark::catalogue
