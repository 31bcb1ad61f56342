// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "basemaplayer.h"

#include "geo/basemap.h"

#include <QPainter>
#include <QPainterPath>
#include <QRegion>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
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
    const bool sameStyle = !m_cache.image.isNull() && m_cache.zoom == viewport.zoom() && m_cache.dpr == dpr
                           && m_cache.theme == theme;
    if (!sameStyle) {
        // A zoom step paints just the screen; the margin for panning comes when it is needed.
        // Mid-animation it comes at once, so the next frames can scale this layer even when
        // zooming out.
        const double m = interactive ? cacheMargin : 0.0;
        renderCache(viewport, theme, dpr, view.adjusted(-m, -m, m, m));
    } else if (!cached.contains(view)) {
        // The centre wrapped across the date line: the same picture one world further.
        const double ws = viewport.worldSize();
        bool wrapped = false;
        for (double k : {-1.0, 1.0}) {
            if (cached.translated(k * ws, 0).contains(view)) {
                m_cache.origin.rx() += k * ws;
                wrapped = true;
                break;
            }
        }
        if (!wrapped)
            extendCache(viewport, view);
    }
    // Whole device pixels: an unscaled copy, no resampling.
    const QPointF offset = (topLeft - m_cache.origin) * dpr;
    const QRect source(int(std::lround(offset.x())), int(std::lround(offset.y())),
                       int(std::ceil(size.width() * dpr)), int(std::ceil(size.height() * dpr)));
    painter.drawImage(QRectF(QPointF(0, 0), QSizeF(source.size()) / dpr), m_cache.image, source);
}

void BasemapLayer::renderCache(const Viewport &viewport, Theme theme, double dpr, const QRectF &area)
{
    ++m_cacheMisses;
    m_cache.zoom = viewport.zoom();
    m_cache.dpr = dpr;
    m_cache.theme = theme;
    m_cache.origin = area.topLeft();
    // Opaque (sea included): blitting it is a copy, not a blend.
    const QSize px(int(std::ceil(area.width() * dpr)), int(std::ceil(area.height() * dpr)));
    m_cache.image = QImage(px, QImage::Format_RGB32);
    paintArea(viewport, m_cache.image.rect());
}

void BasemapLayer::extendCache(const Viewport &viewport, const QRectF &view)
{
    ++m_cacheExtensions;
    const double dpr = m_cache.dpr;
    // In device pixels of the old image: each side the view crossed grows a full margin, the
    // others keep what they have (up to a margin), so a pan paints only the strips it exposes
    // and the old part is copied exactly.
    const QRectF v((view.topLeft() - m_cache.origin) * dpr, view.size() * dpr);
    const QImage old = m_cache.image;
    const double m = cacheMargin * dpr;
    const double left = v.left() < 0 ? v.left() - m : std::max(0.0, v.left() - m);
    const double top = v.top() < 0 ? v.top() - m : std::max(0.0, v.top() - m);
    const double right = v.right() > old.width() ? v.right() + m : std::min(double(old.width()), v.right() + m);
    const double bottom = v.bottom() > old.height() ? v.bottom() + m : std::min(double(old.height()), v.bottom() + m);
    const QPoint shift(int(std::floor(left)), int(std::floor(top)));
    const QSize px(int(std::ceil(right)) - shift.x(), int(std::ceil(bottom)) - shift.y());
    m_cache.origin += QPointF(shift) / dpr;
    m_cache.image = QImage(px, QImage::Format_RGB32);
    const QRect kept = QRect(-shift, old.size()).intersected(m_cache.image.rect());
    if (!kept.isEmpty()) {
        QPainter p(&m_cache.image);
        p.setCompositionMode(QPainter::CompositionMode_Source);
        p.drawImage(kept.topLeft(), old, kept.translated(shift));
    }
    for (const QRect &r : QRegion(m_cache.image.rect()).subtracted(QRegion(kept)))
        paintArea(viewport, r);
}

