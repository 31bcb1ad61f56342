// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// Parse benchmarks for ReportReader. Prints medians, throughput and ratios against baselines
// measured in the same run (nlohmann::json::parse, UTF-8 decoding), so figures from a busy
// machine stay comparable. `--strict` makes a missed target fail the process; `--text` or
// `--json` runs one half only (for profiling with perf).
#include "benchutil.h"
#include "reportreader.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

using namespace atlas;

using namespace atlas::bench;

namespace {




double mbPerSecond(qsizetype bytes, double ms)
{
    return ms > 0 ? (double(bytes) / 1e6) / (ms / 1e3) : 0.0;
}

// Deterministic filler prose: report-like sentences without any parser keywords.
QByteArray prose(int sentences, int seed)
{
    static const char *const words[] = {
        "border", "delegation", "exercise", "ministry", "cooperation", "agreement", "regional",
        "security", "forces", "officials", "reported", "province", "capital", "talks", "cyber",
        "infrastructure", "trade", "monitoring", "incident", "authorities", "strategic", "units"};
    constexpr int wordCount = int(sizeof(words) / sizeof(words[0]));
    QByteArray out;
    unsigned state = unsigned(seed) * 2654435761u + 1u;
    for (int s = 0; s < sentences; ++s) {
        const int len = 14 + int(state % 9);
        for (int w = 0; w < len; ++w) {
            state = state * 1103515245u + 12345u;
            QByteArray word = words[(state >> 16) % wordCount];
            if (w == 0)
                word[0] = char(word[0] - 'a' + 'A');
            out += word;
            out += (w + 1 == len) ? ". " : " ";
        }
    }
    out.chop(1);
    return out;
}

// A text report shaped like /work/shared/reports/mongolia-2026-05-29.txt (about 16 KB): title,
// period, summary, twelve developments, three analysis sections and a messy fenced JSON block.
QByteArray seedSizedReport()
{
    QByteArray t = "\n\n\n\nMONGOLIA SECURITY ANALYSIS REPORT\n\n"
                   "AI-Assisted Open Source Intelligence Assessment\n\n"
                   "Analysis Period: May 22, 2026 - May 29, 2026\n\n";
    t += prose(3, 1) + "\n\nExecutive Summary\n\n" + prose(7, 2) + "\n\nKey Security Developments\n\n";
    for (int i = 0; i < 12; ++i)
        t += "- Development number " + QByteArray::number(i + 1) + " on regional cooperation\n\n"
             + prose(3, 10 + i) + "\n\n";
    const char *const sections[] = {"Geopolitical Impact and Regional Dynamics",
                                    "Military and Defense Analysis", "Outlook and Forecast"};
    int seed = 40;
    for (const char *heading : sections) {
        t += QByteArray(heading) + "\n\n";
        for (int p = 0; p < 3; ++p)
            t += prose(4, seed++) + "\n\n";
    }
    // Same fence damage as the sample: a stray ``` line, a split opening fence, blank lines
    // between the JSON lines after the first hotspot.
    t += "Structured Assessment\n\n```\n`` `json\n{\n  \"threat_level\": \"Elevated\",\n"
         "  \"hotspots\": [\n    {\n      \"label\": \"Ulaanbaatar\",\n"
         "      \"detail\": \"Government entities targeted by an APT group.\",\n"
         "      \"lat\": 47.9188,\n      \"lng\": 106.9176,\n      \"intensity\": 3\n    },\n";
    const double coords[][2] = {{44.0, 113.0}, {36.4167, 140.5833}, {51.1694, 71.4491}, {44.5, 109.5}};
    for (int i = 0; i < 4; ++i) {
        t += "\n{\n\n\"label\": \"Site " + QByteArray::number(i + 2) + "\",\n\n\"detail\": \""
             + prose(1, 90 + i) + "\",\n\n\"lat\": " + QByteArray::number(coords[i][0]) + ",\n\n\"lng\": "
             + QByteArray::number(coords[i][1]) + ",\n\n\"intensity\": " + QByteArray::number(1 + i % 3)
             + "\n\n}" + (i < 3 ? ",\n" : "\n");
    }
    t += "\n]\n\n}\n` ` `";
    return t;
}

// A bare JSON report with n hotspots (50,000 gives about 6 MB).
QByteArray bigJsonReport(int n)
{
    QByteArray j;
    j.reserve(qsizetype(n) * 130 + 1024);
    j += "{\n  \"title\": \"SYNTHETIC SECURITY ANALYSIS REPORT\",\n  \"country\": \"Synthland\",\n"
         "  \"period\": {\"start\": \"2026-05-22\", \"end\": \"2026-05-29\"},\n"
         "  \"executive_summary\": \"Generated for the parse benchmark.\",\n"
         "  \"key_developments\": [{\"title\": \"Volume\", \"body\": \"Many hotspots.\"}],\n"
         "  \"threat_level\": \"High\",\n  \"hotspots\": [\n";
    for (int i = 0; i < n; ++i) {
        const double lat = -80.0 + double(qint64(i) * 7919 % 160000) / 1000.0;
        const double lng = -179.0 + double(qint64(i) * 104729 % 358000) / 1000.0;
        j += "{\"label\": \"Hotspot " + QByteArray::number(i) + "\", \"detail\": \"Synthetic incident cluster "
             + QByteArray::number(i) + ".\", \"lat\": " + QByteArray::number(lat, 'f', 4) + ", \"lng\": "
             + QByteArray::number(lng, 'f', 4) + ", \"intensity\": " + QByteArray::number(1 + i % 3) + "}"
             + (i + 1 < n ? ",\n" : "\n");
    }
    j += "  ]\n}\n";
    return j;
}

// The JSON text between the first '{' after "Structured Assessment" and the last '}', with the
// blank lines it has in the text; nlohmann parses it as-is (blank lines are whitespace).
QByteArray embeddedJson(const QByteArray &text)
{
    const qsizetype start = text.indexOf('{', text.indexOf("Structured Assessment"));
    const qsizetype end = text.lastIndexOf('}');
    return start >= 0 && end > start ? text.mid(start, end - start + 1) : QByteArray();
}

struct Verdict
{
    int missed = 0;
    int invalid = 0;
    void check(bool ok, const char *what)
    {
        std::printf("  %-54s %s\n", what, ok ? "ok" : "MISSED");
        if (!ok)
            ++missed;
    }
};

// Returns the hotspot count, or -1 (and prints why) when the reader rejects the input.
int readOnce(const QByteArray &data, const QString &name)
{
    const ReadResult r = ReportReader::readData(data, name);
    if (!r.ok()) {
        std::printf("  reader error: %s\n", qPrintable(r.error));
        return -1;
    }
    return int(r.report->hotspots.size());
}

void benchSeedSized(const QByteArray &text, const char *label, int expectedHotspots, Verdict &v)
{
    std::printf("\n[%s] %lld bytes\n", label, static_cast<long long>(text.size()));
    const int got = readOnce(text, QStringLiteral("bench.txt"));
    const bool valid = got == expectedHotspots;
    if (!valid) {
        std::printf("  expected %d hotspots, reader gave %d: figures below are not meaningful\n",
                    expectedHotspots, got);
        ++v.invalid;
    }
    const QByteArray json = embeddedJson(text);
    const double readMs = medianMs(20, 201, [&] {
        g_sink = g_sink + std::size_t(ReportReader::readData(text, QStringLiteral("bench.txt")).ok());
    });
    const double decodeMs = medianMs(20, 201, [&] { g_sink = g_sink + QString::fromUtf8(text).size(); });
    const double jsonMs = medianMs(20, 201, [&] {
        g_sink = g_sink + nlohmann::json::parse(json.cbegin(), json.cend(), nullptr, false).size();
    });
    std::printf("  ReportReader::readData        median %9.4f ms  %8.1f MB/s\n", readMs,
                mbPerSecond(text.size(), readMs));
    std::printf("  baseline QString::fromUtf8    median %9.4f ms  (reader = %.1fx decode)\n", decodeMs,
                decodeMs > 0 ? readMs / decodeMs : 0.0);
    std::printf("  baseline nlohmann, JSON block median %9.4f ms  (%lld bytes)\n", jsonMs,
                static_cast<long long>(json.size()));
    if (valid)
        v.check(readMs < 1.0, "seed-sized report parses in < 1 ms");
}

void benchBigJson(int n, Verdict &v)
{
    const QByteArray json = bigJsonReport(n);
    std::printf("\n[bare JSON, %d hotspots] %.2f MB\n", n, json.size() / 1e6);
    const int got = readOnce(json, QStringLiteral("bench.json"));
    const bool valid = got == n;
    if (!valid) {
        std::printf("  expected %d hotspots, reader gave %d: figures below are not meaningful\n", n, got);
        ++v.invalid;
    }
    const double readMs = medianMs(1, 7, [&] {
        g_sink = g_sink + std::size_t(ReportReader::readData(json, QStringLiteral("bench.json")).ok());
    });
    const double nlohmannMs = medianMs(1, 7, [&] {
        g_sink = g_sink + nlohmann::json::parse(json.cbegin(), json.cend(), nullptr, false).size();
    });
    const double ratio = readMs > 0 ? nlohmannMs / readMs : 0.0;
    std::printf("  ReportReader::readData        median %9.2f ms  %8.1f MB/s\n", readMs,
                mbPerSecond(json.size(), readMs));
    std::printf("  baseline nlohmann::json::parse median %8.2f ms  %8.1f MB/s\n", nlohmannMs,
                mbPerSecond(json.size(), nlohmannMs));
    std::printf("  throughput ratio reader/nlohmann: %.2f (target >= 0.5)\n", ratio);
    if (valid) {
        v.check(readMs < 500.0, "50k-hotspot JSON parses in < 0.5 s");
        v.check(ratio >= 0.5, "throughput >= 0.5 x nlohmann::json::parse");
    }
}

} // namespace

int main(int argc, char **argv)
{
    bool strict = false;
    bool text = true;
    bool json = true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--strict") == 0)
            strict = true;
        else if (std::strcmp(argv[i], "--text") == 0)
            json = false;
        else if (std::strcmp(argv[i], "--json") == 0)
            text = false;
    }

    Verdict v;
    if (text) {
        benchSeedSized(seedSizedReport(), "seed-sized text report (generated)", 5, v);
        // The real sample too, when the shared reports are beside the checkout.
        QFile sample(QStringLiteral(SHARED_DIR "/reports/mongolia-2026-05-29.txt"));
        if (sample.open(QIODevice::ReadOnly))
            benchSeedSized(sample.readAll(), "shared/reports/mongolia-2026-05-29.txt", 5, v);
    }
    if (json)
        benchBigJson(50000, v);

    std::printf("\nbench_parse: %d target(s) missed, %d measurement(s) invalid\n", v.missed, v.invalid);
    return strict && (v.missed > 0 || v.invalid > 0) ? 1 : 0;
}
