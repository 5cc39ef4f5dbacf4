// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

/**
 * The built-in reference data carried in the binary (src/core/data): the drug library with the
 * source of every value, and the default withdrawal-symptom catalogue with stable keys.
 */
namespace waymark::catalogue {

struct LibraryDrug
{
    QString key; ///< lower-case name, e.g. "citalopram"
    QString name; ///< display name, e.g. "Citalopram"
    QString drugClass; ///< SSRI, SNRI, benzodiazepine, z-drug, ...
    QList<double> strengthsMg; ///< common strengths
    bool capsules = false; ///< strengths are capsules, not tablets
    QString strengthsText; ///< as written in the source, e.g. "10;20;40 (capsules)"
    QString splittingNote;
    QList<double> liquidsMgPerMl;
    QString liquidsText;
    QString halfLifeHours; ///< text: often a range
    std::optional<double> sertEmaxPct;
    std::optional<double> sertEd50Mg;
    QString sertRegion;
    QString sertNote; ///< a caveat about the fit's numbers (e.g. another source's ED50)
    std::optional<double> diazepam10Ashton; ///< mg equal to 10 mg diazepam (S2)
    std::optional<double> diazepam10VaDod; ///< mg equal to 10 mg diazepam (S3)
    QStringList sources; ///< e.g. {"S1", "S5"}

    /** Whether plain tablets of this drug may be halved, as the source note says. */
    bool tabletsSplittable() const;
};

struct LibrarySymptom
{
    QString key;
    QString name;
    QString group;
    bool safety = false;
};

const QList<LibraryDrug> &drugs();
std::optional<LibraryDrug> findDrug(const QString &name);
const QList<LibrarySymptom> &symptoms();
/** The eight groups of Nielsen, Hansen & Gøtzsche (2012), in display order. */
const QStringList &symptomGroups();
/** The full text of the sources (S1...S5 and the symptom catalogue's). */
QString sourcesText();

/** Splits one CSV line (RFC 4180 quoting). Exposed for tests. */
QStringList splitCsvLine(const QString &line);

} // namespace waymark::catalogue
