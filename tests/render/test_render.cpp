// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "maprenderer.h"
#include "tileimagecache.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace atlas;

namespace {

SceneHotspot hs(const QString &label, double lat, double lng, int intensity)
{
    SceneHotspot s;
    s.hotspot.label = label;
    s.hotspot.detail = QStringLiteral("detail of ") + label;
    s.hotspot.coordinate = QGeoCoordinate(lat, lng);
    s.hotspot.intensity = intensity;
    s.country = QStringLiteral("Mongolia");
    s.reportTitle = QStringLiteral("Weekly report");
    return s;
}

SceneHotspot unplaced(const QString &label, int intensity)
{
    SceneHotspot s;
    s.hotspot.label = label;
    s.hotspot.intensity = intensity;
    return s;
}

QImage renderImage(MapRenderer &r, const Viewport &v, const Scene &scene, const RenderOptions &o,
                   RenderResult *result = nullptr, double dpr = 1.0)
{
    QImage img(v.size() * dpr, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::magenta);
    QPainter p(&img);
    RenderResult res = r.render(p, v, scene, o);
    p.end();
    if (result)
        *result = res;
    return img;
}

QColor pixelAt(const QImage &img, const QPointF &logical)
{
    const double dpr = img.devicePixelRatio();
    return img.pixelColor(int(std::floor(logical.x() * dpr)), int(std::floor(logical.y() * dpr)));
}

// Furniture off so only markers and map are compared.
RenderOptions bareOptions()
{
    RenderOptions o;
    o.legend = o.scaleBar = false;
    o.attribution.clear();
    o.labels = false;
    o.basemap = false;
    return o;
}

} // namespace

TEST_CASE("render: marker pixel at the projected position has its intensity colour", "[render]")
{
    Scene scene({hs("A", 47.9, 106.9, 1), hs("B", 43.0, 95.0, 2), hs("C", 49.0, 90.0, 3)});
    const Viewport v(QGeoCoordinate(46, 100), 5, QSize(640, 480));
    MapRenderer r;
    for (double dpr : {1.0, 2.0}) {
        RenderResult res;
        const QImage img = renderImage(r, v, scene, bareOptions(), &res, dpr);
        REQUIRE(res.markers.size() == 3);
        for (int i = 0; i < 3; ++i) {
            const QPointF p = v.geoToScreen(scene.at(i).hotspot.coordinate);
            INFO("hotspot " << i << " dpr " << dpr);
            CHECK(pixelAt(img, p) == MarkerPainter::intensityColor(scene.at(i).hotspot.intensity));
        }
        // Between the markers: sea.
        CHECK(pixelAt(img, QPointF(5, 5)) == ThemePalette::forTheme(Theme::Light).sea);
    }
    // Three clearly distinct levels.
    CHECK(MarkerPainter::intensityColor(1) != MarkerPainter::intensityColor(2));
    CHECK(MarkerPainter::intensityColor(2) != MarkerPainter::intensityColor(3));
    CHECK(MarkerPainter::intensityColor(1).lightness() > MarkerPainter::intensityColor(2).lightness());
    CHECK(MarkerPainter::intensityColor(2).lightness() > MarkerPainter::intensityColor(3).lightness());
    CHECK(MarkerPainter::markerRadius(3) > MarkerPainter::markerRadius(1));
}

TEST_CASE("render: vector path (no sprites) draws the same colours", "[render]")
{
    Scene scene({hs("A", 10, 10, 2)});
    const Viewport v(QGeoCoordinate(10, 10), 6, QSize(200, 200));
    MapRenderer r;
    QImage img(200, 200, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&img);
    p.translate(0.3, 0.3); // not a pure integer translation is still fine; a scale forces vectors
    p.scale(1.0, 1.0);
    r.render(p, v, scene, bareOptions());
    p.end();
    CHECK(pixelAt(img, QPointF(100.3, 100.3)) == MarkerPainter::intensityColor(2));
}

