// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "maprenderer.h"

#include <catch2/catch.hpp>

#include <QPainter>

using namespace atlas;

namespace {

RenderOptions mapOnly()
{
    RenderOptions o;
    o.legend = o.scaleBar = o.labels = o.countryNames = o.markers = false;
    o.attribution.clear();
    return o;
}

QImage draw(MapRenderer &r, const Viewport &v, const RenderOptions &o, double dpr = 1.0)
{
    QImage img(v.size() * dpr, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::magenta);
    QPainter p(&img);
    r.render(p, v, Scene(), o);
    return img;
}

int differingPixels(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    return n;
}

} // namespace

TEST_CASE("basemap: land inside a country, sea in the ocean, in both themes", "[basemap]")
{
    MapRenderer r;
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        RenderOptions o = mapOnly();
        o.theme = theme;
        const ThemePalette pal = ThemePalette::forTheme(theme);
        for (double zoom : {2.0, 4.0, 6.0}) { // one per bundled resolution
            const Viewport v(QGeoCoordinate(46.5, 103.0), zoom, QSize(400, 300)); // central Mongolia
            const QImage img = draw(r, v, o);
            INFO("zoom " << zoom);
            CHECK(img.pixelColor(200, 150) == pal.land);
        }
        const Viewport pacific(QGeoCoordinate(-20, -140), 4, QSize(400, 300));
        CHECK(draw(r, pacific, o).pixelColor(200, 150) == pal.sea);
    }
}

TEST_CASE("basemap: the raster layer is cached across pans and redrawn on zoom", "[basemap]")
{
    MapRenderer r;
    const RenderOptions o = mapOnly();
    Viewport v(QGeoCoordinate(45, 10), 4, QSize(640, 480));
    draw(r, v, o);
    CHECK(r.basemap().cacheMisses() == 1);
    draw(r, v, o);
    CHECK(r.basemap().cacheMisses() == 1);
    CHECK(r.basemap().cacheExtensions() == 0);
    // The first pan grows the layer on the sides it crossed (the old part copied, the new
    // strips painted)...
    v.panByPixels(QPointF(60, -40));
    QImage panned = draw(r, v, o);
    CHECK(r.basemap().cacheMisses() == 1);
    CHECK(r.basemap().cacheExtensions() == 1);
    // ...and looks like a fresh render of the same view, seams included (a few dozen edge
    // pixels differ: the fresh render samples the outlines at another sub-pixel phase).
    MapRenderer fresh;
    CHECK(differingPixels(panned, draw(fresh, v, o)) < panned.width() * panned.height() / 1000);
    // Further pans that way are blits of it.
    v.panByPixels(QPointF(100, -90));
    panned = draw(r, v, o);
    CHECK(r.basemap().cacheExtensions() == 1);
    CHECK(differingPixels(panned, draw(fresh, v, o)) < panned.width() * panned.height() / 1000);
    // Back past where it started: the other sides grow, and then it covers both ways.
    v.panByPixels(QPointF(-260, 200));
    panned = draw(r, v, o);
    CHECK(r.basemap().cacheExtensions() == 2);
    CHECK(differingPixels(panned, draw(fresh, v, o)) < panned.width() * panned.height() / 1000);
    v.panByPixels(QPointF(200, -150));
    draw(r, v, o);
    CHECK(r.basemap().cacheExtensions() == 2);
    v.zoomAt(0.5, QPointF(320, 240));
    draw(r, v, o);
    CHECK(r.basemap().cacheMisses() == 2);
    // Far pans leave the cached area: the layer is extended again, nothing is reused.
    v.panByPixels(QPointF(2000, 0));
    panned = draw(r, v, o);
    CHECK(r.basemap().cacheMisses() == 2);
    CHECK(r.basemap().cacheExtensions() == 3);
    CHECK(differingPixels(panned, draw(fresh, v, o)) < panned.width() * panned.height() / 1000);
}

