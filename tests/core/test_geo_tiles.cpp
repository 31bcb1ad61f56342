// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "geo/tileid.h"

#include <catch2/catch.hpp>

#include <QSet>

using atlas::TileId;
using atlas::TilePlacement;
using atlas::Viewport;
namespace Tiles = atlas::Tiles;

TEST_CASE("TileId validity, TMS flip and text", "[geo][tiles]")
{
    CHECK(TileId{0, 0, 0}.isValid());
    CHECK_FALSE(TileId{1, 2, 0}.isValid());
    CHECK_FALSE(TileId{2, 0, -1}.isValid());
    CHECK_FALSE(TileId{-1, 0, 0}.isValid());

    const TileId t{3, 5, 1};
    CHECK(t.tmsY() == 6);
    CHECK(TileId::fromTms(3, 5, 6) == t);
    CHECK(TileId{0, 0, 0}.tmsY() == 0);
    CHECK(TileId{10, 3, 0}.tmsY() == 1023);
    CHECK(t.toString() == QStringLiteral("3/5/1"));
    CHECK(qHash(t) != qHash(TileId{3, 1, 5}));
}

TEST_CASE("Integer tile zoom for a fractional view zoom", "[geo][tiles]")
{
    CHECK(Tiles::tileZoomFor(0) == 0);
    CHECK(Tiles::tileZoomFor(4.49) == 4);
    CHECK(Tiles::tileZoomFor(4.5) == 5);
    CHECK(Tiles::tileZoomFor(-1) == 0);
    CHECK(Tiles::tileZoomFor(22) == 19);
    CHECK(Tiles::tileZoomFor(12.7, 0, 10) == 10); // source limited to z10: upscale
    CHECK(Tiles::tileZoomFor(1.2, 3, 10) == 3);
}

TEST_CASE("Tile screen rects match the projection", "[geo][tiles]")
{
    const Viewport v(QGeoCoordinate(0, 0), 2, QSize(1024, 1024)); // world 1024 px, fills the screen
    const QRectF r = Tiles::screenRect(v, 2, 0, 0);
    CHECK(r == QRectF(0, 0, 256, 256));
    CHECK(Tiles::screenRect(v, TileId{2, 3, 3}) == QRectF(768, 768, 256, 256));
    // A fractional zoom scales the tile.
    const Viewport f(QGeoCoordinate(0, 0), 2.5, QSize(800, 600));
    CHECK(Tiles::screenRect(f, 2, 0, 0).width() == Approx(256 * std::sqrt(2.0)));
    // The tile's top-left corner is the projection of its north-west corner.
    const QGeoCoordinate nw = atlas::WebMercator::unproject(QPointF(1.0 / 4, 1.0 / 4));
    const QPointF p = f.geoToScreen(nw);
    CHECK(Tiles::screenRect(f, 2, 1, 1).topLeft().x() == Approx(p.x()));
    CHECK(Tiles::screenRect(f, 2, 1, 1).topLeft().y() == Approx(p.y()));
}

TEST_CASE("Tiles covering a viewport", "[geo][tiles]")
{
    const Viewport v(QGeoCoordinate(0, 0), 2, QSize(1024, 1024));
    const QList<TilePlacement> all = Tiles::covering(v);
    REQUIRE(all.size() == 16);
    QSet<TileId> ids;
    for (const TilePlacement &t : all) {
        ids.insert(t.id);
        CHECK(t.screenRect == Tiles::screenRect(v, t.id));
    }
    CHECK(ids.size() == 16);
    // Nearest the centre first: the four middle tiles.
    for (int i = 0; i < 4; ++i) {
        CHECK((all[i].id.x == 1 || all[i].id.x == 2));
        CHECK((all[i].id.y == 1 || all[i].id.y == 2));
    }

    // A small view in the middle of a tile needs only that tile.
    const Viewport small(atlas::WebMercator::unproject(QPointF(0.375, 0.375)), 2, QSize(100, 100));
    const QList<TilePlacement> one = Tiles::covering(small);
    REQUIRE(one.size() == 1);
    CHECK(one[0].id == TileId{2, 1, 1});
    CHECK(one[0].screenRect.contains(QPointF(50, 50)));
}