TEST_CASE("render: unplaced hotspots are never drawn", "[render]")
{
    const Viewport v(QGeoCoordinate(0, 0), 2, QSize(400, 300));
    MapRenderer r;
    RenderResult res;
    const QImage withUnplaced = renderImage(r, v, Scene({unplaced("nowhere", 3), hs("here", 0, 0, 1)}), bareOptions(), &res);
    REQUIRE(res.markers.size() == 1);
    CHECK(res.markers.front().hotspot == 1);
    const QImage without = renderImage(r, v, Scene({hs("here", 0, 0, 1)}), bareOptions());
    CHECK(withUnplaced == without);
    // Nothing at (0,0) of the map or the screen corner for an unplaced (invalid) coordinate.
    const QImage onlyUnplaced = renderImage(r, v, Scene({unplaced("nowhere", 3)}), bareOptions());
    const QImage empty = renderImage(r, v, Scene(), bareOptions());
    CHECK(onlyUnplaced == empty);
}

TEST_CASE("render: overlapping markers cluster with count and the most severe colour", "[render]")
{
    Scene scene({hs("severe", 47.90, 106.90, 3), hs("mild", 47.92, 106.93, 1)});
    const Viewport v(QGeoCoordinate(47.9, 106.9), 4, QSize(300, 300));
    MapRenderer r;
    RenderResult res;
    RenderOptions o = bareOptions();
    const QImage img = renderImage(r, v, scene, o, &res);
    REQUIRE(res.markers.size() == 1);
    const MarkerItem &m = res.markers.front();
    CHECK(m.count == 2);
    CHECK(m.intensity == 3);
    // Fill below the count text has the intensity-3 colour; the text itself is white on it.
    CHECK(pixelAt(img, m.position + QPointF(0, m.radius - 4)) == MarkerPainter::intensityColor(3));
    int white = 0;
    for (int dy = -5; dy <= 5; ++dy)
        for (int dx = -4; dx <= 4; ++dx)
            white += pixelAt(img, m.position + QPointF(dx, dy)) == QColor(Qt::white);
    CHECK(white > 3);

    // Hit-testing the cluster gives both members and a zoom that splits it.
    const HitResult hit = r.hitTest(v, scene, m.position, o);
    CHECK(hit.kind == HitResult::Cluster);
    CHECK(hit.members == QList<int>{0, 1});
    REQUIRE(hit.expansionZoom > 4);

    // Zooming in splits it into two markers with their own colours.
    const Viewport zoomed(QGeoCoordinate(47.91, 106.915), hit.expansionZoom, QSize(300, 300));
    const QImage img2 = renderImage(r, zoomed, scene, o, &res);
    REQUIRE(res.markers.size() == 2);
    for (int i = 0; i < 2; ++i)
        CHECK(pixelAt(img2, zoomed.geoToScreen(scene.at(i).hotspot.coordinate))
              == MarkerPainter::intensityColor(scene.at(i).hotspot.intensity));

    // Without clustering both are drawn at any zoom.
    o.clustering = false;
    renderImage(r, v, scene, o, &res);
    CHECK(res.markers.size() == 2);
}

TEST_CASE("render: labels never overlap each other, markers or the legend", "[render]")
{
    QList<SceneHotspot> list;
    for (int i = 0; i < 60; ++i)
        list.append(hs(QStringLiteral("Hotspot number %1").arg(i), 40 + (i % 8) * 0.9, 90 + (i / 8) * 1.6, 1 + i % 3));
    Scene scene(list);
    const Viewport v(QGeoCoordinate(43.5, 96), 6, QSize(900, 600));
    MapRenderer r;
    RenderOptions o;
    o.basemap = false;
    RenderResult res;
    renderImage(r, v, scene, o, &res);
    REQUIRE(res.labels.size() > 5);
    for (int i = 0; i < res.labels.size(); ++i) {
        const QRectF a = res.labels[i].rect;
        CHECK(QRectF(0, 0, 900, 600).contains(a));
        CHECK_FALSE(a.intersects(res.legendRect));
        CHECK_FALSE(a.intersects(res.scaleBarRect));
        for (int j = i + 1; j < res.labels.size(); ++j)
            CHECK_FALSE(a.intersects(res.labels[j].rect));
        for (const MarkerItem &m : res.markers) {
            const QRectF box(m.position - QPointF(m.radius, m.radius), QSizeF(2 * m.radius, 2 * m.radius));
            CHECK_FALSE(a.intersects(box));
        }
        // The label belongs to a marker next to it.
        const auto it = std::find_if(res.markers.begin(), res.markers.end(),
                                     [&](const MarkerItem &m) { return m.hotspot == res.labels[i].hotspot; });
        REQUIRE(it != res.markers.end());
        CHECK(res.labels[i].text.startsWith(QStringLiteral("Hotspot number")));
    }
}

