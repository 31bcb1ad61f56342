// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "tilecontroller.h"

#include "mapwidget.h"
#include "tiles/tilesourcefactory.h"

namespace atlas {

TileController::TileController(MapWidget *map, QObject *parent)
    : QObject(parent)
    , m_map(map)
    , m_cache([this](const TileId &id) {
        if (m_source)
            m_source->request(id);
    })
{
}

TileController::~TileController()
{
    clear();
}

void TileController::clear()
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->cancelAll();
        m_source.reset();
    }
    m_cache.clear();
    m_spec.clear();
    m_failures = 0;
    if (m_map)
        m_map->setTiles({});
}

bool TileController::setSource(const QString &spec, const QString &cacheDirectory, QString *error)
{
    clear();
    if (spec.trimmed().isEmpty())
        return true;
    QString why;
    std::unique_ptr<TileSource> source = createTileSource(spec, cacheDirectory, &why);
    if (!source) {
        if (error)
            *error = why;
        return false;
    }
    m_source = std::move(source);
    m_spec = spec.trimmed();
    connect(m_source.get(), &TileSource::tileReady, this, [this](const TileId &id, const QByteArray &bytes) {
        if (!m_cache.addTile(id, bytes) && m_failures++ == 0)
            Q_EMIT tileError(tr("Map tile %1 from %2 is not an image").arg(id.toString(), m_source->name()));
        if (m_map)
            m_map->update();
    });
    connect(m_source.get(), &TileSource::tileFailed, this, [this](const TileId &id, const QString &message) {
        m_cache.addFailure(id);
        if (m_failures++ == 0)
            Q_EMIT tileError(tr("Map tiles from %1: %2").arg(m_source->name(), message));
    });
    if (m_map)
        m_map->setTiles(m_cache.provider(), m_source->attribution());
    return true;
}

} // namespace atlas
