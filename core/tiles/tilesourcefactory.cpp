// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "tilesourcefactory.h"

#include "directorytilesource.h"
#include "httptilesource.h"
#include "mbtilessource.h"

#include <QFileInfo>
#include <QUrl>

namespace atlas {

QString knownAttribution(const QString &urlTemplate)
{
    const QString host = QUrl(Tiles::expandUrl(urlTemplate, TileId{0, 0, 0}, {QStringLiteral("a")})).host();
    if (host == QLatin1String("openstreetmap.org") || host.endsWith(QLatin1String(".openstreetmap.org")))
        return QStringLiteral("© OpenStreetMap contributors");
    return {};
}

std::unique_ptr<TileSource> createTileSource(const QString &spec, const QString &cacheDirectory, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::unique_ptr<TileSource>();
    };
    // Every source checks its input in the constructor and says why it cannot be used.
    auto validOrFail = [&](auto src) -> std::unique_ptr<TileSource> {
        if (!src->isValid())
            return fail(src->error());
        return src;
    };
    const QString s = spec.trimmed();
    if (s.isEmpty())
        return fail(QStringLiteral("no tile source configured"));
    if (s.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || s.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        HttpTileSource::Config c;
        c.urlTemplate = s;
        c.attribution = knownAttribution(s);
        c.cacheDirectory = cacheDirectory;
        return validOrFail(std::make_unique<HttpTileSource>(c));
    }
    const QString path = s.startsWith(QLatin1String("file://")) ? QUrl(s).toLocalFile() : s;
    const QFileInfo info(path);
    if (info.isDir())
        return validOrFail(std::make_unique<DirectoryTileSource>(path));
    if (info.isFile())
        return validOrFail(std::make_unique<MBTilesSource>(path));
    if (s.contains(QLatin1String("://")))
        return fail(QStringLiteral("only http and https tile servers are supported: %1").arg(s));
    return fail(QStringLiteral("%1: no such file or folder").arg(path));
}

} // namespace atlas
