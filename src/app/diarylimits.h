// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation.h"

#include <QObject>
#include <QQmlEngine>

/**
 * The limits and constants the pages show or enforce, taken from the core so QML never types its
 * own copy: note length, hours slept, the wellbeing and severity scales, and the window that makes
 * a symptom "usual". QML singleton "Limits" (the file is not limits.h: that would hide <limits.h>).
 */
class DiaryLimits : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Limits)
    QML_SINGLETON

    Q_PROPERTY(int noteMaxLength READ noteMaxLength CONSTANT)
    Q_PROPERTY(double sleepMaxHours READ sleepMaxHours CONSTANT)
    Q_PROPERTY(double sleepStepHours READ sleepStepHours CONSTANT)
    Q_PROPERTY(int wellbeingMax READ wellbeingMax CONSTANT)
    Q_PROPERTY(int severityMax READ severityMax CONSTANT)
    Q_PROPERTY(int usualWindowDays READ usualWindowDays CONSTANT)

public:
    explicit DiaryLimits(QObject *parent = nullptr)
        : QObject(parent)
    { }

    /** Symptoms rated above none within this many days before a day count as "usual" on it. */
    static constexpr int kUsualWindowDays = 28;

    static int noteMaxLength() { return waymark::validate::kMaxNoteLength; }
    static double sleepMaxHours() { return waymark::validate::kMaxSleepHours; }
    static double sleepStepHours() { return waymark::validate::kSleepStepHours; }
    static int wellbeingMax() { return waymark::validate::kMaxWellbeing; }
    static int severityMax() { return waymark::validate::kMaxSeverity; }
    static int usualWindowDays() { return kUsualWindowDays; }
};
