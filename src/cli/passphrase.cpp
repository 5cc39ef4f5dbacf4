// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrase.h"

#include "clilogging.h"
#include "errors.h"
#include "hardening.h"
#include "output.h"
#include "validation.h"

#include <QByteArray>
#include <QStringDecoder>
#include <QtGlobal>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <termios.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcCli, "waymark.cli", QtWarningMsg)

namespace waymark::cli {

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_text = std::exchange(other.m_text, QString());
    }
    return *this;
}

void Secret::wipe()
{
    if (!m_text.isEmpty()) {
        // data() detaches a shared copy first; we are the only holder, so this overwrites ours.
        explicit_bzero(m_text.data(), size_t(m_text.size()) * sizeof(QChar));
    }
    m_text.clear();
}

namespace {

constexpr size_t kMaxLineBytes = 4096; // validate::passphrase allows 1024 characters

// Terminal state to put back if the person presses Ctrl+C while echo is off.
struct termios g_savedTerminal;
volatile sig_atomic_t g_echoOff = 0;

extern "C" void restoreTerminalAndExit(int sig)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    static const char nl = '\n';
    [[maybe_unused]] const ssize_t ignored = ::write(STDERR_FILENO, &nl, 1);
    signal(sig, SIG_DFL);
    raise(sig);
}

/** Reads one line from fd 0 byte by byte (no stdio buffer keeps a copy). False at EOF with nothing read. */
bool readLine(char *buf, size_t capacity, size_t &length)
{
    length = 0;
    bool any = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        any = true;
        if (c == '\n')
            break;
        if (length + 1 >= capacity) {
            explicit_bzero(buf, capacity);
            // Drain the rest of the line so nothing of it is left for a later read.
            while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n') { }
            c = 0;
            throwInvalid(QStringLiteral("passphrase"), QStringLiteral("the passphrase is too long"));
        }
        buf[length++] = c;
        c = 0;
    }
    if (length > 0 && buf[length - 1] == '\r')
        buf[--length] = 0;
    return any;
}

[[noreturn]] void notUtf8(const QString &where)
{
    throwInvalid(QStringLiteral("passphrase"),
        QStringLiteral("the passphrase %1 is not valid UTF-8 text, so it cannot be read as typed (two different "
                       "passphrases could become the same key); set the terminal or the script that passes it to "
                       "UTF-8 and try again. Nothing was changed")
            .arg(where));
}

/**
 * The UTF-8 text of bytes as a Secret; a null optional when they are not valid UTF-8 (which
 * QString::fromUtf8 would turn into U+FFFD, so different bytes would give the same passphrase).
 */
std::optional<Secret> decodeUtf8(const char *bytes, qsizetype length)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(bytes, length));
    if (decoder.hasError()) {
        if (!text.isEmpty())
            explicit_bzero(text.data(), size_t(text.size()) * sizeof(QChar));
        return std::nullopt;
    }
    return Secret(std::move(text));
}

Secret lineToSecret(char *buf, size_t length)
{
    std::optional<Secret> s = decodeUtf8(buf, qsizetype(length));
    explicit_bzero(buf, kMaxLineBytes);
    if (!s)
        notUtf8(QStringLiteral("read from the terminal or standard input"));
    return std::move(*s);
}

/** Prompts on stderr and reads a line from the terminal with echo off. */
Secret promptHidden(const QString &prompt)
{
    const QByteArray p = prompt.toUtf8();
    [[maybe_unused]] ssize_t ignored = ::write(STDERR_FILENO, p.constData(), size_t(p.size()));

    struct termios old;
    const bool haveTerm = tcgetattr(STDIN_FILENO, &old) == 0;
    struct sigaction oldInt, oldTerm, oldHup, act;
    std::memset(&act, 0, sizeof act);
    act.sa_handler = restoreTerminalAndExit;
    sigemptyset(&act.sa_mask);
    if (haveTerm) {
        g_savedTerminal = old;
        sigaction(SIGINT, &act, &oldInt);
        sigaction(SIGTERM, &act, &oldTerm);
        sigaction(SIGHUP, &act, &oldHup);
        struct termios quiet = old;
        quiet.c_lflag &= tcflag_t(~ECHO);
        quiet.c_lflag |= ECHONL;
        g_echoOff = 1;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }

    char buf[kMaxLineBytes];
    size_t length = 0;
    bool got = false;
    try {
        got = readLine(buf, sizeof buf, length);
    } catch (...) {
        if (haveTerm) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
            g_echoOff = 0;
        }
        throw;
    }
    if (haveTerm) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        g_echoOff = 0;
        sigaction(SIGINT, &oldInt, nullptr);
        sigaction(SIGTERM, &oldTerm, nullptr);
        sigaction(SIGHUP, &oldHup, nullptr);
    }
    if (!got) {
        // EOF (Ctrl+D): end the prompt line.
        ignored = ::write(STDERR_FILENO, "\n", 1);
        explicit_bzero(buf, sizeof buf);
        return Secret();
    }
    return lineToSecret(buf, length);
}

