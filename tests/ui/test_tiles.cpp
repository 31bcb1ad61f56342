// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// Opt-in raster tiles on the map: a folder and an MBTiles file written by the test, rendered
// through TileController and MapWidget (offscreen), and the window's tile setting.
#include "mainwindow.h"
#include "mapwidget.h"
#include "tilecontroller.h"
#include "tiles/tilesource.h"
#include "tilesourcedialog.h"

#include <QBuffer>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QDir>
#include <QImage>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

const QColor tileColor(255, 0, 255);

QByteArray solidPng(const QColor &c)
{
    QImage img(256, 256, QImage::Format_RGB32);
    img.fill(c);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

// Tiles of zoom 2 that exist in the test sources: the north-west quadrant around (0,0).
const QList<TileId> written = {TileId{2, 1, 1}};

QString writeTileFolder(const QString &root)
{
    for (const TileId &id : written) {
        const QString dir = QStringLiteral("%1/%2/%3").arg(root).arg(id.z).arg(id.x);
        QDir().mkpath(dir);
        QFile f(QStringLiteral("%1/%2.png").arg(dir).arg(id.y));
        if (!f.open(QIODevice::WriteOnly) || f.write(solidPng(tileColor)) <= 0)
            return {};
    }
    return root;
}

QString writeMBTiles(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("write-mbtiles"));
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"));
        q.exec(QStringLiteral("INSERT INTO metadata VALUES ('name', 'Test'), ('format', 'png'), "
                              "('attribution', 'Test MBTiles credit')"));
        q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)"));
        for (const TileId &id : written) {
            q.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
            q.addBindValue(id.z);
            q.addBindValue(id.x);
            q.addBindValue(id.tmsY()); // MBTiles rows count from the south
            q.addBindValue(solidPng(tileColor));
            if (!q.exec())
                return {};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("write-mbtiles"));
    return path;
}

struct Probe
{
    QPoint inTile;    // inside tile 2/1/1 (lng -90..0, lat 0..66.5)
    QPoint outside;   // inside tile 2/2/2, which no source holds
};

// A plain map (no hotspots, names or furniture near the probes) centred on (0,0) at zoom 2.
void prepare(MapWidget &map)
{
    map.resize(512, 512);
    RenderOptions o = map.renderOptions();
    o.countryNames = false;
    o.legend = false;
    o.scaleBar = false;
    map.setRenderOptions(o);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    map.setView(QGeoCoordinate(0, 0), 2);
}

Probe probe(const MapWidget &map)
{
    const Viewport v = map.viewport();
    return {v.geoToScreen(QGeoCoordinate(40, -45)).toPoint(), v.geoToScreen(QGeoCoordinate(-30, 60)).toPoint()};
}

QColor pixel(MapWidget &map, QPoint p)
{
    const QImage img = map.grab().toImage();
    return img.pixelColor((QPointF(p) * img.devicePixelRatio()).toPoint());
}

} // namespace

class TestTiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Tile colour where the source has a tile, the basemap (same pixel as without tiles) elsewhere.
    void checkSource(const QString &spec, const QString &credit)
    {
        MapWidget map;
        prepare(map);
        const Probe p = probe(map);
        const QColor basemapIn = pixel(map, p.inTile);
        const QColor basemapOut = pixel(map, p.outside);
        QVERIFY(basemapIn != tileColor);

        TileController tiles(&map);
        QString error;
        QVERIFY2(tiles.setSource(spec, {}, &error), qPrintable(error));
        QVERIFY(tiles.source());
        map.repaint(); // asks for the visible tiles; answers arrive queued
        QTRY_COMPARE(pixel(map, p.inTile), tileColor);
        QCOMPARE(pixel(map, p.outside), basemapOut);
        QCOMPARE(map.lastFrame().tilesDrawn, 1);
        QVERIFY(map.lastFrame().tilesMissing > 0);
        QVERIFY(tiles.failedCount() > 0); // the missing ones, asked for once
        QVERIFY(map.renderOptions().attribution.contains(QStringLiteral("Natural Earth")));
        if (!credit.isEmpty())
            QVERIFY(map.renderOptions().attribution.startsWith(credit));

        // Missing tiles are asked for once, not on every frame.
        const int failed = tiles.failedCount();
        map.repaint();
        QTest::qWait(50);
        QCOMPARE(tiles.failedCount(), failed);

        // Off again: the basemap is back, and so is the plain credit.
        QVERIFY(tiles.setSource(QString()));
        QVERIFY(!tiles.source());
        QCOMPARE(pixel(map, p.inTile), basemapIn);
        QCOMPARE(map.renderOptions().attribution, RenderOptions().attribution);
        QCOMPARE(map.lastFrame().tilesDrawn, 0);
    }

