// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "geo/cluster.h"
#include "geo/webmercator.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include <algorithm>
#include <set>

using namespace atlas;

namespace {
std::vector<ClusterIndex::Point> randomPoints(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<ClusterIndex::Point> pts;
    for (int i = 0; i < n; ++i) {
        const double lat = rng.bounded(160.0) - 80.0, lng = rng.bounded(360.0) - 180.0;
        pts.push_back({WebMercator::project(lat, lng), 1 + int(rng.bounded(3)), i});
    }
    return pts;
}
} // namespace

TEST_CASE("cluster: two close points merge at low zoom and split when zoomed in", "[cluster]")
{
    // 0.01 degrees apart: one marker at zoom 4, two at zoom 14.
    std::vector<ClusterIndex::Point> pts = {
        {WebMercator::project(47.9, 106.9), 3, 0},
        {WebMercator::project(47.91, 106.9), 1, 1},
        {WebMercator::project(-33.9, 18.4), 2, 2},
    };
    ClusterIndex index(pts);
    std::vector<ClusterRef> refs;
    index.query(4, QRectF(0, 0, 1, 1), refs);
    REQUIRE(refs.size() == 2);
    auto merged = std::find_if(refs.begin(), refs.end(), [&](ClusterRef r) { return index.cluster(r).count == 2; });
    REQUIRE(merged != refs.end());
    CHECK(index.cluster(*merged).maxIntensity == 3);
    auto members = index.members(*merged);
    CHECK(std::set<int>(members.begin(), members.end()) == std::set<int>{0, 1});
    CHECK(index.contains(*merged, 0));
    CHECK_FALSE(index.contains(*merged, 2));
    const int split = index.expansionZoom(*merged);
    CHECK(split > 4);
    CHECK(split <= 14);

    refs.clear();
    index.query(split, QRectF(0, 0, 1, 1), refs);
    CHECK(refs.size() == 3);
    refs.clear();
    index.query(split - 1, QRectF(0, 0, 1, 1), refs);
    CHECK(refs.size() == 2);
}

TEST_CASE("cluster: points on both sides of the date line merge", "[cluster]")
{
    std::vector<ClusterIndex::Point> pts = {
        {WebMercator::project(-17.0, 179.95), 1, 0},
        {WebMercator::project(-17.0, -179.95), 2, 1},
    };
    ClusterIndex index(pts);
    std::vector<ClusterRef> refs;
    index.query(5, QRectF(-0.1, 0, 0.2, 1), refs); // a rect across the antimeridian
    REQUIRE(refs.size() == 1);
    const auto &c = index.cluster(refs.front());
    CHECK(c.count == 2);
    CHECK(c.maxIntensity == 2);
    // The centroid lies at the date line, not at lng 0.
    CHECK(std::min(c.x, 1 - c.x) < 0.001);
}

TEST_CASE("cluster: viewport query matches a brute-force scan and every point is counted once", "[cluster]")
{
    const auto pts = randomPoints(20000, 7);
    ClusterIndex index(pts);
    for (double zoom : {0.0, 3.5, 8.0, 12.2, 18.0}) {
        std::vector<ClusterRef> all;
        index.query(zoom, QRectF(0, 0, 1, 1), all);
        int total = 0;
        for (ClusterRef r : all)
            total += index.cluster(r).count;
        CHECK(total == 20000);

        const QRectF rect(0.3, 0.2, 0.15, 0.1);
        std::vector<ClusterRef> hits;
        index.query(zoom, rect, hits);
        size_t brute = 0;
        for (ClusterRef r : all) {
            const auto &c = index.cluster(r);
            if (c.x >= rect.left() && c.x <= rect.right() && c.y >= rect.top() && c.y <= rect.bottom())
                ++brute;
        }
        CHECK(hits.size() == brute);
    }
}

TEST_CASE("cluster: no two markers of a level are closer than the radius", "[cluster]")
{
    const auto pts = randomPoints(3000, 11);
    ClusterIndex index(pts);
    for (int z : {2, 5}) {
        std::vector<ClusterRef> all;
        index.query(z, QRectF(0, 0, 1, 1), all);
        const double ws = WebMercator::worldSize(z);
        int tooClose = 0;
        for (size_t i = 0; i < all.size(); ++i) {
            for (size_t j = i + 1; j < all.size(); ++j) {
                const auto &a = index.cluster(all[i]), &b = index.cluster(all[j]);
                const double dx = (a.x - b.x) * ws, dy = (a.y - b.y) * ws;
                // Greedy seeds keep their neighbours within the radius; centroids may drift a
                // little, so allow half the radius.
                if (std::hypot(dx, dy) < index.options().radiusPx / 2)
                    ++tooClose;
            }
        }
        CHECK(tooClose == 0);
        CHECK(all.size() < 3000);
    }
}
