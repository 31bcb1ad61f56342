// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "hotspottablemodel.h"
#include "mapinputcontroller.h"
#include "mapviewstate.h"
#include "mapwidget.h"
#include "tileimagecache.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QWheelEvent>

using namespace atlas;

namespace {

Report report(const QString &country, const QList<std::tuple<QString, double, double, int>> &spots)
{
    Report r;
    r.country = country;
    r.title = country + QStringLiteral(" weekly");
    r.source = country.toLower() + QStringLiteral(".md");
    r.period = {QDate(2026, 5, 22), QDate(2026, 5, 29)};
    for (const auto &[label, lat, lng, intensity] : spots) {
        Hotspot h;
        h.label = label;
        h.detail = QStringLiteral("About ") + label;
        if (!std::isnan(lat))
            h.coordinate = QGeoCoordinate(lat, lng);
        h.intensity = intensity;
        r.hotspots.append(h);
    }
    return r;
}

QList<Report> sampleReports()
{
    return {report(QStringLiteral("Mongolia"), {{QStringLiteral("Ulaanbaatar"), 47.92, 106.92, 3},
                                                {QStringLiteral("Erdenet"), 49.03, 104.08, 2},
                                                {QStringLiteral("Nowhere"), qQNaN(), 0, 1}}),
            report(QStringLiteral("Georgia"), {{QStringLiteral("Tbilisi <b>centre</b>"), 41.72, 44.79, 1}})};
}

void sendMouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

void sendWheel(QWidget *w, QPointF pos, int angle, int pixels = 0)
{
    QWheelEvent e(pos, w->mapToGlobal(pos), QPoint(0, pixels), QPoint(0, angle), Qt::NoButton, Qt::NoModifier,
                  Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}

bool near(const QGeoCoordinate &a, const QGeoCoordinate &b, double eps = 1e-6)
{
    return std::abs(a.latitude() - b.latitude()) < eps && std::abs(a.longitude() - b.longitude()) < eps;
}

} // namespace

class TestMapWidget : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        HotspotTableModel model;
        QItemSelectionModel selection{&model};
        MapWidget map;
        Fixture()
        {
            model.setReports(sampleReports());
            map.setModel(&model);
            map.setSelectionModel(&selection);
            map.resize(800, 600);
            map.show();
            QVERIFY(QTest::qWaitForWindowExposed(&map));
            map.setView(QGeoCoordinate(45, 80), 4);
        }
    };

