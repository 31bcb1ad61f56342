// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "geo/viewport.h"
#include "renderoptions.h"

#include <QGeoRectangle>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

class QPainter;

namespace atlas {

struct CountryLabelAnchor
{
    QString name;
    QPointF position; // logical screen pixels
};

// Sea, land and borders of the bundled basemap. Raster targets get a cached opaque layer image:
// a zoom, theme or pixel-ratio change paints just the view; the first pan past it grows the
// layer by a margin, copying what it had and painting only the new strips, so later small pans
// are blits. Vector targets get paths every time.
class BasemapLayer
{
public:
    // interactive: during a zoom animation a cached layer of a nearby zoom may be drawn scaled
    // instead of re-rendered (a little soft, repainted sharp when the animation ends).
    void paint(QPainter &painter, const Viewport &viewport, Theme theme, bool raster, double dpr,
               bool interactive = false);
    // Country label anchors inside the view, most important first.
    QList<CountryLabelAnchor> labelAnchors(const Viewport &viewport) const;
    // Prepares the basemap data of the next zoom level on the thread pool when it is of another
    // resolution (the interactive map calls this as the view changes; exports need not), and
    // whether a zoom's data is ready.
    static void preloadAround(double zoom);
    static bool isPrepared(double zoom);
    // Bounds of a country of the basemap by name (case-insensitive), for "fit to country".
    static std::optional<QGeoRectangle> countryBounds(const QString &name);
    int cacheMisses() const { return m_cacheMisses; }
    int scaledBlits() const { return m_scaledBlits; }
    // Pans past the cached area: the layer grows a margin, painting only what is new.
    int cacheExtensions() const { return m_cacheExtensions; }
    void clearCache() { m_cache = {}; }

private:
    struct Cache
    {
        QImage image;
        double zoom = -1;
        double dpr = 0;
        Theme theme = Theme::Light;
        QPointF origin; // world pixel of the image's top-left corner
    };
    void paintVector(QPainter &painter, const Viewport &viewport, Theme theme, const QRectF &worldRect);
    void renderCache(const Viewport &viewport, Theme theme, double dpr, const QRectF &area);
    void extendCache(const Viewport &viewport, const QRectF &view);
    void paintArea(const Viewport &viewport, const QRect &devicePixels);

    Cache m_cache;
    int m_cacheMisses = 0;
    int m_scaledBlits = 0;
    int m_cacheExtensions = 0;
};

} // namespace atlas
