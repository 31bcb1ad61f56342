// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QGeoCoordinate>
#include <QObject>

namespace atlas {

// Centre and zoom shared by several maps (side-by-side compare): each bound MapWidget writes
// its changes here and follows the changes of the others. Sizes stay per widget.
class MapViewState : public QObject
{
    Q_OBJECT
public:
    explicit MapViewState(QObject *parent = nullptr);

    QGeoCoordinate center() const { return m_center; }
    double zoom() const { return m_zoom; }
    bool isSet() const { return m_set; }

public Q_SLOTS:
    void setView(const QGeoCoordinate &center, double zoom);

Q_SIGNALS:
    void viewChanged(const QGeoCoordinate &center, double zoom);

private:
    QGeoCoordinate m_center{0, 0};
    double m_zoom = 2;
    bool m_set = false;
};

} // namespace atlas
