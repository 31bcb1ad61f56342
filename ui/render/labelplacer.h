// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

namespace atlas {

// Greedy label placement without overlaps: obstacles and placed labels go into a uniform grid
// over the bounds, each label tries a few candidate positions around its anchor and takes the
// first free one. A frame with 10k markers adds 10k obstacles, so the grid is flat vectors.
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF &bounds, double cellSize = 32.0);

    // Area no label may cover (markers, legend, ...).
    void addObstacle(const QRectF &rect);
    bool isFree(const QRectF &rect) const;

    // Tries a label of size around a circle of radius at anchor: right, left, above, below.
    // Returns the rect taken, or an empty rect when every position collides.
    QRectF placeBeside(const QPointF &anchor, double radius, const QSizeF &size);
    // Tries a label centred on anchor (country names).
    QRectF placeCentred(const QPointF &anchor, const QSizeF &size);

private:
    struct CellRange
    {
        int x0, y0, x1, y1;
    };
    bool tryTake(const QRectF &rect);
    CellRange cellsOf(const QRectF &rect) const; // clamped to the grid

    QRectF m_bounds;
    double m_cell;
    int m_columns, m_rows;
    std::vector<QRectF> m_rects;
    std::vector<std::vector<int>> m_grid; // row-major cells -> indices into m_rects
};

} // namespace atlas
