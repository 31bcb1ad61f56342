// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "geo/viewport.h"
#include "renderoptions.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QPointer>
#include <QWidget>

namespace atlas {

// Stand-in for the map while the real MapWidget is not there: draws the rows of a hotspot model
// (HotspotTableModel roles) as intensity-coloured dots on a graticule, at the Viewport's
// projected positions, and shares the table's selection model. Pan with the mouse, zoom with
// the wheel or +/-.
// Same interface subset as MapWidget, so MainWindow switches with one alias.
class PlaceholderMap : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceholderMap(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    void setSelectionModel(QItemSelectionModel *selection);
    QItemSelectionModel *selectionModel() const { return m_selection; }

    Viewport viewport() const { return m_viewport; }
    void setViewport(const Viewport &v);
    void fitToHotspots();
    void setTheme(Theme theme);

    // Screen position of each drawn marker, by model row; rows without a position are absent.
    QHash<int, QPointF> markerPositions() const;
    int rowAt(const QPointF &p) const;
    // Rows the last paint drew; tests compare it with the model.
    int drawnMarkers() const { return m_drawn; }

Q_SIGNALS:
    void viewportChanged(const atlas::Viewport &viewport);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void wheelEvent(QWheelEvent *) override;
    void keyPressEvent(QKeyEvent *) override;

private:
    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    Viewport m_viewport;
    bool m_dark = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_dragging = false;
    int m_drawn = 0;
};

} // namespace atlas
