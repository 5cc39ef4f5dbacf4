// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "commands.h"
#include "database.h"
#include "errors.h"
#include "output.h"

#include <QSet>
#include <exception>

namespace waymark::cli {

std::optional<QString> Args::value(const QString &name) const
{
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

QString Args::required(const QString &name) const
{
    const auto v = value(name);
    if (!v)
        throw UsageError { QStringLiteral("--%1 is needed").arg(name), command };
    return *v;
}

QString Args::diary() const
{
    if (diaryPath.isEmpty())
        throw UsageError { QStringLiteral("--diary FILE is needed (or set WAYMARK_DIARY)"), command };
    return diaryPath;
}

namespace {

const QString kDateHelp = QStringLiteral("the day: YYYY-MM-DD, or \"today\" or \"yesterday\"");

/** The table below, then the taper-plan commands (commands_plan_table.cpp), "trajectory", "report" and
 *  "history-text". */
QList<Command> withPlanCommands(QList<Command> list)
{
    list += planCommands();
    list += trajectoryCommands();
    list += exchangeCommands();
    list += reportCommands();
    return list;
}

const QList<Command> &commands()
{
    using D = Command::DiaryUse;
    static const QList<Command> list = withPlanCommands({
        { QStringLiteral("init"), QString(), QStringLiteral("Create a new, empty diary"),
            QStringLiteral("Creates FILE (readable by you only). An existing file is never replaced.\n"
                           "The new passphrase comes from WAYMARK_PASSPHRASE, else it is asked for twice on the\n"
                           "terminal, else read as one line from standard input. Use at least 8 characters."),
            {}, 0, 0, D::Required, true, cmdInit },
        { QStringLiteral("demo"), QStringLiteral("[--days N] [--seed S]"),
            QStringLiteral("Create a new diary filled with a made-up taper"),
            QStringLiteral("Creates FILE (it must not exist) and fills it with N days of invented doses, symptoms\n"
                           "and notes ending today. The same seed gives the same diary. The passphrase is asked\n"
                           "for as for \"init\"."),
            { { QStringLiteral("days"), QStringLiteral("N"), QStringLiteral("how many days (default 120)") },
                { QStringLiteral("seed"), QStringLiteral("S"),
                    QStringLiteral("random seed, 0 to 4294967295 (default 1)") } },
            0, 0, D::Required, true, cmdDemo },
        { QStringLiteral("drug add"), QStringLiteral("NAME [--class CLASS]"), QStringLiteral("Add a drug to the diary"),
            QStringLiteral(
                "A drug from the built-in library (e.g. sertraline, diazepam) comes with its class, sources\n"
                "and usual tablet strengths. Any other drug needs --class."),
            { { QStringLiteral("class"), QStringLiteral("CLASS"),
                QStringLiteral(
                    "the drug class (SSRI, SNRI, benzodiazepine, ...); needed for drugs not in the library") } },
            1, 1, D::Required, true, cmdDrugAdd },
        { QStringLiteral("drug list"), QStringLiteral("[--json]"),
            QStringLiteral("List the diary's drugs and their formulations"), QString(),
            { { QStringLiteral("json"), QString(), QStringLiteral("print JSON instead of text") } }, 0, 0, D::Required,
            true, cmdDrugList },
        { QStringLiteral("drug formulation add"),
            QStringLiteral("--drug NAME (--tablet MG [--split 1|2|4] [--modified-release] | --capsule MG [--beads N] "
                           "| --liquid MG_PER_ML [--syringe-ml X])"),
            QStringLiteral("Add a tablet, capsule or liquid form of a drug"),
            QStringLiteral("Give exactly one of --tablet, --capsule and --liquid."),
            { { QStringLiteral("drug"), QStringLiteral("NAME"), QStringLiteral("the drug, as in \"drug list\"") },
                { QStringLiteral("tablet"), QStringLiteral("MG"), QStringLiteral("a tablet of MG mg") },
                { QStringLiteral("split"), QStringLiteral("1|2|4"),
                    QStringLiteral("tablets: 1 whole only (default), 2 halves, 4 quarters") },
                { QStringLiteral("modified-release"), QString(),
                    QStringLiteral("tablets or capsules: modified release (never split)") },
                { QStringLiteral("capsule"), QStringLiteral("MG"), QStringLiteral("a capsule of MG mg") },
                { QStringLiteral("beads"), QStringLiteral("N"),
                    QStringLiteral("capsules: beads per capsule, if counted") },
                { QStringLiteral("liquid"), QStringLiteral("MG_PER_ML"),
                    QStringLiteral("a liquid of MG_PER_ML mg/mL") },
                { QStringLiteral("syringe-ml"), QStringLiteral("X"),
                    QStringLiteral("liquids: the smallest step the syringe measures, in mL") } },
            0, 0, D::Required, true, cmdFormulationAdd },
        { QStringLiteral("log dose"),
            QStringLiteral("--date D [--time T] --drug NAME --mg X [--note TEXT | --note-file FILE] [--force]"),
            QStringLiteral("Log a dose taken"),
            QStringLiteral("A dose more than 10 times the drug's largest listed strength is refused as a likely typo;\n"
                           "if it is right, add --force."),
            { { QStringLiteral("date"), QStringLiteral("D"), kDateHelp },
                { QStringLiteral("time"), QStringLiteral("T"),
                    QStringLiteral("the time taken: 08:30, 20:15, 8am or 8:30pm (optional)") },
                { QStringLiteral("drug"), QStringLiteral("NAME"), QStringLiteral("the drug, as in \"drug list\"") },
                { QStringLiteral("mg"), QStringLiteral("X"), QStringLiteral("the amount in mg, e.g. 12.5") },
                { QStringLiteral("note"), QStringLiteral("TEXT"),
                    QStringLiteral("a note about this dose (optional); - reads it from standard input") },
                { QStringLiteral("note-file"), QStringLiteral("FILE"),
                    QStringLiteral("read the note from FILE instead") },
                { QStringLiteral("force"), QString(), QStringLiteral("log an unusually large dose anyway") } },
            0, 0, D::Required, true, cmdLogDose },
        { QStringLiteral("log symptom"), QStringLiteral("--date D --symptom KEY --severity 0..4"),
            QStringLiteral("Rate a symptom for a day"),
            QStringLiteral("Severity: 0 none, 1 mild, 2 moderate, 3 severe, 4 extreme. List the KEYs with\n"
                           "\"waymark-cli symptoms\". Rating a symptom again replaces the day's rating."),
            { { QStringLiteral("date"), QStringLiteral("D"), kDateHelp },
                { QStringLiteral("symptom"), QStringLiteral("KEY"),
                    QStringLiteral("the symptom's key, e.g. dizziness") },
                { QStringLiteral("severity"), QStringLiteral("N"), QStringLiteral("0 none ... 4 extreme") } },
            0, 0, D::Required, true, cmdLogSymptom },
        { QStringLiteral("log day"),
            QStringLiteral("--date D [--wellbeing N] [--sleep H] [--note TEXT | --note-file FILE]"),
            QStringLiteral("Record wellbeing, sleep or a note for a day"),
            QStringLiteral("Give at least one of --wellbeing, --sleep and --note; the others stay as they were.\n"
                           "An empty --note \"\" removes the day's note. A note typed on the command line shows in\n"
                           "\"ps\" and the shell's history: --note - (standard input) and --note-file FILE do not."),
            { { QStringLiteral("date"), QStringLiteral("D"), kDateHelp },
                { QStringLiteral("wellbeing"), QStringLiteral("N"), QStringLiteral("0 (worst) to 10 (best)") },
                { QStringLiteral("sleep"), QStringLiteral("H"),
                    QStringLiteral("hours slept, 0 to 24 (kept to the quarter hour)") },
                { QStringLiteral("note"), QStringLiteral("TEXT"),
                    QStringLiteral("the day's note (up to 10,000 characters); - reads it from standard input") },
                { QStringLiteral("note-file"), QStringLiteral("FILE"),
                    QStringLiteral("read the note from FILE instead") } },
            0, 0, D::Required, true, cmdLogDay },
        { QStringLiteral("show"), QStringLiteral("--date D [--json]"),
            QStringLiteral("Show everything recorded for a day"),
            QStringLiteral("Opens the diary read-only. JSON keys: date, doses [{time, drug, mg, note}],\n"
                           "ratings [{key, name, group, severity}], wellbeing, sleep_hours, note."),
            { { QStringLiteral("date"), QStringLiteral("D"), kDateHelp },
                { QStringLiteral("json"), QString(), QStringLiteral("print JSON instead of text") } },
            0, 0, D::Required, true, cmdShow },
        { QStringLiteral("symptoms"), QStringLiteral("[--all] [--json]"),
            QStringLiteral("List symptom keys, names and groups"),
            QStringLiteral("With a diary (--diary or WAYMARK_DIARY) lists the diary's symptoms, including your own;\n"
                           "without one, the built-in catalogue."),
            { { QStringLiteral("all"), QString(), QStringLiteral("include symptoms hidden in the diary") },
                { QStringLiteral("json"), QString(), QStringLiteral("print JSON instead of text") } },
            0, 0, D::Optional, true, cmdSymptoms },
        { QStringLiteral("check"), QString(), QStringLiteral("Check the passphrase and the diary's integrity"),
            QStringLiteral("Opens the diary read-only and runs a full integrity check. Prints one line starting\n"
                           "\"OK\" (exit 0) or \"DAMAGED\" (exit 3)."),
            {}, 0, 0, D::Required, true, cmdCheck },
        { QStringLiteral("passwd"), QString(), QStringLiteral("Change the diary's passphrase"),
            QStringLiteral("The current passphrase is read as usual; the new one comes from WAYMARK_NEW_PASSPHRASE,\n"
                           "else it is asked for twice on the terminal, else read as the next line of standard input.\n"
                           "The diary is re-encrypted into a new file that replaces the old one in one step."),
            {}, 0, 0, D::Required, true, cmdPasswd },
    });
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

/** Command groups ("drug", "log", "drug formulation"): prefixes of command names. */
bool isGroup(const QString &name)
{
    for (const Command &c : commands())
        if (c.name.startsWith(name + QLatin1Char(' ')))
            return true;
    return false;
}

QStringList subcommandsOf(const QString &group)
{
    QStringList out;
    for (const Command &c : commands()) {
        if (c.name.startsWith(group + QLatin1Char(' '))) {
            const QString next = c.name.mid(group.size() + 1).section(QLatin1Char(' '), 0, 0);
            if (!out.contains(next))
                out << next;
        }
    }
    return out;
}

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}

const QString kPassphraseHelp
    = QStringLiteral("The passphrase is read from WAYMARK_PASSPHRASE when set, else asked for on the terminal\n"
                     "(not shown), else read as one line from standard input (before the note of --note -).\n"
                     "WAYMARK_PASSPHRASE is wiped from the environment as soon as waymark-cli starts, but the\n"
                     "program that set it (your shell, a script) still holds it; see docs/SECURITY.md.");

void printGlobalHelp()
{
    QStringList lines;
    lines << QStringLiteral("Usage: waymark-cli [--diary FILE] COMMAND [OPTIONS]") << QString()
          << QStringLiteral("The command-line companion of Waymark, a private encrypted tapering diary.") << QString()
          << QStringLiteral("Commands:");
    for (const Command &c : commands())
        lines << QStringLiteral("  %1%2").arg(pad(c.name, 22), c.summary);
    lines << QString() << QStringLiteral("Options:")
          << QStringLiteral("  %1%2").arg(pad(QStringLiteral("--diary FILE"), 22),
                 QStringLiteral("the diary file (default: $WAYMARK_DIARY); before or after COMMAND"))
          << QStringLiteral("  %1%2").arg(pad(QStringLiteral("-h, --help"), 22), QStringLiteral("show this help"))
          << QStringLiteral("  %1%2").arg(pad(QStringLiteral("--version"), 22), QStringLiteral("show the version"))
          << QString() << QStringLiteral("Run \"waymark-cli COMMAND --help\" for a command's options.") << QString()
          << QStringLiteral("Environment:")
          << QStringLiteral("  WAYMARK_DIARY           the diary file when --diary is not given")
          << QStringLiteral("  WAYMARK_PASSPHRASE      the passphrase (else asked for, or read from standard input)")
          << QStringLiteral("  WAYMARK_NEW_PASSPHRASE  the new passphrase for \"passwd\"")
          << QStringLiteral("  WAYMARK_TODAY           pins \"today\" to a date (YYYY-MM-DD)") << QString()
          << QStringLiteral("Exit status:")
          << QStringLiteral("  0 success; 1 bad usage or invalid input; 2 wrong passphrase;")
          << QStringLiteral("  3 not a diary, damaged, or made by a newer version; 4 input/output failure");
    printOut(lines.join(QLatin1Char('\n')));
}

void printGroupHelp(const QString &group)
{
    QStringList lines;
    lines << QStringLiteral("Usage: waymark-cli [--diary FILE] %1 SUBCOMMAND [OPTIONS]").arg(group) << QString()
          << QStringLiteral("Subcommands:");
    for (const Command &c : commands())
        if (c.name.startsWith(group + QLatin1Char(' ')))
            lines << QStringLiteral("  %1%2").arg(pad(c.name, 24), c.summary);
    lines << QString() << QStringLiteral("Run \"waymark-cli %1 SUBCOMMAND --help\" for its options.").arg(group);
    printOut(lines.join(QLatin1Char('\n')));
}

void printCommandHelp(const Command &c)
{
    QStringList lines;
    QString usage = c.diaryUse == Command::DiaryUse::None
        ? QStringLiteral("Usage: waymark-cli %1").arg(c.name)
        : QStringLiteral("Usage: waymark-cli [--diary FILE] %1").arg(c.name);
    if (!c.synopsis.isEmpty())
        usage += QLatin1Char(' ') + c.synopsis;
    lines << usage << QString() << c.summary + QLatin1Char('.');
    if (!c.details.isEmpty())
        lines << QString() << c.details;
    if (isGroup(c.name)) {
        lines << QString() << QStringLiteral("Subcommands:");
        for (const Command &sub : commands())
            if (sub.name.startsWith(c.name + QLatin1Char(' ')))
                lines << QStringLiteral("  %1%2").arg(pad(sub.name, 24), sub.summary);
    }
    lines << QString() << QStringLiteral("Options:");
    for (const Option &o : c.options) {
        const QString left = o.valueName.isEmpty() ? QStringLiteral("--%1").arg(o.name)
                                                   : QStringLiteral("--%1 %2").arg(o.name, o.valueName);
        const QString help = o.repeatable ? o.help + QStringLiteral(" (repeatable)") : o.help;
        if (left.size() >= 21) // too wide for the column: the help goes on the next line
            lines << QStringLiteral("  ") + left << QStringLiteral("  %1%2").arg(pad(QString(), 22), help);
        else
            lines << QStringLiteral("  %1%2").arg(pad(left, 22), help);
    }
    if (c.diaryUse != Command::DiaryUse::None)
        lines << QStringLiteral("  %1%2").arg(pad(QStringLiteral("--diary FILE"), 22),
            c.diaryUse == Command::DiaryUse::Required
                ? QStringLiteral("the diary file (default: $WAYMARK_DIARY)")
                : QStringLiteral("a diary file (optional; default: $WAYMARK_DIARY)"));
    lines << QStringLiteral("  %1%2").arg(pad(QStringLiteral("-h, --help"), 22), QStringLiteral("show this help"));
    if (c.readsPassphrase)
        lines << QString() << kPassphraseHelp;
    printOut(lines.join(QLatin1Char('\n')));
}

void printVersion()
{
    printOut(QStringLiteral("waymark-cli %1 (SQLCipher %2)")
                 .arg(QStringLiteral(WAYMARK_VERSION),
                     Database::cipherVersion().isEmpty() ? QStringLiteral("missing") : Database::cipherVersion()));
}

bool isHelp(const QString &a)
{
    return a == QLatin1String("--help") || a == QLatin1String("-h");
}

/** Handles "--diary FILE" / "--diary=FILE" at arguments[i]; returns how many arguments it used (0 if none). */
int takeDiary(const QStringList &arguments, int i, QString &diary, bool &given, const QString &command)
{
    const QString &a = arguments.at(i);
    QString value;
    int used = 0;
    if (a == QLatin1String("--diary")) {
        if (i + 1 >= arguments.size())
            throw UsageError { QStringLiteral("--diary needs a FILE"), command };
        value = arguments.at(i + 1);
        used = 2;
    } else if (a.startsWith(QLatin1String("--diary="))) {
        value = a.mid(8);
        used = 1;
    } else {
        return 0;
    }
    if (given)
        throw UsageError { QStringLiteral("--diary was given more than once"), command };
    if (value.isEmpty())
        throw UsageError { QStringLiteral("--diary needs a FILE"), command };
    given = true;
    diary = value;
    return used;
}

int dispatch(const QStringList &arguments)
{
    QString diary;
    bool diaryGiven = false;
    int i = 0;
    const int n = int(arguments.size());

    // Options before the command name.
    while (i < n && arguments.at(i).startsWith(QLatin1Char('-'))) {
        const QString &a = arguments.at(i);
        if (isHelp(a)) {
            printGlobalHelp();
            return 0;
        }
        if (a == QLatin1String("--version")) {
            printVersion();
            return 0;
        }
        if (const int used = takeDiary(arguments, i, diary, diaryGiven, QString())) {
            i += used;
            continue;
        }
        throw UsageError { QStringLiteral("unknown option %1").arg(a), QString() };
    }
    if (i >= n)
        throw UsageError { QStringLiteral("a command is needed"), QString() };

    // The longest run of words that names a command.
    const Command *command = nullptr;
    int words = 0;
    for (int k = 3; k >= 1 && !command; --k) {
        if (i + k > n)
            continue;
        const QStringList candidate = arguments.mid(i, k);
        bool plain = true;
        for (const QString &w : candidate)
            plain = plain && !w.startsWith(QLatin1Char('-'));
        if (plain && (command = findCommand(candidate.join(QLatin1Char(' ')))))
            words = k;
    }
    if (!command) {
        // A group name ("drug", "log", "drug formulation") without a known subcommand.
        QString group;
        int groupWords = 0;
        for (int k = 2; k >= 1 && group.isEmpty(); --k) {
            if (i + k > n)
                continue;
            const QString candidate = arguments.mid(i, k).join(QLatin1Char(' '));
            if (isGroup(candidate)) {
                group = candidate;
                groupWords = k;
            }
        }
        if (group.isEmpty())
            throw UsageError { QStringLiteral("unknown command \"%1\"").arg(arguments.at(i).left(40)), QString() };
        const int next = i + groupWords;
        for (int j = next; j < n && arguments.at(j) != QLatin1String("--"); ++j) {
            if (isHelp(arguments.at(j))) {
                printGroupHelp(group);
                return 0;
            }
        }
        const QStringList subs = subcommandsOf(group);
        if (next < n && !arguments.at(next).startsWith(QLatin1Char('-')))
            throw UsageError { QStringLiteral("unknown command \"%1 %2\"; \"%1\" has: %3")
                                   .arg(group, arguments.at(next).left(40), subs.join(QStringLiteral(", "))),
                group };
        throw UsageError { QStringLiteral("\"%1\" needs one of: %2").arg(group, subs.join(QStringLiteral(", "))),
            group };
    }
    i += words;

    const QStringList rest = arguments.mid(i);
    // A command whose next word names a group ("plan switch"): the group without a known subcommand.
    if (!rest.isEmpty() && isGroup(command->name + QLatin1Char(' ') + rest.first())) {
        const QString group = command->name + QLatin1Char(' ') + rest.first();
        for (const QString &a : rest.mid(1))
            if (isHelp(a)) {
                printGroupHelp(group);
                return 0;
            }
        const QStringList subs = subcommandsOf(group);
        if (rest.size() > 1 && !rest.at(1).startsWith(QLatin1Char('-')))
            throw UsageError { QStringLiteral("unknown command \"%1 %2\"; \"%1\" has: %3")
                                   .arg(group, rest.at(1).left(40), subs.join(QStringLiteral(", "))),
                group };
        throw UsageError { QStringLiteral("\"%1\" needs one of: %2").arg(group, subs.join(QStringLiteral(", "))),
            group };
    }
    // A command that is also a group ("plan", "plan save"): a plain word after it is a mistyped subcommand.
    if (command->maxPositionals == 0 && isGroup(command->name) && !rest.isEmpty()
        && !rest.first().startsWith(QLatin1Char('-')))
        throw UsageError { QStringLiteral("unknown command \"%1 %2\"; \"%1\" has: %3")
                               .arg(command->name, rest.first().left(40),
                                   subcommandsOf(command->name).join(QStringLiteral(", "))),
            command->name };
    // --help anywhere among the command's options wins over everything else.
    for (const QString &a : rest) {
        if (a == QLatin1String("--"))
            break;
        if (isHelp(a)) {
            printCommandHelp(*command);
            return 0;
        }
    }

    Args args;
    args.command = command->name;
    bool onlyPositionals = false;
    for (int j = 0; j < rest.size(); ++j) {
        const QString &a = rest.at(j);
        if (onlyPositionals || a == QLatin1String("-") || !a.startsWith(QLatin1Char('-'))) {
            args.positionals << a;
            continue;
        }
        if (a == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        if (const int used = takeDiary(rest, j, diary, diaryGiven, command->name)) {
            j += used - 1;
            continue;
        }
        if (!a.startsWith(QLatin1String("--")))
            throw UsageError { QStringLiteral("unknown option %1").arg(a.left(40)), command->name };
        const int eq = int(a.indexOf(QLatin1Char('=')));
        const QString name = a.mid(2, eq < 0 ? -1 : eq - 2);
        const Option *option = nullptr;
        for (const Option &o : command->options)
            if (o.name == name)
                option = &o;
        if (!option)
            throw UsageError { QStringLiteral("unknown option --%1 for \"%2\"").arg(name.left(40), command->name),
                command->name };
        if (args.has(name) && !option->repeatable)
            throw UsageError { QStringLiteral("--%1 was given more than once").arg(name), command->name };
        if (option->valueName.isEmpty()) {
            if (eq >= 0)
                throw UsageError { QStringLiteral("--%1 takes no value").arg(name), command->name };
            args.set(name, QString());
        } else {
            QString value;
            if (eq >= 0) {
                value = a.mid(eq + 1);
            } else {
                if (j + 1 >= rest.size())
                    throw UsageError { QStringLiteral("--%1 needs a value (%2)").arg(name, option->valueName),
                        command->name };
                value = rest.at(++j);
            }
            if (option->repeatable)
                args.add(name, value);
            else
                args.set(name, value);
        }
    }

    if (args.positionals.size() < command->minPositionals) {
        const QString what = command->synopsis.section(QLatin1Char(' '), 0, 0);
        throw UsageError { QStringLiteral("%1 is needed").arg(what), command->name };
    }
    if (args.positionals.size() > command->maxPositionals)
        throw UsageError {
            QStringLiteral("unexpected argument \"%1\"").arg(args.positionals.at(command->maxPositionals).left(40)),
            command->name
        };

    if (command->diaryUse == Command::DiaryUse::None && diaryGiven)
        throw UsageError {
            QStringLiteral("\"%1\" does not use a diary; --diary goes with other commands").arg(command->name),
            command->name
        };
    if (command->diaryUse != Command::DiaryUse::None)
        args.diaryPath = diaryGiven ? diary : qEnvironmentVariable("WAYMARK_DIARY");
    if (command->diaryUse == Command::DiaryUse::Required)
        args.diary(); // fail early, before asking for a passphrase
    return command->run(args);
}

} // namespace

int run(const QStringList &arguments)
{
    try {
        return dispatch(arguments);
    } catch (const UsageError &e) {
        printError(e.message);
        printErrLine(e.command.isEmpty() ? QStringLiteral("Try \"waymark-cli --help\".")
                                         : QStringLiteral("Try \"waymark-cli %1 --help\".").arg(e.command));
        return 1;
    } catch (const Error &e) {
        printError(e.message());
        return exitCodeFor(e.code());
    } catch (const std::bad_alloc &) {
        printError(QStringLiteral("out of memory"));
        return 4;
    } catch (const std::exception &) {
        // Other exceptions carry no message meant for people (and could carry anything).
        printError(QStringLiteral("an unexpected internal error stopped the command; nothing more was saved"));
        return 4;
    }
}

} // namespace waymark::cli
