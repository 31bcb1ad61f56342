// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "webmercator.h"

#include <QGeoRectangle>
#include <QRectF>
#include <QSize>

namespace atlas {

// What part of the world is shown, at which size: a plain value shared by the widget, exports
// and the CLI. Screen coordinates are logical (device-independent) pixels, origin top-left.
class Viewport
{
public:
    Viewport() = default;
    Viewport(const QGeoCoordinate &center, double zoom, QSize size, double devicePixelRatio = 1.0);

    QGeoCoordinate center() const { return m_center; }
    double zoom() const { return m_zoom; }
    QSize size() const { return m_size; }
    double devicePixelRatio() const { return m_dpr; }

    void setCenter(const QGeoCoordinate &c);
    void setZoom(double z); // clamped to [0, 19]
    void setSize(QSize s) { m_size = s; }
    void setDevicePixelRatio(double dpr) { m_dpr = dpr > 0 ? dpr : 1.0; }

    // World pixel of the viewport centre at the current zoom.
    QPointF centerWorldPixel() const;
    // Screen position of a coordinate; longitudes wrap to the copy of the world nearest the
    // centre, so a view across the date line shows both sides.
    QPointF geoToScreen(const QGeoCoordinate &c) const;
    QPointF worldToScreen(const QPointF &worldPixel) const;
    QGeoCoordinate screenToGeo(const QPointF &p) const;
    QPointF screenToWorld(const QPointF &p) const;

    // Zooms by delta keeping the geo position under screenAnchor fixed on screen.
    void zoomAt(double delta, const QPointF &screenAnchor);
    // Moves the map content by delta screen pixels, as a mouse drag does: the point that was at
    // p is afterwards at p + delta (centre latitude is clamped to the mercator limit).
    void panByPixels(const QPointF &delta);

    // World size in pixels (256 * 2^zoom) at the current zoom.
    double worldSize() const { return WebMercator::worldSize(m_zoom); }
    // Screen position of a normalised [0,1] mercator point (as stored in the basemap), without
    // wrapping; add k * worldSize() to x for copy k of the world.
    QPointF normalizedToScreen(const QPointF &n) const;
    // The world copies (..., -1, 0, 1, ...) that intersect the screen, so painters can draw the
    // basemap once per copy with an x offset of k * worldSize().
    QList<int> visibleWorldCopies() const;

    // Geographic bounds of the visible area. Across the date line topLeft().longitude() is
    // greater than bottomRight().longitude() (QGeoRectangle's convention); when the view is
    // wider than the world the longitudes span -180..180.
    QGeoRectangle bounds() const;

    // Centre and zoom that show all coordinates with a margin in pixels; handles sets that
    // straddle the date line by choosing the narrower longitude span.
    static Viewport fitting(const QList<QGeoCoordinate> &coords, QSize size, double margin = 48,
                            double maxZoom = 12, double devicePixelRatio = 1.0);

    bool operator==(const Viewport &) const = default;

private:
    // Takes raw (possibly out of range) values, clamps the latitude and wraps the longitude.
    void setCenterLatLng(double lat, double lng);
    void setCenterWorldPixel(const QPointF &worldPixel);

    QGeoCoordinate m_center{0, 0};
    double m_zoom = 2;
    QSize m_size{800, 600};
    double m_dpr = 1.0;
};

} // namespace atlas
