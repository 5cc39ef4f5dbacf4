// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

/**
 * Argument parsing and dispatch of waymark-cli. A small hand parser: each command declares its
 * options, and gets "--help", "--diary FILE" / "--diary=FILE" and "--" for free.
 */
namespace waymark::cli {

/** Bad usage (unknown option, missing value...): exit 1 and a hint to run "--help". */
struct UsageError
{
    QString message;
    QString command; ///< the command whose --help to suggest; empty for the global one
};

struct Option
{
    QString name; ///< without the leading "--"
    QString valueName; ///< e.g. "MG"; empty for a flag
    QString help;
    bool repeatable = false; ///< may be given several times (Args::values); otherwise once at most
};

/** The parsed arguments of one command. */
class Args
{
public:
    QString command; ///< "log dose"
    QStringList positionals; ///< arguments that are not options
    QString diaryPath; ///< from --diary or $WAYMARK_DIARY; may be empty

    bool has(const QString &name) const { return m_values.contains(name); }
    /** The value of an option; for a repeatable one, the last given. */
    std::optional<QString> value(const QString &name) const;
    /** Every value of a repeatable option, in the order given (empty when not given). */
    QStringList values(const QString &name) const { return m_lists.value(name); }
    /** The value of an option that must be there; UsageError naming it otherwise. */
    QString required(const QString &name) const;
    /** The diary path; UsageError "--diary FILE is needed" when none was given. */
    QString diary() const;

    void set(const QString &name, const QString &value) { m_values.insert(name, value); }
    void add(const QString &name, const QString &value)
    {
        m_values.insert(name, value);
        m_lists[name].append(value);
    }

private:
    QMap<QString, QString> m_values; ///< flags map to an empty string
    QMap<QString, QStringList> m_lists; ///< repeatable options
};

using Handler = int (*)(const Args &);

struct Command
{
    QString name; ///< one to three words: "init", "drug add", "drug formulation add"
    QString synopsis; ///< what follows the name in the usage line
    QString summary; ///< one line for the command list
    QString details; ///< more text for --help (may be empty)
    QList<Option> options;
    int minPositionals = 0;
    int maxPositionals = 0;
    /** None: the command never opens a diary, and --diary given to it is a usage error. */
    enum class DiaryUse { Required, Optional, None } diaryUse = DiaryUse::Required;
    bool readsPassphrase = true;
    Handler run = nullptr;
};

/** Runs waymark-cli with its arguments (without the program name); returns the exit status. */
int run(const QStringList &arguments);

} // namespace waymark::cli
