// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "maprenderer.h"

#include "geo/webmercator.h"
#include "labelplacer.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

constexpr double panelMargin = 10.0;

QFont pixelFont(int px, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

bool isRasterTarget(const QPainter &p)
{
    return p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
}

// Device pixels per logical pixel: the device's ratio times any scaling the caller applied.
double effectiveDpr(const QPainter &p)
{
    const double device = p.device() ? p.device()->devicePixelRatio() : 1.0;
    const double scale = std::sqrt(std::abs(p.transform().determinant()));
    return std::max(0.25, device * (scale > 0 ? scale : 1.0));
}

// Provenance lines, then the attribution: the text of the bottom-right footer.
QStringList footerLines(const RenderOptions &options)
{
    QStringList lines;
    if (!options.provenance.isEmpty())
        lines += options.provenance.split(QLatin1Char('\n'));
    if (!options.attribution.isEmpty())
        lines += options.attribution;
    return lines;
}

QSizeF legendSize()
{
    return {172, 108};
}

} // namespace

// Shaping text is the dearest part of laying out labels, and the same names come back every
// frame: measured once per renderer (each cache is for one fixed font).
MapRenderer::MeasuredText MapRenderer::measured(QHash<QString, MeasuredText> &cache, const QFontMetricsF &fm,
                                                const QString &text, double maxWidth)
{
    auto it = cache.constFind(text);
    if (it != cache.constEnd())
        return *it;
    if (cache.size() > 5000)
        cache.clear();
    MeasuredText m;
    m.text = maxWidth > 0 ? fm.elidedText(text.simplified(), Qt::ElideRight, maxWidth) : text;
    m.width = fm.horizontalAdvance(m.text);
    cache.insert(text, m);
    return m;
}

ScaleBar ScaleBar::forViewport(const Viewport &viewport, double maxPixels)
{
    ScaleBar bar;
    const double mpp = WebMercator::metresPerPixel(viewport.center().latitude(), viewport.zoom());
    if (!(mpp > 0))
        return bar;
    const double maxMetres = mpp * maxPixels;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maxMetres) {
            bar.metres = step * magnitude;
            break;
        }
    }
    bar.pixels = bar.metres / mpp;
    bar.text = bar.metres >= 1000 ? QStringLiteral("%1 km").arg(bar.metres / 1000.0)
                                  : QStringLiteral("%1 m").arg(bar.metres);
    return bar;
}

MapRenderer::MapRenderer() = default;

QRectF MapRenderer::freeArea(QSize size, const RenderOptions &options)
{
    const QRectF all(QPointF(0, 0), QSizeF(size));
    double left = 0, bottom = 0;
    if (options.legend)
        left = panelMargin + legendSize().width() + 4;
    else if (options.scaleBar)
        left = panelMargin + 140;
    bottom = footerLines(options).size() * QFontMetricsF(pixelFont(10)).height() + 10;
    const QRectF free(left, 0, size.width() - left, size.height() - bottom);
    // Small views keep everything: better a marker under the legend than a map of nothing.
    if (free.width() < size.width() * 0.6 || free.height() < size.height() * 0.6)
        return all;
    return free;
}

Viewport MapRenderer::fitToFreeArea(const QList<QGeoCoordinate> &coords, QSize size, const RenderOptions &options,
                                    double margin, double maxZoom, double devicePixelRatio)
{
    const QRectF free = freeArea(size, options);
    Viewport v = Viewport::fitting(coords, free.size().toSize(), margin, maxZoom, devicePixelRatio);
    // Same zoom on the whole size, the centre moved so the fitted area lands on the free rect.
    const QPointF shift = QPointF(size.width() / 2.0, size.height() / 2.0) - free.center();
    const QGeoCoordinate centre =
        WebMercator::fromWorldPixels(WebMercator::toWorldPixels(v.center(), v.zoom()) + shift, v.zoom());
    return Viewport(QGeoCoordinate(centre.latitude(), WebMercator::wrapLongitude(centre.longitude())), v.zoom(), size,
                    devicePixelRatio);
}

