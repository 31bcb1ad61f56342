// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "geo/viewport.h"
#include "maprenderer.h"
#include "mapviewstate.h"
#include "renderoptions.h"
#include "scene.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QPointer>
#include <QWidget>

class QTimer;
class QVariantAnimation;

namespace atlas {

class MapInputController;

// The interactive map: paints with MapRenderer (so exports match it) and turns input into
// viewport changes through MapInputController. Shows the rows of any hotspot model (the
// HotspotTableModel roles) and shares the table's QItemSelectionModel; scene index == model row.
class MapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit MapWidget(QWidget *parent = nullptr);
    ~MapWidget() override;

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    void setSelectionModel(QItemSelectionModel *selection);
    QItemSelectionModel *selectionModel() const { return m_selection; }
    // Binds centre and zoom to a shared state (nullptr unbinds).
    void setViewState(MapViewState *state);
    MapViewState *viewState() const { return m_state; }

    Viewport viewport() const { return m_viewport; }
    void setViewport(const Viewport &v);
    void setView(const QGeoCoordinate &center, double zoom);
    RenderOptions renderOptions() const { return m_options; }
    void setRenderOptions(const RenderOptions &options);
    void setTheme(Theme theme);
    // Raster tiles over the vector basemap (e.g. TileImageCache::provider()); attribution is the
    // source's required credit, shown beside Natural Earth's. A null provider turns tiles off.
    void setTiles(TileImageProvider provider, const QString &attribution = {});

    // Zooms by delta keeping the point under anchor fixed; animated unless duration is 0.
    void zoomAt(double delta, const QPointF &anchor, bool animated = true);
    void panBy(const QPointF &delta);
    void fitToHotspots();
    // Fits the country's bounds from the basemap; false when the name is unknown.
    bool fitToCountry(const QString &name);
    void setAnimationDuration(int ms) { m_animationMs = ms; }
    bool isAnimating() const;
    double targetZoom() const { return m_targetZoom; }

    const Scene &scene() const { return m_scene; }
    const RenderResult &lastFrame() const { return m_lastFrame; }
    MapRenderer &renderer() { return m_renderer; }
    HitResult hitTest(const QPointF &p) const;
    // Model row of the hotspot marker at p, or -1.
    int rowAt(const QPointF &p) const;
    // Selects the hotspot's row alone (or clears the selection for -1).
    void selectRow(int row);
    // Hover: highlights the marker under p and sets the tool tip (plain text, see hoverText).
    void hoverAt(const QPointF &p);
    QString hoverText() const { return m_hoverText; }
    // Tool tip text of a hit: label, detail, intensity, coordinates, report.
    QString describe(const HitResult &hit) const;

Q_SIGNALS:
    void viewportChanged(const atlas::Viewport &viewport);
    void hotspotActivated(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void rebuildScene();
    void syncSelection();
    void viewportUpdated();

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QPointer<MapViewState> m_state;
    MapInputController *m_input = nullptr;
    Viewport m_viewport;
    Scene m_scene;
    RenderOptions m_options;
    MapRenderer m_renderer;
    RenderResult m_lastFrame;
    QVariantAnimation *m_zoomAnimation = nullptr;
    QTimer *m_followSettle = nullptr; // runs while a bound map's animation drives this one
    double m_targetZoom = 2;
    QPointF m_zoomAnchor;
    int m_animationMs = 180;
    QString m_hoverText;
    bool m_applyingState = false;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace atlas
