// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "report.h"

#include <algorithm>

namespace atlas {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QString formatName(SourceFormat f)
{
    switch (f) {
    case SourceFormat::Text: return QStringLiteral("text");
    case SourceFormat::Markdown: return QStringLiteral("markdown");
    case SourceFormat::Json: return QStringLiteral("json");
    case SourceFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

QString Period::toString() const
{
    if (!isValid())
        return {};
    return start.toString(Qt::ISODate) + QStringLiteral(" – ") + end.toString(Qt::ISODate);
}

QString ThreatLevel::canonicalWord(int ordinal)
{
    switch (ordinal) {
    case 1: return QStringLiteral("Low");
    case 2: return QStringLiteral("Moderate");
    case 3: return QStringLiteral("Elevated");
    case 4: return QStringLiteral("High");
    case 5: return QStringLiteral("Critical");
    }
    return {};
}

ThreatLevel ThreatLevel::fromWord(const QString &word)
{
    const QString w = word.simplified().toLower();
    static const struct { const char *word; int ordinal; } table[] = {
        {"low", 1},      {"minimal", 1},  {"moderate", 2}, {"guarded", 2}, {"medium", 2},
        {"elevated", 3}, {"substantial", 3}, {"high", 4},  {"critical", 5}, {"severe", 5},
        {"extreme", 5},
    };
    for (const auto &e : table) {
        if (w == QLatin1String(e.word))
            return {canonicalWord(e.ordinal), e.ordinal};
    }
    // A number 1..5 is an ordinal already.
    bool ok = false;
    const int n = w.toInt(&ok);
    if (ok && n >= 1 && n <= 5)
        return {canonicalWord(n), n};
    return {word.simplified(), 0};
}

bool Report::hasErrors() const
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

int Report::placedHotspotCount() const
{
    return int(std::count_if(hotspots.begin(), hotspots.end(),
                             [](const Hotspot &h) { return h.isPlaced(); }));
}

} // namespace atlas
