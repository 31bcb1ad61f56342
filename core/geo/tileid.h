// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "viewport.h"

#include <QHashFunctions>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace atlas {

// One slippy-map tile in XYZ (Google/OSM) numbering: row 0 is the northernmost.
struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;

    bool isValid() const;
    // Row in TMS numbering (row 0 southernmost), as MBTiles stores it. Its own inverse.
    int tmsY() const { return (1 << z) - 1 - y; }
    static TileId fromTms(int z, int x, int tmsRow) { return TileId{z, x, (1 << z) - 1 - tmsRow}; }
    QString toString() const; // "z/x/y"

    bool operator==(const TileId &) const = default;
};

inline size_t qHash(const TileId &t, size_t seed = 0) noexcept
{
    return qHashMulti(seed, t.z, t.x, t.y);
}

// A tile to draw: its id (x already folded into 0..2^z-1) and where on screen it goes. Across
// the date line the same id appears once per visible world copy, with different rects.
struct TilePlacement
{
    TileId id;
    QRectF screenRect; // logical pixels
    bool operator==(const TilePlacement &) const = default;
};

namespace Tiles {
inline constexpr int maxZoom = 19;

// Integer tile zoom for a fractional viewport zoom: tiles are scaled down at most by a factor
// of 2^-0.5 and up by at most 2^0.5, i.e. the nearest level, clamped to [minZoom, maxZoom].
int tileZoomFor(double viewportZoom, int minZoom = 0, int maxZoom = Tiles::maxZoom);

// Screen rectangle of a tile (x may lie outside 0..2^z-1 to address another world copy).
QRectF screenRect(const Viewport &v, int z, int x, int y);
inline QRectF screenRect(const Viewport &v, const TileId &t) { return screenRect(v, t.z, t.x, t.y); }

// Tiles at level z (default: tileZoomFor(v.zoom())) covering the viewport, ordered from the
// centre outwards so the most useful ones are requested first. Rows outside the world are
// skipped; columns wrap modulo 2^z. Empty when z would need more than 4096 tiles.
QList<TilePlacement> covering(const Viewport &v, int z);
QList<TilePlacement> covering(const Viewport &v);

// Expands "{z}/{x}/{y}", "{-y}" (TMS row) and "{s}" in a URL template. The subdomain is chosen
// deterministically from the tile so that the browser-style cache sees one URL per tile.
QString expandUrl(const QString &urlTemplate, const TileId &t,
                  const QStringList &subdomains = {QStringLiteral("a"), QStringLiteral("b"),
                                                   QStringLiteral("c")});
} // namespace Tiles

} // namespace atlas
