// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "basemaplayer.h"
#include "geo/viewport.h"
#include "markerpainter.h"
#include "renderoptions.h"
#include "scene.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

class QFontMetricsF;
class QPainter;

namespace atlas {

struct PlacedLabel
{
    int hotspot = -1; // scene index; -1 for a country name
    QString text;
    QRectF rect;      // logical screen pixels
};

// What a frame contains, for tests, hit-testing and tooltips.
struct RenderResult
{
    QList<MarkerItem> markers;
    QList<PlacedLabel> labels;        // hotspot labels
    QList<PlacedLabel> countryLabels; // country names
    QList<PlacedLabel> graticuleLabels; // degrees at the top and left edges
    QRectF legendRect, scaleBarRect, northArrowRect, attributionRect;
    QString scaleText;                // e.g. "200 km"
    double scaleBarPixels = 0;
    int tilesDrawn = 0, tilesMissing = 0;
};

// Scale bar: a round distance (1, 2 or 5 x 10^n metres) no longer than maxPixels.
struct ScaleBar
{
    double metres = 0;
    double pixels = 0;
    QString text;
    static ScaleBar forViewport(const Viewport &viewport, double maxPixels = 120);
};

// Graticule lines in a view at a round step (lines at least ~120 px apart).
struct Graticule
{
    struct Line
    {
        double degrees = 0;  // longitude wrapped to -180..180, or latitude
        double position = 0; // screen x of a meridian, y of a parallel
    };
    double step = 30;
    QList<Line> meridians, parallels;

    static Graticule forViewport(const Viewport &viewport);
    static double stepForZoom(double zoom);
    // "30°E", "15°S", "0°", "180°"; one decimal below a 1° step.
    static QString label(double degrees, bool latitude, double step);
};

// The one renderer of the map: widget, exports and CLI all call render(), so a snapshot shows
// exactly what the analyst saw. Keeps caches (basemap layer, marker sprites) between frames;
// not thread-safe, use one per thread.
class MapRenderer
{
public:
    MapRenderer();

    RenderResult render(QPainter &painter, const Viewport &viewport, const Scene &scene,
                        const RenderOptions &options = {});
    HitResult hitTest(const Viewport &viewport, const Scene &scene, const QPointF &p,
                      const RenderOptions &options = {}) const;

    // The part of a view not covered by legend, scale bar and footer (the whole view when it is
    // small), and a viewport that fits coordinates into it: exports and "fit" keep markers
    // out from under the furniture.
    static QRectF freeArea(QSize size, const RenderOptions &options);
    static Viewport fitToFreeArea(const QList<QGeoCoordinate> &coords, QSize size, const RenderOptions &options,
                                  double margin = 48, double maxZoom = 12, double devicePixelRatio = 1.0);

    BasemapLayer &basemap() { return m_basemap; }
    static double graticuleStep(double zoom) { return Graticule::stepForZoom(zoom); }

private:
    struct MeasuredText
    {
        QString text; // elided when it was too long
        double width = 0;
    };
    static MeasuredText measured(QHash<QString, MeasuredText> &cache, const QFontMetricsF &fm,
                                  const QString &text, double maxWidth = 0);
    void paintTiles(QPainter &p, const Viewport &v, const RenderOptions &o, RenderResult &r);
    void paintGraticule(QPainter &p, const Graticule &g, QSizeF size, const ThemePalette &pal);
    void paintLabels(QPainter &p, const QList<PlacedLabel> &labels, const QFont &font, const QColor &text,
                     const QColor &halo, bool raster, double dpr);
    QRectF paintLegend(QPainter &p, const QRectF &rect, Theme theme, const ThemePalette &pal);
    void paintScaleBar(QPainter &p, const QRectF &rect, const ScaleBar &bar, const ThemePalette &pal);
    void paintNorthArrow(QPainter &p, const QRectF &rect, const ThemePalette &pal);

    BasemapLayer m_basemap;
    MarkerPainter m_markers;
    QHash<QString, QImage> m_labelSprites; // rendered labels with halo, raster targets only
    QHash<QString, MeasuredText> m_labelTexts, m_countryTexts, m_graticuleTexts;
};

} // namespace atlas
