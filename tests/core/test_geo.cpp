// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "geo/viewport.h"

#include <catch2/catch.hpp>

using atlas::Viewport;
namespace WM = atlas::WebMercator;

namespace {
constexpr double eps = 1e-6;

bool near(const QPointF &a, const QPointF &b, double tol = 1e-6)
{
    return std::abs(a.x() - b.x()) <= tol && std::abs(a.y() - b.y()) <= tol;
}
} // namespace

TEST_CASE("Web Mercator known values and round trips", "[geo]")
{
    CHECK(near(WM::toWorldPixels(QGeoCoordinate(0, 0), 0), QPointF(128, 128)));
    CHECK(near(WM::toWorldPixels(QGeoCoordinate(0, 0), 1), QPointF(256, 256)));
    CHECK(near(WM::toWorldPixels(QGeoCoordinate(WM::maxLatitude, -180), 3), QPointF(0, 0), 1e-6));
    CHECK(near(WM::toWorldPixels(QGeoCoordinate(-WM::maxLatitude, 180), 0), QPointF(256, 256), 1e-6));

    const QList<QGeoCoordinate> samples{{41.7151, 44.8271}, {47.9184, 106.9177}, {-18.1416, 178.4419},
                                        {-13.8333, -171.7500}, {60.0, -150.0}, {-80.0, 10.0}};
    for (const QGeoCoordinate &c : samples) {
        for (double z : {0.0, 3.5, 12.0, 19.0}) {
            const QGeoCoordinate back = WM::fromWorldPixels(WM::toWorldPixels(c, z), z);
            CHECK(back.latitude() == Approx(c.latitude()).margin(1e-9));
            CHECK(back.longitude() == Approx(c.longitude()).margin(1e-9));
        }
    }
}

TEST_CASE("Viewport maps the centre to the middle of the screen and back", "[geo]")
{
    const Viewport v(QGeoCoordinate(47.9, 106.9), 6.25, QSize(1000, 700));
    CHECK(near(v.geoToScreen(v.center()), QPointF(500, 350)));
    CHECK(near(v.centerWorldPixel(), WM::toWorldPixels(QGeoCoordinate(47.9, 106.9), 6.25)));

    const QList<QPointF> screens{{0, 0}, {1000, 700}, {123.5, 456.25}, {999, 1}};
    for (const QPointF &p : screens) {
        const QGeoCoordinate g = v.screenToGeo(p);
        CHECK(near(v.geoToScreen(g), p, 1e-6));
        CHECK(near(v.worldToScreen(v.screenToWorld(p)), p, 1e-9));
    }
    // One zoom level doubles distances on screen.
    Viewport v2 = v;
    v2.setZoom(7.25);
    const QGeoCoordinate east(47.9, 107.9);
    CHECK((v2.geoToScreen(east).x() - 500) == Approx(2 * (v.geoToScreen(east).x() - 500)));
    // North is up.
    CHECK(v.geoToScreen(QGeoCoordinate(48.9, 106.9)).y() < 350);
}

TEST_CASE("Viewport setters clamp zoom and fold the centre", "[geo]")
{
    Viewport v;
    v.setZoom(25);
    CHECK(v.zoom() == 19);
    v.setZoom(-3);
    CHECK(v.zoom() == 0);
    v.setCenter(QGeoCoordinate(89.9, 170));
    CHECK(v.center().latitude() == Approx(WM::maxLatitude));
    CHECK(v.center().longitude() == Approx(170));
    v.setCenter(QGeoCoordinate()); // invalid: ignored
    CHECK(v.center().longitude() == Approx(170));
    // Off-world world pixels unproject to wrapped, valid coordinates.
    const QGeoCoordinate off = WM::unproject(QPointF(1.25, 0.5));
    CHECK(off.isValid());
    CHECK(off.longitude() == Approx(-90));
    CHECK(WM::wrapLongitude(540) == Approx(-180));
    CHECK(WM::wrapLongitude(-181) == Approx(179));
    v.setDevicePixelRatio(0);
    CHECK(v.devicePixelRatio() == 1.0);
}

