// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// Render benchmark, 1920x1080 frames with the basemap. Baselines measured in the same run:
//  - floor: one blit of a cached full-frame layer plus one sprite blit per marker, the least
//    any renderer of this scene must do; frames are reported as a ratio to it;
//  - bare polygons: drawPolygon (fill + stroke) of every basemap ring in view, the naive
//    re-render after a zoom step, against MapRenderer's full re-render (cache miss).
// Also the cluster index: build time and viewport query time for 100k points.
#include "benchutil.h"
#include "geo/basemap.h"
#include "geo/cluster.h"
#include "geo/webmercator.h"
#include "maprenderer.h"

#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

using namespace atlas;
using namespace atlas::bench;

namespace {

// Hotspots spread over Eurasia and Africa, where the reports are.
Scene randomScene(int n)
{
    QRandomGenerator rng(42);
    QList<SceneHotspot> list;
    list.reserve(n);
    for (int i = 0; i < n; ++i) {
        SceneHotspot s;
        s.hotspot.label = QStringLiteral("Hotspot %1").arg(i);
        s.hotspot.coordinate = QGeoCoordinate(rng.bounded(100.0) - 35.0, rng.bounded(160.0) - 20.0);
        s.hotspot.intensity = 1 + int(rng.bounded(3));
        list.append(s);
    }
    return Scene(list);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Optional section names (frames, zoom, cluster) run only those, e.g. for perf.
    QStringList sections = app.arguments().mid(1);
    if (sections.isEmpty())
        sections = {QStringLiteral("frames"), QStringLiteral("zoom"), QStringLiteral("cluster")};
    const QSize size(1920, 1080);
    const Viewport view(QGeoCoordinate(30, 60), 3.5, size);
    QImage frame(size, QImage::Format_ARGB32_Premultiplied);

    if (sections.contains(QLatin1String("frames"))) {
    std::printf("== frames, 1920x1080, zoom %.1f, basemap cached (median of runs)\n", view.zoom());
    std::printf("%8s %-12s %9s %10s %9s %8s\n", "hotspots", "mode", "markers", "frame ms", "floor ms", "ratio");
    for (int n : {1000, 10000, 100000}) {
        const Scene scene = randomScene(n);
        for (bool clustering : {true, false}) {
            MapRenderer renderer;
            RenderOptions options;
            options.clustering = clustering;
            int markers = 0;
            const int runs = n >= 100000 && !clustering ? 5 : 15;
            const double frameMs = medianMs(2, runs, [&] {
                QPainter p(&frame);
                markers = int(renderer.render(p, view, scene, options).markers.size());
            });
            // Floor: the cached layer blitted once, one sprite blit per marker drawn.
            QImage layer(size, QImage::Format_ARGB32_Premultiplied);
            layer.fill(Qt::gray);
            MarkerPainter sprites;
            const QImage sprite = sprites.sprite(2, false, Theme::Light, 1.0);
            QRandomGenerator rng(1);
            std::vector<QPoint> pos(markers);
            for (QPoint &q : pos)
                q = QPoint(int(rng.bounded(size.width())), int(rng.bounded(size.height())));
            const double floorMs = medianMs(2, runs, [&] {
                QPainter p(&frame);
                p.drawImage(0, 0, layer);
                for (const QPoint &q : pos)
                    p.drawImage(q, sprite);
            });
            std::printf("%8d %-12s %9d %10.2f %9.2f %7.1fx\n", n, clustering ? "clustered" : "all markers",
                        markers, frameMs, floorMs, floorMs > 0 ? frameMs / floorMs : 0.0);
        }
    }
    }

    if (sections.contains(QLatin1String("zoom"))) {
    std::printf("\n== re-render after a zoom step (basemap cache miss every frame), no hotspots\n");
    std::printf("%6s %12s %14s %8s %15s\n", "zoom", "renderer ms", "drawPolygon ms", "ratio", "first pan ms");
    for (double zoom : {2.0, 3.5, 5.5}) {
        MapRenderer renderer;
        RenderOptions options;
        options.legend = options.scaleBar = false;
        bool flip = false;
        const double renderMs = medianMs(1, 9, [&] {
            Viewport v = view;
            v.setZoom(zoom + (flip ? 0.01 : 0.0)); // a new zoom each frame defeats the cache
            flip = !flip;
            QPainter p(&frame);
            renderer.render(p, v, Scene(), options);
        });
        // The first pan after a zoom step grows the layer by its margin (timed alone).
        std::vector<double> panMs;
        for (int i = 0; i < 9; ++i) {
            Viewport v = view;
            v.setZoom(zoom + 0.02 * (i + 1));
            QPainter p(&frame);
            renderer.render(p, v, Scene(), options);
            v.panByPixels(QPointF(3, 2));
            const auto t0 = Clock::now();
            renderer.render(p, v, Scene(), options);
            panMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        }
        std::nth_element(panMs.begin(), panMs.begin() + 4, panMs.end());
        // Naive: every ring of the countries in view as a polygon, filled and stroked, on every
        // world copy the view shows (at zoom 2 the 1920 px view holds almost two worlds).
        Viewport v = view;
        v.setZoom(zoom);
        const Basemap basemap = Basemap::forZoom(zoom);
        const double ws = v.worldSize();
        const QPointF origin = v.screenToWorld(QPointF(0, 0));
        const QRectF visible(origin / ws, QSizeF(size) / ws);
        const double polyMs = medianMs(1, 9, [&] {
            QPainter p(&frame);
            p.setRenderHint(QPainter::Antialiasing);
            p.fillRect(frame.rect(), QColor(0xcf, 0xe3, 0xef));
            p.setPen(QPen(QColor(0xb0, 0xa8, 0x98), 0.9));
            p.setBrush(QColor(0xf3, 0xf0, 0xe8));
            for (int k = int(std::floor(visible.left())); k <= int(std::floor(visible.right())); ++k) {
                const QRectF copy = visible.translated(-k, 0);
                const QPointF offset = QPointF(k * ws, 0) - origin;
                for (const BasemapCountry &c : basemap.countries()) {
                    if (!c.bounds.intersects(copy))
                        continue;
                    for (const auto &ring : c.rings) {
                        QPolygonF poly;
                        poly.reserve(qsizetype(ring.size()));
                        for (const QPointF &q : ring)
                            poly.append(q * ws + offset);
                        p.drawPolygon(poly);
                    }
                }
            }
        });
        std::printf("%6.1f %12.2f %14.2f %7.2fx %15.2f\n", zoom, renderMs, polyMs, polyMs > 0 ? renderMs / polyMs : 0.0,
                    panMs[4]);
    }
    }
    if (!sections.contains(QLatin1String("cluster")))
        return 0;

    std::printf("\n== cluster index, 100k points\n");
    std::vector<ClusterIndex::Point> pts;
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 100000; ++i)
            pts.push_back({WebMercator::project(rng.bounded(160.0) - 80.0, rng.bounded(360.0) - 180.0),
                           1 + int(rng.bounded(3)), i});
    }
    ClusterIndex index;
    const double buildMs = medianMs(0, 3, [&] { index.build(pts); });
    std::printf("build: %.1f ms\n", buildMs);
    std::printf("%6s %10s %12s\n", "zoom", "clusters", "query ms");
    std::vector<ClusterRef> out;
    double worst = 0;
    for (double zoom : {0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 17.0}) {
        Viewport v(QGeoCoordinate(30, 60), zoom, size);
        const double ws = v.worldSize();
        const QRectF rect(v.screenToWorld(QPointF(0, 0)) / ws, QSizeF(size) / ws);
        const double ms = medianMs(3, 51, [&] {
            out.clear();
            index.query(zoom, rect, out);
        });
        worst = std::max(worst, ms);
        std::printf("%6.1f %10zu %12.4f\n", zoom, out.size(), ms);
    }
    std::printf("worst viewport query: %.4f ms (target < 1 ms)\n", worst);
    // Clustering off: the single-point level, every point of the world in one query.
    const double allMs = medianMs(3, 21, [&] {
        out.clear();
        index.query(1000, QRectF(0, 0, 1, 1), out);
    });
    std::printf("unclustered level, whole world: %zu points in %.4f ms\n", out.size(), allMs);
    return 0;
}
