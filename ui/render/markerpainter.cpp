// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "markerpainter.h"

#include "geo/webmercator.h"

#include <QFont>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

constexpr double selectionGap = 3.0;
constexpr double selectionWidth = 2.5;

QColor selectionColor(Theme theme)
{
    return ThemePalette::forTheme(theme).selection;
}

// Dark text on the light yellow/orange fills, white on the dark red.
QColor countTextColor(int intensity)
{
    return intensity >= 3 ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20);
}

void drawSelectionRing(QPainter &p, const QPointF &c, double radius, Theme theme)
{
    const double r = radius + selectionGap + selectionWidth / 2;
    // A halo under the ring keeps it visible on sea, land and markers alike.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(ThemePalette::forTheme(theme).halo, selectionWidth + 2));
    p.drawEllipse(c, r, r);
    p.setPen(QPen(selectionColor(theme), selectionWidth));
    p.drawEllipse(c, r, r);
}

} // namespace

QColor MarkerPainter::intensityColor(int intensity)
{
    switch (std::clamp(intensity, 1, 3)) {
    case 1: return QColor(0xfe, 0xd9, 0x76); // YlOrRd light yellow
    case 2: return QColor(0xfd, 0x8d, 0x3c); // orange
    default: return QColor(0xbd, 0x00, 0x26); // dark red
    }
}

double MarkerPainter::markerRadius(int intensity)
{
    return 4.0 + 2.0 * std::clamp(intensity, 1, 3); // 6, 8, 10
}

double MarkerPainter::clusterRadius(int count)
{
    return std::min(22.0, 11.0 + 2.5 * std::log10(double(std::max(count, 2))) * 2.0);
}

QColor MarkerPainter::outlineColor(Theme theme)
{
    return theme == Theme::Dark ? QColor(0xf5, 0xf5, 0xf5) : QColor(0x26, 0x26, 0x26);
}

QList<MarkerItem> MarkerPainter::layout(const Viewport &viewport, const Scene &scene, bool clustering)
{
    QList<MarkerItem> items;
    const ClusterIndex &index = scene.clusters();
    if (index.isEmpty())
        return items;
    const double ws = viewport.worldSize();
    const QPointF centre = viewport.centerWorldPixel();
    const QSizeF size = viewport.size();
    const double margin = 2 * clusterRadius(1000000);
    const QRectF rect((centre.x() - size.width() / 2 - margin) / ws, (centre.y() - size.height() / 2 - margin) / ws,
                      (size.width() + 2 * margin) / ws, (size.height() + 2 * margin) / ws);
    // Without clustering the single-point level is used, still culled by the index.
    const double zoom = clustering ? viewport.zoom() : 1000.0;
    std::vector<ClusterRef> refs;
    index.query(zoom, rect, refs);

    const QSet<int> &selection = scene.selection();
    items.reserve(qsizetype(refs.size()));
    for (const ClusterRef &ref : refs) {
        const ClusterIndex::Cluster &c = index.cluster(ref);
        MarkerItem m;
        double dx = c.x * ws - centre.x();
        dx -= std::round(dx / ws) * ws; // the copy nearest the centre: no split at the date line
        m.position = QPointF(size.width() / 2 + dx, size.height() / 2 + c.y * ws - centre.y());
        m.count = c.count;
        m.intensity = c.maxIntensity;
        m.cluster = ref;
        if (c.count == 1) {
            m.hotspot = index.members(ref).front();
            m.radius = markerRadius(m.intensity) + outlineWidth() / 2;
            m.selected = selection.contains(m.hotspot);
            m.hovered = scene.hovered() == m.hotspot;
        } else {
            m.radius = clusterRadius(c.count) + outlineWidth() / 2;
            for (int s : selection) {
                if (index.contains(ref, s)) {
                    m.selected = true;
                    break;
                }
            }
            m.hovered = scene.hovered() >= 0 && index.contains(ref, scene.hovered());
        }
        items.append(m);
    }
    // Severe markers on top; the selection above all; stable for equal keys.
    std::stable_sort(items.begin(), items.end(), [](const MarkerItem &a, const MarkerItem &b) {
        if (a.selected != b.selected)
            return !a.selected;
        if (a.intensity != b.intensity)
            return a.intensity < b.intensity;
        return a.count < b.count;
    });
    return items;
}

