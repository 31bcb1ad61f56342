// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "tiles/directorytilesource.h"
#include "tiles/mbtilessource.h"
#include "tiletestutil.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace atlas;
using atlas::test::fakePng;
using atlas::test::TileResults;
using atlas::test::waitUntil;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Writes an MBTiles file with the given tiles stored under their TMS rows, plus optional
// extra rows stored verbatim (to catch a missing flip).
void writeMBTiles(const QString &path, const QList<QPair<TileId, QByteArray>> &tiles,
                  const QList<QPair<TileId, QByteArray>> &rawRows = {}, const QString &format = QStringLiteral("png"))
{
    const QString conn = QStringLiteral("writer-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)")));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")));
        const QList<QPair<QString, QString>> meta{{"name", "Test tiles"}, {"format", format},
                                                  {"minzoom", "0"}, {"maxzoom", "6"},
                                                  {"attribution", "Test data"}};
        for (const auto &[k, v] : meta) {
            q.prepare(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"));
            q.addBindValue(k);
            q.addBindValue(v);
            REQUIRE(q.exec());
        }
        auto insert = [&](int z, int x, int row, const QByteArray &data) {
            q.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
            q.addBindValue(z);
            q.addBindValue(x);
            q.addBindValue(row);
            q.addBindValue(data);
            REQUIRE(q.exec());
        };
        for (const auto &[id, data] : tiles)
            insert(id.z, id.x, id.tmsY(), data);
        for (const auto &[id, data] : rawRows)
            insert(id.z, id.x, id.y, data);
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
}

} // namespace

TEST_CASE("Tile bytes are checked before decoding", "[tiles]")
{
    CHECK(TileSource::sniffFormat(fakePng("x")) == TileImageFormat::Png);
    CHECK(TileSource::sniffFormat(QByteArray("\xff\xd8\xff\xe0rest", 8)) == TileImageFormat::Jpeg);
    CHECK(TileSource::sniffFormat(QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16)) == TileImageFormat::WebP);
    CHECK(TileSource::sniffFormat(QByteArray("RIFF\x10\0\0\0WAVEfmt ", 16)) == TileImageFormat::Unknown);
    CHECK(TileSource::sniffFormat("<html>") == TileImageFormat::Unknown);
    CHECK(TileSource::sniffFormat(QByteArray("\x89PNG", 4)) == TileImageFormat::Unknown);

    CHECK(TileSource::checkTileBytes(fakePng("ok")).isEmpty());
    CHECK(TileSource::checkTileBytes({}).contains(QLatin1String("empty")));
    CHECK(TileSource::checkTileBytes("<html>").contains(QLatin1String("not a PNG")));
    CHECK(TileSource::checkTileBytes(fakePng(QByteArray(100, 'a')), 50).contains(QLatin1String("exceeds")));
}

TEST_CASE("Directory tile source reads z/x/y files asynchronously", "[tiles]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("3/5/1.png")), fakePng("3/5/1"));
    writeFile(dir.filePath(QStringLiteral("3/5/2.png")), "<html>not found</html>");
    writeFile(dir.filePath(QStringLiteral("3/6/1.png")), fakePng(QByteArray(5000, 'x')));

    DirectoryTileSource src(dir.path());
    REQUIRE(src.isValid());
    src.setMaxTileBytes(1000);
    TileResults r(&src);
    src.request(TileId{3, 5, 1});
    CHECK(r.total() == 0); // never answers inside request()
    src.request(TileId{3, 5, 2});
    src.request(TileId{3, 6, 1});
    src.request(TileId{3, 7, 7}); // missing file
    src.request(TileId{3, 9, 0}); // outside the world
    REQUIRE(waitUntil([&] { return r.total() == 5; }));
    REQUIRE(r.ready.size() == 1);
    CHECK(r.ready[0].first == TileId{3, 5, 1});
    CHECK(r.ready[0].second == fakePng("3/5/1"));
    REQUIRE(r.failed.size() == 4);
    CHECK(r.failed[0].second.contains(QLatin1String("not a PNG")));
    CHECK(r.failed[1].second.contains(QLatin1String("exceeds")));
    CHECK(r.failed[2].first == TileId{3, 7, 7});
    CHECK(r.failed[3].second.contains(QLatin1String("invalid")));

    // cancelAll drops answers that were already queued.
    src.request(TileId{3, 5, 1});
    src.cancelAll();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(r.total() == 5);

    DirectoryTileSource missing(dir.filePath(QStringLiteral("nope")));
    CHECK_FALSE(missing.isValid());
    TileResults m(&missing);
    missing.request(TileId{0, 0, 0});
    REQUIRE(waitUntil([&] { return m.total() == 1; }));
    CHECK(m.failed.size() == 1);
}

