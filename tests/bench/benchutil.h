// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared timing for the benchmarks: medians of repeated runs after a warm-up.
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <functional>
#include <vector>

namespace atlas::bench {

using Clock = std::chrono::steady_clock;

// Keeps results observable so the optimiser cannot drop the work being timed.
inline volatile std::size_t g_sink = 0;

inline double medianMs(int warmup, int runs, const std::function<void()> &work)
{
    for (int i = 0; i < warmup; ++i)
        work();
    std::vector<double> ms;
    ms.reserve(std::size_t(runs));
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::nth_element(ms.begin(), ms.begin() + std::ptrdiff_t(ms.size() / 2), ms.end());
    return ms[ms.size() / 2];
}

// A measurement and its baseline, run alternately so that both see the same machine load; the
// ratio is the median of the per-pair ratios, which a busy neighbour moves far less than either
// time.
struct Paired
{
    double ms = 0, baselineMs = 0, ratio = 0;
};

inline Paired pairedMedianMs(int warmup, int runs, const std::function<void()> &work,
                             const std::function<void()> &baseline)
{
    for (int i = 0; i < warmup; ++i) {
        work();
        baseline();
    }
    std::vector<double> a, b, r;
    for (int i = 0; i < runs; ++i) {
        auto t0 = Clock::now();
        work();
        const double wa = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        t0 = Clock::now();
        baseline();
        const double wb = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        a.push_back(wa);
        b.push_back(wb);
        r.push_back(wb > 0 ? wa / wb : 0.0);
    }
    const auto median = [](std::vector<double> &v) {
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    return {median(a), median(b), median(r)};
}

} // namespace atlas::bench
