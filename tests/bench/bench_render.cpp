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

const QSize frameSize(1920, 1080);
const Viewport frameView(QGeoCoordinate(30, 60), 3.5, frameSize);

// Panning frames (basemap layer cached) against the floor: one layer blit and one sprite blit
// per marker drawn, timed alternately with the frame.
void benchFrames(QImage &frame)
{
    std::printf("== frames, %dx%d, zoom %.1f, basemap cached (medians; frame and floor alternate)\n",
                frameSize.width(), frameSize.height(), frameView.zoom());
    std::printf("%8s %-12s %9s %10s %9s %8s\n", "hotspots", "mode", "markers", "frame ms", "floor ms", "ratio");
    for (int n : {1000, 10000, 100000}) {
        const Scene scene = randomScene(n);
        for (bool clustering : {true, false}) {
            MapRenderer renderer;
            RenderOptions options;
            options.clustering = clustering;
            int markers = 0;
            {
                QPainter p(&frame);
                markers = int(renderer.render(p, frameView, scene, options).markers.size());
            }
            QImage layer(frameSize, QImage::Format_RGB32); // opaque, like the basemap layer: the cheapest blit
            layer.fill(Qt::gray);
            MarkerPainter sprites;
            const QImage sprite = sprites.sprite(2, false, Theme::Light, 1.0);
            QRandomGenerator rng(1);
            std::vector<QPoint> pos(static_cast<size_t>(markers));
            for (QPoint &q : pos)
                q = QPoint(int(rng.bounded(frameSize.width())), int(rng.bounded(frameSize.height())));
            const int runs = n >= 100000 && !clustering ? 7 : 31;
            const Paired m = pairedMedianMs(
                2, runs,
                [&] {
                    QPainter p(&frame);
                    renderer.render(p, frameView, scene, options);
                },
                [&] {
                    QPainter p(&frame);
                    p.drawImage(0, 0, layer);
                    for (const QPoint &q : pos)
                        p.drawImage(q, sprite);
                });
            std::printf("%8d %-12s %9d %10.2f %9.2f %7.2fx\n", n, clustering ? "clustered" : "all markers", markers,
                        m.ms, m.baselineMs, m.ratio);
        }
    }
}

// A zoom step (a new zoom each frame defeats the layer cache) against the naive re-render:
// every ring of the countries in view as a polygon, filled and stroked, on every world copy the
// view shows (at zoom 2 the 1920 px view holds almost two worlds).
void benchZoomStep(QImage &frame)
{
    std::printf("\n== re-render after a zoom step (basemap cache miss every frame), no hotspots\n");
    std::printf("%6s %12s %14s %8s %15s\n", "zoom", "renderer ms", "drawPolygon ms", "ratio", "first pan ms");
    for (double zoom : {2.0, 3.5, 5.5}) {
        MapRenderer renderer;
        RenderOptions options;
        options.legend = options.scaleBar = false;
        Viewport v = frameView;
        v.setZoom(zoom);
        const Basemap basemap = Basemap::forZoom(zoom);
        const double ws = v.worldSize();
        const QPointF origin = v.screenToWorld(QPointF(0, 0));
        const QRectF visible(origin / ws, QSizeF(frameSize) / ws);
        bool flip = false;
        const Paired m = pairedMedianMs(
            1, 15,
            [&] {
                Viewport z = v;
                z.setZoom(zoom + (flip ? 0.01 : 0.0));
                flip = !flip;
                QPainter p(&frame);
                renderer.render(p, z, Scene(), options);
            },
            [&] {
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
        // The first pan after a zoom step grows the layer by its margin (timed alone).
        std::vector<double> panMs;
        for (int i = 0; i < 9; ++i) {
            Viewport z = v;
            z.setZoom(zoom + 0.02 * (i + 1));
            QPainter p(&frame);
            renderer.render(p, z, Scene(), options);
            z.panByPixels(QPointF(3, 2));
            const auto t0 = Clock::now();
            renderer.render(p, z, Scene(), options);
            panMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        }
        std::nth_element(panMs.begin(), panMs.begin() + 4, panMs.end());
        std::printf("%6.1f %12.2f %14.2f %7.2fx %15.2f\n", zoom, m.ms, m.baselineMs, m.ratio, panMs[4]);
    }
}

// The first frame that shows labels draws each one's sprite: time a frame where every label is
// new against the same frame again, per label.
void benchNewLabels(QImage &frame)
{
    std::printf("\n== labels seen for the first time (sprite per label), 1920x1080\n");
    std::vector<double> perLabel;
    int placed = 0;
    for (int round = 0; round < 5; ++round) {
        QList<SceneHotspot> list;
        for (int i = 0; i < 12; ++i) {
            for (int j = 0; j < 10; ++j) {
                SceneHotspot s;
                s.hotspot.label = QStringLiteral("Place %1-%2 checkpoint").arg(round).arg(i * 10 + j);
                s.hotspot.coordinate = frameView.screenToGeo(QPointF(80 + i * 150, 60 + j * 100));
                s.hotspot.intensity = 1 + (i + j) % 3;
                list.append(s);
            }
        }
        const Scene scene(list);
        MapRenderer renderer;
        RenderOptions options;
        options.clustering = false;
        {
            QPainter p(&frame); // basemap layer and marker sprites cached first
            renderer.render(p, frameView, Scene(), options);
        }
        auto t0 = Clock::now();
        {
            QPainter p(&frame);
            placed = int(renderer.render(p, frameView, scene, options).labels.size());
        }
        const double first = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        t0 = Clock::now();
        {
            QPainter p(&frame);
            renderer.render(p, frameView, scene, options);
        }
        const double again = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        perLabel.push_back((first - again) / std::max(placed, 1));
    }
    std::nth_element(perLabel.begin(), perLabel.begin() + 2, perLabel.end());
    std::printf("%d labels placed; first sight costs %.3f ms a label (median of 5 rounds)\n", placed, perLabel[2]);
}

// The cluster index: build time, and the viewport query at each zoom.
void benchClusters()
{


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
        Viewport v(QGeoCoordinate(30, 60), zoom, frameSize);
        const double ws = v.worldSize();
        const QRectF rect(v.screenToWorld(QPointF(0, 0)) / ws, QSizeF(frameSize) / ws);
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
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Optional section names (frames, zoom, labels, cluster) run only those, e.g. for perf.
    const QStringList only = app.arguments().mid(1);
    const auto wanted = [&](const char *name) { return only.isEmpty() || only.contains(QLatin1String(name)); };
    QImage frame(frameSize, QImage::Format_ARGB32_Premultiplied);
    if (wanted("frames"))
        benchFrames(frame);
    if (wanted("zoom"))
        benchZoomStep(frame);
    if (wanted("labels"))
        benchNewLabels(frame);
    if (wanted("cluster"))
        benchClusters();
    return 0;
}
