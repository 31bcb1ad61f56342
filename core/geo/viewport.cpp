// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "viewport.h"

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

using WebMercator::wrapLongitude;

QPointF halfSize(QSize s) { return {s.width() / 2.0, s.height() / 2.0}; }

} // namespace

Viewport::Viewport(const QGeoCoordinate &center, double zoom, QSize size, double devicePixelRatio)
    : m_size(size)
{
    setCenter(center);
    setZoom(zoom);
    setDevicePixelRatio(devicePixelRatio);
}

void Viewport::setCenter(const QGeoCoordinate &c)
{
    if (c.isValid())
        setCenterLatLng(c.latitude(), c.longitude());
}

void Viewport::setCenterLatLng(double lat, double lng)
{
    if (!std::isfinite(lat))
        lat = 0.0;
    m_center = QGeoCoordinate(std::clamp(lat, -WebMercator::maxLatitude, WebMercator::maxLatitude),
                              wrapLongitude(lng));
}

void Viewport::setCenterWorldPixel(const QPointF &worldPixel)
{
    const QPointF n = worldPixel / worldSize();
    setCenterLatLng(WebMercator::unprojectLatitude(n.y()), WebMercator::unprojectLongitude(n.x()));
}

void Viewport::setZoom(double z)
{
    if (!std::isfinite(z))
        return;
    m_zoom = std::clamp(z, WebMercator::minZoom, WebMercator::maxZoom);
}

QPointF Viewport::centerWorldPixel() const
{
    return WebMercator::toWorldPixels(m_center, m_zoom);
}

QPointF Viewport::worldToScreen(const QPointF &worldPixel) const
{
    return worldPixel - centerWorldPixel() + halfSize(m_size);
}

QPointF Viewport::screenToWorld(const QPointF &p) const
{
    return p - halfSize(m_size) + centerWorldPixel();
}

QPointF Viewport::geoToScreen(const QGeoCoordinate &c) const
{
    QPointF w = WebMercator::toWorldPixels(c, m_zoom);
    // Pick the copy of the world whose x is nearest the centre: lng 179 and -179 are neighbours.
    const double ws = worldSize();
    const double cx = centerWorldPixel().x();
    w.rx() -= std::round((w.x() - cx) / ws) * ws;
    return worldToScreen(w);
}

QGeoCoordinate Viewport::screenToGeo(const QPointF &p) const
{
    return WebMercator::fromWorldPixels(screenToWorld(p), m_zoom);
}

QPointF Viewport::normalizedToScreen(const QPointF &n) const
{
    return worldToScreen(n * worldSize());
}

QList<int> Viewport::visibleWorldCopies() const
{
    const double ws = worldSize();
    const double left = screenToWorld(QPointF(0, 0)).x();
    const double right = screenToWorld(QPointF(m_size.width(), 0)).x();
    QList<int> copies;
    for (int k = int(std::floor(left / ws)); k * ws < right; ++k)
        copies.append(k);
    if (copies.isEmpty())
        copies.append(0);
    return copies;
}

void Viewport::zoomAt(double delta, const QPointF &screenAnchor)
{
    // Normalised mercator point under the anchor; kept unwrapped so the anchor stays put even
    // when it lies on a neighbouring copy of the world.
    const QPointF anchorNorm = screenToWorld(screenAnchor) / worldSize();
    setZoom(m_zoom + delta);
    const QPointF newCenterWorld = anchorNorm * worldSize() - (screenAnchor - halfSize(m_size));
    setCenterWorldPixel(newCenterWorld);
}

void Viewport::panByPixels(const QPointF &delta)
{
    setCenterWorldPixel(centerWorldPixel() - delta);
}

QGeoRectangle Viewport::bounds() const
{
    const double ws = worldSize();
    const QPointF tl = screenToWorld(QPointF(0, 0)) / ws;
    const QPointF br = screenToWorld(QPointF(m_size.width(), m_size.height())) / ws;
    const double top = WebMercator::unprojectLatitude(std::max(tl.y(), 0.0));
    const double bottom = WebMercator::unprojectLatitude(std::min(br.y(), 1.0));
    if (br.x() - tl.x() >= 1.0)
        return QGeoRectangle(QGeoCoordinate(top, -180.0), QGeoCoordinate(bottom, 180.0));
    const double west = wrapLongitude(WebMercator::unprojectLongitude(tl.x()));
    double east = wrapLongitude(WebMercator::unprojectLongitude(br.x()));
    if (east == -180.0)
        east = 180.0; // right edge exactly on the date line
    return QGeoRectangle(QGeoCoordinate(top, west), QGeoCoordinate(bottom, east));
}

Viewport Viewport::fitting(const QList<QGeoCoordinate> &coords, QSize size, double margin,
                           double maxZoom, double devicePixelRatio)
{
    QList<double> lngs;
    double minY = 1.0, maxY = 0.0;
    for (const QGeoCoordinate &c : coords) {
        if (!c.isValid())
            continue;
        lngs.append(wrapLongitude(c.longitude()));
        const double y = WebMercator::project(c).y();
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
    }
    if (lngs.isEmpty())
        return Viewport(QGeoCoordinate(0, 0), 2, size, devicePixelRatio);

    // The covered longitude span is the circle minus its largest gap between neighbours, so a
    // set around Fiji/Samoa (178E..171W) spans ~11 degrees, not ~349.
    std::sort(lngs.begin(), lngs.end());
    double largestGap = lngs.first() + 360.0 - lngs.last(); // gap across the date line
    double west = lngs.first();
    for (qsizetype i = 1; i < lngs.size(); ++i) {
        const double gap = lngs[i] - lngs[i - 1];
        if (gap > largestGap) {
            largestGap = gap;
            west = lngs[i];
        }
    }
    const double spanDeg = 360.0 - largestGap;
    const double centerLng = wrapLongitude(west + spanDeg / 2.0);
    const double centerY = (minY + maxY) / 2.0;
    const QGeoCoordinate center(WebMercator::unproject(QPointF(0.5, centerY)).latitude(), centerLng);

    const double availW = std::max(1.0, size.width() - 2.0 * margin);
    const double availH = std::max(1.0, size.height() - 2.0 * margin);
    const double spanX = spanDeg / 360.0;
    const double spanY = maxY - minY;
    double zoom = std::min(maxZoom, WebMercator::maxZoom);
    if (spanX > 0)
        zoom = std::min(zoom, std::log2(availW / (spanX * WebMercator::tileSize)));
    if (spanY > 0)
        zoom = std::min(zoom, std::log2(availH / (spanY * WebMercator::tileSize)));
    return Viewport(center, std::max(zoom, WebMercator::minZoom), size, devicePixelRatio);
}

} // namespace atlas
