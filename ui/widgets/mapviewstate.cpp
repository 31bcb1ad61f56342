// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "mapviewstate.h"

namespace atlas {

MapViewState::MapViewState(QObject *parent) : QObject(parent) {}

void MapViewState::setView(const QGeoCoordinate &center, double zoom)
{
    // Equal values end the ping-pong between bound widgets.
    if (m_set && center == m_center && zoom == m_zoom)
        return;
    m_center = center;
    m_zoom = zoom;
    m_set = true;
    Q_EMIT viewChanged(center, zoom);
}

} // namespace atlas