TEST_CASE("basemap: a pan across the date line reuses the cached layer", "[basemap]")
{
    MapRenderer r;
    const RenderOptions o = mapOnly();
    Viewport v(QGeoCoordinate(-17, 178.0), 4, QSize(640, 480)); // Fiji
    draw(r, v, o);
    v.panByPixels(QPointF(-10, 0)); // the view moves east: the layer grows on that side
    draw(r, v, o);
    REQUIRE(r.basemap().cacheExtensions() == 1);
    v.panByPixels(QPointF(-20, 0)); // the centre wraps from +180 to -180
    REQUIRE(v.center().longitude() < 0);
    const QImage img = draw(r, v, o);
    CHECK(r.basemap().cacheMisses() == 1);
    CHECK(r.basemap().cacheExtensions() == 1);
    MapRenderer fresh;
    CHECK(differingPixels(img, draw(fresh, v, o)) < img.width() * img.height() / 1000);
}

TEST_CASE("basemap: during zoom animations the cached layer is scaled, not re-rendered", "[basemap]")
{
    MapRenderer r;
    RenderOptions o = mapOnly();
    Viewport v(QGeoCoordinate(46.5, 103.0), 4, QSize(400, 300));
    draw(r, v, o);
    REQUIRE(r.basemap().cacheMisses() == 1);
    o.interactive = true;
    v.zoomAt(0.3, QPointF(200, 150));
    const QImage scaled = draw(r, v, o);
    CHECK(r.basemap().cacheMisses() == 1);
    CHECK(r.basemap().scaledBlits() == 1);
    CHECK(scaled.pixelColor(200, 150) == ThemePalette::forTheme(Theme::Light).land);
    // The final frame is rendered sharp at the new zoom.
    o.interactive = false;
    draw(r, v, o);
    CHECK(r.basemap().cacheMisses() == 2);
    // Too far from the cached zoom: re-rendered even while animating.
    o.interactive = true;
    v.zoomAt(-2.0, QPointF(200, 150));
    draw(r, v, o);
    CHECK(r.basemap().cacheMisses() == 3);
    // That re-render has a margin, so the next frames of a zoom-out can scale it down.
    const int scaledBefore = r.basemap().scaledBlits();
    for (int i = 0; i < 3; ++i) {
        v.zoomAt(-0.1, QPointF(200, 150));
        draw(r, v, o);
    }
    CHECK(r.basemap().cacheMisses() == 3);
    CHECK(r.basemap().scaledBlits() == scaledBefore + 3);
}

TEST_CASE("basemap: high-DPI output keeps the land where it is", "[basemap]")
{
    MapRenderer r;
    const Viewport v(QGeoCoordinate(46.5, 103.0), 4, QSize(300, 200));
    const QImage img = draw(r, v, mapOnly(), 2.0);
    CHECK(img.size() == QSize(600, 400));
    CHECK(img.pixelColor(300, 200) == ThemePalette::forTheme(Theme::Light).land);
}

TEST_CASE("basemap: country names do not overlap and fit to country finds bounds", "[basemap]")
{
    MapRenderer r;
    RenderOptions o;
    o.markers = false;
    const Viewport v(QGeoCoordinate(48, 20), 4, QSize(1000, 700)); // Europe: many names
    QImage img(v.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter p(&img);
    const RenderResult res = r.render(p, v, Scene(), o);
    p.end();
    REQUIRE(res.countryLabels.size() > 10);
    QStringList names;
    for (int i = 0; i < res.countryLabels.size(); ++i) {
        names << res.countryLabels[i].text;
        for (int j = i + 1; j < res.countryLabels.size(); ++j)
            CHECK_FALSE(res.countryLabels[i].rect.intersects(res.countryLabels[j].rect));
    }
    CHECK(names.contains(QStringLiteral("Germany")));
    const auto box = BasemapLayer::countryBounds(QStringLiteral("mongolia"));
    REQUIRE(box.has_value());
    CHECK(box->contains(QGeoCoordinate(47.9, 106.9)));
    CHECK_FALSE(BasemapLayer::countryBounds(QStringLiteral("Atlantis")).has_value());
}
