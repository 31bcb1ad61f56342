// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "reportjson.h"
#include "reportreader.h"
#include "textreport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace atlas;

namespace {
Report readOk(const QByteArray &data, const QString &name)
{
    ReadResult r = ReportReader::readData(data, name);
    INFO("error: " << r.error.toStdString());
    REQUIRE(r.ok());
    return *r.report;
}
QString messages(const Report &r)
{
    QStringList m;
    for (const Diagnostic &d : r.diagnostics)
        m << d.message;
    return m.join(QLatin1Char('\n'));
}
QByteArray bigJsonReport(int n)
{
    QByteArray s = "{\"title\": \"TEST SECURITY ANALYSIS REPORT\", \"period\": \"2026-06-05 to 2026-06-12\", "
                   "\"threat_level\": \"High\", \"hotspots\": [\n";
    for (int i = 0; i < n; ++i) {
        s += "{\"label\": \"Place " + QByteArray::number(i) + "\", \"detail\": \"Detail text for hotspot number " +
             QByteArray::number(i) + "\", \"lat\": " + QByteArray::number(-80.0 + (i % 1600) * 0.1) +
             ", \"lng\": " + QByteArray::number(-170.0 + (i % 3400) * 0.1) + ", \"intensity\": " +
             QByteArray::number(1 + i % 3) + "}";
        s += i + 1 < n ? ",\n" : "\n";
    }
    s += "]}\n";
    return s;
}
} // namespace

TEST_CASE("threat levels are canonical with ordinals", "[reader]")
{
    CHECK(ThreatLevel::fromWord(QStringLiteral("guarded")).word == QStringLiteral("Moderate"));
    CHECK(ThreatLevel::fromWord(QStringLiteral("MEDIUM")).ordinal == 2);
    CHECK(ThreatLevel::fromWord(QStringLiteral("Severe")).word == QStringLiteral("Critical"));
    CHECK(ThreatLevel::fromWord(QStringLiteral("Severe")).ordinal == 5);
    CHECK(ThreatLevel::fromWord(QStringLiteral("elevated")).ordinal == 3);
    const ThreatLevel odd = ThreatLevel::fromWord(QStringLiteral("Purple"));
    CHECK_FALSE(odd.isKnown());
    CHECK(odd.word == QStringLiteral("Purple"));
}

TEST_CASE("country names from titles", "[reader]")
{
    CHECK(countryFromTitle(QStringLiteral("MONGOLIA SECURITY ANALYSIS REPORT")) == QStringLiteral("Mongolia"));
    CHECK(countryFromTitle(QStringLiteral("BOSNIA AND HERZEGOVINA SECURITY ANALYSIS REPORT")) ==
          QStringLiteral("Bosnia and Herzegovina"));
    CHECK(countryFromTitle(QStringLiteral("GUINEA-BISSAU WEEKLY SECURITY REPORT")) == QStringLiteral("Guinea-Bissau"));
    CHECK(countryFromTitle(QStringLiteral("Weekly Security Report: South Korea")) == QStringLiteral("South Korea"));
}

TEST_CASE("files that cannot be read give one-line errors naming the file", "[reader]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ReadResult missing = ReportReader::read(dir.filePath(QStringLiteral("nope.md")));
    CHECK_FALSE(missing.ok());
    CHECK(missing.error.endsWith(QStringLiteral("nope.md: no such file")));
    ReadResult folder = ReportReader::read(dir.path());
    CHECK(folder.error.contains(QStringLiteral("is a folder")));

    // Over the size limit: a sparse file, so the test stays cheap.
    const QString big = dir.filePath(QStringLiteral("big.md"));
    QFile f(big);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.resize(ReportReader::maxFileSize + 1));
    f.close();
    ReadResult tooBig = ReportReader::read(big);
    CHECK_FALSE(tooBig.ok());
    CHECK(tooBig.error.contains(QStringLiteral("over the 64 MiB limit")));
}

