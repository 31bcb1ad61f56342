// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

namespace atlas {

// Reads a report written as prose: Markdown, or text extracted from a PDF (broken code fences,
// page numbers, hard-wrapped paragraphs, headings as plain lines). The "Structured Assessment"
// JSON block inside it goes through the lenient JSON reader.
void readTextReport(const QString &text, Report &report);

// Country name from a title such as "MONGOLIA SECURITY ANALYSIS REPORT"; empty if none.
QString countryFromTitle(const QString &title);

// Reports in mixed case keep their case; ALL-CAPS names become "Bosnia and Herzegovina".
QString titleCaseName(const QString &name);

} // namespace atlas
