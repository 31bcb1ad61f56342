// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointF>

namespace atlas {

class MapWidget;

// Mouse, wheel and keyboard input of a MapWidget, as an event filter: wheel zooms at the
// cursor, drag pans, double-click zooms in, click selects (or zooms into a cluster), hover
// shows the tool tip; + - arrows and Home (fit to hotspots) on the keyboard.
class MapInputController : public QObject
{
    Q_OBJECT
public:
    explicit MapInputController(MapWidget *map);

    static constexpr double wheelStep = 0.5;  // zoom levels per wheel notch
    static constexpr double keyPanPixels = 100;
    static constexpr double clickSlop = 4;    // pixels a press may move and still be a click

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MapWidget *m_map;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_pressed = false;
    bool m_dragging = false;
    double m_wheelRemainder = 0;
};

} // namespace atlas
