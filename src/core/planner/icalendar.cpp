// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/icalendar.h"

#include "planner/dosemaker.h"

#include <QStringList>

namespace waymark::planner {
namespace {

QString escapeText(QString text)
{
    text.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    text.replace(QLatin1String(";"), QLatin1String("\\;"));
    text.replace(QLatin1String(","), QLatin1String("\\,"));
    text.replace(QLatin1String("\r\n"), QLatin1String("\\n"));
    text.replace(QLatin1String("\n"), QLatin1String("\\n"));
    return text;
}

/** Folds a content line at 75 octets without splitting a UTF-8 sequence (RFC 5545 3.1). */
QString fold(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    if (bytes.size() <= 75)
        return line + QStringLiteral("\r\n");
    QString out;
    qsizetype start = 0;
    int limit = 75;
    while (start < bytes.size()) {
        qsizetype end = std::min<qsizetype>(start + limit, bytes.size());
        while (end < bytes.size() && (static_cast<unsigned char>(bytes[end]) & 0xC0) == 0x80)
            --end; // do not cut inside a character
        out += QString::fromUtf8(bytes.mid(start, end - start)) + QStringLiteral("\r\n");
        start = end;
        if (start < bytes.size())
            out += QLatin1Char(' ');
        limit = 74; // the leading space counts
    }
    return out;
}

QString day(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

QString stepDetails(const Step &s, const CalendarOptions &o)
{
    QStringList lines;
    const QString drug = o.drugName.isEmpty() ? QStringLiteral("The plan") : o.drugName;
    if (s.doseMg <= 0) {
        lines << QStringLiteral("%1: stop (0 mg).").arg(drug);
    } else {
        lines << QStringLiteral("%1: %2 mg a day.").arg(drug, formatNumber(s.doseMg));
        if (!s.timesChange.isEmpty())
            lines << s.timesChange + QLatin1Char('.');
        lines << QStringLiteral("How to make it: %1.").arg(s.howToMake);
    }
    if (s.stepBack)
        lines << QStringLiteral("Back to the previous dose, as agreed with the prescriber.");
    lines << QStringLiteral("A plan to follow as agreed with your prescriber.");
    return lines.join(QLatin1Char('\n'));
}

void event(QString &out, const QString &uid, const QDate &date, const QString &summary, const QString &description,
    const CalendarOptions &o)
{
    out += fold(QStringLiteral("BEGIN:VEVENT"));
    out += fold(QStringLiteral("UID:") + uid);
    out += fold(QStringLiteral("DTSTAMP:") + o.stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    out += fold(QStringLiteral("SEQUENCE:%1").arg(o.sequence));
    out += fold(QStringLiteral("DTSTART;VALUE=DATE:") + day(date));
    out += fold(QStringLiteral("DTEND;VALUE=DATE:") + day(date.addDays(1)));
    out += fold(QStringLiteral("SUMMARY:") + escapeText(summary));
    if (!description.isEmpty())
        out += fold(QStringLiteral("DESCRIPTION:") + escapeText(description));
    out += fold(QStringLiteral("TRANSP:TRANSPARENT"));
    out += fold(QStringLiteral("END:VEVENT"));
}

} // namespace

QString scheduleToICalendar(const Schedule &schedule, const CalendarOptions &o)
{
    QString out;
    out += fold(QStringLiteral("BEGIN:VCALENDAR"));
    out += fold(QStringLiteral("VERSION:2.0"));
    out += fold(QStringLiteral("PRODID:-//Waymark//Waymark taper plan//EN"));
    out += fold(QStringLiteral("CALSCALE:GREGORIAN"));
    out += fold(QStringLiteral("METHOD:PUBLISH"));
    const QString base = QStringLiteral("waymark-") + o.uidBase;
    for (const Step &s : schedule.steps) {
        QString summary = QStringLiteral("Waymark: step %1 begins").arg(s.index);
        if (s.stepBack)
            summary += QStringLiteral(" (back to the previous dose)");
        event(out, QStringLiteral("%1-step-%2@waymark").arg(base).arg(s.index), s.start, summary,
            o.details ? stepDetails(s, o) : QString(), o);
        if (s.heldDays > 0 && !s.isOpen())
            event(out, QStringLiteral("%1-hold-%2@waymark").arg(base).arg(s.index), s.end,
                QStringLiteral("Waymark: hold ends (step %1)").arg(s.index),
                o.details ? QStringLiteral("Last day of the hold: step %1 was kept %2 days longer; the next step "
                                           "begins tomorrow.")
                                .arg(s.index)
                                .arg(s.heldDays)
                          : QString(),
                o);
    }
    out += fold(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace waymark::planner
