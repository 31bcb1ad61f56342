// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// Its own process: which basemap resolutions are prepared is process-wide state.
#include "basemaplayer.h"
#include "maprenderer.h"
#include "mapwidget.h"

#include <QPainter>
#include <QTest>

using namespace atlas;

class TestBasemapPreload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportsPrepareOnlyWhatTheyDraw()
    {
        QVERIFY(!BasemapLayer::isPrepared(2.0));
        MapRenderer renderer;
        QImage img(400, 300, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&img);
        renderer.render(p, Viewport(QGeoCoordinate(47, 100), 2.5, img.size()), Scene());
        p.end();
        QVERIFY(BasemapLayer::isPrepared(2.0));
        QTest::qWait(200);
        QVERIFY(!BasemapLayer::isPrepared(3.5)); // nothing loaded ahead for a one-off render
    }

    void theMapPreparesTheNextLevelAhead()
    {
        MapWidget map;
        map.resize(400, 300);
        map.setAnimationDuration(0);
        map.setView(QGeoCoordinate(47, 100), 2.5);
        QTRY_VERIFY(BasemapLayer::isPrepared(3.5)); // 50m, before any frame at zoom 3
        QVERIFY(!BasemapLayer::isPrepared(5.5));
        map.setView(QGeoCoordinate(47, 100), 4.2);
        QTRY_VERIFY_WITH_TIMEOUT(BasemapLayer::isPrepared(5.5), 10000); // 10m, before zoom 5
    }
};

QTEST_MAIN(TestBasemapPreload)
#include "test_basemap_preload.moc"
