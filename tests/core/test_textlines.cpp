// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "textlines.h"

#include <catch2/catch.hpp>

using namespace atlas::text;

TEST_CASE("broken code fences are recognised, code is not", "[text]")
{
    CHECK(isFenceLine(QStringLiteral("```")));
    CHECK(isFenceLine(QStringLiteral("`` `json")));
    CHECK(isFenceLine(QStringLiteral("` ` `")));
    CHECK(isFenceLine(QStringLiteral("```JSON")));
    CHECK(isFenceLine(QStringLiteral("~~~")));
    CHECK_FALSE(isFenceLine(QStringLiteral("Use `json` files")));
    CHECK_FALSE(isFenceLine(QStringLiteral("{")));
}

TEST_CASE("page numbers in their usual shapes", "[text]")
{
    CHECK(isPageNumberLine(QStringLiteral("12")));
    CHECK(isPageNumberLine(QStringLiteral("Page 2 of 7")));
    CHECK(isPageNumberLine(QStringLiteral("- 3 -")));
    CHECK(isPageNumberLine(QStringLiteral("4/9")));
    CHECK_FALSE(isPageNumberLine(QStringLiteral("12 soldiers")));
    CHECK_FALSE(isPageNumberLine(QStringLiteral("\"lat\": 44.0,")));
}

TEST_CASE("titles versus wrapped sentence lines", "[text]")
{
    CHECK(looksLikeTitle(QStringLiteral("Military Activities and Exercises with China")));
    CHECK(looksLikeTitle(QStringLiteral("UN Human Rights High Commissioner's Visit and Concerns")));
    CHECK(looksLikeTitle(QStringLiteral("Rising Crime Rates")));
    CHECK_FALSE(looksLikeTitle(QStringLiteral("and a shortage of skilled cybersecurity professionals")));
    CHECK_FALSE(looksLikeTitle(QStringLiteral("Mongolia faces critically low compliance rates.")));
    CHECK_FALSE(looksLikeTitle(QStringLiteral("Analysis Period: May 22, 2026 - May 29, 2026")));
    CHECK_FALSE(looksLikeTitle(QStringLiteral("The exercise near Almaty shows a continued focus on urban counter-terrorism")));
}

TEST_CASE("heading keys and the headings we know", "[text]")
{
    CHECK(headingKey(QStringLiteral("## Executive Summary:")) == QStringLiteral("executive summary"));
    CHECK(knownHeading(headingKey(QStringLiteral("**Key Security Developments**"))) == Known::Developments);
    CHECK(knownHeading(headingKey(QStringLiteral("Structured Assessment (JSON)"))) == Known::Assessment);
    CHECK(knownHeading(headingKey(QStringLiteral("Structured Assessments of Risk"))) == Known::None);
    CHECK(headingKey(QString(200, QLatin1Char('x'))).isEmpty());
}

TEST_CASE("ligatures, wraps and hyphenated breaks", "[text]")
{
    CHECK(normalizeText(QStringLiteral("\uFB01nancing \uFB03ce\r\n")) == QStringLiteral("financing ffice\n"));
    QString t = QStringLiteral("counter-");
    appendWrapped(t, QStringLiteral("terrorism"));
    // A hyphen at a line end before a lowercase word is taken as a word break (as pdftotext does).
    CHECK(t == QStringLiteral("counterterrorism"));
    QString u = QStringLiteral("EFES-2026 and");
    appendWrapped(u, QStringLiteral("USARPAC"));
    CHECK(u == QStringLiteral("EFES-2026 and USARPAC"));
    CHECK(endsSentence(QStringLiteral("done.**")));
    CHECK_FALSE(endsSentence(QStringLiteral("rates")));
}
