// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// Ways into the workspace: keyboard (tab order, shortcuts), drag and drop, recent items and the
// library tree.
#include "hotspottablemodel.h"
#include "mainwindow.h"
#include "mapwidget.h"
#include "reportlibrary.h"
#include "reportlibrarymodel.h"
#include "reportpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace atlas;

namespace {
const QString samplesDir = QDir::cleanPath(QStringLiteral(TEST_DATA_DIR "/../../resources/samples"));

QAction *findAction(QWidget *w, const QString &text)
{
    for (QAction *a : w->findChildren<QAction *>()) {
        if (a->text().remove('&') == text)
            return a;
    }
    return nullptr;
}
} // namespace

class TestWorkspaceInput : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;
    int m_n = 0;
    std::unique_ptr<QSettings> settings()
    {
        return std::make_unique<QSettings>(m_config.filePath(QStringLiteral("s%1.ini").arg(++m_n)), QSettings::IniFormat);
    }
    // The offscreen screen is 800x800; at that width the window (fitted to it) puts the search
    // field in the tool bar's overflow. Most tests here are about a desktop-sized window.
    static void showDesktopSized(MainWindow &w)
    {
        w.resize(1500, 920);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }
    static void load(MainWindow &w, const QStringList &paths)
    {
        QSignalSpy shown(&w, &MainWindow::libraryShown);
        w.openPaths(paths);
        QVERIFY(shown.wait(20000));
    }

private Q_SLOTS:
    void tabOrderFollowsTheScreen()
    {
        auto s = settings();
        MainWindow w(s.get());
        showDesktopSized(w);
        load(w, {samplesDir});

        w.periodCombo()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), w.periodCombo());
        const QList<QWidget *> expected = {w.intensityCombo(), w.searchEdit(), w.libraryTree(), w.map(), w.hotspotTable()};
        for (QWidget *next : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY2(QApplication::focusWidget() == next,
                     qPrintable(QStringLiteral("expected %1, focus on %2")
                                    .arg(next->objectName(), QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : "nothing")));
        }
    }

    void shortcutsReachFiltersAndPeriods()
    {
        auto s = settings();
        MainWindow w(s.get());
        showDesktopSized(w);
        load(w, {samplesDir});
        w.hotspotTable()->setFocus();

        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), w.searchEdit());
        QTest::keyClick(&w, Qt::Key_BracketLeft, Qt::ControlModifier);
        QCOMPARE(w.currentPeriod().end, QDate(2026, 5, 22));
        QTest::keyClick(&w, Qt::Key_BracketRight, Qt::ControlModifier);
        QCOMPARE(w.currentPeriod().end, QDate(2026, 5, 29));
        // At the newest period "next" does nothing and is disabled.
        QAction *next = findAction(&w, QStringLiteral("Next Period"));
        QVERIFY(next);
        QVERIFY(!next->isEnabled());
    }

    void findReachesTheSearchFieldInANarrowWindow()
    {
        auto s = settings();
        MainWindow w(s.get());
        w.resize(700, 600); // the search field does not fit beside the timeline
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_VERIFY(!w.searchEdit()->isVisible());
        w.hotspotTable()->setFocus();
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), w.searchEdit());
        QVERIFY(w.searchEdit()->isVisible());
        QVERIFY(w.width() <= 700);
    }

    void dropOpensFilesAndFolders()
    {
        auto s = settings();
        MainWindow w(s.get());
        w.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(samplesDir + "/georgia-2026-05-29.md"),
                      QUrl::fromLocalFile(samplesDir + "/armenia-2026-05-29.json"),
                      QUrl(QStringLiteral("https://example.com/remote.md"))}); // never fetched
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy shown(&w, &MainWindow::libraryShown);
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(shown.wait(10000));
        QCOMPARE(w.library()->count(), 2);
        QCOMPARE(w.hotspotProxy()->rowCount(), 6); // 3 + 3
        QCOMPARE(w.reportPanel()->reportList()->count(), 2);

        // Only remote URLs: refused.
        QMimeData remote;
        remote.setUrls({QUrl(QStringLiteral("https://example.com/x.md"))});
        QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&w, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void recentItemsReopen()
    {
        auto s = settings();
        {
            MainWindow w(s.get());
            load(w, {samplesDir + "/mongolia-2026-05-29.txt"});
            load(w, {samplesDir + "/georgia-2026-05-29.md"});
            QCOMPARE(w.recentPaths(), (QStringList{samplesDir + "/georgia-2026-05-29.md", samplesDir + "/mongolia-2026-05-29.txt"}));
        }
        MainWindow again(s.get());
        QMenu *recent = nullptr;
        for (QMenu *m : again.menuBar()->findChildren<QMenu *>()) {
            if (m->title().remove('&') == QStringLiteral("Open Recent"))
                recent = m;
        }
        QVERIFY(recent);
        QVERIFY(recent->isEnabled());
        QAction *second = recent->actions().at(1);
        QVERIFY(second->text().endsWith(QStringLiteral("mongolia-2026-05-29.txt")));
        QSignalSpy shown(&again, &MainWindow::libraryShown);
        second->trigger();
        QVERIFY(shown.wait(10000));
        QCOMPARE(again.library()->countries(), QStringList{"Mongolia"});
    }

    void graticuleToggleIsRemembered()
    {
        auto s = settings();
        {
            MainWindow w(s.get());
            QVERIFY(!w.map()->renderOptions().graticule); // off by default
            QAction *toggle = findAction(&w, QStringLiteral("Show Graticule"));
            QVERIFY(toggle);
            QVERIFY(!toggle->isChecked());
            toggle->trigger();
            QVERIFY(w.map()->renderOptions().graticule);
        }
        MainWindow again(s.get());
        QVERIFY(again.map()->renderOptions().graticule);
        QVERIFY(findAction(&again, QStringLiteral("Show Graticule"))->isChecked());
    }

    void errorsStayListedAfterLaterLoads()
    {
        auto s = settings();
        MainWindow w(s.get());
        w.openPaths({samplesDir + "/no-such-report.md"});
        QVERIFY(w.lastMessage().contains(QStringLiteral("no such file")));
        load(w, {samplesDir});
        bool listed = false;
        for (int i = 0; i < w.problemsList()->count(); ++i)
            listed = listed || w.problemsList()->item(i)->text().contains(QStringLiteral("no-such-report.md"));
        QVERIFY(listed);
    }

    void treeClickPicksPeriodAndReport()
    {
        auto s = settings();
        MainWindow w(s.get());
        w.show();
        load(w, {samplesDir});
        QCOMPARE(w.currentPeriod().end, QDate(2026, 5, 29));
        const QModelIndex report = w.libraryModel()->indexForPath(samplesDir + "/mongolia-2026-05-15.txt");
        QVERIFY(report.isValid());
        w.libraryTree()->scrollTo(report);
        const QRect r = w.libraryTree()->visualRect(report);
        QVERIFY(r.isValid());
        QTest::mouseClick(w.libraryTree()->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(w.currentPeriod().end, QDate(2026, 5, 15));
        QCOMPARE(w.reportPanel()->currentReport()->country, QStringLiteral("Mongolia"));
        QCOMPARE(w.periodCombo()->currentIndex(), 1);
    }
};

QTEST_MAIN(TestWorkspaceInput)
#include "test_workspace_input.moc"