TEST_CASE("zoomAt keeps the geo point under the cursor", "[geo]")
{
    Viewport v(QGeoCoordinate(42.0, 44.0), 5, QSize(800, 600));
    const QPointF cursor(650, 120);
    const QGeoCoordinate under = v.screenToGeo(cursor);
    for (double delta : {1.0, 0.37, -2.5, 3.0}) {
        v.zoomAt(delta, cursor);
        CHECK(near(v.geoToScreen(under), cursor, 1e-6));
    }
    CHECK(v.zoom() == Approx(5 + 1 + 0.37 - 2.5 + 3));
    // Zooming at the centre leaves the centre where it was.
    const QGeoCoordinate c = v.center();
    v.zoomAt(1, QPointF(400, 300));
    CHECK(v.center().latitude() == Approx(c.latitude()).margin(1e-9));
    CHECK(v.center().longitude() == Approx(c.longitude()).margin(1e-9));
    // Hitting the zoom limit still keeps the anchor.
    const QGeoCoordinate under2 = v.screenToGeo(QPointF(10, 590));
    v.zoomAt(50, QPointF(10, 590));
    CHECK(v.zoom() == 19);
    CHECK(near(v.geoToScreen(under2), QPointF(10, 590), 1e-5));
}

TEST_CASE("zoomAt across the date line keeps the anchor", "[geo]")
{
    Viewport v(QGeoCoordinate(-16, 179), 4, QSize(800, 600));
    const QPointF cursor(780, 300); // east of the date line
    const QGeoCoordinate under = v.screenToGeo(cursor);
    CHECK(under.longitude() < 0);
    v.zoomAt(1.5, cursor);
    CHECK(near(v.geoToScreen(under), cursor, 1e-6));
}

TEST_CASE("panByPixels moves the content with the drag", "[geo]")
{
    Viewport v(QGeoCoordinate(30, 10), 4, QSize(800, 600));
    const QPointF p(200, 200);
    const QGeoCoordinate g = v.screenToGeo(p);
    v.panByPixels(QPointF(35, -20));
    CHECK(near(v.geoToScreen(g), p + QPointF(35, -20), 1e-6));

    // Panning east past the date line wraps the centre longitude.
    Viewport w(QGeoCoordinate(0, 179), 2, QSize(800, 600));
    w.panByPixels(QPointF(-w.worldSize() * 2 / 360.0, 0)); // drag left = look east by 2 degrees
    CHECK(w.center().longitude() == Approx(-179).margin(1e-9));
}

TEST_CASE("A view centred on lng 179 shows lng -179 just to the right", "[geo]")
{
    const Viewport v(QGeoCoordinate(0, 179), 5, QSize(800, 600));
    const double degPx = v.worldSize() / 360.0;
    const QPointF east = v.geoToScreen(QGeoCoordinate(0, -179));
    CHECK(east.x() == Approx(400 + 2 * degPx));
    const QPointF west = v.geoToScreen(QGeoCoordinate(0, 177));
    CHECK(west.x() == Approx(400 - 2 * degPx));
    // And from the other side.
    const Viewport u(QGeoCoordinate(0, -179), 5, QSize(800, 600));
    CHECK(u.geoToScreen(QGeoCoordinate(0, 179)).x() == Approx(400 - 2 * degPx));
    // screenToGeo answers longitudes in [-180, 180].
    const QGeoCoordinate g = v.screenToGeo(QPointF(400 + 2 * degPx, 300));
    CHECK(g.longitude() == Approx(-179));
    CHECK(g.isValid());
}

TEST_CASE("bounds and visible world copies", "[geo]")
{
    const Viewport v(QGeoCoordinate(0, 0), 3, QSize(512, 512)); // world is 2048 px
    const QGeoRectangle b = v.bounds();
    CHECK(b.topLeft().longitude() == Approx(-45));
    CHECK(b.bottomRight().longitude() == Approx(45));
    CHECK(b.topLeft().latitude() == Approx(-b.bottomRight().latitude()));
    CHECK(v.visibleWorldCopies() == QList<int>{0});

    const Viewport d(QGeoCoordinate(0, 180), 3, QSize(512, 512));
    const QGeoRectangle db = d.bounds();
    CHECK(db.topLeft().longitude() == Approx(135));
    CHECK(db.bottomRight().longitude() == Approx(-135));
    CHECK(db.contains(QGeoCoordinate(0, 179.5)));
    CHECK(db.contains(QGeoCoordinate(0, -179.5)));
    CHECK_FALSE(db.contains(QGeoCoordinate(0, 0)));
    CHECK(d.visibleWorldCopies() == QList<int>{-1, 0});
    // The normalised point at lng -170 is drawn on copy 0 at the right of the screen.
    const QPointF n = WM::project(0, -170);
    const QPointF s0 = d.normalizedToScreen(n);
    CHECK((s0.x() + d.worldSize() * 0) == Approx(d.geoToScreen(QGeoCoordinate(0, -170)).x()));

    const Viewport wide(QGeoCoordinate(0, 0), 0, QSize(1200, 400)); // world 256 px wide
    const QGeoRectangle wb = wide.bounds();
    CHECK(wb.topLeft().longitude() == -180);
    CHECK(wb.bottomRight().longitude() == 180);
    // Screen x 0..1200 is world x -472..728: copies -2 (from -512) to 2 (up to 768).
    CHECK(wide.visibleWorldCopies() == QList<int>{-2, -1, 0, 1, 2});
}

