// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tileimagecache.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace atlas {

class MapWidget;
class TileSource;

// Puts the raster tiles of one user-configured source on a map: creates the source from the
// setting (URL template, .mbtiles file or folder), feeds its answers into a TileImageCache and
// repaints. No source is created until setSource() is called with a non-empty spec, so the
// app's defaults open no network connection.
class TileController : public QObject
{
    Q_OBJECT
public:
    explicit TileController(MapWidget *map, QObject *parent = nullptr);
    ~TileController() override;

    // Switches to the source the spec names; an empty spec turns tiles off. On failure tiles
    // are off, *error says why and false is returned.
    bool setSource(const QString &spec, const QString &cacheDirectory = {}, QString *error = nullptr);
    void clear();

    TileSource *source() const { return m_source.get(); }
    QString spec() const { return m_spec; }
    const TileImageCache &cache() const { return m_cache; }
    int failedCount() const { return m_failures; }

Q_SIGNALS:
    // The first tile failure of a source (later ones are only counted: a folder or MBTiles file
    // that covers part of the world fails for every tile outside it).
    void tileError(const QString &message);

private:
    QPointer<MapWidget> m_map;
    std::unique_ptr<TileSource> m_source;
    TileImageCache m_cache;
    QString m_spec;
    int m_failures = 0;
};

} // namespace atlas
