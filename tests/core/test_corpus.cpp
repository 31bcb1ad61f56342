// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// Runs the reader over folders of reports with an expected.json beside them: the project's own
// fixtures (tests/data/corpus, tests/data/bad) and, when present, ../shared/reports.
#include "pdftext.h"
#include "reportreader.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <fstream>

using namespace atlas;
using nlohmann::json;

namespace {

QString norm(const QString &s)
{
    return s.simplified();
}

QString q(const json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

json loadExpected(const QString &dir)
{
    std::ifstream in(QDir(dir).filePath(QStringLiteral("expected.json")).toStdString());
    REQUIRE(in.good());
    return json::parse(in);
}

const Hotspot *findHotspot(const Report &r, const QString &label)
{
    for (const Hotspot &h : r.hotspots) {
        if (norm(h.label) == label)
            return &h;
    }
    return nullptr;
}

void checkHotspot(const Report &r, const json &spec)
{
    const QString label = q(spec[0]);
    INFO("hotspot " << label.toStdString());
    const Hotspot *h = findHotspot(r, label);
    REQUIRE(h);
    REQUIRE(h->isPlaced());
    CHECK(h->coordinate.latitude() == Approx(spec[1].get<double>()).margin(1e-6));
    CHECK(h->coordinate.longitude() == Approx(spec[2].get<double>()).margin(1e-6));
    CHECK(h->intensity == spec[3].get<int>());
}

// The same expectations as ../shared/tools/check_corpus.py, plus a few of our own.
void checkReport(const QString &path, json exp, const json &all)
{
    INFO("file " << path.toStdString());
    if (exp.is_string()) {
        const std::string s = exp.get<std::string>();
        REQUIRE(s.rfind("same-as:", 0) == 0);
        exp = all.at(s.substr(8));
    }
    const ReadResult result = ReportReader::read(path);
    if (exp.contains("reject")) {
        REQUIRE_FALSE(result.ok());
        CHECK(result.error.startsWith(path + QStringLiteral(": ")));
        CHECK(result.error.contains(q(exp["reject"])));
        CHECK_FALSE(result.error.contains(QLatin1Char('\n')));
        return;
    }
    INFO("error: " << result.error.toStdString());
    REQUIRE(result.ok());
    const Report &r = *result.report;
    if (exp.contains("country"))
        CHECK(r.country == q(exp["country"]));
    if (exp.contains("period")) {
        CHECK(r.period.start.toString(Qt::ISODate) == q(exp["period"][0]));
        CHECK(r.period.end.toString(Qt::ISODate) == q(exp["period"][1]));
    }
    if (exp.contains("threat_level")) {
        REQUIRE(r.threatLevel.has_value());
        CHECK(r.threatLevel->word == q(exp["threat_level"]));
    }
    if (exp.contains("summary_starts"))
        CHECK(norm(r.executiveSummary).startsWith(q(exp["summary_starts"])));
    if (exp.contains("developments")) {
        QStringList titles;
        for (const Development &d : r.keyDevelopments)
            titles << norm(d.title);
        QStringList want;
        for (const auto &t : exp["developments"])
            want << q(t);
        CHECK(titles == want);
    }
    if (exp.contains("body_contains")) {
        for (const auto &[title, frag] : exp["body_contains"].items()) {
            bool found = false;
            for (const Development &d : r.keyDevelopments) {
                if (norm(d.title) == QString::fromStdString(title)) {
                    found = true;
                    CHECK(norm(d.body).contains(q(frag)));
                }
            }
            CHECK(found);
        }
    }
    if (exp.contains("sections_include")) {
        QStringList heads;
        for (const Section &s : r.sections)
            heads << norm(s.heading);
        for (const auto &h : exp["sections_include"])
            CHECK(heads.contains(q(h)));
    }
    if (exp.contains("section_body_contains")) {
        for (const auto &[heading, frag] : exp["section_body_contains"].items()) {
            bool found = false;
            for (const Section &s : r.sections) {
                if (norm(s.heading) == QString::fromStdString(heading)) {
                    found = true;
                    CHECK(norm(s.body).contains(q(frag)));
                }
            }
            CHECK(found);
        }
    }
    if (exp.contains("hotspots")) {
        CHECK(r.hotspots.size() == qsizetype(exp["hotspots"].size()));
        for (const auto &spec : exp["hotspots"])
            checkHotspot(r, spec);
    }
    if (exp.contains("hotspots_placed_include")) {
        for (const auto &spec : exp["hotspots_placed_include"])
            checkHotspot(r, spec);
    }
    if (exp.contains("hotspots_unplaced_or_absent")) {
        for (const auto &l : exp["hotspots_unplaced_or_absent"]) {
            const Hotspot *h = findHotspot(r, q(l));
            CHECK((!h || !h->isPlaced()));
        }
    }
    if (exp.contains("hotspot_count"))
        CHECK(r.hotspots.size() == exp["hotspot_count"].get<qsizetype>());
    if (exp.contains("detail_contains")) {
        for (const auto &[label, frag] : exp["detail_contains"].items()) {
            const Hotspot *h = findHotspot(r, QString::fromStdString(label));
            REQUIRE(h);
            CHECK(norm(h->detail).contains(q(frag)));
        }
    }
    QStringList messages;
    int errors = 0;
    for (const Diagnostic &d : r.diagnostics) {
        // A diagnostic that names a hotspot names one that was kept.
        CHECK(d.hotspotIndex < r.hotspots.size());
        messages << d.message;
        errors += d.severity == Severity::Error;
    }
    INFO("diagnostics: " << messages.join(QStringLiteral(" | ")).toStdString());
    if (exp.contains("label_has_diagnostic")) {
        for (const auto &l : exp["label_has_diagnostic"])
            CHECK(messages.join(QLatin1Char('\n')).contains(q(l)));
    }
    if (exp.contains("diagnostic_contains")) {
        for (const auto &frag : exp["diagnostic_contains"])
            CHECK(messages.join(QLatin1Char('\n')).contains(q(frag)));
    }
    if (exp.contains("min_diagnostics"))
        CHECK(r.diagnostics.size() >= exp["min_diagnostics"].get<qsizetype>());
    if (exp.contains("error_count"))
        CHECK(errors == exp["error_count"].get<int>());
}

void checkFolder(const QString &dir)
{
    atlas::pdf::install();
    const json all = loadExpected(dir);
    REQUIRE(all.size() > 0);
    for (const auto &[name, exp] : all.items()) {
        const QString path = QDir(dir).filePath(QString::fromStdString(name));
        REQUIRE(QFileInfo::exists(path));
        checkReport(path, exp, all);
    }
}

} // namespace

TEST_CASE("project corpus: every source shape and repair reads as expected", "[corpus]")
{
    checkFolder(QStringLiteral(TEST_DATA_DIR "/corpus"));
}

TEST_CASE("bad inputs: clear one-line errors or diagnostics, never a crash", "[corpus][bad]")
{
    checkFolder(QStringLiteral(TEST_DATA_DIR "/bad"));
}

TEST_CASE("shared sample reports, when ../shared is present", "[corpus][shared]")
{
    const QString dir = QStringLiteral(SHARED_DIR "/reports");
    if (!QFileInfo::exists(dir + QStringLiteral("/expected.json"))) {
        WARN("../shared/reports not present; skipped");
        return;
    }
    checkFolder(dir);
}
