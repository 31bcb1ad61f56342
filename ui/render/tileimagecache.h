// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "geo/tileid.h"
#include "renderoptions.h"

#include <QByteArray>
#include <QCache>
#include <QImage>
#include <QSet>

#include <functional>

namespace atlas {

// Decoded raster tiles for the renderer. Source-agnostic: it asks for a missing tile through
// the request callback (e.g. TileSource::request) once, and the owner feeds the answers back
// (addTile/addFailure, e.g. from TileSource::tileReady/tileFailed) and repaints. Until a tile
// is there the renderer shows the vector basemap in its place.
class TileImageCache
{
public:
    using Requester = std::function<void(const TileId &)>;

    explicit TileImageCache(Requester request = {}, int maxTiles = 512);

    // The decoded tile, or a null image (then requested, unless pending or failed before).
    QImage image(const TileId &id);
    // Decodes and stores a tile; false (and counted as failed) when the bytes are no image.
    bool addTile(const TileId &id, const QByteArray &bytes);
    void addFailure(const TileId &id);
    // Forgets everything (e.g. when the source changes); failed tiles are asked for again.
    void clear();

    int pendingCount() const { return int(m_pending.size()); }
    int cachedCount() const { return int(m_images.size()); }
    // For RenderOptions::tiles; the cache must outlive the options that hold it.
    TileImageProvider provider();

private:
    Requester m_request;
    QCache<TileId, QImage> m_images; // cost 1 per tile
    QSet<TileId> m_pending;
    QSet<TileId> m_failed;
};

} // namespace atlas
