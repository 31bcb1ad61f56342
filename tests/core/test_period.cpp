// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "periodparser.h"

#include <catch2/catch.hpp>

using namespace atlas;

namespace {
std::string iso(const Period &p)
{
    return p.isValid() ? (p.start.toString(Qt::ISODate) + QLatin1Char('/') + p.end.toString(Qt::ISODate)).toStdString()
                       : std::string("invalid");
}
} // namespace

TEST_CASE("periods in the forms reports use", "[period]")
{
    CHECK(iso(parsePeriod(QStringLiteral("May 22, 2026 - May 29, 2026"))) == "2026-05-22/2026-05-29");
    CHECK(iso(parsePeriod(QStringLiteral("22\u201329 May 2026"))) == "2026-05-22/2026-05-29");
    CHECK(iso(parsePeriod(QStringLiteral("5\u201312 June 2026"))) == "2026-06-05/2026-06-12");
    CHECK(iso(parsePeriod(QStringLiteral("2026-06-12 to 2026-06-19"))) == "2026-06-12/2026-06-19");
    CHECK(iso(parsePeriod(QStringLiteral("May 22-29, 2026"))) == "2026-05-22/2026-05-29");
    CHECK(iso(parsePeriod(QStringLiteral("28 May \u2013 4 June 2026"))) == "2026-05-28/2026-06-04");
    CHECK(iso(parsePeriod(QStringLiteral("May 29 \u2013 June 5, 2026"))) == "2026-05-29/2026-06-05");
    CHECK(iso(parsePeriod(QStringLiteral("Dec 29, 2025 - Jan 4, 2026"))) == "2025-12-29/2026-01-04");
    CHECK(iso(parsePeriod(QStringLiteral("December 29 - January 4, 2026"))) == "2025-12-29/2026-01-04");
    CHECK(iso(parsePeriod(QStringLiteral("1st\u20138th September 2026"))) == "2026-09-01/2026-09-08");
}

TEST_CASE("text without a valid range gives an invalid period", "[period]")
{
    CHECK(iso(parsePeriod(QStringLiteral("last week"))) == "invalid");
    CHECK(iso(parsePeriod(QStringLiteral("May 29, 2026"))) == "invalid");
    CHECK(iso(parsePeriod(QStringLiteral("2026-06-19 to 2026-06-12"))) == "invalid"); // reversed
    CHECK(iso(parsePeriod(QStringLiteral("Feb 30 - Mar 2, 2026"))) == "invalid");
    CHECK(iso(parsePeriod(QString())) == "invalid");
}
