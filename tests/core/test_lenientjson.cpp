// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "lenientjson.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace atlas;

namespace {
LenientJsonParser::Result parse(std::string_view s)
{
    return LenientJsonParser::parse(s);
}
QString allMessages(const LenientJsonParser::Result &r)
{
    QStringList m;
    for (const Diagnostic &d : r.diagnostics)
        m << d.message;
    return m.join(QLatin1Char('\n'));
}
} // namespace

TEST_CASE("valid JSON reads without diagnostics", "[json]")
{
    const auto r = parse(R"({"a": [1, 2.5, -3e2], "b": "x\"y\u00e9", "c": true, "d": null})");
    REQUIRE(r.fatal.isEmpty());
    CHECK_FALSE(r.truncated);
    CHECK(r.diagnostics.isEmpty());
    REQUIRE(r.root.isObject());
    const JsonValue *a = r.root.find({"a"});
    REQUIRE(a);
    REQUIRE(a->items.size() == 3);
    CHECK(a->items[1].number == 2.5);
    CHECK(a->items[2].number == -300);
    CHECK(r.root.find({"b"})->text == "x\"y\xC3\xA9");
    CHECK(r.root.find({"c"})->boolean);
    CHECK(r.root.find({"d"})->isNull());
}

TEST_CASE("keys are found regardless of case and separators", "[json]")
{
    const auto r = parse(R"({"Threat-Level": "High"})");
    REQUIRE(r.root.find({"threat_level"}));
    CHECK(r.root.find({"threatlevel"}));
    CHECK_FALSE(r.root.find({"threat"}));
}

TEST_CASE("repairs are made and reported once each with their line", "[json]")
{
    const auto r = parse("{\n"
                         "  // comment\n"
                         "  /* block */ label: 'single',\n"
                         "  \"curly\": \xE2\x80\x9Cquoted\xE2\x80\x9D,\n"
                         "  \"list\": [1, 2,],\n"
                         "  \"py\": True\n"
                         "  \"missing\": \"comma\",\n"
                         "}\n");
    REQUIRE(r.fatal.isEmpty());
    const QString m = allMessages(r);
    CHECK(m.contains(QStringLiteral("removed comments")));
    CHECK(m.contains(QStringLiteral("single quotes")));
    CHECK(m.contains(QStringLiteral("without quotes")));
    CHECK(m.contains(QStringLiteral("curly quotes")));
    CHECK(m.contains(QStringLiteral("trailing commas")));
    CHECK(m.contains(QStringLiteral("Python literals")));
    CHECK(m.contains(QStringLiteral("missing commas")));
    CHECK(r.root.find({"label"})->text == "single");
    CHECK(r.root.find({"curly"})->text == "quoted");
    CHECK(r.root.find({"list"})->items.size() == 2);
    CHECK(r.root.find({"py"})->boolean);
    CHECK(r.root.find({"missing"})->text == "comma");
    // Comments are reported on the line they start.
    for (const Diagnostic &d : r.diagnostics) {
        if (d.message.contains(QStringLiteral("comments")))
            CHECK(d.line == 2);
    }
}

TEST_CASE("apostrophes inside double-quoted strings stay text", "[json]")
{
    const auto r = parse("{\"a\": \"Georgia\xE2\x80\x99s week\", \"b\": \"it's\"}");
    CHECK(r.root.find({"a"})->text == "Georgia\xE2\x80\x99s week");
    CHECK(r.root.find({"b"})->text == "it's");
    CHECK(r.diagnostics.isEmpty());
}

TEST_CASE("strings wrapped over lines are re-joined, page numbers dropped", "[json]")
{
    const auto r = parse("{\"detail\": \"Evacuation after the river rose\n\n12\n\nabove critical levels.\",\n"
                         "\"lat\": 1}");
    REQUIRE(r.fatal.isEmpty());
    CHECK(r.root.find({"detail"})->text == "Evacuation after the river rose above critical levels.");
    CHECK(allMessages(r).contains(QStringLiteral("wrapped")));
}

TEST_CASE("a string missing its closing quote ends at its line", "[json]")
{
    const auto r = parse("{\"label\": \"Baku,\n\"lat\": 40.4}");
    REQUIRE(r.fatal.isEmpty());
    CHECK(r.root.find({"label"})->text == "Baku");
    CHECK(r.root.find({"lat"})->number == Approx(40.4));
}

TEST_CASE("stray page numbers between members are ignored", "[json]")
{
    const auto r = parse("{\"a\": 1,\n7\n\"b\": 2}");
    CHECK(r.root.find({"a"})->number == 1);
    CHECK(r.root.find({"b"})->number == 2);
    CHECK(allMessages(r).contains(QStringLiteral("page numbers")));
}

TEST_CASE("input that stops mid-way keeps what was complete", "[json]")
{
    const auto r = parse(R"({"hotspots": [{"label": "A", "lat": 1}, {"label": "B", "la)");
    REQUIRE(r.fatal.isEmpty());
    CHECK(r.truncated);
    const JsonValue *hs = r.root.find({"hotspots"});
    REQUIRE(hs);
    REQUIRE(hs->items.size() == 2);
    CHECK(hs->items[0].complete);
    CHECK_FALSE(hs->items[1].complete);
    CHECK_FALSE(hs->complete);
}

TEST_CASE("non-finite and out-of-range numbers are flagged, not trusted", "[json]")
{
    const auto r = parse(R"([1e400, NaN, -Infinity, 5])");
    REQUIRE(r.root.items.size() == 4);
    CHECK_FALSE(r.root.items[0].numberValid);
    CHECK_FALSE(r.root.items[1].numberValid);
    CHECK_FALSE(r.root.items[2].numberValid);
    CHECK(r.root.items[3].numberValid);
}

TEST_CASE("deep nesting is refused without recursion blow-up", "[json]")
{
    const std::string deep(200000, '[');
    const auto r = parse(deep);
    CHECK(r.fatal.contains(QStringLiteral("nested deeper than 256")));
    std::string ok = std::string(100, '[') + std::string(100, ']');
    CHECK(parse(ok).fatal.isEmpty());
}

TEST_CASE("the end offset lets text after the value be read as prose", "[json]")
{
    const std::string s = "{\"a\": 1}\nAnnex\n";
    const auto r = parse(s);
    CHECK(r.end == 8);
}

TEST_CASE("garbage never hangs", "[json]")
{
    for (std::string_view s : {"{", "[", "{\"", "{\"a\"", "{\"a\":", "{]", "[}", "{,,,}", "{@#$%}", "[-]", "[+.e]",
                               "{\"a\" \"b\"}", "\xE2\x80\x9C", "{'a", "[1 2 3]"}) {
        const auto r = parse(s);
        CHECK(r.end <= s.size());
    }
}
