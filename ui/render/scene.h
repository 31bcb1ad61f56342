// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "geo/cluster.h"
#include "report.h"

#include <QList>
#include <QSet>

#include <memory>

namespace atlas {

// A hotspot as drawn: the value from its report plus what the map shows about that report.
struct SceneHotspot
{
    Hotspot hotspot;
    QString country;
    QString reportTitle;
    QString reportSource;
    Period period;
};

// The hotspots of reports, in order, with their report's details.
QList<SceneHotspot> sceneHotspots(const QList<Report> &reports);

// What the map draws: hotspots (placed ones are clustered once, when set), selection, hover.
// Copies are cheap: the cluster index is shared.
class Scene
{
public:
    Scene() = default;
    explicit Scene(QList<SceneHotspot> hotspots);
    static Scene fromReports(const QList<Report> &reports);

    void setHotspots(QList<SceneHotspot> hotspots);
    const QList<SceneHotspot> &hotspots() const { return m_hotspots; }
    int size() const { return int(m_hotspots.size()); }
    const SceneHotspot &at(int i) const { return m_hotspots.at(i); }
    QList<QGeoCoordinate> placedCoordinates() const;

    // Placed hotspots only; member ids are indices into hotspots().
    const ClusterIndex &clusters() const { return *m_clusters; }

    const QSet<int> &selection() const { return m_selection; }
    void setSelection(const QSet<int> &selection) { m_selection = selection; }
    bool isSelected(int i) const { return m_selection.contains(i); }
    int hovered() const { return m_hovered; }
    void setHovered(int i) { m_hovered = i; }

private:
    QList<SceneHotspot> m_hotspots;
    std::shared_ptr<const ClusterIndex> m_clusters = std::make_shared<ClusterIndex>();
    QSet<int> m_selection;
    int m_hovered = -1;
};

} // namespace atlas
