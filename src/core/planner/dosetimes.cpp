// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/dosetimes.h"

#include "errors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace waymark::planner {
namespace {

constexpr double kTol = DoseMaker::kToleranceMg;

QString partOfDay(const QTime &t)
{
    const int h = t.hour();
    if (h >= 4 && h < 12)
        return QCoreApplication::translate("DoseTimes", "morning");
    if (h >= 12 && h < 17)
        return QCoreApplication::translate("DoseTimes", "afternoon");
    if (h >= 17 && h < 23)
        return QCoreApplication::translate("DoseTimes", "evening");
    return QCoreApplication::translate("DoseTimes", "night");
}

QString hhmm(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

double sum(const QList<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0);
}

/** The rounding rule of roundToMakeable(): below unless above is strictly nearer. */
const MadeDose &nearer(const MadeDose &below, const std::optional<MadeDose> &above, double target)
{
    if (above && (above->mg - target) < (target - below.mg) - kTol)
        return *above;
    return below;
}

MadeDose unchanged(const DoseMaker &maker, double mg)
{
    if (const auto same = maker.exactly(mg))
        return *same;
    return maker.atOrBelow(mg); // not reached: every amount kept was made by this maker
}

std::optional<QList<MadeDose>> oneAtATime(
    const DoseMaker &maker, const QList<QTime> &times, const QList<double> &previous, double methodTotal)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < previous.size(); ++i)
        if (previous[i] > kTol)
            order.append(i);
    // The largest dose first; among equal doses the latest in the day.
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (std::abs(previous[a] - previous[b]) > kTol)
            return previous[a] > previous[b];
        return times[a] > times[b];
    });
    QList<MadeDose> out;
    for (double p : previous)
        out.append(unchanged(maker, p));
    const double total = sum(previous);
    double remaining = total - std::max(methodTotal, 0.0);
    bool zeroed = false;
    for (qsizetype i : order) {
        if (remaining >= previous[i] - kTol) { // the cut takes this whole dose: it stops
            out[i] = maker.atOrBelow(0);
            remaining -= previous[i];
            zeroed = true;
            continue;
        }
        const double target = previous[i] - remaining;
        const MadeDose below = maker.atOrBelow(target);
        std::optional<MadeDose> above = maker.above(target);
        if (above && above->mg > previous[i] - kTol)
            above = zeroed ? std::optional<MadeDose>(unchanged(maker, previous[i])) : std::nullopt;
        out[i] = nearer(below, above, target);
        break;
    }
    return out;
}

std::optional<QList<MadeDose>> even(const DoseMaker &maker, const QList<double> &previous, double methodTotal)
{
    const double total = sum(previous);
    const double factor = total > kTol ? std::max(methodTotal, 0.0) / total : 0;
    QList<MadeDose> out;
    for (double p : previous) {
        const double target = p * factor;
        const MadeDose below = maker.atOrBelow(target);
        std::optional<MadeDose> above = maker.above(target);
        if (above && above->mg > p - kTol)
            above = unchanged(maker, p);
        out.append(nearer(below, above, target));
    }
    return out;
}

} // namespace

bool TimeDose::changed() const
{
    return std::abs(doseMg - previousMg) > kTol;
}

QList<DoseTime> parseDoseTimes(const QString &text)
{
    const QString field = QStringLiteral("times");
    QList<DoseTime> out;
    static const QRegularExpression sep(QStringLiteral("[,;]"));
    const QStringList items = text.split(sep, Qt::SkipEmptyParts);
    if (items.isEmpty())
        throwInvalid(field,
            QCoreApplication::translate(
                "Validation", "give the dose times as TIME=MG, e.g. 08:00=0.5,14:00=0.5,22:00=0.5"));
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq < 0)
            throwInvalid(field,
                QCoreApplication::translate("Validation", "'%1' is not TIME=MG (e.g. 08:00=0.5)").arg(item.left(20)));
        const QString timeText = item.left(eq).trimmed();
        QTime t = QTime::fromString(timeText, QStringLiteral("HH:mm"));
        if (!t.isValid())
            t = QTime::fromString(timeText, QStringLiteral("H:mm"));
        if (!t.isValid())
            throwInvalid(field,
                QCoreApplication::translate("Validation", "'%1' is not a time of day (use HH:MM, e.g. 08:00 or 22:30)")
                    .arg(timeText.left(20)));
        bool ok = false;
        const double mg = item.mid(eq + 1).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(mg) || mg <= 0)
            throwInvalid(field,
                QCoreApplication::translate("Validation", "the amount at %1 must be a number of mg above 0")
                    .arg(hhmm(t)));
        out.append({ t, mg });
    }
    std::sort(out.begin(), out.end(), [](const DoseTime &a, const DoseTime &b) { return a.time < b.time; });
    validateDoseTimes(
        out, std::accumulate(out.begin(), out.end(), 0.0, [](double s, const DoseTime &d) { return s + d.doseMg; }));
    return out;
}