double Graticule::stepForZoom(double zoom)
{
    const double pxPerDegree = WebMercator::worldSize(zoom) / 360.0;
    for (double step : {0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0}) {
        if (step * pxPerDegree >= 120.0)
            return step;
    }
    return 30.0;
}

Graticule Graticule::forViewport(const Viewport &v)
{
    Graticule g;
    g.step = stepForZoom(v.zoom());
    const QSizeF size = v.size();
    // Meridians: unwrapped longitudes of the left and right edges; counted in whole steps so
    // that 0.1 + 0.1 + ... never drifts off the round values.
    const double ws = v.worldSize();
    const double originX = v.screenToWorld(QPointF(0, 0)).x();
    const double left = originX / ws * 360.0 - 180.0;
    const double right = v.screenToWorld(QPointF(size.width(), 0)).x() / ws * 360.0 - 180.0;
    for (long long i = std::llround(std::ceil(left / g.step)); i * g.step <= right; ++i) {
        const double lng = double(i) * g.step;
        g.meridians.append({WebMercator::wrapLongitude(lng), (lng + 180.0) / 360.0 * ws - originX});
    }
    const double top = std::min(v.screenToGeo(QPointF(0, 0)).latitude(), 85.0);
    const double bottom = std::max(v.screenToGeo(QPointF(0, size.height())).latitude(), -85.0);
    for (long long i = std::llround(std::ceil(bottom / g.step)); i * g.step <= top; ++i) {
        const double lat = double(i) * g.step;
        g.parallels.append({lat, v.geoToScreen(QGeoCoordinate(lat, v.center().longitude())).y()});
    }
    return g;
}

QString Graticule::label(double degrees, bool latitude, double step)
{
    const int decimals = step < 1.0 ? 1 : 0;
    const double a = std::abs(degrees);
    QString text = QString::number(a, 'f', decimals) + QChar(0x00b0);
    if (a < 1e-9 || (!latitude && std::abs(a - 180.0) < 1e-9))
        return text;
    return text + QLatin1Char(latitude ? (degrees > 0 ? 'N' : 'S') : (degrees > 0 ? 'E' : 'W'));
}

HitResult MapRenderer::hitTest(const Viewport &viewport, const Scene &scene, const QPointF &p,
                               const RenderOptions &options) const
{
    if (!options.markers)
        return {};
    return MarkerPainter::hitTest(viewport, scene, p, options.clustering);
}

