// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "tileimagecache.h"

namespace atlas {

TileImageCache::TileImageCache(Requester request, int maxTiles) : m_request(std::move(request))
{
    m_images.setMaxCost(std::max(1, maxTiles));
}

QImage TileImageCache::image(const TileId &id)
{
    if (const QImage *img = m_images.object(id))
        return *img;
    if (!m_pending.contains(id) && !m_failed.contains(id) && m_request) {
        m_pending.insert(id);
        m_request(id);
    }
    return {};
}

bool TileImageCache::addTile(const TileId &id, const QByteArray &bytes)
{
    m_pending.remove(id);
    // Bytes from disk or network are untrusted: QImage refuses what it cannot decode.
    QImage img = QImage::fromData(bytes);
    if (img.isNull()) {
        m_failed.insert(id);
        return false;
    }
    if (img.format() != QImage::Format_ARGB32_Premultiplied && img.format() != QImage::Format_RGB32)
        img = img.convertToFormat(img.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    m_images.insert(id, new QImage(std::move(img)), 1);
    return true;
}

void TileImageCache::addFailure(const TileId &id)
{
    m_pending.remove(id);
    m_failed.insert(id);
}

void TileImageCache::clear()
{
    m_images.clear();
    m_pending.clear();
    m_failed.clear();
}

TileImageProvider TileImageCache::provider()
{
    return [this](const TileId &id) { return image(id); };
}

} // namespace atlas
