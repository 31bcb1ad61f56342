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

} // namespace atlas::bench