private Q_SLOTS:
    void modelPassesTester()
    {
        HotspotTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReports(sampleReports());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.index(0, HotspotTableModel::LabelColumn).data().toString(), QStringLiteral("Ulaanbaatar"));
        QCOMPARE(model.index(0, HotspotTableModel::IntensityColumn).data().toInt(), 3);
        QCOMPARE(model.index(1, HotspotTableModel::LatitudeColumn).data(HotspotTableModel::SortRole).toDouble(), 49.03);
        QCOMPARE(model.index(2, HotspotTableModel::LatitudeColumn).data().toString(), QStringLiteral("unplaced"));
        QCOMPARE(model.index(3, HotspotTableModel::CountryColumn).data().toString(), QStringLiteral("Georgia"));
        QCOMPARE(model.index(3, 0).data(HotspotTableModel::HotspotIndexRole).toInt(), 0);
        QCOMPARE(model.index(1, 0).data(HotspotTableModel::HotspotIndexRole).toInt(), 1);
        QCOMPARE(model.index(0, 0).data(HotspotTableModel::TitleRole).toString(), QStringLiteral("Mongolia weekly"));
        QCOMPARE(model.index(3, 0).data(HotspotTableModel::PeriodRole).value<Period>(),
                 (Period{QDate(2026, 5, 22), QDate(2026, 5, 29)}));
        QCOMPARE(model.index(0, 0).data(HotspotTableModel::SourceRole).toString(), QStringLiteral("mongolia.md"));
        QVERIFY(!model.index(2, 0).data(HotspotTableModel::CoordinateRole).value<QGeoCoordinate>().isValid());

        // Sorting by intensity through a proxy uses SortRole.
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(HotspotTableModel::SortRole);
        proxy.sort(HotspotTableModel::IntensityColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Ulaanbaatar"));
        model.setReports({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sceneFollowsModel()
    {
        Fixture f;
        QCOMPARE(f.map.scene().size(), 4);
        QCOMPARE(f.map.scene().clusters().pointCount(), 3); // unplaced is not on the map
        f.model.setReports({sampleReports().first()});
        QCOMPARE(f.map.scene().size(), 3);
    }

    void wheelZoomsAroundCursor()
    {
        Fixture f;
        const QPointF cursor(620, 140);
        const QGeoCoordinate under = f.map.viewport().screenToGeo(cursor);
        const double zoom = f.map.viewport().zoom();
        sendWheel(&f.map, cursor, 120);
        QVERIFY(f.map.isAnimating());
        QCOMPARE(f.map.targetZoom(), zoom + MapInputController::wheelStep);
        QTRY_VERIFY(!f.map.isAnimating());
        QCOMPARE(f.map.viewport().zoom(), zoom + MapInputController::wheelStep);
        QVERIFY(near(f.map.viewport().screenToGeo(cursor), under));
        // Two quick notches add up.
        sendWheel(&f.map, cursor, 120);
        sendWheel(&f.map, cursor, 120);
        QTRY_VERIFY(!f.map.isAnimating());
        QCOMPARE(f.map.viewport().zoom(), zoom + 3 * MapInputController::wheelStep);
        QVERIFY(near(f.map.viewport().screenToGeo(cursor), under));
        // Out again.
        sendWheel(&f.map, cursor, -120);
        QTRY_VERIFY(!f.map.isAnimating());
        QCOMPARE(f.map.viewport().zoom(), zoom + 2 * MapInputController::wheelStep);
        // A touchpad reporting pixels only: 120 px are one notch.
        sendWheel(&f.map, cursor, 0, 60);
        sendWheel(&f.map, cursor, 0, 60);
        QTRY_VERIFY(!f.map.isAnimating());
        QCOMPARE(f.map.viewport().zoom(), zoom + 3 * MapInputController::wheelStep);
        QVERIFY(near(f.map.viewport().screenToGeo(cursor), under));
    }

    void dragPansByTheDragDistance()
    {
        Fixture f;
        const QPointF from(300, 300), to(420, 250);
        const QGeoCoordinate grabbed = f.map.viewport().screenToGeo(from);
        sendMouse(&f.map, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        sendMouse(&f.map, QEvent::MouseMove, QPointF(350, 280), Qt::NoButton, Qt::LeftButton);
        sendMouse(&f.map, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
        sendMouse(&f.map, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
        QVERIFY(near(f.map.viewport().screenToGeo(to), grabbed));
        QCOMPARE(f.map.viewport().zoom(), 4.0);
    }

    void keyboard()
    {
        Fixture f;
        f.map.setAnimationDuration(0);
        const QPointF p(200, 300);
        const QGeoCoordinate at = f.map.viewport().screenToGeo(p);
        QTest::keyClick(&f.map, Qt::Key_Left);
        QCOMPARE(f.map.viewport().geoToScreen(at).x(), p.x() + MapInputController::keyPanPixels);
        QTest::keyClick(&f.map, Qt::Key_Down);
        QVERIFY(std::abs(f.map.viewport().geoToScreen(at).y() - (p.y() - MapInputController::keyPanPixels)) < 1e-6);
        const QGeoCoordinate centre = f.map.viewport().center();
        QTest::keyClick(&f.map, Qt::Key_Plus);
        QCOMPARE(f.map.viewport().zoom(), 5.0);
        QVERIFY(near(f.map.viewport().center(), centre));
        QTest::keyClick(&f.map, Qt::Key_Minus);
        QTest::keyClick(&f.map, Qt::Key_Minus);
        QCOMPARE(f.map.viewport().zoom(), 3.0);

        // Home fits every placed hotspot inside the widget.
        f.map.setView(QGeoCoordinate(-40, -60), 9);
        QTest::keyClick(&f.map, Qt::Key_Home);
        for (const SceneHotspot &s : f.map.scene().hotspots()) {
            if (!s.hotspot.isPlaced())
                continue;
            const QPointF pos = f.map.viewport().geoToScreen(s.hotspot.coordinate);
            QVERIFY2(QRectF(0, 0, 800, 600).contains(pos), qPrintable(s.hotspot.label));
        }
        QVERIFY(f.map.viewport().zoom() > 3);
    }

    void clickSelectsAndSelectionShows()
    {
        Fixture f;
        f.map.setView(QGeoCoordinate(45, 75), 4); // each hotspot alone, all on screen
        const QPointF erdenet = f.map.viewport().geoToScreen(QGeoCoordinate(49.03, 104.08));
        QCOMPARE(f.map.rowAt(erdenet), 1);
        sendMouse(&f.map, QEvent::MouseButtonPress, erdenet, Qt::LeftButton, Qt::LeftButton);
        sendMouse(&f.map, QEvent::MouseButtonRelease, erdenet, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(f.selection.selectedRows().size(), 1);
        QCOMPARE(f.selection.selectedRows().first().row(), 1);
        QVERIFY(f.map.scene().isSelected(1));

        // And the other way: the table selects row 3, the map shows it selected.
        f.selection.select(f.model.index(3, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(f.map.scene().isSelected(3));
        QVERIFY(!f.map.scene().isSelected(1));
        f.map.repaint();
        const auto &markers = f.map.lastFrame().markers;
        const auto tbilisi = std::find_if(markers.begin(), markers.end(), [](const MarkerItem &m) { return m.hotspot == 3; });
        QVERIFY(tbilisi != markers.end());
        QVERIFY(tbilisi->selected);

        // A click on empty map clears it.
        sendMouse(&f.map, QEvent::MouseButtonPress, QPointF(5, 5), Qt::LeftButton, Qt::LeftButton);
        sendMouse(&f.map, QEvent::MouseButtonRelease, QPointF(5, 5), Qt::LeftButton, Qt::NoButton);
        QVERIFY(!f.selection.hasSelection());
    }

    void clickOnClusterZoomsIn()
    {
        Fixture f;
        f.map.setView(QGeoCoordinate(48, 105), 2);
        f.map.repaint();
        const auto &markers = f.map.lastFrame().markers;
        const auto cluster = std::find_if(markers.begin(), markers.end(), [](const MarkerItem &m) { return m.isCluster(); });
        QVERIFY(cluster != markers.end());
        const QPointF at = cluster->position;
        sendMouse(&f.map, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
        sendMouse(&f.map, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
        QTRY_VERIFY(!f.map.isAnimating());
        QVERIFY(f.map.viewport().zoom() > 2);
        QVERIFY(f.map.hitTest(at).kind != HitResult::Cluster || f.map.viewport().zoom() >= 17);
    }

    void doubleClickZoomsIn()
    {
        Fixture f;
        f.map.setAnimationDuration(0);
        const QPointF p(100, 500);
        const QGeoCoordinate under = f.map.viewport().screenToGeo(p);
        sendMouse(&f.map, QEvent::MouseButtonDblClick, p, Qt::LeftButton, Qt::LeftButton);
        QCOMPARE(f.map.viewport().zoom(), 5.0);
        QVERIFY(near(f.map.viewport().screenToGeo(p), under));
    }

    void hoverTextIsPlainAndComplete()
    {
        Fixture f;
        f.map.setView(QGeoCoordinate(44, 50), 5);
        const QPointF tbilisi = f.map.viewport().geoToScreen(QGeoCoordinate(41.72, 44.79));
        sendMouse(&f.map, QEvent::MouseMove, tbilisi, Qt::NoButton, Qt::NoButton);
        const QString text = f.map.hoverText();
        QVERIFY(text.contains(QStringLiteral("Tbilisi <b>centre</b>"))); // literally, not as markup
        QVERIFY(text.contains(QStringLiteral("About Tbilisi")));
        QVERIFY(text.contains(QStringLiteral("Intensity: 1")));
        QVERIFY(text.contains(QStringLiteral("41.7200, 44.7900")));
        QVERIFY(text.contains(QStringLiteral("Georgia")));
        QVERIFY(text.contains(QStringLiteral("2026-05-22")));
        QVERIFY(text.contains(QStringLiteral("Georgia weekly"))); // the title role
        QCOMPARE(f.map.scene().hovered(), 3);
        sendMouse(&f.map, QEvent::MouseMove, QPointF(3, 3), Qt::NoButton, Qt::NoButton);
        QVERIFY(f.map.hoverText().isEmpty());
        QCOMPARE(f.map.scene().hovered(), -1);
    }

    void fitToCountryUsesBasemapBounds()
    {
        Fixture f;
        f.map.setView(QGeoCoordinate(-30, -60), 8);
        QVERIFY(f.map.fitToCountry(QStringLiteral("Mongolia")));
        const QRectF screen(0, 0, 800, 600);
        // Its far corners (west Altai, east Dornod) and the capital are in view, and closely.
        QVERIFY(screen.contains(f.map.viewport().geoToScreen(QGeoCoordinate(48.5, 88.5))));
        QVERIFY(screen.contains(f.map.viewport().geoToScreen(QGeoCoordinate(47.5, 118.0))));
        QVERIFY(screen.contains(f.map.viewport().geoToScreen(QGeoCoordinate(47.92, 106.92))));
        QVERIFY(f.map.viewport().zoom() > 3.5);
        const Viewport before = f.map.viewport();
        QVERIFY(!f.map.fitToCountry(QStringLiteral("Atlantis")));
        QCOMPARE(f.map.viewport(), before);
    }

    void paintsWithTheRenderer()
    {
        Fixture f;
        f.map.setView(QGeoCoordinate(45, 75), 4);
        const QImage shot = f.map.grab().toImage();
        const QPointF ub = f.map.viewport().geoToScreen(QGeoCoordinate(47.92, 106.92));
        const double dpr = shot.devicePixelRatio();
        QCOMPARE(shot.pixelColor((ub * dpr).toPoint()), MarkerPainter::intensityColor(3));
        QCOMPARE(f.map.lastFrame().markers.size(), qsizetype(3));
    }

    void tilesDrawnAndCredited()
    {
        Fixture f;
        QList<TileId> asked;
        TileImageCache cache([&](const TileId &id) { asked.append(id); });
        f.map.setTiles(cache.provider(), QStringLiteral("© Test Tiles"));
        f.map.repaint();
        QVERIFY(!asked.isEmpty());
        QVERIFY(f.map.renderOptions().attribution.startsWith(QStringLiteral("© Test Tiles")));
        QVERIFY(f.map.renderOptions().attribution.contains(QStringLiteral("Natural Earth")));
        f.map.setTiles({});
        QCOMPARE(f.map.renderOptions().attribution, QStringLiteral("Made with Natural Earth"));
    }

    void sharedViewStateBindsTwoMaps()
    {
        Fixture f;
        MapWidget other;
        other.resize(400, 300);
        MapViewState state;
        f.map.setViewState(&state);
        other.setViewState(&state);
        QVERIFY(near(other.viewport().center(), f.map.viewport().center()));
        f.map.setAnimationDuration(0);
        f.map.panBy(QPointF(50, -20));
        QVERIFY(near(other.viewport().center(), f.map.viewport().center()));
        other.setAnimationDuration(0);
        other.zoomAt(1, QPointF(200, 150));
        QCOMPARE(f.map.viewport().zoom(), other.viewport().zoom());
        QVERIFY(near(other.viewport().center(), f.map.viewport().center()));
        // A zoom animation on one map is followed cheaply by the other (scaled basemap).
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        f.map.setAnimationDuration(300);
        f.map.zoomAt(0.8, QPointF(400, 300));
        QTRY_VERIFY(!f.map.isAnimating());
        QCOMPARE(other.viewport().zoom(), f.map.viewport().zoom());
        QVERIFY(other.renderer().basemap().scaledBlits() > 0);
        f.map.setViewState(nullptr);
        other.panBy(QPointF(100, 0));
        QVERIFY(!near(other.viewport().center(), f.map.viewport().center()));
    }
};

QTEST_MAIN(TestMapWidget)
#include "test_mapwidget.moc"
