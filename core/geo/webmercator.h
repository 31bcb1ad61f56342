// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QGeoCoordinate>
#include <QPointF>

#include <algorithm>
#include <cmath>

namespace atlas {

// Web Mercator (EPSG:3857) in "world pixels": at zoom z the world is 256 * 2^z pixels wide,
// x grows east from longitude -180, y grows south from latitude +85.0511.
namespace WebMercator {
inline constexpr double tileSize = 256.0;
inline constexpr double maxLatitude = 85.05112877980659;
inline constexpr double minZoom = 0.0;
inline constexpr double maxZoom = 19.0;

inline double worldSize(double zoom) { return tileSize * std::exp2(zoom); }

// Normalised [0,1) mercator coordinates, independent of zoom.
inline QPointF project(double lat, double lng)
{
    const double clampedLat = std::clamp(lat, -maxLatitude, maxLatitude);
    const double x = (lng + 180.0) / 360.0;
    const double s = std::sin(clampedLat * M_PI / 180.0);
    const double y = 0.5 - std::log((1.0 + s) / (1.0 - s)) / (4.0 * M_PI);
    return {x, y};
}
inline QPointF project(const QGeoCoordinate &c) { return project(c.latitude(), c.longitude()); }

// Longitude folded into [-180, 180); non-finite input gives 0.
inline double wrapLongitude(double lng)
{
    if (!std::isfinite(lng))
        return 0.0;
    double w = std::fmod(lng + 180.0, 360.0);
    if (w < 0)
        w += 360.0;
    return w - 180.0;
}

// Latitude of a normalised y (not clamped: y outside [0,1] gives |lat| above maxLatitude).
inline double unprojectLatitude(double y)
{
    return 90.0 - 360.0 * std::atan(std::exp((y - 0.5) * 2.0 * M_PI)) / M_PI;
}

// Unwrapped longitude of a normalised x: x = 1.5 gives 360, a point on the next world copy.
inline double unprojectLongitude(double x) { return x * 360.0 - 180.0; }

// Always a valid coordinate: x outside [0,1) lands on the wrapped longitude.
inline QGeoCoordinate unproject(const QPointF &n)
{
    const double x = n.x();
    const double lng = (x >= 0.0 && x <= 1.0) ? unprojectLongitude(x)
                                              : wrapLongitude(unprojectLongitude(x));
    return QGeoCoordinate(unprojectLatitude(n.y()), lng);
}

inline QPointF toWorldPixels(const QGeoCoordinate &c, double zoom)
{
    return project(c) * worldSize(zoom);
}
inline QGeoCoordinate fromWorldPixels(const QPointF &p, double zoom)
{
    return unproject(p / worldSize(zoom));
}

// Ground resolution in metres per (CSS) pixel at a latitude.
inline double metresPerPixel(double lat, double zoom)
{
    return std::cos(lat * M_PI / 180.0) * 2.0 * M_PI * 6378137.0 / worldSize(zoom);
}
} // namespace WebMercator

} // namespace atlas
