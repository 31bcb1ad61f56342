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
    void panByPixels(const QPointF &delta);

    // Geographic bounds of the visible area (longitudes may exceed ±180 when wrapped).
    QGeoRectangle bounds() const;

    // Centre and zoom that show all coordinates with a margin in pixels; handles sets that
    // straddle the date line by choosing the narrower longitude span.
    static Viewport fitting(const QList<QGeoCoordinate> &coords, QSize size, double margin = 48,
                            double maxZoom = 12, double devicePixelRatio = 1.0);

    bool operator==(const Viewport &) const = default;

private:
    QGeoCoordinate m_center{0, 0};
    double m_zoom = 2;
    QSize m_size{800, 600};
    double m_dpr = 1.0;
};

} // namespace atlas
