// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "placeholdermap.h"

#include "hotspottablemodel.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace atlas {

namespace {
QColor intensityColor(int intensity)
{
    switch (intensity) {
    case 3: return QColor(0xd3, 0x2f, 0x2f);
    case 2: return QColor(0xf5, 0x7c, 0x00);
    default: return QColor(0xfb, 0xc0, 0x2d);
    }
}
} // namespace

PlaceholderMap::PlaceholderMap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("map"));
    setAccessibleName(tr("Map"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setMouseTracking(false);
    m_viewport = Viewport(QGeoCoordinate(45, 70), 3, size());
}

void PlaceholderMap::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        const auto repaint = [this] { update(); };
        connect(model, &QAbstractItemModel::modelReset, this, repaint);
        connect(model, &QAbstractItemModel::layoutChanged, this, repaint);
        connect(model, &QAbstractItemModel::rowsInserted, this, repaint);
        connect(model, &QAbstractItemModel::rowsRemoved, this, repaint);
        connect(model, &QAbstractItemModel::dataChanged, this, repaint);
    }
    update();
}

void PlaceholderMap::setSelectionModel(QItemSelectionModel *selection)
{
    if (m_selection)
        m_selection->disconnect(this);
    m_selection = selection;
    if (selection)
        connect(selection, &QItemSelectionModel::selectionChanged, this, [this] { update(); });
    update();
}

void PlaceholderMap::setViewport(const Viewport &v)
{
    m_viewport = v;
    m_viewport.setSize(size());
    update();
    Q_EMIT viewportChanged(m_viewport);
}

void PlaceholderMap::fitToHotspots()
{
    QList<QGeoCoordinate> coords;
    if (m_model) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const auto c = m_model->index(r, 0).data(HotspotTableModel::CoordinateRole).value<QGeoCoordinate>();
            if (c.isValid())
                coords << c;
        }
    }
    if (coords.isEmpty())
        return;
    setViewport(Viewport::fitting(coords, size(), 56, 9));
}

void PlaceholderMap::setTheme(Theme theme)
{
    m_dark = theme == Theme::Dark;
    update();
}

QHash<int, QPointF> PlaceholderMap::markerPositions() const
{
    QHash<int, QPointF> out;
    if (!m_model)
        return out;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const auto c = m_model->index(r, 0).data(HotspotTableModel::CoordinateRole).value<QGeoCoordinate>();
        if (c.isValid())
            out.insert(r, m_viewport.geoToScreen(c));
    }
    return out;
}

int PlaceholderMap::rowAt(const QPointF &p) const
{
    int best = -1;
    double bestDist = 14.0;
    const auto positions = markerPositions();
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        const double d = std::hypot(it.value().x() - p.x(), it.value().y() - p.y());
        if (d <= bestDist) {
            best = it.key();
            bestDist = d;
        }
    }
    return best;
}

void PlaceholderMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor sea = m_dark ? QColor(0x1b, 0x26, 0x33) : QColor(0xdc, 0xe9, 0xf2);
    const QColor grid = m_dark ? QColor(0x33, 0x44, 0x55) : QColor(0xb8, 0xcc, 0xdb);
    const QColor text = m_dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x20, 0x20, 0x20);
    p.fillRect(rect(), sea);

    // Graticule, so position and zoom can be read without a basemap.
    const double step = m_viewport.zoom() < 4 ? 10 : m_viewport.zoom() < 6 ? 5 : 1;
    p.setPen(QPen(grid, 1));
    const QGeoRectangle b = m_viewport.bounds();
    for (double lng = std::floor(b.topLeft().longitude() / step) * step; lng <= b.bottomRight().longitude(); lng += step) {
        const double x = m_viewport.geoToScreen(QGeoCoordinate(0, lng)).x();
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
    for (double lat = std::floor(b.bottomRight().latitude() / step) * step; lat <= b.topLeft().latitude(); lat += step) {
        const double y = m_viewport.geoToScreen(QGeoCoordinate(lat, b.center().longitude())).y();
        p.drawLine(QPointF(0, y), QPointF(width(), y));
    }

    m_drawn = 0;
    if (m_model) {
        const auto positions = markerPositions();
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        p.setFont(f);
        // Unselected first, so a selected marker is never hidden under another.
        for (int pass = 0; pass < 2; ++pass) {
            for (auto it = positions.begin(); it != positions.end(); ++it) {
                const QModelIndex idx = m_model->index(it.key(), 0);
                const bool selected = m_selection && m_selection->isRowSelected(it.key(), {});
                if (selected != (pass == 1))
                    continue;
                const int intensity = idx.data(HotspotTableModel::IntensityRole).toInt();
                const double r = 4 + 2.5 * intensity;
                p.setPen(QPen(selected ? text : QColor(255, 255, 255, 220), selected ? 3 : 1.5));
                p.setBrush(intensityColor(intensity));
                p.drawEllipse(it.value(), r, r);
                // Labels are drawn as plain text by QPainter: never interpreted.
                const QString label = idx.data(Qt::DisplayRole).toString();
                const QPointF at = it.value() + QPointF(r + 3, 4);
                // A cheap halo: stroking text outlines costs milliseconds per label.
                p.setPen(sea);
                for (const QPointF d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
                    p.drawText(at + d, label);
                p.setPen(text);
                p.drawText(at, label);
                ++m_drawn;
            }
        }
    }
    p.setPen(text);
    p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignLeft | Qt::AlignBottom,
               tr("Placeholder map (graticule every %1°)").arg(step));
}

void PlaceholderMap::resizeEvent(QResizeEvent *)
{
    m_viewport.setSize(size());
}

void PlaceholderMap::mousePressEvent(QMouseEvent *e)
{
    m_pressPos = m_lastPos = e->position();
    m_dragging = false;
}

void PlaceholderMap::mouseMoveEvent(QMouseEvent *e)
{
    if (!(e->buttons() & Qt::LeftButton))
        return;
    if ((e->position() - m_pressPos).manhattanLength() > 4)
        m_dragging = true;
    if (m_dragging) {
        m_viewport.panByPixels(m_lastPos - e->position());
        m_lastPos = e->position();
        update();
        Q_EMIT viewportChanged(m_viewport);
    }
}

void PlaceholderMap::mouseReleaseEvent(QMouseEvent *e)
{
    if (m_dragging || !m_selection || !m_model) {
        m_dragging = false;
        return;
    }
    const int row = rowAt(e->position());
    if (row < 0) {
        m_selection->clearSelection();
        return;
    }
    const auto flags = (e->modifiers() & Qt::ControlModifier)
                           ? QItemSelectionModel::Toggle | QItemSelectionModel::Rows
                           : QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
    m_selection->setCurrentIndex(m_model->index(row, 0), flags);
}

void PlaceholderMap::wheelEvent(QWheelEvent *e)
{
    m_viewport.zoomAt(e->angleDelta().y() / 240.0, e->position());
    update();
    Q_EMIT viewportChanged(m_viewport);
}

void PlaceholderMap::keyPressEvent(QKeyEvent *e)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (e->key()) {
    case Qt::Key_Plus: case Qt::Key_Equal: m_viewport.zoomAt(0.5, centre); break;
    case Qt::Key_Minus: m_viewport.zoomAt(-0.5, centre); break;
    case Qt::Key_Left: m_viewport.panByPixels({-60, 0}); break;
    case Qt::Key_Right: m_viewport.panByPixels({60, 0}); break;
    case Qt::Key_Up: m_viewport.panByPixels({0, -60}); break;
    case Qt::Key_Down: m_viewport.panByPixels({0, 60}); break;
    default: QWidget::keyPressEvent(e); return;
    }
    update();
    Q_EMIT viewportChanged(m_viewport);
}

} // namespace atlas
