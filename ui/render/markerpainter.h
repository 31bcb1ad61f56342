// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "geo/cluster.h"
#include "geo/viewport.h"
#include "renderoptions.h"
#include "scene.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPointF>

class QPainter;

namespace atlas {

// One marker as laid out for a viewport: a single hotspot or a cluster of several.
struct MarkerItem
{
    QPointF position;      // logical screen pixels
    double radius = 0;     // outer radius including the outline
    int intensity = 1;     // single: its intensity; cluster: the most severe member's
    int count = 1;
    int hotspot = -1;      // scene index when count == 1
    ClusterRef cluster;
    bool selected = false; // the hotspot, or any member of the cluster, is selected
    bool hovered = false;

    bool isCluster() const { return count > 1; }
};

struct HitResult
{
    enum Kind { None, Hotspot, Cluster };
    Kind kind = None;
    int hotspot = -1;        // Hotspot: scene index
    ClusterRef cluster;      // Cluster: the node
    QList<int> members;      // Cluster: scene indices
    int expansionZoom = -1;  // Cluster: zoom at which it splits
    QPointF position;        // marker centre on screen
};

// Draws hotspot and cluster markers and hit-tests them with the same layout, so what is
// clicked is what is drawn. Colours: ColorBrewer YlOrRd (sequential, colour-blind safe).
class MarkerPainter
{
public:
    static QColor intensityColor(int intensity);
    static double markerRadius(int intensity); // fill radius, logical px
    static double clusterRadius(int count);
    static double outlineWidth() { return 1.5; }
    static QColor outlineColor(Theme theme);

    // Markers visible in the viewport in paint order (least severe first, selected last).
    // Unplaced hotspots never appear; each marker sits on the world copy nearest the centre.
    static QList<MarkerItem> layout(const Viewport &viewport, const Scene &scene, bool clustering = true);
    // Topmost marker under a screen point.
    static HitResult hitTest(const QList<MarkerItem> &items, const Scene &scene, const QPointF &p);
    static HitResult hitTest(const Viewport &viewport, const Scene &scene, const QPointF &p,
                             bool clustering = true);

    // Raster targets get cached sprites (crisp, aligned to device pixels); vector targets get
    // paths. dpr is device pixels per logical pixel on the target.
    void paint(QPainter &painter, const QList<MarkerItem> &items, Theme theme, bool raster, double dpr);
    void paintMarker(QPainter &painter, const MarkerItem &item, Theme theme) const;

    // Pre-rendered marker for raster targets: a single hotspot (count 1) or a cluster.
    QImage sprite(int intensity, bool selected, Theme theme, double dpr, int count = 1);

private:
    QHash<quint64, QImage> m_sprites;
};

} // namespace atlas