TEST_CASE("render: hit-test returns the hotspot drawn at that pixel", "[render]")
{
    Scene scene({hs("low", 30, 30, 1), hs("high", 30.05, 30.05, 3), hs("mid", 31, 32, 2)});
    const Viewport v(QGeoCoordinate(30.5, 31), 9, QSize(800, 600));
    MapRenderer r;
    RenderOptions o = bareOptions();
    RenderResult res;
    const QImage img = renderImage(r, v, scene, o, &res);
    REQUIRE(res.markers.size() == 3);
    for (const MarkerItem &m : res.markers) {
        const HitResult hit = r.hitTest(v, scene, m.position, o);
        CHECK(hit.kind == HitResult::Hotspot);
        CHECK(hit.hotspot == m.hotspot);
        CHECK(pixelAt(img, m.position) == MarkerPainter::intensityColor(scene.at(hit.hotspot).hotspot.intensity));
    }
    // Just outside a marker's radius: nothing.
    const MarkerItem &m = res.markers.front();
    CHECK(r.hitTest(v, scene, m.position + QPointF(m.radius + 1, 0), o).kind == HitResult::None);
    CHECK(r.hitTest(v, scene, QPointF(2, 2), o).kind == HitResult::None);
}

TEST_CASE("render: selected marker gets a ring in the selection colour", "[render]")
{
    Scene scene({hs("A", 0, 0, 2)});
    const Viewport v(QGeoCoordinate(0, 0), 5, QSize(200, 200));
    MapRenderer r;
    const QImage plain = renderImage(r, v, scene, bareOptions());
    scene.setSelection({0});
    RenderResult res;
    const QImage selected = renderImage(r, v, scene, bareOptions(), &res);
    REQUIRE(res.markers.size() == 1);
    CHECK(res.markers.front().selected);
    const double ringR = res.markers.front().radius + 3 + 1.25;
    const QColor ring = pixelAt(selected, QPointF(100, 100) + QPointF(ringR, 0));
    CHECK(ring == ThemePalette::forTheme(Theme::Light).selection);
    CHECK(pixelAt(plain, QPointF(100, 100) + QPointF(ringR, 0)) != ring);
}

TEST_CASE("render: hotspots either side of the date line are drawn next to each other", "[render]")
{
    Scene scene({hs("east", -17, 179.8, 3), hs("west", -17, -179.8, 3)});
    const Viewport v(QGeoCoordinate(-17, 180), 8, QSize(600, 400));
    MapRenderer r;
    RenderOptions o = bareOptions();
    RenderResult res;
    const QImage img = renderImage(r, v, scene, o, &res);
    REQUIRE(res.markers.size() == 2);
    for (const MarkerItem &m : res.markers) {
        CHECK(QRectF(0, 0, 600, 400).contains(m.position));
        CHECK(std::abs(m.position.x() - 300) < 300);
        CHECK(pixelAt(img, m.position) == MarkerPainter::intensityColor(3));
    }
    CHECK(std::abs(res.markers[0].position.x() - res.markers[1].position.x()) < 200);
}

TEST_CASE("render: dark theme has another background and light outlines", "[render]")
{
    const Viewport v(QGeoCoordinate(0, -30), 3, QSize(300, 200)); // mid-Atlantic: sea
    MapRenderer r;
    RenderOptions light = bareOptions();
    RenderOptions dark = light;
    dark.theme = Theme::Dark;
    const QImage a = renderImage(r, v, Scene(), light);
    const QImage b = renderImage(r, v, Scene(), dark);
    CHECK(pixelAt(a, QPointF(150, 100)) != pixelAt(b, QPointF(150, 100)));
    CHECK(pixelAt(b, QPointF(150, 100)).lightness() < pixelAt(a, QPointF(150, 100)).lightness());
    CHECK(MarkerPainter::outlineColor(Theme::Dark).lightness() > 200);
    CHECK(MarkerPainter::outlineColor(Theme::Light).lightness() < 60);
}

