// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// Offline first: with default settings the window opens no network connection at all, and a
// tile server that is configured and then turned off again is no longer used.
#include "mainwindow.h"
#include "mapwidget.h"
#include "reportlibrary.h"
#include "tilecontroller.h"
#include "tiles/httptilesource.h"
#include "tilesourcedialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <unistd.h>

using namespace atlas;

namespace {

const QString samplesDir = QStringLiteral(TEST_DATA_DIR "/../../resources/samples");

// Sockets of any kind (TCP, UDP, Unix, netlink) this process holds.
int rawSocketCount()
{
    int n = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        const QByteArray link = QFile::encodeName(fds.filePath(fd));
        char buf[256];
        const ssize_t len = ::readlink(link.constData(), buf, sizeof buf - 1);
        if (len > 0 && QByteArray(buf, int(len)).startsWith("socket:"))
            ++n;
    }
    return n;
}

int networkManagers(QObject *root)
{
    return int(root->findChildren<QNetworkAccessManager *>().size());
}

} // namespace

class TestOffline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    // The probe itself: a bound socket is counted, and no longer once closed.
    void socketCountSeesSockets()
    {
        const int before = rawSocketCount();
        {
            QUdpSocket socket;
            QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
            QCOMPARE(rawSocketCount(), before + 1);
        }
        QCOMPARE(rawSocketCount(), before);
    }

    void defaultSettingsOpenNoConnection()
    {
        const int before = rawSocketCount();
        QSettings settings(m_dir.filePath(QStringLiteral("defaults.ini")), QSettings::IniFormat);
        QVERIFY(settings.allKeys().isEmpty());
        MainWindow w(&settings);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy shown(&w, &MainWindow::libraryShown);
        w.openPaths({samplesDir});
        QVERIFY(shown.wait(20000));
        QCOMPARE(w.library()->count(), 20);
        QVERIFY(w.map()->scene().size() > 0);
        w.map()->repaint();
        QVERIFY(!w.map()->lastFrame().markers.isEmpty()); // the samples really are on the map
        QCOMPARE(w.map()->lastFrame().tilesDrawn + w.map()->lastFrame().tilesMissing, 0);
        QTest::qWait(200); // anything started asynchronously has had time to open its socket

        QVERIFY(!w.tileController()->source());
        QCOMPARE(networkManagers(qApp), 0);
        QCOMPARE(networkManagers(&w), 0);
        QCOMPARE(rawSocketCount(), before);
    }

    void serverThenNoneStopsUsingIt()
    {
        const int before = rawSocketCount();
        QSettings settings(m_dir.filePath(QStringLiteral("server.ini")), QSettings::IniFormat);
        MainWindow w(&settings);
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Port 9 on the loopback (discard): refused or unanswered, never the internet.
        settings.setValue(TileSourceDialog::enabledKey, true);
        settings.setValue(TileSourceDialog::urlKey, QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"));
        w.applyTileSettings();
        auto *http = qobject_cast<HttpTileSource *>(w.tileController()->source());
        QVERIFY(http);
        QPointer<HttpTileSource> watch(http);
        w.map()->repaint();
        QVERIFY(w.map()->lastFrame().tilesMissing > 0); // asked the server for the view
        QCOMPARE(networkManagers(http), 1);             // the manager exists only now

        settings.setValue(TileSourceDialog::enabledKey, false);
        w.applyTileSettings();
        QVERIFY(!w.tileController()->source());
        QVERIFY(watch.isNull()); // the source and its manager are gone
        QVERIFY(!w.map()->renderOptions().tiles);
        QCOMPARE(w.map()->renderOptions().attribution, RenderOptions().attribution);
        w.map()->repaint();
        QCOMPARE(w.map()->lastFrame().tilesDrawn + w.map()->lastFrame().tilesMissing, 0);
        QCOMPARE(networkManagers(qApp), 0);
        QCOMPARE(networkManagers(&w), 0);
        QTRY_COMPARE_WITH_TIMEOUT(rawSocketCount(), before, 5000);
    }
};

QTEST_MAIN(TestOffline)
#include "test_offline.moc"