private Q_SLOTS:
    void folderTilesOverBasemap()
    {
        const QString root = writeTileFolder(m_dir.filePath(QStringLiteral("folder")));
        QVERIFY(!root.isEmpty());
        checkSource(root, {});
    }

    void mbtilesOverBasemap()
    {
        const QString file = writeMBTiles(m_dir.filePath(QStringLiteral("test.mbtiles")));
        QVERIFY(!file.isEmpty());
        checkSource(file, QStringLiteral("Test MBTiles credit"));
    }

    void badSourceLeavesTilesOff()
    {
        MapWidget map;
        TileController tiles(&map);
        QString error;
        QVERIFY(!tiles.setSource(m_dir.filePath(QStringLiteral("missing")), {}, &error));
        QVERIFY(error.contains(QStringLiteral("no such file")));
        QVERIFY(!tiles.source());
        QVERIFY(!map.renderOptions().tiles);
        QVERIFY(!tiles.setSource(QStringLiteral("ftp://example.org/{z}/{x}/{y}.png"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("http")));
    }

    void undecodableTileIsReportedOnceAndFallsBack()
    {
        const QString root = m_dir.filePath(QStringLiteral("broken"));
        QDir().mkpath(root + QStringLiteral("/2/1"));
        QFile f(root + QStringLiteral("/2/1/1.png"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x')); // PNG magic, no image
        f.close();
        MapWidget map;
        prepare(map);
        const Probe p = probe(map);
        const QColor basemapIn = pixel(map, p.inTile);
        TileController tiles(&map);
        QStringList errors;
        connect(&tiles, &TileController::tileError, this, [&](const QString &m) { errors << m; });
        QVERIFY(tiles.setSource(root));
        map.repaint();
        const int visible = map.lastFrame().tilesMissing;
        QCOMPARE(visible, 4); // 512 px of a 1024 px world: 2x2 tiles
        QTRY_COMPARE(tiles.failedCount(), visible); // the bad one and the three missing ones
        QCOMPARE(errors.size(), 1);
        QCOMPARE(pixel(map, p.inTile), basemapIn);
    }

    void windowUsesTheSetting()
    {
        const QString root = writeTileFolder(m_dir.filePath(QStringLiteral("window")));
        QSettings settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
        {
            MainWindow w(&settings);
            QVERIFY(!w.tileController()->source()); // default: none
            QVERIFY(!w.map()->renderOptions().tiles);
        }
        // Through the dialog: a folder is accepted, a missing one is refused with the reason.
        TileSourceDialog d(&settings);
        d.enabledBox()->setChecked(true);
        d.urlEdit()->setText(root);
        QVERIFY(d.notice()->text().contains(QStringLiteral("no network connection")));
        QVERIFY(TileSourceDialog::checkSource(root).isEmpty());
        QVERIFY(!TileSourceDialog::checkSource(root + QStringLiteral("/nope")).isEmpty());
        // A mnemonic needs a buddy, or the label shows a literal "&".
        for (QLabel *l : d.findChildren<QLabel *>()) {
            if (l->textFormat() != Qt::PlainText && l->text().contains(QLatin1Char('&')))
                QVERIFY2(l->buddy(), qPrintable(l->text()));
        }
        d.accept();
        QCOMPARE(settings.value(TileSourceDialog::urlKey).toString(), root);

        MainWindow w(&settings);
        QVERIFY(w.tileController()->source());
        QCOMPARE(w.tileController()->spec(), root);
        QVERIFY(w.map()->renderOptions().tiles);

        // A setting that stopped working is an error in the window, and the map stays usable.
        settings.setValue(TileSourceDialog::urlKey, root + QStringLiteral("/gone.mbtiles"));
        w.applyTileSettings();
        QVERIFY(!w.tileController()->source());
        QVERIFY(!w.map()->renderOptions().tiles);
        QVERIFY(w.lastMessage().contains(QStringLiteral("gone.mbtiles")));

        settings.setValue(TileSourceDialog::urlKey, root);
        w.applyTileSettings();
        QVERIFY(w.tileController()->source());
        settings.setValue(TileSourceDialog::enabledKey, false);
        w.applyTileSettings();
        QVERIFY(!w.tileController()->source());
        QVERIFY(!w.map()->renderOptions().tiles);
        QCOMPARE(w.map()->renderOptions().attribution, RenderOptions().attribution);
    }
};

QTEST_MAIN(TestTiles)
#include "test_tiles.moc"