QString formatDoseTimes(const QList<DoseTime> &times, QChar separator)
{
    QStringList parts;
    for (const DoseTime &d : times)
        parts << hhmm(d.time) + QLatin1Char('=') + formatNumber(d.doseMg);
    return parts.join(separator);
}

QString formatDoseTimes(const QList<TimeDose> &times, QChar separator)
{
    QStringList parts;
    for (const TimeDose &d : times)
        parts << hhmm(d.time) + QLatin1Char('=') + formatNumber(d.doseMg);
    return parts.join(separator);
}

void validateDoseTimes(const QList<DoseTime> &times, double totalMg)
{
    const QString field = QStringLiteral("doseTimes");
    if (times.size() > kMaxDoseTimes)
        throwInvalid(
            field, QCoreApplication::translate("Validation", "at most %1 dose times a day").arg(kMaxDoseTimes));
    double total = 0;
    for (qsizetype i = 0; i < times.size(); ++i) {
        if (!times[i].time.isValid())
            throwInvalid(
                field, QCoreApplication::translate("Validation", "dose time %1 is not a time of day").arg(i + 1));
        if (!std::isfinite(times[i].doseMg) || times[i].doseMg <= kTol)
            throwInvalid(field,
                QCoreApplication::translate("Validation", "the amount at %1 must be above 0 mg")
                    .arg(hhmm(times[i].time)));
        if (i > 0 && hhmm(times[i].time) <= hhmm(times[i - 1].time))
            throwInvalid(field,
                hhmm(times[i].time) == hhmm(times[i - 1].time)
                    ? QCoreApplication::translate("Validation", "%1 is given twice; give each time once")
                          .arg(hhmm(times[i].time))
                    : QCoreApplication::translate("Validation", "dose times must be in order of the day"));
        total += times[i].doseMg;
    }
    if (!times.isEmpty() && std::abs(total - totalMg) > 1e-6)
        throwInvalid(field,
            QCoreApplication::translate(
                "Validation", "the dose times add up to %1 mg but the day's dose is %2 mg; they must be the same")
                .arg(formatNumber(total), formatNumber(totalMg)));
}

QString doseTimeName(const QList<QTime> &all, const QTime &time)
{
    const QString part = partOfDay(time);
    int same = 0;
    for (const QTime &t : all)
        same += partOfDay(t) == part ? 1 : 0;
    return same > 1 ? hhmm(time) : part;
}

QString describeTimesChange(const QList<TimeDose> &times)
{
    QList<QTime> all;
    for (const TimeDose &t : times)
        all << t.time;
    QStringList changed;
    QStringList kept;
    for (const TimeDose &t : times) {
        const QString name = doseTimeName(all, t.time);
        const QString label = name == hhmm(t.time) ? name : QStringLiteral("%1 (%2)").arg(name, hhmm(t.time));
        if (!t.changed())
            kept << name;
        else if (t.doseMg <= kTol)
            changed << QCoreApplication::translate("DoseTimes", "%1 dose %2 mg → stop")
                           .arg(label, displayNumber(t.previousMg));
        else
            changed << QCoreApplication::translate("DoseTimes", "%1 dose %2 → %3 mg")
                           .arg(label, displayNumber(t.previousMg), displayNumber(t.doseMg));
    }
    if (changed.isEmpty()) {
        QStringList now;
        for (const TimeDose &t : times)
            now << QStringLiteral("%1 %2 mg").arg(doseTimeName(all, t.time), displayNumber(t.doseMg));
        return now.join(QStringLiteral(", "));
    }
    QString out = changed.join(QStringLiteral("; "));
    if (!kept.isEmpty()) {
        QString keptText = kept.size() == 1 ? kept.first()
                                            : kept.mid(0, kept.size() - 1).join(QStringLiteral(", "))
                + QCoreApplication::translate("DoseTimes", " and ") + kept.last();
        out += QCoreApplication::translate("DoseTimes", "; %1 unchanged").arg(keptText);
    }
    return out;
}

std::optional<QList<MadeDose>> spreadCut(const DoseMaker &maker, const QList<QTime> &times,
    const QList<double> &previous, double methodTotalMg, Spread spread)
{
    const double total = sum(previous);
    if (total - methodTotalMg <= kTol)
        return std::nullopt;
    std::optional<QList<MadeDose>> out = spread == Spread::Even ? even(maker, previous, methodTotalMg)
                                                                : oneAtATime(maker, times, previous, methodTotalMg);
    double made = 0;
    for (qsizetype i = 0; out && i < out->size(); ++i) {
        if (out->at(i).mg > previous[i] + kTol)
            return std::nullopt; // never reached: no amount is rounded above the one before
        made += out->at(i).mg;
    }
    if (!out || made >= total - kTol)
        return std::nullopt;
    return out;
}

} // namespace waymark::planner