TEST_CASE("JSON nested 200,000 deep is refused cleanly", "[reader]")
{
    const QByteArray deep(200000, '[');
    ReadResult r = ReportReader::readData(deep, QStringLiteral("deep.json"));
    CHECK_FALSE(r.ok());
    CHECK(r.error == QStringLiteral("deep.json: the JSON is nested deeper than 256 levels (line 1)"));

    // Inside a Markdown report, the prose survives and the assessment gets an error.
    QByteArray md = "# PERU SECURITY ANALYSIS REPORT\n\n**Analysis Period:** May 22, 2026 - May 29, 2026\n\n"
                    "## Structured Assessment\n\n```json\n{\"hotspots\": " +
                    QByteArray(200000, '[') + "\n```\n";
    Report rep = readOk(md, QStringLiteral("peru.md"));
    CHECK(rep.country == QStringLiteral("Peru"));
    CHECK(rep.hasErrors());
    CHECK(messages(rep).contains(QStringLiteral("could not be read: the JSON is nested deeper")));
}

TEST_CASE("50,000 hotspots are all read", "[reader]")
{
    const Report r = readOk(bigJsonReport(50000), QStringLiteral("big.json"));
    CHECK(r.hotspots.size() == 50000);
    CHECK(r.hotspots.last().label == QStringLiteral("Place 49999"));
    CHECK(r.hotspots[1].intensity == 2);
    CHECK(r.country == QStringLiteral("Test"));
    CHECK_FALSE(r.hasErrors());
}

TEST_CASE("CRLF, UTF-16 and byte-order marks", "[reader]")
{
    const QString md = QStringLiteral("# FIJI SECURITY ANALYSIS REPORT\r\n\r\n**Analysis Period:** 22\u201329 May 2026\r\n\r\n"
                                      "## Structured Assessment\r\n\r\n```json\r\n{\"threat_level\": \"Low\", \"hotspots\": "
                                      "[{\"label\": \"Suva\", \"lat\": -18.1416, \"lng\": 178.4419, \"intensity\": 1}]}\r\n```\r\n");
    const Report a = readOk("\xEF\xBB\xBF" + md.toUtf8(), QStringLiteral("fiji.md"));
    CHECK(a.country == QStringLiteral("Fiji"));
    REQUIRE(a.hotspots.size() == 1);
    CHECK(a.hotspots[0].coordinate.longitude() == Approx(178.4419));

    QByteArray utf16("\xFF\xFE", 2);
    for (QChar c : md) {
        const char16_t u = c.unicode();
        utf16.append(char(u & 0xFF)).append(char(u >> 8));
    }
    const Report b = readOk(utf16, QStringLiteral("fiji16.md"));
    CHECK(b.period.start == QDate(2026, 5, 22));
    CHECK(b.hotspots.size() == 1);
}

TEST_CASE("report text is kept literally, whitespace normalized", "[reader]")
{
    const Report r = readOk("# X SECURITY ANALYSIS REPORT\n\n## Executive Summary\n\nA   <b>bold</b>\n  claim &amp; more.\n",
                            QStringLiteral("x-2026-05-29.md"));
    CHECK(r.executiveSummary == QStringLiteral("A <b>bold</b> claim &amp; more."));
}

TEST_CASE("the period falls back to the file name with a warning", "[reader]")
{
    const Report r = readOk("{\"threat_level\": \"Low\", \"hotspots\": []}", QStringLiteral("reports/chile-2026-05-29.json"));
    CHECK(r.country == QStringLiteral("Chile"));
    CHECK(r.period.end == QDate(2026, 5, 29));
    CHECK(r.period.start == QDate(2026, 5, 22));
    CHECK(messages(r).contains(QStringLiteral("from the file name")));
}

