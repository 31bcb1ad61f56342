// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

namespace atlas {

// Parses the analysis periods reports use: "May 22, 2026 - May 29, 2026", "22–29 May 2026",
// "May 22-29, 2026", "28 May – 4 June 2026", "2026-06-12 to 2026-06-19", "Dec 29, 2025 - Jan 4, 2026".
// Returns an invalid Period when the text holds no date range.
Period parsePeriod(const QString &text);

// A single date in any of those forms, or invalid.
QDate parseDate(const QString &text);

} // namespace atlas