TEST_CASE("render: graticule lines at round longitudes", "[render]")
{
    const Viewport v(QGeoCoordinate(0, 5), 3, QSize(400, 300));
    CHECK(MapRenderer::graticuleStep(3) == 30.0);
    CHECK(MapRenderer::graticuleStep(8) < MapRenderer::graticuleStep(3));
    MapRenderer r;
    RenderOptions o = bareOptions();
    const QImage plain = renderImage(r, v, Scene(), o);
    o.graticule = true;
    const QImage grid = renderImage(r, v, Scene(), o);
    const double x = v.geoToScreen(QGeoCoordinate(0, 0)).x(); // the prime meridian
    const QColor sea = ThemePalette::forTheme(Theme::Light).sea;
    CHECK(pixelAt(plain, QPointF(x, 40)) == sea);
    CHECK(pixelAt(grid, QPointF(x, 40)) != sea);
    CHECK(pixelAt(grid, QPointF(x + 10, 40)) == sea);
}

TEST_CASE("render: graticule degrees label the lines at the edges", "[render]")
{
    CHECK(Graticule::label(30, false, 30) == QStringLiteral("30°E"));
    CHECK(Graticule::label(-60, false, 30) == QStringLiteral("60°W"));
    CHECK(Graticule::label(-15, true, 15) == QStringLiteral("15°S"));
    CHECK(Graticule::label(0, true, 15) == QStringLiteral("0°"));
    CHECK(Graticule::label(-180, false, 30) == QStringLiteral("180°"));
    CHECK(Graticule::label(47.5, true, 0.5) == QStringLiteral("47.5°N"));

    // Across the date line the meridians keep their real names and round values.
    const Graticule g = Graticule::forViewport(Viewport(QGeoCoordinate(0, 180), 3, QSize(800, 600)));
    QStringList names;
    for (const Graticule::Line &m : g.meridians)
        names << Graticule::label(m.degrees, false, g.step);
    CHECK(names.contains(QStringLiteral("150°E")));
    CHECK(names.contains(QStringLiteral("180°")));
    CHECK(names.contains(QStringLiteral("150°W")));
    const Graticule fine = Graticule::forViewport(Viewport(QGeoCoordinate(47.9, 106.9), 11, QSize(800, 600)));
    REQUIRE(fine.step == 0.1);
    for (const Graticule::Line &p : fine.parallels)
        CHECK(std::abs(p.degrees * 10 - std::round(p.degrees * 10)) < 1e-9);

    MapRenderer r;
    RenderOptions o;
    o.graticule = true;
    const Viewport v(QGeoCoordinate(40, 60), 3, QSize(900, 600));
    const Scene scene({hs(QStringLiteral("Tbilisi"), 41.7, 44.8, 3), hs(QStringLiteral("Ulaanbaatar"), 47.9, 106.9, 2)});
    RenderResult res;
    renderImage(r, v, scene, o, &res);
    REQUIRE(res.graticuleLabels.size() >= 4);
    bool prime = false;
    for (const PlacedLabel &l : res.graticuleLabels) {
        // Meridian labels sit at the top just right of their line.
        if (l.text == QStringLiteral("60°E")) {
            prime = true;
            CHECK(std::abs(l.rect.left() - (v.geoToScreen(QGeoCoordinate(0, 60)).x() + 2)) < 1);
            CHECK(l.rect.top() < 10);
        }
        for (const QList<PlacedLabel> &others : {res.labels, res.countryLabels})
            for (const PlacedLabel &o2 : others)
                CHECK_FALSE(l.rect.intersects(o2.rect));
        CHECK_FALSE(l.rect.intersects(res.legendRect));
    }
    CHECK(prime);
    // Off by default.
    RenderResult plain;
    renderImage(r, v, scene, RenderOptions(), &plain);
    CHECK(plain.graticuleLabels.isEmpty());
}

