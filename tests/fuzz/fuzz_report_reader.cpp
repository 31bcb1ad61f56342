// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// libFuzzer entry point for ReportReader::readData. The reader promises never to throw and never
// to crash on any bytes; ASan/UBSan catch memory and UB errors, the checks below catch broken
// promises in the result.
#include "reportreader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// The suffix of the source name is the reader's format hint. Deriving it from the input size
// keeps every input byte in the text (seeds stay whole files) while mutations that grow or
// shrink an input move it between the text, Markdown, JSON and no-suffix paths. PDF is left out:
// this target does not link atlas_pdf, and fuzzing poppler is not our job.
const QString &sourceNameFor(std::size_t size)
{
    static const QString names[] = {QStringLiteral("fuzz.txt"), QStringLiteral("fuzz.md"),
                                    QStringLiteral("fuzz.json"), QStringLiteral("fuzz")};
    return names[size % (sizeof(names) / sizeof(names[0]))];
}

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_report_reader: broken invariant: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString &name = sourceNameFor(size);
    // A real copy, not fromRawData: files arrive NUL-terminated from QFile::readAll, and ASan
    // then still reports any read past size + 1.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const atlas::ReadResult r = atlas::ReportReader::readData(bytes, name);
    if (r.ok()) {
        for (const atlas::Hotspot &h : r.report->hotspots)
            if (h.intensity < 1 || h.intensity > 3)
                broken("hotspot intensity outside 1..3");
        for (const atlas::Diagnostic &d : r.report->diagnostics)
            if (d.hotspotIndex >= r.report->hotspots.size())
                broken("diagnostic points past the hotspot list");
        if (r.report->threatLevel && (r.report->threatLevel->ordinal < 0 || r.report->threatLevel->ordinal > 5))
            broken("threat level ordinal outside 0..5");
    } else if (r.error.isEmpty()) {
        broken("no report and no error");
    }
    return 0;
}
