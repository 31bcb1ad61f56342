// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tilesource.h"

#include <QHash>

namespace atlas {

// Raster tiles from an MBTiles file (SQLite, rows in TMS order), opened read-only. A file that
// is not SQLite, lacks the tiles table or holds vector tiles gives a clear error() and every
// request fails; nothing ever blocks for long (busy timeout) or crashes.
class MBTilesSource : public TileSource
{
    Q_OBJECT
public:
    explicit MBTilesSource(const QString &path, QObject *parent = nullptr);
    ~MBTilesSource() override;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    // The metadata table as key -> value (name, format, bounds, attribution, ...).
    QHash<QString, QString> metadata() const { return m_metadata; }

    QString name() const override;
    QString attribution() const override { return m_metadata.value(QStringLiteral("attribution")); }
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    void request(const TileId &id) override;
    // Synchronous read, for exports and tests; null with *error set on failure.
    QByteArray readTile(const TileId &id, QString *error = nullptr) const;

private:
    void open();

    QString m_path;
    QString m_connection; // unique QSqlDatabase connection name
    QString m_error;
    QHash<QString, QString> m_metadata;
    int m_minZoom = 0;
    int m_maxZoom = Tiles::maxZoom;
};

} // namespace atlas
