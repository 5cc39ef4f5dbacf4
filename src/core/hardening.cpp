// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardening.h"

#include "logging.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace waymark {

bool Hardening::disableCoreDumps()
{
    bool ok = true;
    const struct rlimit none
    {
        0, 0
    };
    if (::setrlimit(RLIMIT_CORE, &none) != 0) {
        qCWarning(lcSecrets) << "could not set RLIMIT_CORE to 0:" << std::strerror(errno);
        ok = false;
    }
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        qCWarning(lcSecrets) << "could not turn core dumps off (PR_SET_DUMPABLE):" << std::strerror(errno);
        ok = false;
    }
    return ok;
}

QByteArray Hardening::takeFromEnvironment(const char *name)
{
    char *value = std::getenv(name); // the environment's own copy, not a duplicate
    if (!value)
        return {};
    const size_t length = std::strlen(value);
    QByteArray copy(value, qsizetype(length));
    if (copy.isNull())
        copy = QByteArray(""); // set but empty is not "not set"
    explicit_bzero(value, length);
    qunsetenv(name);
    qCDebug(lcSecrets) << "took" << name << "from the environment and wiped it";
    return copy;
}

} // namespace waymark
