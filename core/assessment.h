// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "lenientjson.h"
#include "report.h"

namespace atlas {

// Reads the "Structured Assessment" (threat level and hotspots) from a parsed JSON value into
// the report, repairing what a language model typically gets wrong and recording a diagnostic
// for each repair or loss.
void readAssessment(const JsonValue &root, bool truncated, Report &report);

// Reads the metadata a bare JSON report may carry (title, country, period, summary,
// developments, sections) and then its assessment.
void readJsonReport(const JsonValue &root, bool truncated, Report &report);

} // namespace atlas
