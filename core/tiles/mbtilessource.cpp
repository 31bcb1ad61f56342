// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "mbtilessource.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace atlas {

namespace {
QAtomicInteger<quint64> connectionCounter;
}

MBTilesSource::MBTilesSource(const QString &path, QObject *parent)
    : TileSource(parent)
    , m_path(path)
    , m_connection(QStringLiteral("atlas-mbtiles-%1").arg(++connectionCounter))
{
    open();
}

MBTilesSource::~MBTilesSource()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        } // the handle must be gone before the connection is removed
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString MBTilesSource::name() const
{
    const QString n = m_metadata.value(QStringLiteral("name"));
    return n.isEmpty() ? QFileInfo(m_path).completeBaseName() : n;
}

void MBTilesSource::open()
{
    const QString file = QFileInfo(m_path).fileName();
    auto fail = [&](const QString &why) { m_error = QStringLiteral("%1: %2").arg(file, why); };

    // Check the SQLite header ourselves: SQLite would "open" any file and only fail later.
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString());
    if (f.read(16) != QByteArray("SQLite format 3\0", 16))
        return fail(QStringLiteral("not an SQLite (MBTiles) file"));
    f.close();

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(QStringLiteral("the Qt SQLite driver is not installed"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // Read-only, and give up quickly on a file locked by a writer instead of hanging.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=200"));
    if (!db.open())
        return fail(QStringLiteral("cannot open: %1").arg(db.lastError().text()));

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table','view') AND name = 'tiles'")))
        return fail(QStringLiteral("unreadable database: %1").arg(q.lastError().text()));
    if (!q.next())
        return fail(QStringLiteral("no 'tiles' table (not an MBTiles file)"));
    q.finish();

    if (q.exec(QStringLiteral("SELECT name, value FROM metadata"))) {
        while (q.next())
            m_metadata.insert(q.value(0).toString(), q.value(1).toString());
    }
    q.finish();
    const QString format = m_metadata.value(QStringLiteral("format")).toLower();
    if (format == QLatin1String("pbf") || format == QLatin1String("mvt"))
        return fail(QStringLiteral("holds vector tiles (%1); only raster tiles are supported").arg(format));
    bool ok = false;
    const int minZ = m_metadata.value(QStringLiteral("minzoom")).toInt(&ok);
    if (ok && minZ >= 0 && minZ <= Tiles::maxZoom)
        m_minZoom = minZ;
    const int maxZ = m_metadata.value(QStringLiteral("maxzoom")).toInt(&ok);
    if (ok && maxZ >= m_minZoom && maxZ <= Tiles::maxZoom)
        m_maxZoom = maxZ;

    // The table may exist with the wrong columns: probe the query once.
    if (!q.exec(QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = -1 AND tile_column = -1 AND tile_row = -1")))
        return fail(QStringLiteral("'tiles' lacks the MBTiles columns: %1").arg(q.lastError().text()));
}

QByteArray MBTilesSource::readTile(const TileId &id, QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    if (!m_error.isEmpty())
        return fail(m_error);
    if (!id.isValid())
        return fail(QStringLiteral("invalid tile %1").arg(id.toString()));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    q.addBindValue(id.z);
    q.addBindValue(id.x);
    q.addBindValue(id.tmsY()); // MBTiles rows count from the south
    if (!q.exec())
        return fail(QStringLiteral("tile %1: %2").arg(id.toString(), q.lastError().text()));
    if (!q.next())
        return fail(QStringLiteral("tile %1: not in %2").arg(id.toString(), QFileInfo(m_path).fileName()));
    const QByteArray bytes = q.value(0).toByteArray();
    const QString why = checkTileBytes(bytes, maxTileBytes());
    if (!why.isEmpty())
        return fail(QStringLiteral("tile %1: %2").arg(id.toString(), why));
    if (error)
        error->clear();
    return bytes;
}

void MBTilesSource::request(const TileId &id)
{
    QString error;
    const QByteArray bytes = readTile(id, &error);
    finishLater(id, bytes, error);
}

} // namespace atlas