Secret readStdinLine()
{
    char buf[kMaxLineBytes];
    size_t length = 0;
    readLine(buf, sizeof buf, length);
    return lineToSecret(buf, length);
}

/** The secrets taken from the environment at start (takeEnvironmentSecrets), by variable name. */
std::map<std::string, Secret> &environmentSecrets()
{
    static std::map<std::string, Secret> secrets;
    return secrets;
}

/** Variables taken from the environment whose value was not valid UTF-8 (refused when used). */
std::set<std::string> &invalidEnvironmentSecrets()
{
    static std::set<std::string> names;
    return names;
}

bool inEnvironment(const char *name)
{
    return environmentSecrets().count(name) > 0 || invalidEnvironmentSecrets().count(name) > 0;
}

Secret fromEnvironment(const char *name)
{
    if (invalidEnvironmentSecrets().count(name) > 0)
        notUtf8(QStringLiteral("in %1").arg(QString::fromLatin1(name)));
    auto &secrets = environmentSecrets();
    const auto it = secrets.find(name);
    if (it == secrets.end())
        return Secret();
    Secret s = std::move(it->second);
    secrets.erase(it);
    return s;
}

bool interactive()
{
    return isatty(STDIN_FILENO) == 1;
}

[[noreturn]] void noneGiven(const char *envVar)
{
    throwInvalid(QStringLiteral("passphrase"),
        QStringLiteral("no passphrase was given; type it when asked, pipe it as one line on standard "
                       "input, or set %1")
            .arg(QString::fromLatin1(envVar)));
}

} // namespace

void takeEnvironmentSecrets()
{
    for (const char *name : { "WAYMARK_PASSPHRASE", "WAYMARK_NEW_PASSPHRASE" }) {
        QByteArray value = Hardening::takeFromEnvironment(name);
        if (value.isNull())
            continue;
        std::optional<Secret> s = decodeUtf8(value.constData(), value.size());
        if (s)
            environmentSecrets()[name] = std::move(*s);
        else
            invalidEnvironmentSecrets().insert(name);
        qCDebug(lcCli) << name << "taken from the environment";
        if (!value.isEmpty())
            explicit_bzero(value.data(), size_t(value.size()));
    }
}

void wipeEnvironmentSecrets()
{
    environmentSecrets().clear(); // each Secret wipes itself
    invalidEnvironmentSecrets().clear();
}

bool stdinHoldsPassphrase()
{
    return !inEnvironment("WAYMARK_PASSPHRASE") && !interactive();
}

void readPipedPassphraseFirst()
{
    if (!stdinHoldsPassphrase())
        return;
    Secret s = readStdinLine();
    if (s.text().isEmpty())
        noneGiven("WAYMARK_PASSPHRASE");
    environmentSecrets()["WAYMARK_PASSPHRASE"] = std::move(s);
    qCDebug(lcCli) << "passphrase read from standard input before the note";
}

Secret currentPassphrase()
{
    if (inEnvironment("WAYMARK_PASSPHRASE")) {
        Secret s = fromEnvironment("WAYMARK_PASSPHRASE");
        if (s.text().isEmpty())
            noneGiven("WAYMARK_PASSPHRASE");
        return s;
    }
    Secret s = interactive() ? promptHidden(QStringLiteral("Passphrase: ")) : readStdinLine();
    if (s.text().isEmpty())
        noneGiven("WAYMARK_PASSPHRASE");
    return s;
}

Secret newPassphrase(const char *envVar)
{
    const QString field = QStringLiteral("new passphrase");
    if (inEnvironment(envVar)) {
        Secret s = fromEnvironment(envVar);
        validate::passphrase(s.text(), field);
        return s;
    }
    if (!interactive()) {
        Secret s = readStdinLine();
        if (s.text().isEmpty())
            noneGiven(envVar);
        validate::passphrase(s.text(), field);
        return s;
    }
    Secret first = promptHidden(QStringLiteral("New passphrase: "));
    if (first.text().isEmpty())
        noneGiven(envVar);
    validate::passphrase(first.text(), field);
    const auto hint = validate::passphraseHint(first.text());
    printErrLine(QStringLiteral("Passphrase strength: %1").arg(hint.text));
    Secret second = promptHidden(QStringLiteral("Type the new passphrase again: "));
    if (first.text() != second.text())
        throwInvalid(field, QStringLiteral("the two passphrases typed do not match; nothing was saved"));
    return first;
}

} // namespace waymark::cli
