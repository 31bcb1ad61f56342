// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QGeoCoordinate>
#include <QList>
#include <QString>

#include <optional>

namespace atlas {

enum class Severity { Info, Warning, Error };

QString severityName(Severity s);

// One finding of the reader: a repair it made, or something it could not use.
struct Diagnostic
{
    Severity severity = Severity::Info;
    int line = 0; // 1-based line in the source; 0 when no line applies
    QString message;
    int hotspotIndex = -1; // index into Report::hotspots when it concerns a kept hotspot
};

struct Period
{
    QDate start;
    QDate end;
    bool isValid() const { return start.isValid() && end.isValid(); }
    bool operator==(const Period &) const = default;
    // "2026-05-22 – 2026-05-29"
    QString toString() const;
};

// Canonical threat levels with ordinals 1..5; an unknown word keeps ordinal 0.
struct ThreatLevel
{
    QString word;    // canonical word (Low, Moderate, Elevated, High, Critical) or the source word
    int ordinal = 0; // 1..5, 0 when the word is not one we know
    bool isKnown() const { return ordinal > 0; }

    // Maps a word from a report ("guarded", "SEVERE", "medium") to the canonical level.
    static ThreatLevel fromWord(const QString &word);
    static QString canonicalWord(int ordinal);
};

struct Hotspot
{
    QString label;
    QString detail;
    QGeoCoordinate coordinate; // invalid when the report gave no usable position (unplaced)
    int intensity = 1;         // 1 (low) .. 3 (high)
    int sourceLine = 0;

    bool isPlaced() const { return coordinate.isValid(); }
};

struct Development
{
    QString title;
    QString body;
};

struct Section
{
    QString heading;
    QString body;
};

enum class SourceFormat { Text, Markdown, Json, Pdf };

QString formatName(SourceFormat f);

// A weekly report for one country, as read from one file. Plain value type.
struct Report
{
    QString source; // path or name it was read from
    SourceFormat format = SourceFormat::Text;
    QString title;
    QString country;
    Period period;
    std::optional<ThreatLevel> threatLevel;
    QString executiveSummary;
    QList<Development> keyDevelopments;
    QList<Section> sections;
    QList<Hotspot> hotspots;
    QList<Diagnostic> diagnostics;

    bool hasErrors() const;
    int placedHotspotCount() const;
};

} // namespace atlas