TEST_CASE("render: scale bar uses round numbers matching the ground resolution", "[render]")
{
    for (double zoom : {2.0, 5.3, 9.0, 14.7}) {
        const Viewport v(QGeoCoordinate(47.9, 106.9), zoom, QSize(800, 600));
        const ScaleBar bar = ScaleBar::forViewport(v, 120);
        REQUIRE(bar.pixels > 0);
        CHECK(bar.pixels <= 120.0);
        CHECK(bar.pixels >= 120.0 / 5 - 1e-9);
        const double mantissa = bar.metres / std::pow(10.0, std::floor(std::log10(bar.metres)));
        CHECK((std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9));
        CHECK(bar.pixels * WebMercator::metresPerPixel(47.9, zoom) == Approx(bar.metres));
    }
    CHECK(ScaleBar::forViewport(Viewport(QGeoCoordinate(0, 0), 16, QSize(100, 100))).text == QLatin1String("200 m"));
    CHECK(ScaleBar::forViewport(Viewport(QGeoCoordinate(0, 0), 3, QSize(100, 100))).text.endsWith(QLatin1String(" km")));
}

TEST_CASE("render: legend, scale bar and attribution are placed and drawn", "[render]")
{
    const Viewport v(QGeoCoordinate(0, -30), 3, QSize(800, 500));
    MapRenderer r;
    RenderOptions o;
    o.basemap = false;
    o.northArrow = true;
    o.provenance = QStringLiteral("mongolia.txt 2026-05-22 – 2026-05-29");
    RenderResult res;
    const QImage img = renderImage(r, v, Scene(), o, &res);
    REQUIRE_FALSE(res.legendRect.isNull());
    REQUIRE_FALSE(res.scaleBarRect.isNull());
    REQUIRE_FALSE(res.attributionRect.isNull());
    REQUIRE_FALSE(res.northArrowRect.isNull());
    CHECK_FALSE(res.legendRect.intersects(res.scaleBarRect));
    CHECK(res.attributionRect.right() <= 800);
    // The legend shows the three intensity colours.
    int found = 0;
    for (int i = 1; i <= 3; ++i) {
        bool seen = false;
        for (int y = int(res.legendRect.top()); y < res.legendRect.bottom() && !seen; ++y)
            for (int x = int(res.legendRect.left()); x < res.legendRect.left() + 40 && !seen; ++x)
                seen = img.pixelColor(x, y) == MarkerPainter::intensityColor(i);
        found += seen;
    }
    CHECK(found == 3);
}

TEST_CASE("render: fitting keeps markers out from under the legend and footer", "[render]")
{
    // Hotspots at the corners of a box: after fitting none of them is under the furniture.
    Scene scene({hs("sw", -18.5, 177.0, 1), hs("ne", -16.0, -179.0, 3), hs("nw", -16.0, 177.0, 2),
                 hs("se", -18.5, -179.0, 2)});
    RenderOptions o;
    o.basemap = false;
    o.provenance = QStringLiteral("a.md (Fiji)\nGenerated now");
    const QSize size(900, 500);
    const Viewport v = MapRenderer::fitToFreeArea(scene.placedCoordinates(), size, o);
    MapRenderer r;
    RenderResult res;
    renderImage(r, v, scene, o, &res);
    REQUIRE(res.markers.size() == 4);
    for (const MarkerItem &m : res.markers) {
        const QRectF box(m.position - QPointF(m.radius, m.radius), QSizeF(2 * m.radius, 2 * m.radius));
        CHECK(QRectF(QPointF(0, 0), QSizeF(size)).contains(box));
        CHECK_FALSE(box.intersects(res.legendRect));
        CHECK_FALSE(box.intersects(res.scaleBarRect));
        CHECK_FALSE(box.intersects(res.attributionRect));
    }
    // A small view keeps the whole area.
    CHECK(MapRenderer::freeArea(QSize(300, 200), o) == QRectF(0, 0, 300, 200));
}

