// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "render_command.h"

#include "geo/webmercator.h"
#include "maprenderer.h"
#include "markerpainter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace atlas;

namespace {

QString writeReport(const QTemporaryDir &dir, double lat, double lng, int intensity)
{
    const QString path = dir.filePath(QStringLiteral("report.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral(R"({"title": "TEST SECURITY ANALYSIS REPORT", "country": "Testland",
  "period": {"start": "2026-05-22", "end": "2026-05-29"}, "threat_level": "High",
  "hotspots": [{"label": "Spot", "detail": "d", "lat": %1, "lng": %2, "intensity": %3}]})")
                .arg(lat)
                .arg(lng)
                .arg(intensity)
                .toUtf8());
    return path;
}

} // namespace

TEST_CASE("render command: a hotspot is drawn at its Web Mercator pixel relative to the centre", "[cli]")
{
    QTemporaryDir dir;
    const double lat = 47.92, lng = 106.92, clat = 46.0, clng = 103.0, zoom = 5;
    const QString report = writeReport(dir, lat, lng, 3);
    const QString out = dir.filePath(QStringLiteral("map.png"));
    const int rc = runRenderCommand({report, QStringLiteral("-o"), out, QStringLiteral("--size"),
                                     QStringLiteral("600x400"), QStringLiteral("--scale"), QStringLiteral("2"),
                                     QStringLiteral("--center"), QStringLiteral("46,103"), QStringLiteral("--zoom"),
                                     QStringLiteral("5")});
    REQUIRE(rc == 0);
    QImage img(out);
    REQUIRE(img.size() == QSize(1200, 800));
    // Standard 256-px tiles at zoom 5, times the scale, from the image centre.
    const QPointF d = (WebMercator::toWorldPixels(QGeoCoordinate(lat, lng), zoom)
                       - WebMercator::toWorldPixels(QGeoCoordinate(clat, clng), zoom)) * 2.0;
    const QPoint px = (QPointF(600, 400) + d).toPoint();
    CHECK(img.pixelColor(px) == MarkerPainter::intensityColor(3));
    CHECK(img.pixelColor(px + QPoint(40, 40)) != MarkerPainter::intensityColor(3));
}

TEST_CASE("render command: fits the hotspots without a centre; svg and pdf by extension", "[cli]")
{
    QTemporaryDir dir;
    const QString report = writeReport(dir, -17.0, 179.9, 2);
    const QString png = dir.filePath(QStringLiteral("fit.png"));
    REQUIRE(runRenderCommand({report, QStringLiteral("-o"), png, QStringLiteral("--theme"), QStringLiteral("dark")}) == 0);
    const QImage img(png);
    REQUIRE(img.size() == QSize(1600, 900));
    // The only hotspot: centred in the area the legend and the footer (file, time,
    // attribution: three lines) leave free, so never hidden under them.
    RenderOptions footer;
    footer.provenance = QStringLiteral("file\ngenerated");
    const QRectF free = MapRenderer::freeArea(QSize(1600, 900), footer);
    CHECK(free.left() > 150);
    CHECK(free.bottom() < 900 - 30);
    CHECK(img.pixelColor(free.center().toPoint()) == MarkerPainter::intensityColor(2));

    const QString svg = dir.filePath(QStringLiteral("map.svg"));
    REQUIRE(runRenderCommand({report, QStringLiteral("-o"), svg}) == 0);
    QFile s(svg);
    REQUIRE(s.open(QIODevice::ReadOnly));
    const QByteArray text = s.readAll();
    CHECK(text.contains("<svg"));
    CHECK(text.contains("#fd8d3c"));

    const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
    REQUIRE(runRenderCommand({report, QStringLiteral("-o"), pdf, QStringLiteral("--size"), QStringLiteral("800x600")}) == 0);
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        QProcess p;
        p.start(pdfinfo, {pdf});
        REQUIRE(p.waitForFinished(20000));
        CHECK(p.exitCode() == 0);
        CHECK(p.readAllStandardOutput().contains("800 x 600 pts"));
    }
}

TEST_CASE("render command: exit codes", "[cli]")
{
    QTemporaryDir dir;
    const QString report = writeReport(dir, 10, 10, 1);
    const QString out = dir.filePath(QStringLiteral("x.png"));
    CHECK(runRenderCommand({}) == 2);
    CHECK(runRenderCommand({report}) == 2);                                              // no -o
    CHECK(runRenderCommand({report, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.gif"))}) == 2);
    CHECK(runRenderCommand({report, QStringLiteral("-o"), out, QStringLiteral("--size"), QStringLiteral("big")}) == 2);
    CHECK(runRenderCommand({report, QStringLiteral("-o"), out, QStringLiteral("--zoom"), QStringLiteral("4")}) == 2);
    CHECK(runRenderCommand({report, QStringLiteral("-o"), out, QStringLiteral("--theme"), QStringLiteral("pink")}) == 2);
    CHECK(runRenderCommand({report, QStringLiteral("-o"), out, QStringLiteral("--bogus")}) == 2);
    CHECK(runRenderCommand({dir.filePath(QStringLiteral("missing.md")), QStringLiteral("-o"), out}) == 1);
    CHECK(runRenderCommand({report, QStringLiteral("-o"), QStringLiteral("/nonexistent-dir/x.png")}) == 1);
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("render command: --graticule draws the meridians, --north-arrow the arrow", "[cli]")
{
    QTemporaryDir dir;
    const QString report = writeReport(dir, 47.92, 106.92, 3);
    const QStringList view{QStringLiteral("--size"), QStringLiteral("600x400"), QStringLiteral("--center"),
                           QStringLiteral("46,103"), QStringLiteral("--zoom"), QStringLiteral("5")};
    const QString plainPath = dir.filePath(QStringLiteral("plain.png")), gridPath = dir.filePath(QStringLiteral("grid.png"));
    REQUIRE(runRenderCommand(QStringList{report, QStringLiteral("-o"), plainPath} + view) == 0);
    REQUIRE(runRenderCommand(QStringList{report, QStringLiteral("-o"), gridPath, QStringLiteral("--graticule"),
                                         QStringLiteral("--north-arrow")}
                             + view)
            == 0);
    const QImage plain(plainPath), grid(gridPath);
    REQUIRE(plain.size() == grid.size());
    const auto differing = [&](const QRect &r) {
        int n = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                n += plain.pixel(x, y) != grid.pixel(x, y);
        return n;
    };
    // At zoom 5 the step is 10 degrees: the 100°E meridian runs down the whole image.
    const int x = int(std::lround(300 + WebMercator::toWorldPixels(QGeoCoordinate(46, 100), 5).x()
                                  - WebMercator::toWorldPixels(QGeoCoordinate(46, 103), 5).x()));
    CHECK(differing(QRect(x, 20, 1, 300)) > 250);
    CHECK(differing(QRect(x + 8, 20, 1, 300)) < 30); // beside it only a crossing parallel or label
    CHECK(differing(QRect(560, 8, 30, 40)) > 50);    // the north arrow's corner
}