void BasemapLayer::paintArea(const Viewport &viewport, const QRect &devicePixels)
{
    const double dpr = m_cache.dpr;
    QPainter p(&m_cache.image);
    p.setClipRect(devicePixels);
    p.fillRect(devicePixels, ThemePalette::forTheme(m_cache.theme).sea);
    p.scale(dpr, dpr);
    p.translate(-m_cache.origin);
    const QRectF world(m_cache.origin + QPointF(devicePixels.topLeft()) / dpr, QSizeF(devicePixels.size()) / dpr);
    paintVector(p, viewport, m_cache.theme, world);
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

std::mutex &preparedMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::map<int, std::shared_ptr<const PreparedBasemap>> &preparedCache()
{
    static std::map<int, std::shared_ptr<const PreparedBasemap>> cache;
    return cache;
}

bool isPreparedNow(double zoom)
{
    std::lock_guard lock(preparedMutex());
    return preparedCache().count(int(Basemap::resolutionForZoom(zoom))) > 0;
}

std::shared_ptr<const PreparedBasemap> prepared(double zoom)
{
    auto &cache = preparedCache();
    const Basemap::Resolution res = Basemap::resolutionForZoom(zoom);
    std::lock_guard lock(preparedMutex());
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

// Bit per resolution whose preparation has been handed to the thread pool.
std::atomic<int> preloadsStarted{0};

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

// Sutherland-Hodgman: the part of a ring inside r. Filled, it looks exactly like the whole ring
// inside r (odd-even parity is kept), but the rasterizer walks only the edges near the area
// painted instead of a whole continent's outline.
QPolygonF clipRing(const QPolygonF &ring, const QRectF &r)
{
    if (ring.size() < 3 || r.contains(ring.boundingRect()))
        return ring;
    QPolygonF a = ring, b;
    b.reserve(a.size() + 8);
    const auto pass = [&](auto inside, auto cross) {
        b.clear();
        if (a.isEmpty())
            return;
        QPointF prev = a.constLast();
        bool prevIn = inside(prev);
        for (const QPointF &cur : std::as_const(a)) {
            const bool curIn = inside(cur);
            if (curIn != prevIn)
                b.append(cross(prev, cur));
            if (curIn)
                b.append(cur);
            prev = cur;
            prevIn = curIn;
        }
        std::swap(a, b);
    };
    const auto atX = [](const QPointF &p, const QPointF &q, double x) {
        return QPointF(x, p.y() + (x - p.x()) / (q.x() - p.x()) * (q.y() - p.y()));
    };
    const auto atY = [](const QPointF &p, const QPointF &q, double y) {
        return QPointF(p.x() + (y - p.y()) / (q.y() - p.y()) * (q.x() - p.x()), y);
    };
    const double x0 = r.left(), x1 = r.right(), y0 = r.top(), y1 = r.bottom();
    pass([&](const QPointF &p) { return p.x() >= x0; }, [&](const QPointF &p, const QPointF &q) { return atX(p, q, x0); });
    pass([&](const QPointF &p) { return p.x() <= x1; }, [&](const QPointF &p, const QPointF &q) { return atX(p, q, x1); });
    pass([&](const QPointF &p) { return p.y() >= y0; }, [&](const QPointF &p, const QPointF &q) { return atY(p, q, y0); });
    pass([&](const QPointF &p) { return p.y() <= y1; }, [&](const QPointF &p, const QPointF &q) { return atY(p, q, y1); });
    return a;
}

// The runs of a line that come near r (whole segments, so joins inside r are unchanged).
QList<QPolygonF> clipLine(const QPolygonF &line, const QRectF &r)
{
    QList<QPolygonF> runs;
    if (line.size() < 2)
        return runs;
    if (r.contains(line.boundingRect())) {
        runs.append(line);
        return runs;
    }
    QPolygonF run;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF &p = line[i - 1], &q = line[i];
        const bool near = std::max(p.x(), q.x()) >= r.left() && std::min(p.x(), q.x()) <= r.right()
                          && std::max(p.y(), q.y()) >= r.top() && std::min(p.y(), q.y()) <= r.bottom();
        if (near) {
            if (run.isEmpty())
                run.append(p);
            run.append(q);
        } else if (!run.isEmpty()) {
            runs.append(std::move(run));
            run = QPolygonF();
        }
    }
    if (!run.isEmpty())
        runs.append(std::move(run));
    return runs;
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
    // Geometry is cut a little outside the area so strokes and antialiasing at its edge are
    // the same as without the cut.
    const QRectF clip = worldRect.adjusted(-4, -4, 4, 4);
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
                        painter.drawPolygon(clipRing(toScreen(c.rings.front(), ws, offset), clip), Qt::OddEvenFill);
                        continue;
                    }
                    QPainterPath path;
                    path.setFillRule(Qt::OddEvenFill);
                    for (const auto &ring : c.rings) {
                        // Rings outside the view (far islands) need no work.
                        const QPolygonF poly = clipRing(toScreen(ring, ws, offset), clip);
                        if (poly.size() >= 3) {
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
                    if (!overlaps(bounds[i], copy))
                        continue;
                    for (const QPolygonF &run : clipLine(toScreen(lines[i], ws, offset), clip))
                        painter.drawPolyline(run);
                }
            }
        }
    }
    painter.restore();
}

void BasemapLayer::preloadAround(double zoom)
{
    // The data one zoom level further in: when the view gets there, its first frame need not
    // stop to load and prepare it (the 10m basemap takes ~20 ms).
    const Basemap::Resolution next = Basemap::resolutionForZoom(std::floor(zoom) + 1.0);
    if (next == Basemap::resolutionForZoom(zoom))
        return;
    // One bit per resolution (the enum's values are the scale, 110/50/10, not an index).
    const int bit = next == Basemap::Resolution::Low ? 1 : next == Basemap::Resolution::Medium ? 2 : 4;
    if (preloadsStarted.fetch_or(bit) & bit)
        return;
    prepared(zoom); // the statics exist before any pool thread touches them
    const double nextZoom = std::floor(zoom) + 1.0;
    QThreadPool::globalInstance()->start([nextZoom] { prepared(nextZoom); });
}

bool BasemapLayer::isPrepared(double zoom)
{
    return isPreparedNow(zoom);
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
