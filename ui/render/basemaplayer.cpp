// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "basemaplayer.h"

#include "geo/basemap.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include <cmath>

namespace atlas {

namespace {
// Cached layer extends this far (logical px) beyond the view, so small pans are blits only.
constexpr double cacheMargin = 256.0;
} // namespace

void BasemapLayer::paint(QPainter &painter, const Viewport &viewport, Theme theme, bool raster, double dpr,
                         bool interactive)
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
    if (interactive && !m_cache.image.isNull() && m_cache.dpr == dpr && m_cache.theme == theme
        && m_cache.zoom != viewport.zoom() && std::abs(m_cache.zoom - viewport.zoom()) <= 1.0) {
        // The cached area in today's world pixels, then on screen.
        const double s = std::exp2(viewport.zoom() - m_cache.zoom);
        const QRectF target(cached.topLeft() * s - topLeft, cached.size() * s);
        if (target.contains(QRectF(QPointF(0, 0), size))) {
            ++m_scaledBlits;
            painter.save();
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(target, m_cache.image);
            painter.restore();
            return;
        }
    }
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

namespace {

// Basemap geometry with what culling needs, built once per resolution.
struct PreparedBasemap
{
    Basemap basemap;
    std::vector<QRectF> borderBounds;
    std::vector<QRectF> coastBounds;
    std::vector<int> byArea; // country indices, largest first (label priority)
};

// QRectF::intersects() is false for zero-width rects, which a straight meridian border has.
bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && a.right() >= b.left() && a.top() <= b.bottom() && a.bottom() >= b.top();
}

QRectF lineBounds(const Basemap::Line &line)
{
    double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
    for (const QPointF &p : line) {
        x0 = std::min(x0, p.x());
        y0 = std::min(y0, p.y());
        x1 = std::max(x1, p.x());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

std::shared_ptr<const PreparedBasemap> prepared(double zoom)
{
    static std::mutex mutex;
    static std::map<int, std::shared_ptr<const PreparedBasemap>> cache;
    const Basemap::Resolution res = Basemap::resolutionForZoom(zoom);
    std::lock_guard lock(mutex);
    auto it = cache.find(int(res));
    if (it != cache.end())
        return it->second;
    auto p = std::make_shared<PreparedBasemap>();
    p->basemap = Basemap::load(res);
    if (p->basemap.isNull() && res != Basemap::Resolution::Low)
        p->basemap = Basemap::load(Basemap::Resolution::Low);
    if (!p->basemap.isNull()) {
        for (const auto &l : p->basemap.borders())
            p->borderBounds.push_back(lineBounds(l));
        for (const auto &l : p->basemap.coastlines())
            p->coastBounds.push_back(lineBounds(l));
        const auto &countries = p->basemap.countries();
        for (int i = 0; i < int(countries.size()); ++i)
            p->byArea.push_back(i);
        // Priority by the largest ring's area: bounds would rank the Netherlands (with its
        // Caribbean islands) above Germany.
        std::vector<double> area(countries.size(), 0.0);
        for (size_t i = 0; i < countries.size(); ++i) {
            for (const auto &ring : countries[i].rings) {
                double a = 0;
                for (size_t j = 0, k = ring.size() - 1; j < ring.size(); k = j++)
                    a += ring[k].x() * ring[j].y() - ring[j].x() * ring[k].y();
                area[i] = std::max(area[i], std::abs(a) / 2);
            }
        }
        std::stable_sort(p->byArea.begin(), p->byArea.end(), [&](int a, int b) { return area[a] > area[b]; });
    }
    cache.emplace(int(res), p);
    return p;
}

// A ring or line in painter coordinates (world px + offset), dropping vertices closer than
// about half a pixel to the previous kept one: it looks the same and costs far less.
QPolygonF toScreen(const std::vector<QPointF> &ring, double ws, const QPointF &offset)
{
    QPolygonF poly;
    if (ring.size() < 2)
        return poly;
    poly.reserve(qsizetype(ring.size()));
    QPointF last = ring.front() * ws + offset;
    poly.append(last);
    for (size_t i = 1; i < ring.size(); ++i) {
        const QPointF q = ring[i] * ws + offset;
        if (std::abs(q.x() - last.x()) + std::abs(q.y() - last.y()) < 0.6 && i + 1 < ring.size())
            continue;
        poly.append(q);
        last = q;
    }
    return poly;
}

} // namespace

void BasemapLayer::paintVector(QPainter &painter, const Viewport &viewport, Theme theme, const QRectF &worldRect)
{
    const auto prep = prepared(viewport.zoom());
    if (prep->basemap.isNull())
        return;
    const ThemePalette pal = ThemePalette::forTheme(theme);
    const double ws = viewport.worldSize();
    // Normalised rect of the area to paint, one pass per world copy it touches.
    const QRectF n(worldRect.topLeft() / ws, worldRect.size() / ws);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // One fill per country and one polyline per line: the rasterizer handles many small
    // shapes much faster than one path holding the whole world.
    for (int pass = 0; pass < 3; ++pass) {
        if (pass == 0) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(pal.land);
        } else {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(pass == 1 ? QPen(pal.coast, 0.8) : QPen(pal.border, 0.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        }
        for (int k = int(std::floor(n.left())) - 1; k <= int(std::floor(n.right())) + 1; ++k) {
            const QRectF copy = n.translated(-k, 0);
            const QPointF offset(k * ws, 0);
            if (pass == 0) {
                for (const BasemapCountry &c : prep->basemap.countries()) {
                    if (!overlaps(c.bounds, copy))
                        continue;
                    if (c.rings.size() == 1) {
                        painter.drawPolygon(toScreen(c.rings.front(), ws, offset), Qt::OddEvenFill);
                        continue;
                    }
                    QPainterPath path;
                    path.setFillRule(Qt::OddEvenFill);
                    for (const auto &ring : c.rings) {
                        // Rings outside the view (far islands) need no work.
                        const QPolygonF poly = toScreen(ring, ws, offset);
                        if (poly.size() >= 3 && poly.boundingRect().intersects(worldRect)) {
                            path.addPolygon(poly);
                            path.closeSubpath();
                        }
                    }
                    painter.drawPath(path);
                }
            } else {
                const auto &lines = pass == 1 ? prep->basemap.coastlines() : prep->basemap.borders();
                const auto &bounds = pass == 1 ? prep->coastBounds : prep->borderBounds;
                for (size_t i = 0; i < lines.size(); ++i) {
                    if (overlaps(bounds[i], copy))
                        painter.drawPolyline(toScreen(lines[i], ws, offset));
                }
            }
        }
    }
    painter.restore();
}

std::optional<QGeoRectangle> BasemapLayer::countryBounds(const QString &name)
{
    const Basemap basemap = Basemap::load(Basemap::Resolution::Medium);
    const BasemapCountry *c = basemap.isNull() ? nullptr : basemap.findCountry(name);
    if (!c)
        return std::nullopt;
    return Basemap::geoBounds(*c);
}

QList<CountryLabelAnchor> BasemapLayer::labelAnchors(const Viewport &viewport) const
{
    QList<CountryLabelAnchor> out;
    const auto prep = prepared(viewport.zoom());
    if (prep->basemap.isNull())
        return out;
    const double ws = viewport.worldSize();
    const QPointF centre = viewport.centerWorldPixel();
    const QSizeF size = viewport.size();
    const auto &countries = prep->basemap.countries();
    for (int i : prep->byArea) {
        const BasemapCountry &c = countries[i];
        // Too small on screen for its name: leave it to a closer zoom.
        if (c.bounds.width() * ws < 36 && c.bounds.height() * ws < 24)
            continue;
        double dx = c.labelPoint.x() * ws - centre.x();
        dx -= std::round(dx / ws) * ws;
        const QPointF p(size.width() / 2 + dx, size.height() / 2 + c.labelPoint.y() * ws - centre.y());
        if (p.x() < 0 || p.y() < 0 || p.x() > size.width() || p.y() > size.height())
            continue;
        out.append({c.name, p});
    }
    return out;
}

} // namespace atlas
