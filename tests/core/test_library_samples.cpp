// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// The bundled sample library through the real reader: every file reads, the library groups
// them into four weeks of five countries, and the special cases keep their promises.
#include "reportlibrary.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QThread>

using namespace atlas;

namespace {
const QString samplesDir = QStringLiteral(TEST_DATA_DIR "/../../resources/samples");

void ensureSamplesApp()
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "atlas_core_tests";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
    }
}

const Report &find(const QList<Report> &reports, const QString &country)
{
    for (const Report &r : reports) {
        if (r.country == country)
            return r;
    }
    FAIL("no report for " << country.toStdString());
    return reports.first();
}
} // namespace

TEST_CASE("Sample library reads completely with the real reader", "[library][samples]")
{
    ensureSamplesApp();
    ReportLibrary lib;
    lib.open({samplesDir});
    QDeadlineTimer deadline(20000);
    while (lib.isLoading() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    REQUIRE_FALSE(lib.isLoading());

    INFO((lib.errors().isEmpty() ? QString() : lib.errors().first().message).toStdString());
    CHECK(lib.errors().isEmpty());
    CHECK(lib.count() == 20); // README.md is not a report
    CHECK(lib.countries() == QStringList{"Armenia", "Azerbaijan", "Georgia", "Kazakhstan", "Mongolia"});

    const QList<Period> periods = lib.periods();
    REQUIRE(periods.size() == 4);
    for (int i = 0; i < 4; ++i) {
        CHECK(periods[i].end == QDate(2026, 5, 8).addDays(7 * i));
        CHECK(periods[i].start == periods[i].end.addDays(-7));
        const QList<Report> week = lib.reportsFor(periods[i]);
        REQUIRE(week.size() == 5);
        for (const Report &r : week) {
            INFO(r.source.toStdString());
            CHECK(r.threatLevel.has_value());
            CHECK(r.threatLevel->isKnown());
            CHECK(r.hotspots.size() >= 3);
            CHECK(r.placedHotspotCount() == r.hotspots.size());
            CHECK(r.keyDevelopments.size() == 3);
            CHECK_FALSE(r.executiveSummary.isEmpty());
            CHECK_FALSE(r.hasErrors());
            for (const Hotspot &h : r.hotspots) {
                CHECK(h.intensity >= 1);
                CHECK(h.intensity <= 3);
            }
        }
    }

    // Text extracted from a PDF (blank lines inside the JSON block).
    const QList<Report> week4 = lib.reportsFor(periods[3]);
    const QList<Report> week3 = lib.reportsFor(periods[2]);
    const Report &mongolia = find(week4, "Mongolia");
    CHECK(mongolia.format == SourceFormat::Text);
    CHECK(mongolia.hotspots.at(0).label == "Ulaanbaatar (Sukhbaatar Square)");
    CHECK(mongolia.hotspots.at(0).intensity == 3);
    CHECK(mongolia.threatLevel->word == "Elevated");

    // Bare JSON, "Guarded" is a Moderate.
    const Report &armenia = find(week4, "Armenia");
    CHECK(armenia.format == SourceFormat::Json);
    CHECK(armenia.threatLevel->ordinal == 2);

    // Repaired JSON: comments, trailing commas, "lon", string coordinates, word intensities.
    const Report &messy = find(week3, "Azerbaijan");
    CHECK(messy.source.endsWith("azerbaijan-2026-05-22-messy.md"));
    REQUIRE(messy.hotspots.size() == 3);
    CHECK(messy.hotspots[0].intensity == 3);
    CHECK(messy.hotspots[0].coordinate.latitude() == Approx(40.10));
    CHECK(messy.hotspots[0].coordinate.longitude() == Approx(46.04));
    CHECK(messy.hotspots[1].intensity == 2);
    CHECK(messy.hotspots[2].coordinate.longitude() == Approx(45.4122));
    CHECK(messy.threatLevel->word == "High");
    CHECK(messy.diagnostics.size() >= 3); // each repair is reported

    // HTML tags are kept as text by the reader; the widgets show them as such.
    const Report &kazakhstan = find(week3, "Kazakhstan");
    CHECK(kazakhstan.executiveSummary.contains("<b>bold</b>"));
    CHECK(kazakhstan.executiveSummary.contains("<img src=http://example.com/x.png>"));
    CHECK(kazakhstan.keyDevelopments.at(1).body.contains("<script>alert(1)</script>"));
    CHECK(kazakhstan.hotspots.at(0).detail.contains("<b>fake</b>"));
}
