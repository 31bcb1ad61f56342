// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace atlas {

// Greedy label placement without overlaps: obstacles and placed labels go into a uniform grid,
// each label tries a few candidate positions around its anchor and takes the first free one.
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF &bounds, double cellSize = 64.0);

    // Area no label may cover (markers, legend, ...).
    void addObstacle(const QRectF &rect);
    bool isFree(const QRectF &rect) const;

    // Tries a label of size around a circle of radius at anchor: right, left, above, below.
    // Returns the rect taken, or an empty rect when every position collides.
    QRectF placeBeside(const QPointF &anchor, double radius, const QSizeF &size);
    // Tries a label centred on anchor (country names).
    QRectF placeCentred(const QPointF &anchor, const QSizeF &size);

private:
    bool tryTake(const QRectF &rect);
    QList<qint64> cellsOf(const QRectF &rect) const;

    QRectF m_bounds;
    double m_cell;
    QList<QRectF> m_rects;
    QHash<qint64, QList<int>> m_grid; // cell -> indices into m_rects
};

} // namespace atlas
