// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <random>

namespace waymark {

/**
 * Random numbers that are the same on every platform for a seed: std::mt19937 is specified
 * exactly, the std distributions are not. For generated diaries (demo, benchmarks).
 */
class PortableRandom
{
public:
    explicit PortableRandom(quint32 seed)
        : m_engine(seed)
    { }
    /** In [0, 1). */
    double uniform() { return double(m_engine()) / 4294967296.0; }
    /** Standard normal (Box-Muller). */
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-12), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    bool chance(double p) { return uniform() < p; }
    /** In [0, n). */
    int pick(int n) { return int(uniform() * n) % n; }
    /** In [lo, hi]. */
    int between(int lo, int hi) { return lo + pick(hi - lo + 1); }

private:
    std::mt19937 m_engine;
};

} // namespace waymark
