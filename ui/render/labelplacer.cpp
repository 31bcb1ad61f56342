// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "labelplacer.h"

#include <cmath>

namespace atlas {

LabelPlacer::LabelPlacer(const QRectF &bounds, double cellSize) : m_bounds(bounds), m_cell(cellSize) {}

QList<qint64> LabelPlacer::cellsOf(const QRectF &r) const
{
    QList<qint64> cells;
    const int x0 = int(std::floor(r.left() / m_cell)), x1 = int(std::floor(r.right() / m_cell));
    const int y0 = int(std::floor(r.top() / m_cell)), y1 = int(std::floor(r.bottom() / m_cell));
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x)
            cells.append((qint64(y) << 32) ^ qint64(quint32(x)));
    }
    return cells;
}

void LabelPlacer::addObstacle(const QRectF &rect)
{
    if (!rect.intersects(m_bounds))
        return;
    const int i = int(m_rects.size());
    m_rects.append(rect);
    for (qint64 c : cellsOf(rect.intersected(m_bounds)))
        m_grid[c].append(i);
}

bool LabelPlacer::isFree(const QRectF &rect) const
{
    for (qint64 c : cellsOf(rect)) {
        const auto it = m_grid.constFind(c);
        if (it == m_grid.constEnd())
            continue;
        for (int i : *it) {
            if (m_rects.at(i).intersects(rect))
                return false;
        }
    }
    return true;
}

bool LabelPlacer::tryTake(const QRectF &rect)
{
    if (!m_bounds.contains(rect) || !isFree(rect))
        return false;
    addObstacle(rect);
    return true;
}

QRectF LabelPlacer::placeBeside(const QPointF &a, double radius, const QSizeF &s)
{
    const double gap = 3.0;
    const QRectF candidates[] = {
        QRectF(QPointF(a.x() + radius + gap, a.y() - s.height() / 2), s),
        QRectF(QPointF(a.x() - radius - gap - s.width(), a.y() - s.height() / 2), s),
        QRectF(QPointF(a.x() - s.width() / 2, a.y() - radius - gap - s.height()), s),
        QRectF(QPointF(a.x() - s.width() / 2, a.y() + radius + gap), s),
    };
    for (const QRectF &r : candidates) {
        if (tryTake(r))
            return r;
    }
    return {};
}

QRectF LabelPlacer::placeCentred(const QPointF &a, const QSizeF &s)
{
    const QRectF r(QPointF(a.x() - s.width() / 2, a.y() - s.height() / 2), s);
    return tryTake(r) ? r : QRectF();
}

} // namespace atlas