TEST_CASE("fitting shows all points inside the margin", "[geo]")
{
    const QSize size(1000, 800);
    const double margin = 48;
    const QList<QGeoCoordinate> caucasus{{41.7151, 44.8271}, {40.1792, 44.4991}, {40.4093, 49.8671},
                                         {43.0, 41.0}};
    const Viewport v = Viewport::fitting(caucasus, size, margin);
    bool touches = false;
    for (const QGeoCoordinate &c : caucasus) {
        const QPointF p = v.geoToScreen(c);
        CHECK(p.x() >= margin - eps);
        CHECK(p.x() <= size.width() - margin + eps);
        CHECK(p.y() >= margin - eps);
        CHECK(p.y() <= size.height() - margin + eps);
        touches = touches || std::abs(p.x() - margin) < 1e-3 || std::abs(p.y() - margin) < 1e-3;
    }
    CHECK(touches); // as large as possible: the limiting extent reaches the margin
    CHECK(v.zoom() > 5);
    CHECK(v.zoom() < 8);
}

TEST_CASE("fitting a set across the date line takes the narrow span", "[geo]")
{
    // Fiji (Suva), Samoa (Apia), Tonga (Nuku'alofa), Wallis.
    const QList<QGeoCoordinate> pacific{{-18.1416, 178.4419}, {-13.8333, -171.75},
                                        {-21.1394, -175.2049}, {-13.28, -176.17}};
    const QSize size(900, 600);
    const Viewport v = Viewport::fitting(pacific, size, 40);
    // Centre between 178.44E and 171.75W, i.e. near 176.65W.
    CHECK(v.center().longitude() == Approx(-176.65).margin(0.01));
    CHECK(v.zoom() > 4); // ~10 degrees wide, not the whole world
    for (const QGeoCoordinate &c : pacific) {
        const QPointF p = v.geoToScreen(c);
        CHECK(p.x() >= 40 - eps);
        CHECK(p.x() <= 900 - 40 + eps);
        CHECK(p.y() >= 40 - eps);
        CHECK(p.y() <= 600 - 40 + eps);
    }
    // Fiji is to the left of Samoa on screen.
    CHECK(v.geoToScreen(pacific[0]).x() < v.geoToScreen(pacific[1]).x());
}

TEST_CASE("fitting a single point or nothing", "[geo]")
{
    const QGeoCoordinate ub(47.9184, 106.9177);
    const Viewport one = Viewport::fitting({ub}, QSize(640, 480), 48, 10);
    CHECK(one.zoom() == 10);
    CHECK(one.center().latitude() == Approx(ub.latitude()));
    CHECK(one.center().longitude() == Approx(ub.longitude()));
    CHECK(near(one.geoToScreen(ub), QPointF(320, 240), 1e-6));

    const Viewport same = Viewport::fitting({ub, ub, QGeoCoordinate()}, QSize(640, 480), 48, 30);
    CHECK(same.zoom() == 19); // maxZoom beyond the projection limit is clamped

    const Viewport none = Viewport::fitting({}, QSize(640, 480));
    CHECK(none.size() == QSize(640, 480));
    CHECK(none.zoom() == 2);

    // The whole world at a small size clamps at zoom 0.
    const Viewport world = Viewport::fitting({{80, -179}, {-80, 0}, {0, 179}, {10, 90}, {10, -90}},
                                             QSize(200, 200));
    CHECK(world.zoom() == 0);
}
