// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "tileid.h"

#include <algorithm>
#include <cmath>

namespace atlas {

bool TileId::isValid() const
{
    if (z < 0 || z > 30)
        return false;
    const int n = 1 << z;
    return x >= 0 && x < n && y >= 0 && y < n;
}

QString TileId::toString() const
{
    return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y);
}

namespace Tiles {

int tileZoomFor(double viewportZoom, int minZoom, int maxZoom)
{
    if (!std::isfinite(viewportZoom))
        return minZoom;
    return std::clamp(int(std::lround(viewportZoom)), minZoom, maxZoom);
}

QRectF screenRect(const Viewport &v, int z, int x, int y)
{
    // A tile at level z is 256 * 2^(zoom - z) logical pixels on screen.
    const double size = WebMercator::tileSize * std::exp2(v.zoom() - z);
    const QPointF topLeft = v.worldToScreen(QPointF(x * size, y * size));
    return QRectF(topLeft, QSizeF(size, size));
}

namespace {
constexpr qint64 maxTilesPerView = 4096;
}

QList<TilePlacement> covering(const Viewport &v, int z)
{
    QList<TilePlacement> out;
    if (z < 0 || z > 30 || v.size().isEmpty())
        return out;
    const double size = WebMercator::tileSize * std::exp2(v.zoom() - z);
    const QPointF tl = v.screenToWorld(QPointF(0, 0)) / size;
    const QPointF br = v.screenToWorld(QPointF(v.size().width(), v.size().height())) / size;
    const int n = 1 << z;
    const int x0 = int(std::floor(tl.x()));
    const int x1 = int(std::ceil(br.x())) - 1;
    const int y0 = std::max(0, int(std::floor(tl.y())));
    const int y1 = std::min(n - 1, int(std::ceil(br.y())) - 1);
    // A level far above the view zoom would need millions of tiles: refuse rather than stall.
    if (y1 < y0 || qint64(x1 - x0 + 1) * qint64(y1 - y0 + 1) > maxTilesPerView)
        return out;
    // Centre tile (fractional) for ordering.
    const QPointF c = v.centerWorldPixel() / size;
    struct Item
    {
        double d;
        TilePlacement p;
    };
    std::vector<Item> items;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const int wx = ((x % n) + n) % n;
            const double dx = x + 0.5 - c.x(), dy = y + 0.5 - c.y();
            items.push_back({dx * dx + dy * dy, {TileId{z, wx, y}, screenRect(v, z, x, y)}});
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.d < b.d; });
    out.reserve(qsizetype(items.size()));
    for (const Item &i : items)
        out.append(i.p);
    return out;
}

QList<TilePlacement> covering(const Viewport &v)
{
    return covering(v, tileZoomFor(v.zoom()));
}

QString expandUrl(const QString &urlTemplate, const TileId &t, const QStringList &subdomains)
{
    QString url = urlTemplate;
    if (url.contains(QLatin1String("{s}"))) {
        const QString s = subdomains.isEmpty()
                              ? QString()
                              : subdomains.at(qsizetype((unsigned(t.x) + unsigned(t.y)) % unsigned(subdomains.size())));
        url.replace(QLatin1String("{s}"), s);
    }
    url.replace(QLatin1String("{z}"), QString::number(t.z));
    url.replace(QLatin1String("{x}"), QString::number(t.x));
    url.replace(QLatin1String("{-y}"), QString::number(t.tmsY()));
    url.replace(QLatin1String("{y}"), QString::number(t.y));
    return url;
}

} // namespace Tiles

} // namespace atlas
