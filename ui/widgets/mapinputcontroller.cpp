// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "mapinputcontroller.h"

#include "mapwidget.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace atlas {

MapInputController::MapInputController(MapWidget *map) : QObject(map), m_map(map)
{
    map->installEventFilter(this);
}

bool MapInputController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_map)
        return false;
    switch (event->type()) {
    case QEvent::Wheel: {
        auto *e = static_cast<QWheelEvent *>(event);
        // Fine-grained wheels send fractions of a notch; sum them to whole steps of 1/8 notch.
        // Touchpads may only report pixels: 120 px count as one notch.
        const double delta = e->angleDelta().y() != 0 ? e->angleDelta().y() : e->pixelDelta().y();
        m_wheelRemainder += delta / 120.0;
        const double notches = std::trunc(m_wheelRemainder * 8) / 8;
        m_wheelRemainder -= notches;
        if (notches != 0)
            m_map->zoomAt(notches * wheelStep, e->position());
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() != Qt::LeftButton)
            return false;
        m_pressed = true;
        m_dragging = false;
        m_pressPos = m_lastPos = e->position();
        return true;
    }
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (!m_pressed) {
            m_map->hoverAt(e->position());
            return false;
        }
        if (!m_dragging && (e->position() - m_pressPos).manhattanLength() > clickSlop) {
            m_dragging = true;
            m_map->setCursor(Qt::ClosedHandCursor);
            m_map->panBy(e->position() - m_pressPos);
            m_lastPos = e->position();
        } else if (m_dragging) {
            m_map->panBy(e->position() - m_lastPos);
            m_lastPos = e->position();
        }
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() != Qt::LeftButton || !m_pressed)
            return false;
        m_pressed = false;
        if (m_dragging) {
            m_dragging = false;
            m_map->unsetCursor();
            return true;
        }
        const HitResult hit = m_map->hitTest(e->position());
        if (hit.kind == HitResult::Hotspot) {
            m_map->selectRow(hit.hotspot);
        } else if (hit.kind == HitResult::Cluster) {
            // Keep the cluster under the cursor and zoom until it splits.
            m_map->zoomAt(hit.expansionZoom - m_map->viewport().zoom(), hit.position);
        } else {
            m_map->selectRow(-1);
        }
        return true;
    }
    case QEvent::MouseButtonDblClick: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() != Qt::LeftButton)
            return false;
        m_map->zoomAt(1.0, e->position());
        return true;
    }
    case QEvent::KeyPress: {
        auto *e = static_cast<QKeyEvent *>(event);
        const QPointF centre(m_map->width() / 2.0, m_map->height() / 2.0);
        switch (e->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal: m_map->zoomAt(1.0, centre); return true;
        case Qt::Key_Minus: m_map->zoomAt(-1.0, centre); return true;
        // Arrows move the view: the map content moves the other way.
        case Qt::Key_Left: m_map->panBy(QPointF(keyPanPixels, 0)); return true;
        case Qt::Key_Right: m_map->panBy(QPointF(-keyPanPixels, 0)); return true;
        case Qt::Key_Up: m_map->panBy(QPointF(0, keyPanPixels)); return true;
        case Qt::Key_Down: m_map->panBy(QPointF(0, -keyPanPixels)); return true;
        case Qt::Key_Home: m_map->fitToHotspots(); return true;
        default: return false;
        }
    }
    case QEvent::Leave:
        m_map->hoverAt(QPointF(-1e6, -1e6));
        return false;
    default:
        return false;
    }
}

} // namespace atlas
