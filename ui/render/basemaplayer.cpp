// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "basemaplayer.h"

#include <QPainter>

#include <cmath>

namespace atlas {

namespace {
// Cached layer extends this far (logical px) beyond the view, so small pans are blits only.
constexpr double cacheMargin = 256.0;
} // namespace

void BasemapLayer::paint(QPainter &painter, const Viewport &viewport, Theme theme, bool raster, double dpr)
{
    const QPointF topLeft = viewport.screenToWorld(QPointF(0, 0));
    const QSizeF size = viewport.size();
    const QRectF view(topLeft, size);
    if (!raster) {
        painter.save();
        painter.translate(-topLeft);
        paintVector(painter, viewport, theme, view);
        painter.restore();
        return;
    }
    const QRectF cached(m_cache.origin, QSizeF(m_cache.image.size()) / std::max(m_cache.dpr, 1e-9));
    if (m_cache.image.isNull() || m_cache.zoom != viewport.zoom() || m_cache.dpr != dpr
        || m_cache.theme != theme || !cached.contains(view)) {
        ++m_cacheMisses;
        m_cache.zoom = viewport.zoom();
        m_cache.dpr = dpr;
        m_cache.theme = theme;
        m_cache.origin = topLeft - QPointF(cacheMargin, cacheMargin);
        const QSize px(int(std::ceil((size.width() + 2 * cacheMargin) * dpr)),
                       int(std::ceil((size.height() + 2 * cacheMargin) * dpr)));
        m_cache.image = QImage(px, QImage::Format_ARGB32_Premultiplied);
        m_cache.image.fill(Qt::transparent);
        QPainter p(&m_cache.image);
        p.scale(dpr, dpr);
        p.translate(-m_cache.origin);
        paintVector(p, viewport, theme, QRectF(m_cache.origin, QSizeF(px) / dpr));
    }
    // Whole device pixels: an unscaled copy, no resampling.
    const QPointF offset = (topLeft - m_cache.origin) * dpr;
    const QRect source(int(std::lround(offset.x())), int(std::lround(offset.y())),
                       int(std::ceil(size.width() * dpr)), int(std::ceil(size.height() * dpr)));
    painter.drawImage(QRectF(QPointF(0, 0), QSizeF(source.size()) / dpr), m_cache.image, source);
}

void BasemapLayer::paintVector(QPainter &painter, const Viewport &viewport, Theme theme, const QRectF &worldRect)
{
    Q_UNUSED(painter);
    Q_UNUSED(viewport);
    Q_UNUSED(theme);
    Q_UNUSED(worldRect);
}

QList<CountryLabelAnchor> BasemapLayer::labelAnchors(const Viewport &viewport) const
{
    Q_UNUSED(viewport);
    return {};
}

} // namespace atlas