TEST_CASE("MBTiles source flips rows to TMS", "[tiles]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("test.mbtiles"));
    // z3 tile x5 y1 (XYZ) is stored at TMS row 6; a decoy sits at row 1.
    writeMBTiles(path, {{TileId{3, 5, 1}, fakePng("xyz 3/5/1")}, {TileId{0, 0, 0}, fakePng("world")},
                        {TileId{4, 2, 3}, "garbage"}},
                 {{TileId{3, 5, 1}, fakePng("decoy at row 1")}});

    MBTilesSource src(path);
    INFO(src.error().toStdString());
    REQUIRE(src.isValid());
    CHECK(src.name() == QStringLiteral("Test tiles"));
    CHECK(src.attribution() == QStringLiteral("Test data"));
    CHECK(src.maxZoom() == 6);
    CHECK(src.metadata().value(QStringLiteral("format")) == QStringLiteral("png"));

    QString error;
    CHECK(src.readTile(TileId{3, 5, 1}, &error) == fakePng("xyz 3/5/1"));
    CHECK(error.isEmpty());
    // The decoy's XYZ row 1 is TMS row 6 -> XYZ 3/5/6 reads the decoy stored at row 1.
    CHECK(src.readTile(TileId{3, 5, 6}) == fakePng("decoy at row 1"));
    CHECK(src.readTile(TileId{3, 5, 2}, &error).isNull());
    CHECK(error.contains(QLatin1String("not in")));
    CHECK(src.readTile(TileId{4, 2, 3}, &error).isNull());
    CHECK(error.contains(QLatin1String("not a PNG")));

    TileResults r(&src);
    src.request(TileId{0, 0, 0});
    src.request(TileId{3, 5, 1});
    src.request(TileId{1, 0, 0});
    REQUIRE(waitUntil([&] { return r.total() == 3; }));
    REQUIRE(r.ready.size() == 2);
    CHECK(r.ready[0].second == fakePng("world"));
    CHECK(r.ready[1].second == fakePng("xyz 3/5/1"));
    CHECK(r.failed.size() == 1);

    // A second source on the same file gets its own connection; both keep working.
    {
        MBTilesSource again(path);
        REQUIRE(again.isValid());
        CHECK(again.readTile(TileId{0, 0, 0}) == fakePng("world"));
    }
    CHECK(src.readTile(TileId{0, 0, 0}) == fakePng("world"));
}

TEST_CASE("MBTiles source is read-only", "[tiles]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ro.mbtiles"));
    writeMBTiles(path, {{TileId{0, 0, 0}, fakePng("world")}});
    MBTilesSource src(path);
    REQUIRE(src.isValid());
    // Writing through the source's connection must fail.
    const QStringList names = QSqlDatabase::connectionNames();
    bool refused = false;
    for (const QString &n : names) {
        if (!n.startsWith(QLatin1String("atlas-mbtiles-")))
            continue;
        QSqlDatabase c = QSqlDatabase::database(n, false);
        if (c.databaseName() != path)
            continue;
        QSqlQuery q(c);
        refused = !q.exec(QStringLiteral("DELETE FROM tiles"));
    }
    CHECK(refused);
    CHECK(src.readTile(TileId{0, 0, 0}) == fakePng("world"));
}

TEST_CASE("Bad MBTiles files are rejected cleanly", "[tiles]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto rejects = [](const QString &path, const char *why) {
        MBTilesSource src(path);
        CHECK_FALSE(src.isValid());
        INFO(src.error().toStdString());
        CHECK(src.error().contains(QLatin1String(why)));
        TileResults r(&src);
        src.request(TileId{0, 0, 0});
        REQUIRE(waitUntil([&] { return r.total() == 1; }, 2000));
        CHECK(r.failed.size() == 1);
        CHECK(src.readTile(TileId{0, 0, 0}).isNull());
    };

    const QString garbage = dir.filePath(QStringLiteral("garbage.mbtiles"));
    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk.append(char((i * 31 + 7) & 0xff));
    writeFile(garbage, junk);
    rejects(garbage, "not an SQLite");

    const QString empty = dir.filePath(QStringLiteral("empty.mbtiles"));
    writeFile(empty, {});
    rejects(empty, "not an SQLite");

    rejects(dir.filePath(QStringLiteral("missing.mbtiles")), "missing.mbtiles");

    // A real SQLite database without the tiles table.
    const QString noTiles = dir.filePath(QStringLiteral("notiles.mbtiles"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w-notiles"));
        db.setDatabaseName(noTiles);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE other (a INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w-notiles"));
    rejects(noTiles, "no 'tiles' table");

    // A tiles table with the wrong columns.
    const QString wrongCols = dir.filePath(QStringLiteral("wrong.mbtiles"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w-wrong"));
        db.setDatabaseName(wrongCols);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE tiles (a INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w-wrong"));
    rejects(wrongCols, "lacks the MBTiles columns");

    // Vector tiles are not raster tiles.
    const QString vector = dir.filePath(QStringLiteral("vector.mbtiles"));
    writeMBTiles(vector, {}, {}, QStringLiteral("pbf"));
    rejects(vector, "vector tiles");

    // A truncated real file: header intact, body cut.
    const QString good = dir.filePath(QStringLiteral("good.mbtiles"));
    writeMBTiles(good, {{TileId{0, 0, 0}, fakePng("world")}});
    QFile g(good);
    REQUIRE(g.open(QIODevice::ReadOnly));
    const QByteArray full = g.readAll();
    g.close();
    const QString truncated = dir.filePath(QStringLiteral("truncated.mbtiles"));
    writeFile(truncated, full.left(200));
    MBTilesSource t(truncated);
    CHECK_FALSE(t.isValid()); // fails while opening or probing, never crashes
    CHECK(t.readTile(TileId{0, 0, 0}).isNull());
}
