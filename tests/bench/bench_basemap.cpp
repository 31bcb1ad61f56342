// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// Basemap load benchmark: reading each bundled file from the Qt resource and parsing it, with
// the start-up target of 100 ms. The baseline is a plain copy of the same bytes measured in the
// same run, so the ratio says how much parsing costs over touching the data once.
// `--strict` makes a missed target fail the process.
#include "benchutil.h"
#include "geo/basemap.h"

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

using namespace atlas;

using namespace atlas::bench;

namespace {



QByteArray readResource(BasemapResolution r)
{
    QFile f(Basemap::resourcePath(r));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

int main(int argc, char **argv)
{
    const bool strict = argc > 1 && std::strcmp(argv[1], "--strict") == 0;
    constexpr double startupTargetMs = 100.0;
    bool ok = true;
    std::printf("%-6s %10s %9s %10s %10s %10s %8s\n", "file", "bytes", "points", "copy ms",
                "read ms", "load ms", "ratio");
    for (BasemapResolution r : {BasemapResolution::Low, BasemapResolution::Medium, BasemapResolution::High}) {
        const QByteArray bytes = readResource(r);
        if (bytes.isEmpty()) {
            std::printf("%dm: resource missing\n", int(r));
            return 1;
        }
        const int runs = r == BasemapResolution::High ? 5 : 21;
        const double copyMs = medianMs(2, runs, [&] {
            QByteArray copy(bytes.constData(), bytes.size());
            g_sink = g_sink + std::size_t(copy.at(copy.size() / 2));
        });
        const double readMs = medianMs(2, runs, [&] { g_sink = g_sink + std::size_t(readResource(r).size()); });
        qsizetype points = 0;
        // What start-up pays: resource read plus parse (Basemap::load without its cache).
        const double loadMs = medianMs(1, runs, [&] {
            const Basemap b = Basemap::fromData(readResource(r));
            points = b.pointCount();
            g_sink = g_sink + b.countries().size();
        });
        std::printf("%4dm %10lld %9lld %10.3f %10.3f %10.3f %7.1fx\n", int(r), qint64(bytes.size()),
                    qint64(points), copyMs, readMs, loadMs, copyMs > 0 ? loadMs / copyMs : 0.0);
        if (r != BasemapResolution::High && loadMs > startupTargetMs) {
            std::printf("  MISSED: %dm takes %.1f ms, target %.0f ms\n", int(r), loadMs, startupTargetMs);
            ok = false;
        }
    }
    std::printf("ratio = load / copy of the same bytes; start-up target (110m, 50m): %.0f ms\n",
                startupTargetMs);
    return (strict && !ok) ? 1 : 0;
}