TEST_CASE("render: raster tiles are drawn where present and fall back where missing", "[render]")
{
    const Viewport v(QGeoCoordinate(0, 0), 1, QSize(512, 512)); // exactly the 2x2 tiles of zoom 1
    MapRenderer r;
    RenderOptions o = bareOptions();
    o.tiles = [](const TileId &t) {
        if (t != TileId{1, 0, 0})
            return QImage();
        QImage img(256, 256, QImage::Format_RGB32);
        img.fill(QColor(10, 200, 30));
        return img;
    };
    RenderResult res;
    const QImage img = renderImage(r, v, Scene(), o, &res);
    CHECK(res.tilesDrawn == 1);
    CHECK(res.tilesMissing == 3);
    CHECK(pixelAt(img, QPointF(100, 100)) == QColor(10, 200, 30));
    CHECK(pixelAt(img, QPointF(400, 400)) == ThemePalette::forTheme(Theme::Light).sea);
}

TEST_CASE("render: SVG output is valid and holds the markers as vectors", "[render][svg]")
{
    Scene scene({hs("A <b>bold</b>", 10, 10, 1), hs("B", 12, 14, 3)});
    const Viewport v(QGeoCoordinate(11, 12), 6, QSize(400, 300));
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buf);
    gen.setSize(v.size());
    gen.setViewBox(QRect(QPoint(0, 0), v.size()));
    MapRenderer r;
    QPainter p(&gen);
    const RenderResult res = r.render(p, v, scene, RenderOptions());
    p.end();
    CHECK(res.markers.size() == 2);
    const QByteArray svg = buf.data();
    QXmlStreamReader xml(svg);
    int elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            ++elements;
    }
    CHECK_FALSE(xml.hasError());
    CHECK(elements > 10);
    CHECK(svg.contains("#bd0026")); // intensity 3 fill
    CHECK(svg.contains("#fed976")); // intensity 1 fill
    CHECK_FALSE(svg.contains("<b>")); // report text stays plain (and labels are paths)
    CHECK_FALSE(svg.contains("<image")); // vector device: no cached raster layers or sprites
    QSvgRenderer check(svg);
    CHECK(check.isValid());
}

TEST_CASE("render: PDF written via QPdfWriter is accepted by pdfinfo", "[render][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QSizeF(800, 500), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        QPainter p(&writer);
        MapRenderer r;
        const Viewport v(QGeoCoordinate(47, 100), 4, QSize(800, 500));
        r.render(p, v, Scene({hs("A", 47, 100, 2)}), RenderOptions());
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty()) {
        WARN("pdfinfo not installed; only the header was checked");
        return;
    }
    QProcess proc;
    proc.start(pdfinfo, {path});
    REQUIRE(proc.waitForFinished(20000));
    CHECK(proc.exitCode() == 0);
    CHECK(proc.readAllStandardOutput().contains("Pages:"));
}

TEST_CASE("render: tile image cache requests once, decodes, and refuses garbage", "[render][tiles]")
{
    QList<TileId> requested;
    TileImageCache cache([&](const TileId &id) { requested.append(id); });
    const Viewport v(QGeoCoordinate(0, 0), 1, QSize(512, 512));
    MapRenderer r;
    RenderOptions o = bareOptions();
    o.tiles = cache.provider();
    RenderResult res;
    renderImage(r, v, Scene(), o, &res);
    CHECK(res.tilesMissing == 4);
    CHECK(requested.size() == 4);
    CHECK(cache.pendingCount() == 4);
    renderImage(r, v, Scene(), o, &res); // pending tiles are not asked for again
    CHECK(requested.size() == 4);

    QImage tile(256, 256, QImage::Format_RGB32);
    tile.fill(QColor(200, 30, 30));
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    tile.save(&buf, "PNG");
    CHECK(cache.addTile(TileId{1, 1, 1}, png));
    CHECK_FALSE(cache.addTile(TileId{1, 0, 0}, QByteArrayLiteral("\x89PNG\r\n\x1a\n garbage")));
    cache.addFailure(TileId{1, 0, 1});
    CHECK(cache.pendingCount() == 1);

    const QImage img = renderImage(r, v, Scene(), o, &res);
    CHECK(res.tilesDrawn == 1);
    CHECK(pixelAt(img, QPointF(400, 400)) == QColor(200, 30, 30));
    CHECK(pixelAt(img, QPointF(100, 100)) == ThemePalette::forTheme(Theme::Light).sea); // failed: basemap/sea
    CHECK(requested.size() == 4); // failed tiles are not retried until clear()
    cache.clear();
    renderImage(r, v, Scene(), o, &res);
    CHECK(requested.size() == 8);
}