HitResult MarkerPainter::hitTest(const QList<MarkerItem> &items, const Scene &scene, const QPointF &p)
{
    HitResult hit;
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        const QPointF d = p - it->position;
        if (d.x() * d.x() + d.y() * d.y() > it->radius * it->radius)
            continue;
        hit.position = it->position;
        if (!it->isCluster()) {
            hit.kind = HitResult::Hotspot;
            hit.hotspot = it->hotspot;
        } else {
            hit.kind = HitResult::Cluster;
            hit.cluster = it->cluster;
            const auto members = scene.clusters().members(it->cluster);
            hit.members = QList<int>(members.begin(), members.end());
            std::sort(hit.members.begin(), hit.members.end());
            hit.expansionZoom = scene.clusters().expansionZoom(it->cluster);
        }
        return hit;
    }
    return hit;
}

HitResult MarkerPainter::hitTest(const Viewport &viewport, const Scene &scene, const QPointF &p, bool clustering)
{
    return hitTest(layout(viewport, scene, clustering), scene, p);
}

void MarkerPainter::paintMarker(QPainter &p, const MarkerItem &item, Theme theme) const
{
    const double fill = item.radius - outlineWidth() / 2;
    p.setPen(QPen(outlineColor(theme), outlineWidth()));
    p.setBrush(intensityColor(item.intensity));
    p.drawEllipse(item.position, fill, fill);
    if (item.isCluster()) {
        QFont f = p.font();
        f.setPixelSize(item.count >= 1000 ? 10 : 12);
        f.setBold(true);
        p.setFont(f);
        p.setPen(countTextColor(item.intensity));
        const QString text = item.count >= 10000 ? QStringLiteral("%1k").arg(item.count / 1000)
                                                 : QString::number(item.count);
        p.drawText(QRectF(item.position.x() - fill, item.position.y() - fill, 2 * fill, 2 * fill),
                   Qt::AlignCenter, text);
    }
    if (item.selected)
        drawSelectionRing(p, item.position, item.radius, theme);
}

QImage MarkerPainter::sprite(int intensity, bool selected, Theme theme, double dpr, int count)
{
    intensity = std::clamp(intensity, 1, 3);
    count = std::max(count, 1);
    const quint64 key = quint64(intensity) | quint64(selected) << 4 | quint64(theme == Theme::Dark) << 5
                        | quint64(std::lround(dpr * 100)) << 8 | quint64(count) << 24;
    auto it = m_sprites.constFind(key);
    if (it != m_sprites.constEnd())
        return *it;
    if (m_sprites.size() > 2000) // cluster counts vary; keep the cache bounded
        m_sprites.clear();
    MarkerItem m;
    m.intensity = intensity;
    m.count = count;
    m.selected = selected;
    m.radius = (count > 1 ? clusterRadius(count) : markerRadius(intensity)) + outlineWidth() / 2;
    const double outer = m.radius + (selected ? selectionGap + selectionWidth + 2 : 0) + 1;
    // Even device size with the centre on a pixel corner: the centre maps exactly to the
    // rounded device position the sprite is drawn at.
    const int half = int(std::ceil(outer * dpr));
    QImage img(2 * half, 2 * half, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    img.setDevicePixelRatio(dpr);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        m.position = QPointF(half / dpr, half / dpr);
        paintMarker(p, m, theme);
    }
    m_sprites.insert(key, img);
    return img;
}

void MarkerPainter::paint(QPainter &painter, const QList<MarkerItem> &items, Theme theme, bool raster, double dpr)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QTransform t = painter.transform();
    const bool spriteable = raster && t.type() <= QTransform::TxTranslate;
    const QPointF shift(t.dx(), t.dy());
    // Single markers come in six looks: kept at hand instead of a hash lookup per marker.
    QImage singles[2][4];
    for (const MarkerItem &item : items) {
        if (spriteable) {
            QImage &s = item.isCluster() ? singles[0][0] : singles[item.selected ? 1 : 0][std::clamp(item.intensity, 1, 3)];
            if (item.isCluster())
                s = sprite(item.intensity, item.selected, theme, dpr, item.count);
            else if (s.isNull())
                s = sprite(item.intensity, item.selected, theme, dpr);
            const double half = s.width() / 2.0;
            // Snap the centre to the device pixel grid: crisp and identical from frame to frame.
            const QPointF dev = (item.position + shift) * dpr;
            const QPointF topLeftDev(std::round(dev.x()) - half, std::round(dev.y()) - half);
            painter.drawImage(topLeftDev / dpr - shift, s);
        } else {
            paintMarker(painter, item, theme);
        }
        if (item.hovered && !item.selected) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(outlineColor(theme), 1.0, Qt::DotLine));
            painter.drawEllipse(item.position, item.radius + 3, item.radius + 3);
        }
    }
    painter.restore();
}

} // namespace atlas