RenderResult MapRenderer::render(QPainter &painter, const Viewport &viewport, const Scene &scene,
                                 const RenderOptions &options)
{
    RenderResult result;
    const ThemePalette pal = ThemePalette::forTheme(options.theme);
    const QRectF bounds(QPointF(0, 0), QSizeF(viewport.size()));
    const bool raster = isRasterTarget(painter);
    const double dpr = effectiveDpr(painter);

    painter.save();
    painter.setClipRect(bounds, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing);
    // A raster basemap layer is opaque, sea included.
    if (!(raster && options.basemap))
        painter.fillRect(bounds, pal.sea);

    if (options.basemap)
        m_basemap.paint(painter, viewport, options.theme, raster, dpr, options.interactive);
    if (options.tiles)
        paintTiles(painter, viewport, options, result);

    // Layout first (markers, furniture, labels, country names), then paint in layer order.
    if (options.markers)
        result.markers = MarkerPainter::layout(viewport, scene, options.clustering);

    const ScaleBar bar = ScaleBar::forViewport(viewport);
    result.scaleText = bar.text;
    result.scaleBarPixels = bar.pixels;
    const double bottom = bounds.bottom() - panelMargin;
    if (options.scaleBar && bar.pixels > 0)
        result.scaleBarRect = QRectF(panelMargin, bottom - 26, bar.pixels + 16, 26);
    if (options.legend) {
        const double above = result.scaleBarRect.isNull() ? bottom : result.scaleBarRect.top() - 6;
        result.legendRect = QRectF(QPointF(panelMargin, above - legendSize().height()), legendSize());
    }
    if (options.northArrow)
        result.northArrowRect = QRectF(bounds.right() - panelMargin - 28, panelMargin, 28, 40);

    const QFont smallFont = pixelFont(10);
    const QFontMetricsF smallMetrics(smallFont);
    const QStringList footer = footerLines(options);
    if (!footer.isEmpty()) {
        double w = 0;
        for (const QString &line : footer)
            w = std::max(w, smallMetrics.horizontalAdvance(line));
        const double h = footer.size() * smallMetrics.height() + 6;
        result.attributionRect = QRectF(bounds.right() - w - 12, bounds.bottom() - h, w + 12, h);
    }

    LabelPlacer placer(bounds);
    for (const QRectF &r : {result.scaleBarRect, result.legendRect, result.northArrowRect, result.attributionRect}) {
        if (!r.isNull())
            placer.addObstacle(r);
    }
    for (const MarkerItem &m : result.markers) {
        const double r = m.radius + (m.selected ? 6 : 0);
        placer.addObstacle(QRectF(m.position - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }

    const QFont labelFont = pixelFont(12);
    if (options.markers && options.labels) {
        const QFontMetricsF fm(labelFont);
        // Selected, hovered and severe hotspots get their labels first.
        QList<const MarkerItem *> candidates;
        for (const MarkerItem &m : result.markers) {
            if (!m.isCluster() && !scene.at(m.hotspot).hotspot.label.isEmpty())
                candidates.append(&m);
        }
        std::stable_sort(candidates.begin(), candidates.end(), [](const MarkerItem *a, const MarkerItem *b) {
            if (a->selected != b->selected)
                return a->selected;
            if (a->hovered != b->hovered)
                return a->hovered;
            return a->intensity > b->intensity;
        });
        if (candidates.size() > options.maxLabels)
            candidates.resize(options.maxLabels);
        for (const MarkerItem *m : candidates) {
            const MeasuredText text = measured(m_labelTexts, fm, scene.at(m->hotspot).hotspot.label, 220);
            const QSizeF size(text.width + 4, fm.height() + 2);
            const QRectF r = placer.placeBeside(m->position, m->radius + (m->selected ? 6 : 0), size);
            if (!r.isNull())
                result.labels.append({m->hotspot, text.text, r});
        }
    }

    const QFont countryFont = pixelFont(11);
    if (options.basemap && options.countryNames) {
        const QFontMetricsF fm(countryFont);
        for (const CountryLabelAnchor &a : m_basemap.labelAnchors(viewport)) {
            // Padded so that neighbouring names never read as one.
            const QSizeF size(measured(m_countryTexts, fm, a.name).width + 16, fm.height() + 4);
            const QRectF r = placer.placeCentred(a.position, size);
            if (!r.isNull())
                result.countryLabels.append({-1, a.name, r.adjusted(6, 2, -6, -2)});
        }
    }

    // Degrees along the top and left edges, after everything else has its place.
    const QFont graticuleFont = pixelFont(10);
    Graticule graticule;
    if (options.graticule) {
        graticule = Graticule::forViewport(viewport);
        const QFontMetricsF fm(graticuleFont);
        const auto place = [&](double degrees, bool latitude, const QPointF &topLeft) {
            const QString text = Graticule::label(degrees, latitude, graticule.step);
            const QRectF r(topLeft, QSizeF(measured(m_graticuleTexts, fm, text).width + 4, fm.height() + 2));
            if (!placer.placeCentred(r.center(), r.size()).isNull())
                result.graticuleLabels.append({-1, text, r});
        };
        for (const Graticule::Line &m : std::as_const(graticule.meridians))
            place(m.degrees, false, QPointF(m.position + 2, 3));
        for (const Graticule::Line &p : std::as_const(graticule.parallels))
            place(p.degrees, true, QPointF(3, p.position - fm.height() - 3));
    }

    paintLabels(painter, result.countryLabels, countryFont, pal.mutedText, pal.halo, raster, dpr);
    if (options.graticule) {
        paintGraticule(painter, graticule, viewport.size(), pal);
        paintLabels(painter, result.graticuleLabels, graticuleFont, pal.mutedText, pal.halo, raster, dpr);
    }
    if (options.markers)
        m_markers.paint(painter, result.markers, options.theme, raster, dpr);
    paintLabels(painter, result.labels, labelFont, pal.text, pal.halo, raster, dpr);

    if (!result.legendRect.isNull())
        paintLegend(painter, result.legendRect, options.theme, pal);
    if (!result.scaleBarRect.isNull())
        paintScaleBar(painter, result.scaleBarRect, bar, pal);
    if (!result.northArrowRect.isNull())
        paintNorthArrow(painter, result.northArrowRect, pal);
    if (!footer.isEmpty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.panel);
        painter.drawRect(result.attributionRect);
        painter.setFont(smallFont);
        painter.setPen(pal.text);
        double y = result.attributionRect.top() + 3;
        for (const QString &line : footer) {
            painter.drawText(QRectF(result.attributionRect.left() + 6, y, result.attributionRect.width() - 12,
                                    smallMetrics.height()),
                             Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, line);
            y += smallMetrics.height();
        }
    }
    painter.restore();
    return result;
}

void MapRenderer::paintTiles(QPainter &p, const Viewport &v, const RenderOptions &o, RenderResult &r)
{
    if (!o.tiles)
        return;
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    for (const TilePlacement &t : Tiles::covering(v)) {
        const QImage img = o.tiles(t.id);
        if (img.isNull()) {
            ++r.tilesMissing; // the vector basemap below stays visible
            continue;
        }
        ++r.tilesDrawn;
        p.drawImage(t.screenRect, img);
    }
    p.restore();
}

void MapRenderer::paintGraticule(QPainter &p, const Graticule &g, QSizeF size, const ThemePalette &pal)
{
    p.save();
    p.setPen(QPen(pal.graticule, 1.0));
    for (const Graticule::Line &m : g.meridians)
        p.drawLine(QPointF(m.position, 0), QPointF(m.position, size.height()));
    for (const Graticule::Line &l : g.parallels)
        p.drawLine(QPointF(0, l.position), QPointF(size.width(), l.position));
    p.restore();
}

namespace {

// One label as a path with a halo stroke: readable on land, sea and markers alike. Report text
// is plain: addText never interprets markup.
void drawHaloText(QPainter &p, const QPointF &baseline, const QFont &font, const QString &text, const QColor &fill,
                  const QColor &halo)
{
    QPainterPath path;
    path.addText(baseline, font, text);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(halo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawPath(path);
}

// The same look from the glyph cache: the text drawn eight times around its place in the halo
// colour, then once in the fill. About 0.06 ms a label instead of 1.3 ms for stroking the
// outlines, so a frame that shows many new labels does not stall; raster sprites only (a
// vector file keeps one path per label).
void drawGlyphHalo(QPainter &p, const QPointF &baseline, const QFont &font, const QString &text, const QColor &fill,
                   const QColor &halo)
{
    p.setFont(font);
    p.setPen(halo);
    for (int dx = -1; dx <= 1; ++dx) {
        for (int dy = -1; dy <= 1; ++dy) {
            if (dx || dy)
                p.drawText(baseline + QPointF(dx * 1.5, dy * 1.5), text);
        }
    }
    p.setPen(fill);
    p.drawText(baseline, text);
}

} // namespace

void MapRenderer::paintLabels(QPainter &p, const QList<PlacedLabel> &labels, const QFont &font, const QColor &text,
                              const QColor &halo, bool raster, double dpr)
{
    if (labels.isEmpty())
        return;
    const QFontMetricsF fm(font);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const bool sprites = raster && p.transform().type() <= QTransform::TxTranslate;
    for (const PlacedLabel &l : labels) {
        const QPointF baseline(l.rect.left() + 2, l.rect.top() + 1 + fm.ascent());
        if (!sprites) {
            drawHaloText(p, baseline, font, l.text, text, halo);
            continue;
        }
        // Labels repeat from frame to frame: raster targets draw each once into a cached sprite.
        const QString key = l.text + QLatin1Char('\x1f') + QString::number(font.pixelSize())
                            + QLatin1Char('/') + QString::number(text.rgba()) + QLatin1Char('/')
                            + QString::number(halo.rgba()) + QLatin1Char('/') + QString::number(dpr);
        auto it = m_labelSprites.constFind(key);
        if (it == m_labelSprites.constEnd()) {
            if (m_labelSprites.size() > 1500) // ~16 KB each: bounded memory
                m_labelSprites.clear();
            const QSizeF size = l.rect.size() + QSizeF(4, 4);
            QImage img((size * dpr).toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
            img.setDevicePixelRatio(dpr);
            img.fill(Qt::transparent);
            QPainter sp(&img);
            sp.setRenderHint(QPainter::Antialiasing);
            drawGlyphHalo(sp, QPointF(4, 3 + fm.ascent()), font, l.text, text, halo);
            sp.end();
            it = m_labelSprites.insert(key, img);
        }
        // Whole device pixels keep the glyphs as sharp as when they were drawn.
        const QPointF dev = p.transform().map(l.rect.topLeft() - QPointF(2, 2)) * dpr;
        const QPointF topLeft(std::round(dev.x()) / dpr, std::round(dev.y()) / dpr);
        p.drawImage(p.transform().inverted().map(topLeft), *it);
    }
    p.restore();
}

QRectF MapRenderer::paintLegend(QPainter &p, const QRectF &rect, Theme theme, const ThemePalette &pal)
{
    p.save();
    p.setPen(QPen(pal.panelBorder, 1.0));
    p.setBrush(pal.panel);
    p.drawRoundedRect(rect, 4, 4);
    p.setFont(pixelFont(11, true));
    p.setPen(pal.text);
    p.drawText(QRectF(rect.left() + 8, rect.top() + 4, rect.width() - 16, 16), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("Hotspot intensity"));
    p.setFont(pixelFont(11));
    static const char *const names[] = {"", "1  low", "2  medium", "3  high"};
    double y = rect.top() + 30;
    for (int i = 3; i >= 1; --i) {
        MarkerItem m;
        m.position = QPointF(rect.left() + 20, y);
        m.intensity = i;
        m.radius = MarkerPainter::markerRadius(i) + MarkerPainter::outlineWidth() / 2;
        m_markers.paintMarker(p, m, theme);
        p.setPen(pal.text);
        p.drawText(QRectF(rect.left() + 38, y - 8, rect.width() - 44, 16), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::fromLatin1(names[i]));
        y += 20;
    }
    MarkerItem c;
    c.position = QPointF(rect.left() + 20, y + 3);
    c.intensity = 3;
    c.count = 12;
    c.radius = 10;
    m_markers.paintMarker(p, c, theme);
    p.setFont(pixelFont(11));
    p.setPen(pal.text);
    p.drawText(QRectF(rect.left() + 38, y - 5, rect.width() - 44, 16), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("cluster: count, worst"));
    p.restore();
    return rect;
}

void MapRenderer::paintScaleBar(QPainter &p, const QRectF &rect, const ScaleBar &bar, const ThemePalette &pal)
{
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(pal.panel);
    p.drawRoundedRect(rect, 3, 3);
    const double x0 = rect.left() + 8, x1 = x0 + bar.pixels, y = rect.bottom() - 7;
    p.setPen(QPen(pal.text, 1.5, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QPointF(x0, y), QPointF(x1, y));
    p.drawLine(QPointF(x0, y - 5), QPointF(x0, y));
    p.drawLine(QPointF(x1, y - 5), QPointF(x1, y));
    p.setFont(pixelFont(10));
    p.drawText(QRectF(x0, rect.top() + 1, bar.pixels, 13), Qt::AlignCenter, bar.text);
    p.restore();
}

void MapRenderer::paintNorthArrow(QPainter &p, const QRectF &rect, const ThemePalette &pal)
{
    p.save();
    const double cx = rect.center().x();
    QPainterPath arrow;
    arrow.moveTo(cx, rect.top() + 14);
    arrow.lineTo(cx + 8, rect.bottom() - 2);
    arrow.lineTo(cx, rect.bottom() - 8);
    arrow.lineTo(cx - 8, rect.bottom() - 2);
    arrow.closeSubpath();
    p.setPen(QPen(pal.halo, 1.0));
    p.setBrush(pal.text);
    p.drawPath(arrow);
    p.setFont(pixelFont(11, true));
    p.setPen(pal.text);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 14), Qt::AlignCenter, QStringLiteral("N"));
    p.restore();
}

} // namespace atlas
