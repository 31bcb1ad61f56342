// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "geo/tileid.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace atlas {

enum class TileImageFormat { Unknown, Png, Jpeg, WebP };

// A source of raster tiles. request() never blocks on the network and never emits before it
// returns: exactly one of tileReady/tileFailed follows each request (unless cancelled). The
// bytes have been checked (image magic, size limit) but not decoded.
class TileSource : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 defaultMaxTileBytes = 4 * 1024 * 1024;

    using QObject::QObject;

    virtual QString name() const = 0;
    // Text the map must show while tiles of this source are visible ("© OpenStreetMap ...").
    virtual QString attribution() const { return {}; }
    virtual int minZoom() const { return 0; }
    virtual int maxZoom() const { return Tiles::maxZoom; }

    virtual void request(const TileId &id) = 0;
    // Drops queued requests (and aborts running ones where possible); no signals follow for them.
    virtual void cancelAll() { ++m_generation; }

    void setMaxTileBytes(qint64 bytes) { m_maxTileBytes = bytes > 0 ? bytes : defaultMaxTileBytes; }
    qint64 maxTileBytes() const { return m_maxTileBytes; }

    static TileImageFormat sniffFormat(const QByteArray &bytes);
    // Empty when the bytes look like a PNG/JPEG/WebP image within maxBytes, else the reason.
    static QString checkTileBytes(const QByteArray &bytes, qint64 maxBytes = defaultMaxTileBytes);

Q_SIGNALS:
    void tileReady(const atlas::TileId &id, const QByteArray &bytes);
    void tileFailed(const atlas::TileId &id, const QString &error);

protected:
    // Queues the outcome so it reaches receivers after request() returned.
    void finishLater(const TileId &id, const QByteArray &bytes, const QString &error);

private:
    qint64 m_maxTileBytes = defaultMaxTileBytes;
    quint64 m_generation = 0; // bumped by cancelAll(): results queued before are dropped
};

} // namespace atlas

Q_DECLARE_METATYPE(atlas::TileId)
