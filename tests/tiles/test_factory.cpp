// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "tiles/directorytilesource.h"
#include "tiles/httptilesource.h"
#include "tiles/mbtilessource.h"
#include "tiles/tilesourcefactory.h"
#include "tiletestutil.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace atlas;

TEST_CASE("Tile sources are built from a user setting", "[tiles]")
{
    QString error;
    auto http = createTileSource(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"), {}, &error);
    REQUIRE(http);
    auto *h = dynamic_cast<HttpTileSource *>(http.get());
    REQUIRE(h);
    CHECK(h->attribution() == QStringLiteral("© OpenStreetMap contributors"));
    CHECK(h->networkRequests() == 0); // built, not used: no connection

    CHECK(knownAttribution(QStringLiteral("https://{s}.tile.example.org/{z}/{x}/{y}.png")).isEmpty());

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto folder = createTileSource(dir.path(), {}, &error);
    REQUIRE(folder);
    CHECK(dynamic_cast<DirectoryTileSource *>(folder.get()));

    const QString mb = dir.filePath(QStringLiteral("x.mbtiles"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w-factory"));
        db.setDatabaseName(mb);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w-factory"));
    auto mbtiles = createTileSource(mb, {}, &error);
    INFO(error.toStdString());
    REQUIRE(mbtiles);
    CHECK(dynamic_cast<MBTilesSource *>(mbtiles.get()));

    // Failures say why.
    CHECK_FALSE(createTileSource(QString(), {}, &error));
    CHECK(error.contains(QLatin1String("no tile source")));
    CHECK_FALSE(createTileSource(QStringLiteral("ftp://example.org/{z}/{x}/{y}.png"), {}, &error));
    CHECK(error.contains(QLatin1String("only http")));
    CHECK_FALSE(createTileSource(QStringLiteral("https://example.org/tiles.png"), {}, &error));
    CHECK(error.contains(QLatin1String("{z}")));
    CHECK_FALSE(createTileSource(dir.filePath(QStringLiteral("nope.mbtiles")), {}, &error));
    CHECK(error.contains(QLatin1String("no such file")));
    QFile junk(dir.filePath(QStringLiteral("junk.mbtiles")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("hello, not sqlite");
    junk.close();
    CHECK_FALSE(createTileSource(junk.fileName(), {}, &error));
    CHECK(error.contains(QLatin1String("not an SQLite")));
}
