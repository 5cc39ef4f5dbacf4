// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: waymark-cli's argument parsing and the plan parameter parsers behind
// "plan" (a schedule without a diary) and "plan equivalents". The input is split at newlines into
// arguments after the command; --diary and WAYMARK_DIARY are kept out, so no file is touched.
// Standard output goes to /dev/null. Any exit status is fine; a crash or a sanitizer report is a bug.
#include "cli.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ::unsetenv("WAYMARK_DIARY");
    ::setenv("WAYMARK_TODAY", "2026-03-15", 1);
    const int null = ::open("/dev/null", O_WRONLY);
    // Standard error stays open: sanitizer reports go there. run-fuzz.sh quiets the CLI's messages
    // with -close_fd_mask=3, which keeps the reports.
    ::dup2(null, STDOUT_FILENO);
    ::close(null);
    static int argc = 1;
    static char name[] = "fuzz_cli_plan_args";
    static char *argv[] = { name, nullptr };
    new QCoreApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    QStringList args;
    args << QStringLiteral("plan");
    if (data[0] & 1)
        args << QStringLiteral("equivalents");
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    for (const QString &arg : text.split(QLatin1Char('\n'))) {
        if (arg.startsWith(QLatin1String("--diary")) || arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            return 0;
        args << arg;
    }
    if (args.size() > 64)
        return 0;
    waymark::cli::run(args);
    return 0;
}
