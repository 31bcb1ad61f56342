// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "mapwidget.h"

#include "hotspottablemodel.h"
#include "mapinputcontroller.h"
#include "mapviewstate.h"
#include "plaintext.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QVariantAnimation>

#include <algorithm>

namespace atlas {

MapWidget::MapWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_viewport.setSize(size());
    m_targetZoom = m_viewport.zoom();
    m_zoomAnimation = new QVariantAnimation(this);
    m_zoomAnimation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_zoomAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_viewport.zoomAt(v.toDouble() - m_viewport.zoom(), m_zoomAnchor);
        viewportUpdated();
    });
    // The last animation frame may have used a scaled basemap: paint it sharp.
    connect(m_zoomAnimation, &QVariantAnimation::finished, this, qOverload<>(&QWidget::update));
    m_followSettle = new QTimer(this);
    m_followSettle->setSingleShot(true);
    m_followSettle->setInterval(150);
    connect(m_followSettle, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_input = new MapInputController(this);
}

MapWidget::~MapWidget() = default;

void MapWidget::setModel(QAbstractItemModel *model)
{
    for (const auto &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    if (model) {
        auto rebuild = [this] { rebuildScene(); };
        m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this, rebuild)
                           << connect(model, &QAbstractItemModel::rowsInserted, this, rebuild)
                           << connect(model, &QAbstractItemModel::rowsRemoved, this, rebuild)
                           << connect(model, &QAbstractItemModel::rowsMoved, this, rebuild)
                           << connect(model, &QAbstractItemModel::layoutChanged, this, rebuild)
                           << connect(model, &QAbstractItemModel::dataChanged, this, rebuild);
    }
    rebuildScene();
}

void MapWidget::setSelectionModel(QItemSelectionModel *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection) {
        connect(selection, &QItemSelectionModel::selectionChanged, this, [this] { syncSelection(); });
        connect(selection, &QItemSelectionModel::modelChanged, this, [this] { syncSelection(); });
    }
    syncSelection();
}

void MapWidget::setViewState(MapViewState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (!state)
        return;
    connect(state, &MapViewState::viewChanged, this, [this](const QGeoCoordinate &c, double z) {
        if (m_viewport.center() == c && m_viewport.zoom() == z)
            return;
        m_applyingState = true;
        m_zoomAnimation->stop();
        // A zoom animation elsewhere arrives as a stream of changes: treat it as one here too.
        if (z != m_viewport.zoom())
            m_followSettle->start();
        m_viewport.setCenter(c);
        m_viewport.setZoom(z);
        m_targetZoom = m_viewport.zoom();
        viewportUpdated();
        m_applyingState = false;
    });
    if (state->isSet()) {
        m_viewport.setCenter(state->center());
        m_viewport.setZoom(state->zoom());
        m_targetZoom = m_viewport.zoom();
        update();
    } else {
        state->setView(m_viewport.center(), m_viewport.zoom());
    }
}

void MapWidget::setViewport(const Viewport &v)
{
    m_zoomAnimation->stop();
    m_viewport.setCenter(v.center());
    m_viewport.setZoom(v.zoom());
    m_targetZoom = m_viewport.zoom();
    viewportUpdated();
}

void MapWidget::setView(const QGeoCoordinate &center, double zoom)
{
    Viewport v = m_viewport;
    v.setCenter(center);
    v.setZoom(zoom);
    setViewport(v);
}

void MapWidget::setRenderOptions(const RenderOptions &options)
{
    m_options = options;
    update();
}

void MapWidget::setTheme(Theme theme)
{
    m_options.theme = theme;
    update();
}

void MapWidget::setTiles(TileImageProvider provider, const QString &attribution)
{
    m_options.tiles = std::move(provider);
    const QString naturalEarth = RenderOptions().attribution;
    m_options.attribution = m_options.tiles && !attribution.isEmpty()
                                ? attribution + QStringLiteral(" | ") + naturalEarth
                                : naturalEarth;
    update();
}

void MapWidget::zoomAt(double delta, const QPointF &anchor, bool animated)
{
    if (!animated || m_animationMs <= 0) {
        m_zoomAnimation->stop();
        m_viewport.zoomAt(delta, anchor);
        m_targetZoom = m_viewport.zoom();
        viewportUpdated();
        return;
    }
    // Successive wheel notches add up to one target instead of restarting from mid-flight.
    const double base = isAnimating() ? m_targetZoom : m_viewport.zoom();
    m_targetZoom = std::clamp(base + delta, WebMercator::minZoom, WebMercator::maxZoom);
    m_zoomAnchor = anchor;
    m_zoomAnimation->stop();
    m_zoomAnimation->setDuration(m_animationMs);
    m_zoomAnimation->setStartValue(m_viewport.zoom());
    m_zoomAnimation->setEndValue(m_targetZoom);
    m_zoomAnimation->start();
}

bool MapWidget::isAnimating() const
{
    return m_zoomAnimation->state() == QAbstractAnimation::Running;
}

void MapWidget::panBy(const QPointF &delta)
{
    m_viewport.panByPixels(delta);
    viewportUpdated();
}

void MapWidget::fitToHotspots()
{
    const QList<QGeoCoordinate> coords = m_scene.placedCoordinates();
    if (coords.isEmpty())
        return;
    const Viewport fit = MapRenderer::fitToFreeArea(coords, size(), m_options, 48, 12, devicePixelRatioF());
    setView(fit.center(), fit.zoom());
}

