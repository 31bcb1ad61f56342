// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "cluster.h"

#include "webmercator.h"

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

// Build-time node: a cluster of the level being made, before the ranges are known.
struct Node
{
    double x, y;
    int count;
    int maxIntensity;
    int expansion; // zoom at which it splits
};

int cellOf(double v, int cellsPerSide)
{
    return std::clamp(int(std::floor(v * cellsPerSide)), 0, cellsPerSide - 1);
}

std::uint64_t key(int cx, int cy)
{
    return (std::uint64_t(std::uint32_t(cy)) << 32) | std::uint32_t(cx);
}

// Query cells are a quarter tile (64 px at the level's zoom): a 1920x1080 view spans ~18 rows.
constexpr int queryCellsPerTile = 4;

} // namespace

ClusterIndex::ClusterIndex(const std::vector<Point> &points, Options options)
{
    build(points, options);
}

void ClusterIndex::build(const std::vector<Point> &points, Options options)
{
    m_options = options;
    m_options.maxZoom = std::clamp(m_options.maxZoom, 0, 24);
    m_levels.clear();
    m_ids.clear();
    m_rankOfId.clear();
    const int levelCount = m_options.maxZoom + 2;
    const int n = int(points.size());

    // nodes[z] are the clusters of level z; parents[z][i] is the level z-1 cluster holding node i.
    std::vector<std::vector<Node>> nodes(levelCount);
    std::vector<std::vector<int>> parents(levelCount);
    auto &leaves = nodes[levelCount - 1];
    leaves.reserve(n);
    for (const Point &p : points) {
        const double x = p.position.x() - std::floor(p.position.x());
        leaves.push_back({x, std::clamp(p.position.y(), 0.0, 1.0), 1, p.intensity, levelCount - 1});
    }

    std::vector<std::pair<std::uint64_t, int>> sorted;
    std::vector<char> taken;
    for (int z = levelCount - 2; z >= 0; --z) {
        const std::vector<Node> &in = nodes[z + 1];
        std::vector<Node> &out = nodes[z];
        std::vector<int> &parent = parents[z + 1];
        parent.assign(in.size(), -1);
        const double r = m_options.radiusPx / WebMercator::worldSize(z);
        const double r2 = r * r;
        const int cps = std::max(1, int(std::ceil(1.0 / r)));
        sorted.resize(in.size());
        for (int i = 0; i < int(in.size()); ++i)
            sorted[i] = {key(cellOf(in[i].x, cps), cellOf(in[i].y, cps)), i};
        std::sort(sorted.begin(), sorted.end());
        taken.assign(in.size(), 0);
        std::vector<int> children; // node indices of the cluster being formed

        // Visits the unmerged nodes in cells cx0..cx1 of row cy: one binary search, as keys
        // are row-major.
        auto visitRow = [&](int cy, int cx0, int cx1, auto &&fn) {
            if (cy < 0 || cy >= cps)
                return;
            const std::uint64_t last = key(cx1, cy);
            auto it = std::lower_bound(sorted.begin(), sorted.end(), std::pair<std::uint64_t, int>{key(cx0, cy), -1});
            for (; it != sorted.end() && it->first <= last; ++it) {
                if (!taken[it->second])
                    fn(it->second);
            }
        };
        // The columns cx-1..cx+1, wrapping around the antimeridian.
        auto visitNeighbourhood = [&](int cx, int cy, auto &&fn) {
            for (int row = cy - 1; row <= cy + 1; ++row) {
                if (cps <= 3) {
                    visitRow(row, 0, cps - 1, fn);
                } else if (cx == 0) {
                    visitRow(row, 0, 1, fn);
                    visitRow(row, cps - 1, cps - 1, fn);
                } else if (cx == cps - 1) {
                    visitRow(row, cx - 1, cx, fn);
                    visitRow(row, 0, 0, fn);
                } else {
                    visitRow(row, cx - 1, cx + 1, fn);
                }
            }
        };

        for (const auto &[k, seed] : sorted) {
            if (taken[seed])
                continue;
            const Node &s = in[seed];
            const int cx = cellOf(s.x, cps), cy = cellOf(s.y, cps);
            children.clear();
            double wx = 0, wy = 0;
            int count = 0, maxIntensity = 0;
            visitNeighbourhood(cx, cy, [&](int j) {
                const Node &o = in[j];
                // Unwrap across the antimeridian to the copy nearest the seed.
                double ox = o.x;
                if (ox - s.x > 0.5)
                    ox -= 1.0;
                else if (s.x - ox > 0.5)
                    ox += 1.0;
                const double ddx = ox - s.x, ddy = o.y - s.y;
                if (ddx * ddx + ddy * ddy > r2)
                    return;
                taken[j] = 1;
                children.push_back(j);
                wx += ox * o.count;
                wy += o.y * o.count;
                count += o.count;
                maxIntensity = std::max(maxIntensity, o.maxIntensity);
            });
            const int c = int(out.size());
            for (int j : children)
                parent[j] = c;
            double x = wx / count;
            x -= std::floor(x);
            const int expansion = children.size() > 1 ? z + 1 : in[children.front()].expansion;
            out.push_back({x, wy / count, count, maxIntensity, expansion});
        }
    }

    // Order the ids so that every cluster of every level is a contiguous range: a child's range
    // starts at its parent's start plus the sizes of the siblings before it.
    std::vector<std::vector<int>> begins(levelCount);
    {
        int offset = 0;
        begins[0].resize(nodes[0].size());
        for (size_t i = 0; i < nodes[0].size(); ++i) {
            begins[0][i] = offset;
            offset += nodes[0][i].count;
        }
    }
    for (int z = 1; z < levelCount; ++z) {
        std::vector<int> fill = begins[z - 1];
        begins[z].resize(nodes[z].size());
        for (size_t i = 0; i < nodes[z].size(); ++i) {
            int &f = fill[parents[z][i]];
            begins[z][i] = f;
            f += nodes[z][i].count;
        }
    }
    m_ids.resize(n);
    int maxId = -1;
    for (int i = 0; i < n; ++i) {
        m_ids[begins[levelCount - 1][i]] = points[i].id;
        maxId = std::max(maxId, points[i].id);
    }
    m_rankOfId.assign(size_t(maxId + 1), -1);
    for (int i = 0; i < n; ++i) {
        if (m_ids[i] >= 0)
            m_rankOfId[m_ids[i]] = i;
    }

    m_levels.resize(levelCount);
    for (int z = 0; z < levelCount; ++z) {
        Level &level = m_levels[z];
        level.cellsPerSide = queryCellsPerTile << z;
        level.clusters.resize(nodes[z].size());
        level.keys.resize(nodes[z].size());
        std::vector<int> order(nodes[z].size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        const int cps = level.cellsPerSide;
        std::vector<std::uint64_t> keys(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            keys[i] = key(cellOf(nodes[z][i].x, cps), cellOf(nodes[z][i].y, cps));
        std::sort(order.begin(), order.end(), [&](int a, int b) { return keys[a] < keys[b]; });
        for (size_t i = 0; i < order.size(); ++i) {
            const Node &nd = nodes[z][order[i]];
            level.clusters[i] = {nd.x, nd.y, nd.count, nd.maxIntensity, begins[z][order[i]], nd.expansion};
            level.keys[i] = keys[order[i]];
        }
        // Free the build data of this level early; 100k points make sizeable arrays.
        std::vector<Node>().swap(nodes[z]);
        std::vector<int>().swap(parents[z]);
        std::vector<int>().swap(begins[z]);
    }
}

int ClusterIndex::levelForZoom(double zoom) const
{
    if (m_levels.empty())
        return -1;
    // floor: at zoom z + f the merged markers are 2^f times further apart than at level z, so
    // they never overlap; rounding up could let them.
    return std::clamp(int(std::floor(zoom + 1e-9)), 0, int(m_levels.size()) - 1);
}

void ClusterIndex::query(double zoom, const QRectF &rect, std::vector<ClusterRef> &out) const
{
    const int z = levelForZoom(zoom);
    if (z < 0 || rect.isEmpty())
        return;
    const Level &level = m_levels[z];
    const double y0 = std::max(0.0, rect.top()), y1 = std::min(1.0, rect.bottom());
    if (rect.width() >= 1.0) {
        queryRange(level, 0.0, y0, 1.0, y1, z, out);
        return;
    }
    const double x0 = rect.left() - std::floor(rect.left());
    const double x1 = x0 + rect.width();
    if (x1 <= 1.0) {
        queryRange(level, x0, y0, x1, y1, z, out);
    } else {
        queryRange(level, x0, y0, 1.0, y1, z, out);
        queryRange(level, 0.0, y0, x1 - 1.0, y1, z, out);
    }
}

void ClusterIndex::queryRange(const Level &level, double x0, double y0, double x1, double y1,
                              int levelIndex, std::vector<ClusterRef> &out) const
{
    const int cps = level.cellsPerSide;
    const int cx0 = cellOf(x0, cps), cx1 = cellOf(x1, cps);
    const int cy0 = cellOf(y0, cps), cy1 = cellOf(y1, cps);
    // Walk the row-major keys, jumping over cells outside [cx0, cx1] and over empty rows with a
    // binary search: the cost follows the clusters found, not the number of rows in the rect.
    const auto begin = level.keys.begin(), end = level.keys.end();
    auto it = std::lower_bound(begin, end, key(cx0, cy0));
    const std::uint64_t last = key(cx1, cy1);
    while (it != end && *it <= last) {
        const int cy = int(*it >> 32), cx = int(*it & 0xffffffffu);
        if (cx < cx0) {
            it = std::lower_bound(it, end, key(cx0, cy));
            continue;
        }
        if (cx > cx1) {
            it = std::lower_bound(it, end, key(cx0, cy + 1));
            continue;
        }
        const int i = int(it - begin);
        const Cluster &c = level.clusters[i];
        if (c.x >= x0 && c.x <= x1 && c.y >= y0 && c.y <= y1)
            out.push_back({levelIndex, i});
        ++it;
    }
}

std::span<const int> ClusterIndex::members(ClusterRef ref) const
{
    const Cluster &c = cluster(ref);
    return std::span<const int>(m_ids.data() + c.begin, size_t(c.count));
}

bool ClusterIndex::contains(ClusterRef ref, int id) const
{
    if (id < 0 || id >= int(m_rankOfId.size()) || m_rankOfId[id] < 0)
        return false;
    const Cluster &c = cluster(ref);
    return m_rankOfId[id] >= c.begin && m_rankOfId[id] < c.begin + c.count;
}

int ClusterIndex::expansionZoom(ClusterRef ref) const
{
    return cluster(ref).expansion;
}

} // namespace atlas
