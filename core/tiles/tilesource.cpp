// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "tilesource.h"

#include <QMetaObject>
#include <QPointer>

namespace atlas {

TileImageFormat TileSource::sniffFormat(const QByteArray &b)
{
    if (b.startsWith("\x89PNG\r\n\x1a\n"))
        return TileImageFormat::Png;
    if (b.size() >= 3 && uchar(b[0]) == 0xff && uchar(b[1]) == 0xd8 && uchar(b[2]) == 0xff)
        return TileImageFormat::Jpeg;
    if (b.size() >= 12 && b.startsWith("RIFF") && b.mid(8, 4) == "WEBP")
        return TileImageFormat::WebP;
    return TileImageFormat::Unknown;
}

QString TileSource::checkTileBytes(const QByteArray &bytes, qint64 maxBytes)
{
    if (bytes.isEmpty())
        return QStringLiteral("empty tile");
    if (bytes.size() > maxBytes)
        return QStringLiteral("tile of %1 bytes exceeds the limit of %2").arg(bytes.size()).arg(maxBytes);
    if (sniffFormat(bytes) == TileImageFormat::Unknown)
        return QStringLiteral("not a PNG, JPEG or WebP image");
    return {};
}

void TileSource::finishLater(const TileId &id, const QByteArray &bytes, const QString &error)
{
    QMetaObject::invokeMethod(
        this,
        [this, id, bytes, error, generation = m_generation] {
            if (generation != m_generation)
                return;
            if (error.isEmpty())
                Q_EMIT tileReady(id, bytes);
            else
                Q_EMIT tileFailed(id, error);
        },
        Qt::QueuedConnection);
}

} // namespace atlas
