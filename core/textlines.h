// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Line-level tests that turn text extracted from PDF or Markdown back into structure. Pure
// functions, shared by the text report reader and its tests.
namespace atlas::text {

// Expands ligatures, unifies line ends and drops invisible characters PDF extraction leaves.
QString normalizeText(QString t);
// "```", "`` `json", "` ` `", "~~~": fences, possibly broken by extraction.
bool isFenceLine(const QString &t);
// "12", "- 3 -", "Page 2 of 7", "4/9".
bool isPageNumberLine(const QString &t);
// "## Executive Summary", "**Executive Summary**", "Executive Summary:" -> "executive summary";
// empty for lines too long to be headings.
QString headingKey(const QString &t);

enum class Known { None, Summary, Developments, Assessment };
Known knownHeading(const QString &key);

// Ends with sentence punctuation (ignoring trailing emphasis markers).
bool endsSentence(QString t);
// A short Title Case line without sentence punctuation: a heading or development title.
bool looksLikeTitle(const QString &t, int maxWords = 14);
// Removes Markdown emphasis markers.
QString stripEmphasis(QString t);
// Joins a wrapped line onto text: a hyphenated word break joins without a space.
void appendWrapped(QString &text, const QString &next);

} // namespace atlas::text