TEST_CASE("Covering wraps across the date line, keeping each copy's offset", "[geo][tiles]")
{
    const Viewport v(QGeoCoordinate(0, 180), 3, QSize(512, 256)); // world 2048 px
    const QList<TilePlacement> tiles = Tiles::covering(v);
    // Screen x 0..512 is world x 1792..2304: column 7 west of the date line, column 8 == 0
    // east of it; rows 3 and 4 either side of the equator.
    REQUIRE(tiles.size() == 4);
    QSet<TileId> ids;
    for (const TilePlacement &t : tiles) {
        CHECK(t.id.isValid());
        ids.insert(t.id);
        if (t.id.x == 7) {
            CHECK(t.screenRect.left() == Approx(0));
        } else {
            CHECK(t.id.x == 0);
            CHECK(t.screenRect.left() == Approx(256));
        }
    }
    CHECK(ids == QSet<TileId>{{3, 7, 3}, {3, 7, 4}, {3, 0, 3}, {3, 0, 4}});
    // Zoom 0 on a wide screen: the single tile appears once per world copy.
    const Viewport wide(QGeoCoordinate(0, 0), 0, QSize(1000, 256));
    const QList<TilePlacement> copies = Tiles::covering(wide);
    CHECK(copies.size() == wide.visibleWorldCopies().size());
    QSet<double> lefts;
    for (const TilePlacement &t : copies) {
        CHECK(t.id == TileId{0, 0, 0});
        lefts.insert(t.screenRect.left());
    }
    CHECK(lefts.size() == copies.size());
    CHECK(lefts.contains(500 - 128));
    CHECK(lefts.contains(500 - 128 + 256));
}

TEST_CASE("Covering skips rows beyond the poles and refuses absurd levels", "[geo][tiles]")
{
    const Viewport v(QGeoCoordinate(80, 0), 1, QSize(600, 600)); // shows space above the pole
    for (const TilePlacement &t : Tiles::covering(v))
        CHECK(t.id.isValid());
    CHECK(Tiles::covering(Viewport(QGeoCoordinate(0, 0), 0, QSize(800, 600)), 19).isEmpty());
    CHECK(Tiles::covering(Viewport(QGeoCoordinate(0, 0), 3, QSize(0, 0))).isEmpty());
}

TEST_CASE("URL template expansion", "[geo][tiles]")
{
    const TileId t{5, 17, 11};
    CHECK(Tiles::expandUrl(QStringLiteral("https://tiles.example/{z}/{x}/{y}.png"), t)
          == QStringLiteral("https://tiles.example/5/17/11.png"));
    CHECK(Tiles::expandUrl(QStringLiteral("tms/{z}/{x}/{-y}.png"), t) == QStringLiteral("tms/5/17/20.png"));
    // {s} is deterministic per tile and spreads neighbours over the list.
    const QString tpl = QStringLiteral("https://{s}.tile.example/{z}/{x}/{y}.png");
    const QString a = Tiles::expandUrl(tpl, t);
    CHECK(a == Tiles::expandUrl(tpl, t));
    CHECK(a == QStringLiteral("https://b.tile.example/5/17/11.png")); // (17 + 11) % 3 == 1
    QSet<QString> used;
    for (int x = 0; x < 3; ++x)
        used.insert(Tiles::expandUrl(tpl, TileId{5, x, 0}).section(QLatin1Char('.'), 0, 0));
    CHECK(used.size() == 3);
    CHECK(Tiles::expandUrl(tpl, t, {QStringLiteral("only")}) == QStringLiteral("https://only.tile.example/5/17/11.png"));
    CHECK(Tiles::expandUrl(tpl, t, {}) == QStringLiteral("https://.tile.example/5/17/11.png"));
}
