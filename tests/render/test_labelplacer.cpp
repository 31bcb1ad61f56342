// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "labelplacer.h"

#include <catch2/catch.hpp>

using namespace atlas;

TEST_CASE("label placer: obstacles block, free space takes, the bounds hold", "[labels]")
{
    LabelPlacer placer(QRectF(0, 0, 400, 300));
    placer.addObstacle(QRectF(100, 100, 20, 20)); // a marker
    CHECK_FALSE(placer.isFree(QRectF(110, 110, 50, 10)));
    CHECK(placer.isFree(QRectF(121, 100, 50, 10)));
    // Right of the marker first...
    const QRectF right = placer.placeBeside(QPointF(110, 110), 10, QSizeF(60, 14));
    CHECK(right == QRectF(123, 103, 60, 14));
    // ...then, with that taken, left of a marker at the same place.
    const QRectF left = placer.placeBeside(QPointF(110, 110), 10, QSizeF(60, 14));
    CHECK(left == QRectF(37, 103, 60, 14));
    CHECK(placer.placeBeside(QPointF(110, 110), 10, QSizeF(60, 14)) == QRectF(80, 83, 60, 14)); // above
    CHECK(placer.placeBeside(QPointF(110, 110), 10, QSizeF(60, 14)) == QRectF(80, 123, 60, 14)); // below
    CHECK(placer.placeBeside(QPointF(110, 110), 10, QSizeF(60, 14)).isNull()); // all four taken
    // Nothing leaves the bounds: at the right edge the label goes left.
    CHECK(placer.placeBeside(QPointF(390, 200), 6, QSizeF(60, 14)) == QRectF(321, 193, 60, 14));
    CHECK(placer.placeCentred(QPointF(5, 5), QSizeF(40, 10)).isNull());
}

TEST_CASE("label placer: obstacles spanning many cells and lying partly outside", "[labels]")
{
    LabelPlacer placer(QRectF(0, 0, 1000, 600), 32);
    placer.addObstacle(QRectF(-50, 250, 1100, 20)); // a band across every column
    for (double x : {0.0, 300.0, 900.0})
        CHECK_FALSE(placer.isFree(QRectF(x, 255, 80, 10)));
    CHECK(placer.isFree(QRectF(0, 271, 80, 10)));
    placer.addObstacle(QRectF(-100, -100, 50, 50)); // wholly outside: ignored
    CHECK(placer.isFree(QRectF(0, 0, 10, 10)));
    // Many obstacles in one cell: each is still found.
    for (int i = 0; i < 200; ++i)
        placer.addObstacle(QRectF(500 + (i % 20), 500 + (i / 20), 0.5, 0.5));
    CHECK_FALSE(placer.isFree(QRectF(519, 509, 1, 1)));
    CHECK(placer.isFree(QRectF(521, 500, 5, 5)));
}