TEST_CASE("PDF bytes without a backend are refused, not misread", "[reader]")
{
    // Tests that want PDF install the backend; this one checks the message shape only.
    ReadResult r = ReportReader::readData("%PDF-1.7\n", QStringLiteral("a.pdf"));
    CHECK_FALSE(r.ok());
    CHECK(r.error.startsWith(QStringLiteral("a.pdf: ")));
}

TEST_CASE("the CLI JSON has the documented shape", "[reader][json]")
{
    const Report r = readOk("{\"title\": \"NEPAL SECURITY ANALYSIS REPORT\", \"period\": {\"start\": \"2026-05-22\", \"end\": "
                            "\"2026-05-29\"}, \"threat_level\": \"High\", \"hotspots\": [{\"label\": \"K\", \"lat\": 27.7, "
                            "\"lng\": 85.3, \"intensity\": 2}, {\"label\": \"U\", \"intensity\": 1}]}",
                            QStringLiteral("nepal.json"));
    const auto j = nlohmann::json::parse(reportToJson(r).toStdString());
    CHECK(j["format"] == "json");
    CHECK(j["country"] == "Nepal");
    CHECK(j["period"]["start"] == "2026-05-22");
    CHECK(j["threat_level"] == "High");
    CHECK(j["threat_ordinal"] == 4);
    CHECK(j["hotspots"][0]["lat"] == 27.7);
    CHECK(j["hotspots"][1]["lat"].is_null());
    CHECK(j["hotspots"][1]["lng"].is_null());
    REQUIRE(j["diagnostics"].size() >= 1);
    CHECK(j["diagnostics"][0]["severity"] == "warning");
    CHECK(j["diagnostics"][0]["line"] == 1);
}

TEST_CASE("the source text is what diagnostics count lines in", "[reader]")
{
    QTemporaryDir dir;
    // UTF-16 with a repaired value on line 8: the source text is decoded, not raw bytes.
    const QString md = QStringLiteral("# FIJI SECURITY ANALYSIS REPORT\n\n**Analysis Period:** 22\u201329 May 2026\n\n"
                                      "## Structured Assessment\n\n```json\n{\"threat_level\": \"Guarded\", \"hotspots\": "
                                      "[{\"label\": \"Suva\", \"lat\": -18.1416, \"lng\": 178.4419, \"intensity\": 1}]}\n```\n");
    QByteArray utf16("\xFF\xFE", 2);
    for (QChar c : md) {
        const char16_t u = c.unicode();
        utf16.append(char(u & 0xFF)).append(char(u >> 8));
    }
    const QString path = dir.filePath(QStringLiteral("fiji-2026-05-29.md"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(utf16);
    f.close();

    const ReadResult r = ReportReader::read(path);
    REQUIRE(r.ok());
    const Diagnostic *guarded = nullptr;
    for (const Diagnostic &d : r.report->diagnostics)
        if (d.message.contains(QStringLiteral("Guarded")))
            guarded = &d;
    REQUIRE(guarded);
    const std::optional<QString> text = ReportReader::sourceText(path);
    REQUIRE(text.has_value());
    const QStringList lines = text->split(QLatin1Char('\n'));
    REQUIRE(guarded->line >= 1);
    REQUIRE(guarded->line <= lines.size());
    CHECK(lines.at(guarded->line - 1).contains(QStringLiteral("\"threat_level\": \"Guarded\"")));
    CHECK(lines.at(2) == QStringLiteral("**Analysis Period:** 22\u201329 May 2026"));

    QString error;
    CHECK_FALSE(ReportReader::sourceText(dir.filePath(QStringLiteral("missing.md")), &error).has_value());
    CHECK(error.endsWith(QStringLiteral("missing.md: no such file")));
    const QString binary = dir.filePath(QStringLiteral("b.md"));
    QFile b(binary);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write(QByteArray("abc\0def", 7));
    b.close();
    CHECK_FALSE(ReportReader::sourceText(binary, &error).has_value());
    CHECK(error.contains(QStringLiteral("binary data")));
}
