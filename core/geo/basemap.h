// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

namespace atlas {

// Natural Earth scale of the bundled basemap files (the value is the "m" in 1:N million).
enum class BasemapResolution { Low = 110, Medium = 50, High = 10 };

// One country of the basemap. Coordinates are normalised [0,1] Web Mercator (x east from
// lng -180, y south from lat +85.05), so a renderer only scales by the world size; the few
// shapes crossing the antimeridian (Fiji, Chukotka) reach slightly outside [0,1].
struct BasemapCountry
{
    QString name; // Natural Earth short name, e.g. "Mongolia", "Dem. Rep. Congo"
    QString id;   // ISO 3166-1 numeric as text ("496"), empty for a few territories
    QRectF bounds;
    // Outer rings and holes of all polygons; fill with Qt::OddEvenFill. Not closed explicitly.
    std::vector<std::vector<QPointF>> rings;
    QPointF labelPoint; // inside the largest polygon, far from its edges (pole of inaccessibility)
};

// A loaded basemap: countries, the borders between them (each stroked once) and coastlines.
// Cheap to copy (shared, immutable data); a default-constructed one is null.
class Basemap
{
public:
    using Resolution = BasemapResolution;
    using Line = std::vector<QPointF>;

    static constexpr char magic[4] = {'H', 'A', 'B', 'M'};
    static constexpr quint32 formatVersion = 2;

    Basemap() = default;

    // The bundled file of that resolution (Qt resource), loaded once and cached; thread-safe.
    // On failure the result is null and error() says why.
    static Basemap load(Resolution resolution);
    // The resolution suited to a view zoom: 110m below 3, 50m below 5, 10m above.
    static Resolution resolutionForZoom(double zoom);
    static Basemap forZoom(double zoom) { return load(resolutionForZoom(zoom)); }
    static QString resourcePath(Resolution resolution);

    // Parses the binary format; validates magic, version, counts against the size and every
    // index and coordinate. Never crashes on bad input; returns a null Basemap with error().
    static Basemap fromData(const QByteArray &data);
    static Basemap fromFile(const QString &path);

    bool isNull() const { return !m_data; }
    QString error() const { return m_error; }
    Resolution resolution() const;

    const std::vector<BasemapCountry> &countries() const;
    const std::vector<Line> &borders() const;    // shared by two countries
    const std::vector<Line> &coastlines() const; // outline of land, not on any border
    qsizetype pointCount() const;

    // Case-insensitive name ("mongolia"), ISO numeric id ("496"), or a unique name prefix
    // ("United States" -> "United States of America"). nullptr when nothing matches.
    const BasemapCountry *findCountry(const QString &nameOrId) const;
    // The country containing a normalised mercator point (x taken modulo 1), or nullptr.
    const BasemapCountry *countryAt(const QPointF &normalized) const;

    static QGeoRectangle geoBounds(const BasemapCountry &country);
    static QGeoCoordinate labelCoordinate(const BasemapCountry &country);

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
    QString m_error;
};

} // namespace atlas
