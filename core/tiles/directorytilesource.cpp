// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "directorytilesource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace atlas {

DirectoryTileSource::DirectoryTileSource(const QString &root, const QString &suffix, QObject *parent)
    : TileSource(parent)
    , m_root(QDir::cleanPath(root))
    , m_suffix(suffix)
{
    if (!QFileInfo(m_root).isDir())
        m_error = QStringLiteral("%1: not a directory").arg(root);
}

QString DirectoryTileSource::name() const
{
    return QFileInfo(m_root).fileName();
}

QString DirectoryTileSource::tilePath(const TileId &id) const
{
    return QStringLiteral("%1/%2/%3/%4.%5").arg(m_root).arg(id.z).arg(id.x).arg(id.y).arg(m_suffix);
}

void DirectoryTileSource::request(const TileId &id)
{
    if (!m_error.isEmpty())
        return finishLater(id, {}, m_error);
    if (!id.isValid())
        return finishLater(id, {}, QStringLiteral("invalid tile %1").arg(id.toString()));
    QFile f(tilePath(id));
    if (!f.open(QIODevice::ReadOnly))
        return finishLater(id, {}, QStringLiteral("tile %1: %2").arg(id.toString(), f.errorString()));
    if (f.size() > maxTileBytes())
        return finishLater(id, {}, QStringLiteral("tile %1: file of %2 bytes exceeds the limit").arg(id.toString()).arg(f.size()));
    const QByteArray bytes = f.read(maxTileBytes() + 1);
    const QString why = checkTileBytes(bytes, maxTileBytes());
    finishLater(id, why.isEmpty() ? bytes : QByteArray(),
                why.isEmpty() ? QString() : QStringLiteral("tile %1: %2").arg(id.toString(), why));
}

} // namespace atlas
