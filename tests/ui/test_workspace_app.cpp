// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// The hotspot-atlas executable from the outside: --version, --help, the sample library opened
// when there is no session, and a screenshot that shows the map with its markers.
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString appPath()
{
    // tests/ui/<test> and app/gui/hotspot-atlas share the build directory.
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/gui/hotspot-atlas"));
}

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run run(const QStringList &args, const QString &configDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir); // never the analyst's settings
    p.setProcessEnvironment(env);
    p.start(appPath(), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

// Pixels in the deep red of intensity-3 markers (YlOrRd), sampled every other pixel.
int redPixels(const QImage &img)
{
    int red = 0;
    for (int y = 0; y < img.height(); y += 2) {
        for (int x = 0; x < img.width(); x += 2) {
            const QColor c = img.pixelColor(x, y);
            if (c.red() > 150 && c.green() < 60 && c.blue() < 80)
                ++red;
        }
    }
    return red;
}
} // namespace

class TestWorkspaceApp : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_emptyRed = -1; // red pixels of a window without reports (legend only)

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(appPath()).isExecutable())
            QSKIP("hotspot-atlas is not built in this build directory");
    }

    void versionAndHelp()
    {
        const Run v = run({QStringLiteral("--version")}, m_dir.path());
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.contains(QStringLiteral(ATLAS_VERSION)));
        const Run h = run({QStringLiteral("--help")}, m_dir.path());
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(QStringLiteral("--no-session")));
        QVERIFY(h.out.contains(QStringLiteral("--screenshot")));
    }

    void missingPathIsReportedNotFatal()
    {
        const QString shot = m_dir.filePath(QStringLiteral("missing.png"));
        const Run r = run({QStringLiteral("--no-session"), QStringLiteral("--screenshot"), shot,
                           m_dir.filePath(QStringLiteral("no-such-report.md"))},
                          m_dir.path());
        // Nothing loads; the picture is still taken and the program exits normally.
        QCOMPARE(r.exitCode, 0);
        const QImage img(shot);
        QVERIFY(!img.isNull());
        m_emptyRed = redPixels(img);
    }

    void opensTheSamplesAndShowsTheMap()
    {
        QVERIFY(m_emptyRed >= 0);
        const QString shot = m_dir.filePath(QStringLiteral("shot.png"));
        const Run r = run({QStringLiteral("--no-session"), QStringLiteral("--screenshot"), shot}, m_dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage img(shot);
        QVERIFY(!img.isNull());
        // A first run fits the window to the screen (the offscreen platform's is 800x800).
        QVERIFY2(img.width() >= 640 && img.width() <= 800 && img.height() >= 480 && img.height() <= 800,
                 qPrintable(QStringLiteral("%1x%2").arg(img.width()).arg(img.height())));
        // With no arguments and no session the samples open: their newest week has intensity-3
        // hotspots, drawn in deep red on top of what an empty window shows.
        const int red = redPixels(img);
        QVERIFY2(red > m_emptyRed + 100, qPrintable(QStringLiteral("%1 vs %2 empty").arg(red).arg(m_emptyRed)));
        // Opening the samples made them a recent item, under the temporary config only.
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("HotspotAtlas/hotspot-atlas.conf"))));
    }
};

QTEST_MAIN(TestWorkspaceApp)
#include "test_workspace_app.moc"
