// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-stress-appholder: the app's session layer (Session, its UndoStack, the Diary) holding a
// diary unlocked, for the plaintext scan (tests/stress/plaintext.py) to take core images of.
//
//   waymark-stress-appholder DIARY      (then on stdin: the passphrase line, the marker line)
// Neither comes on the command line or in the environment, so that a core image shows only what
// Waymark itself keeps. Unlocks DIARY as the app does, writes through the app's undoable commands (a note, a dose with
// a note) and the diary (a drug and a custom symptom, all named with MARKER), reads them back as the pages would,
// prints "unlocked" and waits. On the stdin line "lock" it locks the session as the app's Lock button does, prints
// "locked" and waits; on "quit" (or end of input) it exits.
#include "clock.h"
#include "diary.h"
#include "diarycommands.h"
#include "preferences.h"
#include "session.h"
#include "undostack.h"

#include <QDate>
#include <QGuiApplication>

#include <cstdio>
#include <iostream>
#include <string>

using namespace waymark;

namespace {

void say(const char *line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Waymark")); // as main.cpp: the settings file
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fputs("usage: waymark-stress-appholder DIARY  (passphrase and marker lines on stdin)\n", stderr);
        return 64;
    }
    std::setvbuf(stdin, nullptr, _IONBF, 0); // no stdio buffer keeping a copy of the lines
    std::string passphraseLine;
    std::string markerLine;
    std::getline(std::cin, passphraseLine);
    std::getline(std::cin, markerLine);
    QString marker = QString::fromStdString(markerLine);
    std::fill(markerLine.begin(), markerLine.end(), '\0');
    Session session(defaultClock(), args[1]);
    QString passphrase = QString::fromStdString(passphraseLine);
    std::fill(passphraseLine.begin(), passphraseLine.end(), '\0'); // the test's own copies, not Waymark's
    const bool unlocked = session.unlock(passphrase);
    passphrase.fill(QLatin1Char('\0'));
    if (!unlocked) {
        std::fprintf(stderr, "unlock failed: %s\n", qPrintable(session.errorText()));
        return 2;
    }
    {
        Diary &diary = *session.diary();
        const QDate day(2026, 3, 1);
        const Drug drug = diary.addDrug(marker + QStringLiteral("drug"), QStringLiteral("SSRI"));
        diary.addSymptom(marker + QStringLiteral("symptom"), QStringLiteral("Mood"));
        session.undoStack().push(commands::setNote(day, marker + QStringLiteral("note written in the app")));
        session.undoStack().push(
            commands::logDose({ day, QTime(8, 0), drug.id, 5000, {}, marker + QStringLiteral("dose note"), false }));
        // What the pages read back.
        const DayEntry entry = diary.day(day);
        const auto drugs = diary.drugs(true);
        const auto symptoms = diary.symptoms(true);
        const auto history = diary.history(day.addDays(-30), day);
        if (!entry.note.contains(marker) || drugs.isEmpty() || symptoms.isEmpty() || history.isEmpty())
            return 5;
    }
    marker.fill(QLatin1Char('\0')); // the test's own copy
    session.preferences().chooseTheme(QStringLiteral("dark")); // the one setting kept outside the diary
    say("unlocked");
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line == "lock") {
            session.lock();
            app.processEvents();
            say(session.diary() ? "still unlocked" : "locked");
        } else if (line == "quit") {
            break;
        }
    }
    return 0;
}
