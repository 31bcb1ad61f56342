// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "labelplacer.h"

#include <algorithm>
#include <cmath>

namespace atlas {

LabelPlacer::LabelPlacer(const QRectF &bounds, double cellSize)
    : m_bounds(bounds),
      m_cell(cellSize),
      m_columns(std::max(1, int(std::ceil(bounds.width() / cellSize)))),
      m_rows(std::max(1, int(std::ceil(bounds.height() / cellSize)))),
      m_grid(size_t(m_columns) * size_t(m_rows))
{
}

LabelPlacer::CellRange LabelPlacer::cellsOf(const QRectF &r) const
{
    const auto cell = [this](double v, int n) { return std::clamp(int(std::floor(v / m_cell)), 0, n - 1); };
    return {cell(r.left() - m_bounds.left(), m_columns), cell(r.top() - m_bounds.top(), m_rows),
            cell(r.right() - m_bounds.left(), m_columns), cell(r.bottom() - m_bounds.top(), m_rows)};
}

void LabelPlacer::addObstacle(const QRectF &rect)
{
    if (!rect.intersects(m_bounds))
        return;
    const int i = int(m_rects.size());
    m_rects.push_back(rect);
    const CellRange c = cellsOf(rect);
    for (int y = c.y0; y <= c.y1; ++y) {
        for (int x = c.x0; x <= c.x1; ++x)
            m_grid[size_t(y) * size_t(m_columns) + size_t(x)].push_back(i);
    }
}

bool LabelPlacer::isFree(const QRectF &rect) const
{
    if (!rect.intersects(m_bounds))
        return true;
    const CellRange c = cellsOf(rect);
    for (int y = c.y0; y <= c.y1; ++y) {
        for (int x = c.x0; x <= c.x1; ++x) {
            for (int i : m_grid[size_t(y) * size_t(m_columns) + size_t(x)]) {
                if (m_rects[size_t(i)].intersects(rect))
                    return false;
            }
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
