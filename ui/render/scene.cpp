// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "scene.h"

#include "geo/webmercator.h"

namespace atlas {

Scene::Scene(QList<SceneHotspot> hotspots)
{
    setHotspots(std::move(hotspots));
}

QList<SceneHotspot> sceneHotspots(const QList<Report> &reports)
{
    QList<SceneHotspot> list;
    for (const Report &r : reports) {
        for (const Hotspot &h : r.hotspots)
            list.append({h, r.country, r.title, r.source, r.period});
    }
    return list;
}

Scene Scene::fromReports(const QList<Report> &reports)
{
    return Scene(sceneHotspots(reports));
}

void Scene::setHotspots(QList<SceneHotspot> hotspots)
{
    m_hotspots = std::move(hotspots);
    std::vector<ClusterIndex::Point> points;
    points.reserve(m_hotspots.size());
    for (int i = 0; i < int(m_hotspots.size()); ++i) {
        const Hotspot &h = m_hotspots.at(i).hotspot;
        if (h.isPlaced())
            points.push_back({WebMercator::project(h.coordinate), std::clamp(h.intensity, 1, 3), i});
    }
    m_clusters = std::make_shared<ClusterIndex>(points);
    m_selection.clear();
    m_hovered = -1;
}

QList<QGeoCoordinate> Scene::placedCoordinates() const
{
    QList<QGeoCoordinate> out;
    for (const SceneHotspot &h : m_hotspots) {
        if (h.hotspot.isPlaced())
            out.append(h.hotspot.coordinate);
    }
    return out;
}

} // namespace atlas
