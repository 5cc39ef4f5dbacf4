// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a stored plan's JSON (what the diary keeps inside the encrypted file, and what a
// damaged or hand-edited diary could hold) through planFromJson, validatePlan and computeSchedule.
// Only waymark::Error may come out; anything else (a crash, a sanitizer report) is a bug.
#include "errors.h"
#include "planner/planjson.h"
#include "planner/schedule.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject())
        return 0;
    try {
        const waymark::planner::Plan plan = waymark::planner::planFromJson(doc.object());
        waymark::planner::planToJson(plan);
        waymark::planner::validatePlan(plan);
        waymark::planner::computeSchedule(plan, waymark::planner::StartRule::StoredLenient);
    } catch (const waymark::Error &) { }
    return 0;
}
