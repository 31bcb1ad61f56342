// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <span>
#include <vector>

namespace atlas {

// One node of the cluster hierarchy, addressed by level (integer zoom) and index in that level.
struct ClusterRef
{
    int level = -1;
    int index = -1;
    bool isValid() const { return level >= 0 && index >= 0; }
    bool operator==(const ClusterRef &) const = default;
};

struct ClusterOptions
{
    double radiusPx = 22; // logical pixels at the level's zoom
    int maxZoom = 16;     // above it every point stands alone
};

// Precomputed, supercluster-like hierarchy of point clusters: at each integer zoom, points whose
// markers would lie closer than radiusPx are merged greedily. A viewport query at any zoom is a
// few binary searches in the level's cell-sorted array, so it stays well under a millisecond
// for 100k points. Positions are normalised Web Mercator ([0,1) in x and y).
class ClusterIndex
{
public:
    using Options = ClusterOptions;

    struct Point
    {
        QPointF position;      // normalised Web Mercator
        int intensity = 1;     // merged as a maximum
        int id = -1;           // caller's identifier (e.g. index into the scene), >= 0
    };

    struct Cluster
    {
        double x = 0, y = 0;   // count-weighted centroid, normalised
        int count = 0;
        int maxIntensity = 0;
        int begin = 0;         // members are members()[0, count), stored from begin
        int expansion = 0;     // see expansionZoom()
    };

    ClusterIndex() = default;
    explicit ClusterIndex(const std::vector<Point> &points, ClusterOptions options = ClusterOptions());
    // Equivalent to the constructor; the default Options are used when none are given.
    void build(const std::vector<Point> &points, ClusterOptions options = ClusterOptions());

    bool isEmpty() const { return m_ids.empty(); }
    int pointCount() const { return int(m_ids.size()); }
    Options options() const { return m_options; }
    int levelCount() const { return int(m_levels.size()); }
    // The level used for a fractional zoom; past maxZoom it is the level of single points.
    int levelForZoom(double zoom) const;

    // Appends every cluster of the level for zoom whose centre lies in rect (normalised; x may
    // reach outside [0,1], the query wraps around the antimeridian).
    void query(double zoom, const QRectF &normalisedRect, std::vector<ClusterRef> &out) const;
    const Cluster &cluster(ClusterRef ref) const { return m_levels[ref.level].clusters[ref.index]; }
    // Caller ids of the points a cluster holds.
    std::span<const int> members(ClusterRef ref) const;
    // Whether the point with this caller id lies in the cluster (constant time).
    bool contains(ClusterRef ref, int id) const;
    // Smallest integer zoom at which this cluster splits into more than one marker
    // (levelCount()-1 when its points coincide and never split).
    int expansionZoom(ClusterRef ref) const;

private:
    struct Level
    {
        std::vector<Cluster> clusters;   // sorted by cell key
        std::vector<std::uint64_t> keys; // cell key of each cluster, ascending
        int cellsPerSide = 1;
    };

    void queryRange(const Level &level, double x0, double y0, double x1, double y1,
                    int levelIndex, std::vector<ClusterRef> &out) const;

    Options m_options;
    std::vector<Level> m_levels; // index = zoom level, last = single points
    std::vector<int> m_ids;      // caller ids ordered so that every cluster is a contiguous range
    std::vector<int> m_rankOfId; // position of each caller id in m_ids, -1 when absent
};

} // namespace atlas
