// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace waymark {
class Diary;
}

/**
 * The diary as a FHIR R4 Bundle of type "collection" (docs/FORMAT.md, "FHIR"): a Patient with no
 * identifying data; a Medication per drug (coded with WHO ATC and, where listed, RxNorm from
 * data/codes.csv); a MedicationStatement per dose period of each drug (days at one daily total);
 * a MedicationAdministration per logged dose; an Observation per symptom rating (Waymark's stable
 * symptom keys), per wellbeing score and per night's sleep. Every reference is the fullUrl of an
 * entry of the same bundle. Deterministic: the same diary gives the same bytes.
 */
namespace waymark::exchange {

inline constexpr char kSymptomSystem[] = "urn:waymark:fhir:symptom";
inline constexpr char kMeasureSystem[] = "urn:waymark:fhir:measure";
inline constexpr char kAtcSystem[] = "http://www.whocc.no/atc";
inline constexpr char kRxNormSystem[] = "http://www.nlm.nih.gov/research/umls/rxnorm";

QByteArray exportFhir(const Diary &diary);

struct MedicationCodes
{
    QString atc;
    QString rxnorm; ///< empty when not verified (data/codes.csv leaves it blank)
};
/** The codes of a library drug (by its key, e.g. "sertraline"), from data/codes.csv. */
std::optional<MedicationCodes> medicationCodes(const QString &libraryKey);

} // namespace waymark::exchange