bool MapWidget::fitToCountry(const QString &name)
{
    const std::optional<QGeoRectangle> box = BasemapLayer::countryBounds(name);
    if (!box)
        return false;
    const Viewport fit = Viewport::fitting({box->topLeft(), box->bottomRight()}, size(), 24, 12, devicePixelRatioF());
    setView(fit.center(), fit.zoom());
    return true;
}

HitResult MapWidget::hitTest(const QPointF &p) const
{
    return m_renderer.hitTest(m_viewport, m_scene, p, m_options);
}

int MapWidget::rowAt(const QPointF &p) const
{
    const HitResult hit = hitTest(p);
    return hit.kind == HitResult::Hotspot ? hit.hotspot : -1;
}

void MapWidget::selectRow(int row)
{
    if (!m_selection || !m_model)
        return;
    if (row < 0 || row >= m_model->rowCount()) {
        m_selection->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_selection->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    Q_EMIT hotspotActivated(row);
}

void MapWidget::hoverAt(const QPointF &p)
{
    const HitResult hit = hitTest(p);
    const int hovered = hit.kind == HitResult::Hotspot ? hit.hotspot
                        : hit.kind == HitResult::Cluster ? hit.members.value(0, -1)
                                                         : -1;
    m_hoverText = describe(hit);
    if (hovered != m_scene.hovered()) {
        m_scene.setHovered(hovered);
        update();
    }
}

QString MapWidget::describe(const HitResult &hit) const
{
    if (hit.kind == HitResult::Cluster) {
        int worst = 0;
        for (int i : hit.members)
            worst = std::max(worst, m_scene.at(i).hotspot.intensity);
        return tr("%n hotspots, most severe intensity %1\nClick to zoom in", nullptr, int(hit.members.size())).arg(worst);
    }
    if (hit.kind != HitResult::Hotspot)
        return {};
    const SceneHotspot &s = m_scene.at(hit.hotspot);
    QStringList lines;
    lines << s.hotspot.label;
    if (!s.hotspot.detail.isEmpty())
        lines << s.hotspot.detail;
    lines << tr("Intensity: %1").arg(s.hotspot.intensity);
    lines << tr("Position: %1, %2")
                 .arg(s.hotspot.coordinate.latitude(), 0, 'f', 4)
                 .arg(s.hotspot.coordinate.longitude(), 0, 'f', 4);
    QString report = s.country;
    if (!s.reportTitle.isEmpty())
        report += (report.isEmpty() ? QString() : QStringLiteral(" — ")) + s.reportTitle;
    if (s.period.isValid())
        report += QStringLiteral(" (") + s.period.toString() + QLatin1Char(')');
    if (report.isEmpty())
        report = s.reportSource;
    if (!report.isEmpty())
        lines << tr("Report: %1").arg(report);
    return lines.join(QLatin1Char('\n'));
}

void MapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    m_viewport.setSize(size());
    m_viewport.setDevicePixelRatio(devicePixelRatioF());
    RenderOptions options = m_options;
    options.interactive = isAnimating() || m_followSettle->isActive();
    m_lastFrame = m_renderer.render(p, m_viewport, m_scene, options);
}

void MapWidget::resizeEvent(QResizeEvent *)
{
    m_viewport.setSize(size());
    m_viewport.setDevicePixelRatio(devicePixelRatioF());
}

bool MapWidget::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        hoverAt(help->pos());
        if (m_hoverText.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), plainToolTip(m_hoverText), this);
        return true;
    }
    return QWidget::event(e);
}

void MapWidget::rebuildScene()
{
    QList<SceneHotspot> list;
    if (m_model) {
        const int rows = m_model->rowCount();
        list.reserve(rows);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex i = m_model->index(r, 0);
            SceneHotspot s;
            s.hotspot.label = i.data(Qt::DisplayRole).toString();
            s.hotspot.detail = i.data(HotspotTableModel::DetailRole).toString();
            s.hotspot.coordinate = i.data(HotspotTableModel::CoordinateRole).value<QGeoCoordinate>();
            s.hotspot.intensity = i.data(HotspotTableModel::IntensityRole).toInt();
            s.country = i.data(HotspotTableModel::CountryRole).toString();
            s.reportSource = i.data(HotspotTableModel::SourceRole).toString();
            s.reportTitle = i.data(HotspotTableModel::TitleRole).toString();
            s.period = i.data(HotspotTableModel::PeriodRole).value<Period>();
            list.append(s);
        }
    }
    m_scene.setHotspots(list);
    syncSelection();
    update();
}

void MapWidget::syncSelection()
{
    QSet<int> rows;
    if (m_selection && m_selection->model() == m_model.data()) {
        for (const QModelIndex &i : m_selection->selection().indexes())
            rows.insert(i.row());
    }
    if (rows != m_scene.selection()) {
        m_scene.setSelection(rows);
        update();
    }
}

void MapWidget::viewportUpdated()
{
    update();
    // Zooming in towards finer basemap data: have it ready before the view gets there.
    BasemapLayer::preloadAround(m_viewport.zoom());
    Q_EMIT viewportChanged(m_viewport);
    if (m_state && !m_applyingState)
        m_state->setView(m_viewport.center(), m_viewport.zoom());
}

} // namespace atlas
