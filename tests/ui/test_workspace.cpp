// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// The analyst workspace end to end, under the offscreen platform: the bundled samples, the
// period timeline, map and table selection, plain-text report display, folder watching,
// unreadable files, filters and persisted settings.
#include "hotspottablemodel.h"
#include "mainwindow.h"
#include "mapwidget.h"
#include "reportlibrary.h"
#include "reportlibrarymodel.h"
#include "reportpanel.h"
#include "sourceview.h"
#include "tilesourcedialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>
#include <QTreeWidget>

using namespace atlas;

namespace {
const QString samplesDir = QStringLiteral(TEST_DATA_DIR "/../../resources/samples");

QStringList sampleFiles()
{
    QStringList files = QDir(samplesDir).entryList({"*.md", "*.txt", "*.json"}, QDir::Files);
    files.removeIf([](const QString &f) { return f.startsWith(QLatin1String("README")); });
    return files;
}

void copySamples(const QString &to)
{
    for (const QString &f : sampleFiles())
        QVERIFY(QFile::copy(samplesDir + "/" + f, to + "/" + f));
}

Period period(int endDay)
{
    return {QDate(2026, 5, endDay - 7), QDate(2026, 5, endDay)};
}

// The proxy row showing hotspot `label`, or -1.
int proxyRow(MainWindow &w, const QString &label)
{
    for (int r = 0; r < w.hotspotProxy()->rowCount(); ++r) {
        if (w.hotspotProxy()->index(r, HotspotTableModel::LabelColumn).data().toString() == label)
            return r;
    }
    return -1;
}
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    std::unique_ptr<QSettings> freshSettings()
    {
        static int n = 0;
        return std::make_unique<QSettings>(m_config.filePath(QStringLiteral("settings%1.ini").arg(++n)), QSettings::IniFormat);
    }
    void loadSamples(MainWindow &w) { openAndWait(w, samplesDir); }
    static void openAndWait(MainWindow &w, const QString &path)
    {
        QSignalSpy shown(&w, &MainWindow::libraryShown);
        w.openPaths({path});
        QVERIFY(shown.wait(20000));
        QTRY_VERIFY(!w.library()->isLoading());
    }
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QVERIFY2(sampleFiles().size() == 20, qPrintable(samplesDir));
    }

    void sampleLibraryLoads()
    {
        auto settings = freshSettings();
        MainWindow w(settings.get());
        QAbstractItemModelTester tester(w.libraryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        loadSamples(w);

        QCOMPARE(w.library()->count(), 20);
        QVERIFY2(w.library()->errors().isEmpty(),
                 qPrintable(w.library()->errors().isEmpty() ? QString() : w.library()->errors().first().message));
        QCOMPARE(w.library()->countries(), (QStringList{"Armenia", "Azerbaijan", "Georgia", "Kazakhstan", "Mongolia"}));
        QCOMPARE(w.periods(), (QList<Period>{period(8), period(15), period(22), period(29)}));
        QCOMPARE(w.periodCombo()->count(), 4);
        // Newest period first on screen.
        QCOMPARE(w.currentPeriod(), period(29));
        QCOMPARE(w.periodCombo()->currentIndex(), 3);

        // Library tree: five countries, four periods each, newest first, one report each.
        ReportLibraryModel *m = w.libraryModel();
        QCOMPARE(m->rowCount(), 5);
        const QModelIndex georgia = m->index(2, 0);
        QCOMPARE(georgia.data().toString(), QStringLiteral("Georgia"));
        QCOMPARE(m->rowCount(georgia), 4);
        QCOMPARE(m->index(0, 0, georgia).data(ReportLibraryModel::PeriodEndRole).toDate(), QDate(2026, 5, 29));
        const QModelIndex report = m->index(0, 0, m->index(0, 0, georgia));
        QCOMPARE(report.data().toString(), QStringLiteral("georgia-2026-05-29.md"));
        QCOMPARE(m->index(0, ReportLibraryModel::ThreatColumn, m->index(0, 0, georgia)).data().toString(), QStringLiteral("High"));

        // The repaired report: string coordinates, "lon", "high" intensity all made it.
        const auto messy = w.library()->entry(samplesDir + "/azerbaijan-2026-05-22-messy.md");
        QVERIFY(messy);
        QCOMPARE(messy->report.hotspots.size(), 3);
        QCOMPARE(messy->report.hotspots[0].intensity, 3);
        QCOMPARE(messy->report.hotspots[1].intensity, 2);
        QVERIFY(qAbs(messy->report.hotspots[1].coordinate.longitude() - 49.6686) < 1e-6);
        QVERIFY(!messy->report.diagnostics.isEmpty());
        QCOMPARE(messy->report.threatLevel->word, QStringLiteral("High"));
    }

    void periodShowsHotspotsOfEveryCountry()
    {
        auto settings = freshSettings();
        MainWindow w(settings.get());
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        loadSamples(w);

        QSignalSpy changed(&w, &MainWindow::periodChanged);
        w.periodCombo()->setCurrentIndex(1); // the timeline's direct pick
        QCOMPARE(changed.count(), 1);
        QCOMPARE(w.currentPeriod(), period(15));

        int expected = 0;
        QSet<QString> countries;
        for (const Report &r : w.library()->reportsFor(period(15))) {
            expected += int(r.hotspots.size());
            countries.insert(r.country);
        }
        QCOMPARE(countries.size(), 5);
        QCOMPARE(w.hotspotProxy()->rowCount(), expected);
        QSet<QString> shownCountries;
        for (int r = 0; r < w.hotspotProxy()->rowCount(); ++r)
            shownCountries.insert(w.hotspotProxy()->index(r, 0).data(HotspotTableModel::CountryRole).toString());
        QCOMPARE(shownCountries, countries);
        QCOMPARE(w.reportPanel()->reportList()->count(), 5);

        // The map shows the same rows: scene index == proxy row, same labels and positions.
        WorkspaceMap *map = w.map();
        QCOMPARE(map->selectionModel(), w.hotspotSelection());
        map->fitToHotspots();
        map->repaint();
        QCOMPARE(map->scene().size(), expected);
        for (int r = 0; r < expected; ++r) {
            QCOMPARE(map->scene().at(r).hotspot.label, w.hotspotProxy()->index(r, 0).data().toString());
            const auto c = w.hotspotProxy()->index(r, 0).data(HotspotTableModel::CoordinateRole).value<QGeoCoordinate>();
            QVERIFY(c.isValid());
            QVERIFY2(map->rect().contains(map->viewport().geoToScreen(c).toPoint()), "fitted view shows every hotspot");
        }
        // Every hotspot is drawn: alone or inside a cluster marker.
        int drawn = 0;
        for (const MarkerItem &m : map->lastFrame().markers)
            drawn += m.count;
        QCOMPARE(drawn, expected);

        // Previous / next step through the periods (Alt+Left / Alt+Right).
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QSignalSpy step(&w, &MainWindow::periodChanged);
        QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(w.currentPeriod(), period(22));
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.currentPeriod(), period(8));
        QCOMPARE(step.count(), 3);
        QCOMPARE(w.periodCombo()->currentIndex(), 0);
    }

    void tableAndMapShareTheSelection()
    {
        auto settings = freshSettings();
        MainWindow w(settings.get());
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        loadSamples(w);
        w.setCurrentPeriod(period(22));
        w.map()->fitToHotspots();
        // Compact one-line rows, so the dock shows as many hotspots as it can.
        QVERIFY(w.hotspotTable()->rowHeight(0) < 2 * w.hotspotTable()->fontMetrics().height());

        // Table -> map: select the Aktau row in the table.
        const int aktau = proxyRow(w, QStringLiteral("Aktau"));
        QVERIFY(aktau >= 0);
        w.hotspotTable()->selectRow(aktau);
        QVERIFY(w.map()->selectionModel()->isRowSelected(aktau, {}));
        QCOMPARE(w.reportPanel()->currentReport()->country, QStringLiteral("Kazakhstan"));

        // Map -> table: click the Erdenet marker (zoomed in, so it is not inside a cluster).
        const int erdenet = proxyRow(w, QStringLiteral("Erdenet"));
        QVERIFY(erdenet >= 0);
        const auto c = w.hotspotProxy()->index(erdenet, 0).data(HotspotTableModel::CoordinateRole).value<QGeoCoordinate>();
        w.map()->setView(c, 9);
        w.map()->repaint();
        const QPoint at = w.map()->viewport().geoToScreen(c).toPoint();
        QCOMPARE(w.map()->rowAt(at), erdenet);
        QTest::mouseClick(w.map(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(w.hotspotTable()->selectionModel()->isRowSelected(erdenet, {}));
        QVERIFY(!w.hotspotTable()->selectionModel()->isRowSelected(aktau, {}));
        QCOMPARE(w.hotspotTable()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(w.reportPanel()->currentReport()->country, QStringLiteral("Mongolia"));

        // Sorting the table keeps the selection on the same hotspot.
        w.hotspotTable()->sortByColumn(HotspotTableModel::LabelColumn, Qt::AscendingOrder);
        const QModelIndexList rows = w.hotspotSelection()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data().toString(), QStringLiteral("Erdenet"));
    }

    void htmlInReportsIsShownAsText()
    {
        auto settings = freshSettings();
        MainWindow w(settings.get());
        w.show();
        loadSamples(w);
        w.setCurrentPeriod(period(22));
        ReportPanel *panel = w.reportPanel();
        QVERIFY(panel->showReport(QDir::cleanPath(samplesDir + "/kazakhstan-2026-05-22.md")));

        QLabel *summary = panel->summaryLabel();
        QCOMPARE(summary->textFormat(), Qt::PlainText);
        QVERIFY(summary->text().contains(QStringLiteral("<b>bold</b>")));
        QVERIFY(summary->text().contains(QStringLiteral("<img src=http://example.com/x.png>")));
        QVERIFY(!summary->openExternalLinks());

        // Developments: the tag text is the item text, untouched.
        QTreeWidget *devs = panel->developmentsTree();
        QCOMPARE(devs->topLevelItemCount(), 3);
        const QString fake = devs->topLevelItem(1)->child(0)->text(0);
        QVERIFY(fake.contains(QStringLiteral("<b>CURFEW FROM 20:00</b>")));
        QVERIFY(fake.contains(QStringLiteral("<script>alert(1)</script>")));
        QVERIFY(panel->sectionsTree()->topLevelItem(0)->child(0)->text(0).contains(QStringLiteral("<i>fake</i>")));

        // Collapsed trees are as tall as their rows, not a scroll area's minimum (~70 px).
        w.resize(1500, 920);
        QTest::qWait(50);
        QTreeWidget *sections = panel->sectionsTree();
        const int rowsHeight = [&] {
            int h = 0;
            for (int i = 0; i < sections->topLevelItemCount(); ++i)
                h += sections->visualItemRect(sections->topLevelItem(i)).height();
            return h;
        }();
        QVERIFY2(sections->height() <= rowsHeight + 2 * sections->frameWidth() + 4,
                 qPrintable(QStringLiteral("%1 > %2").arg(sections->height()).arg(rowsHeight)));
        const int collapsed = devs->height();

        // Expanded, long text wraps onto several lines instead of being cut off, and the tree grows.
        devs->expandAll();
        QTest::qWait(50);
        const QRect fakeRow = devs->visualItemRect(devs->topLevelItem(1)->child(0));
        QVERIFY2(fakeRow.height() > 2 * devs->fontMetrics().height(), qPrintable(QString::number(fakeRow.height())));
        QVERIFY(devs->height() >= collapsed + fakeRow.height());

        // Every label of the panel is plain text.
        for (QLabel *l : panel->findChildren<QLabel *>())
            QVERIFY2(l->textFormat() == Qt::PlainText, qPrintable(l->objectName()));
        for (QTextEdit *e : w.findChildren<QTextEdit *>())
            QVERIFY(!e->acceptRichText());

        // The table's tool tip escapes the markup instead of rendering it.
        const int aktau = proxyRow(w, QStringLiteral("Aktau"));
        const QString tip = w.hotspotProxy()->index(aktau, 0).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("&lt;img src=http://example.com/x.png&gt;")));
        QVERIFY(!tip.contains(QStringLiteral("<img")));

        // Nothing in the window can fetch the image.
        for (QObject *o : w.findChildren<QObject *>())
            QVERIFY2(!o->inherits("QNetworkAccessManager"), o->metaObject()->className());
    }

    void newFileInWatchedFolderAppears()
    {
        QTemporaryDir dir;
        copySamples(dir.path());
        auto settings = freshSettings();
        MainWindow w(settings.get());
        QAbstractItemModelTester tester(w.libraryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QSignalSpy shown(&w, &MainWindow::libraryShown);
        w.openPaths({dir.path()});
        QVERIFY(shown.wait(20000));
        QCOMPARE(w.library()->count(), 20);
        QCOMPARE(w.currentPeriod(), period(29));
        const int before = w.hotspotProxy()->rowCount();

        QFile f(dir.filePath("uzbekistan-2026-05-29.md"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# UZBEKISTAN SECURITY ANALYSIS REPORT\n\n**Analysis Period:** May 22, 2026 - May 29, 2026\n\n"
                "## Executive Summary\n\nFictional test report.\n\n## Structured Assessment\n\n```json\n"
                "{\"threat_level\": \"Low\", \"hotspots\": [{\"label\": \"Samarkand\", \"detail\": \"Test.\", "
                "\"lat\": 39.6542, \"lng\": 66.9597, \"intensity\": 2}]}\n```\n");
        f.close();

        QTRY_COMPARE_WITH_TIMEOUT(w.library()->count(), 21, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.hotspotProxy()->rowCount(), before + 1, 5000);
        QVERIFY(proxyRow(w, QStringLiteral("Samarkand")) >= 0);
        QTRY_VERIFY(w.libraryModel()->indexForPath(dir.filePath("uzbekistan-2026-05-29.md")).isValid());
        QCOMPARE(w.reportPanel()->reportList()->count(), 6);
        QTRY_VERIFY(!w.countryToggles().isEmpty() && w.countryToggles().last()->text() == QStringLiteral("Uzbekistan"));
    }

    void unreadableFileLeavesTheRestLoaded()
    {
        QTemporaryDir dir;
        copySamples(dir.path());
        writeFile(dir.filePath("broken-2026-05-29.md"), "\x00\x01 this is not a report at all \xff\xfe");

        auto settings = freshSettings();
        MainWindow w(settings.get());
        w.show();
        openAndWait(w, dir.path());

        QCOMPARE(w.library()->count(), 20);
        QCOMPARE(w.library()->errors().size(), 1);
        QVERIFY(w.library()->errors().first().path.endsWith("broken-2026-05-29.md"));
        // The error is in the window, not only on stderr.
        bool listed = false;
        for (int i = 0; i < w.problemsList()->count(); ++i)
            listed = listed || w.problemsList()->item(i)->text().contains("broken-2026-05-29.md");
        QVERIFY(listed);
        QVERIFY(w.lastMessage().contains(QStringLiteral("could not be read")));
        QCOMPARE(w.periods().size(), 4);

        // A good report that turns bad keeps its last version, with a warning.
        const QString georgia = QDir::cleanPath(dir.filePath("georgia-2026-05-29.md"));
        QFile g(georgia);
        QVERIFY(g.open(QIODevice::WriteOnly | QIODevice::Truncate));
        g.write("garbage");
        g.close();
        QTRY_VERIFY_WITH_TIMEOUT(w.library()->entry(georgia)->isStale(), 10000);
        QCOMPARE(w.library()->entry(georgia)->report.hotspots.size(), 3);
        QTRY_VERIFY(proxyRow(w, QStringLiteral("Khurvaleti (administrative boundary line)")) >= 0);
        QTRY_VERIFY(w.libraryModel()->indexForPath(georgia).data(ReportLibraryModel::StaleRole).toBool());
    }

    void problemsShowTheSourceOfUnreadableFiles()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(samplesDir + "/mongolia-2026-05-29.txt", dir.filePath("mongolia-2026-05-29.txt")));
        writeFile(dir.filePath("notes.md"), "just some notes\n<b>no report</b> here\n");
        auto settings = freshSettings();
        MainWindow w(settings.get());
        w.show();
        openAndWait(w, dir.path());
        QCOMPARE(w.library()->errors().size(), 1);
        QListWidgetItem *item = nullptr;
        for (int i = 0; i < w.problemsList()->count(); ++i)
            if (w.problemsList()->item(i)->text().contains("notes.md"))
                item = w.problemsList()->item(i);
        QVERIFY(item);
        Q_EMIT w.problemsList()->itemActivated(item);
        QVERIFY(w.sourceView()->isVisible());
        QCOMPARE(w.sourceView()->lineText(2), QStringLiteral("<b>no report</b> here")); // literally
        QCOMPARE(w.sourceView()->markedLine(), 0);
        // A file that is gone: a message, the panel keeps what it showed.
        QVERIFY(!w.showSource(dir.filePath("gone.md"), 3));
        QVERIFY(w.lastMessage().contains(QStringLiteral("no such file")));
        QCOMPARE(w.sourceView()->lineText(1), QStringLiteral("just some notes"));
    }

    void filtersDriveMapAndLists()
    {
        auto settings = freshSettings();
        MainWindow w(settings.get());
        w.show();
        loadSamples(w);
        w.setCurrentPeriod(period(29));
        const int all = w.hotspotProxy()->rowCount();
        QVERIFY(all > 10);

        w.intensityCombo()->setCurrentIndex(2); // high only
        QVERIFY(w.hotspotProxy()->rowCount() > 0);
        for (int r = 0; r < w.hotspotProxy()->rowCount(); ++r)
            QCOMPARE(w.hotspotProxy()->index(r, 0).data(HotspotTableModel::IntensityRole).toInt(), 3);
        QCOMPARE(w.map()->model() ? w.map()->model()->rowCount() : -1, w.hotspotProxy()->rowCount());
        w.intensityCombo()->setCurrentIndex(0);

        // Text search covers details too: "rally" is only in details.
        QTest::keyClicks(w.searchEdit(), QStringLiteral("rally"));
        QVERIFY(w.hotspotProxy()->rowCount() > 0);
        for (int r = 0; r < w.hotspotProxy()->rowCount(); ++r) {
            const QModelIndex i = w.hotspotProxy()->index(r, 0);
            QVERIFY((i.data().toString() + i.data(HotspotTableModel::DetailRole).toString()).contains("rally", Qt::CaseInsensitive));
        }
        w.searchEdit()->clear();
        QCOMPARE(w.hotspotProxy()->rowCount(), all);

        // Country toggle: Georgia off hides its hotspots and its report in the panel.
        QAction *georgia = nullptr;
        for (QAction *a : w.countryToggles())
            if (a->data().toString() == QStringLiteral("Georgia"))
                georgia = a;
        QVERIFY(georgia);
        georgia->setChecked(false);
        for (int r = 0; r < w.hotspotProxy()->rowCount(); ++r)
            QVERIFY(w.hotspotProxy()->index(r, 0).data(HotspotTableModel::CountryRole).toString() != QStringLiteral("Georgia"));
        QCOMPARE(w.hotspotProxy()->rowCount(), all - 3);
        QCOMPARE(w.reportPanel()->reportList()->count(), 4);
        georgia->setChecked(true);
        QCOMPARE(w.hotspotProxy()->rowCount(), all);
    }

    void exportWritesWhatTheMapShows()
    {
        auto settings = freshSettings();
        MainWindow w(settings.get());
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        loadSamples(w);
        w.setCurrentPeriod(period(29));
        w.intensityCombo()->setCurrentIndex(2); // high only: the export must say so
        w.map()->repaint();
        QTemporaryDir dir;

        const QString png = dir.filePath(QStringLiteral("map.png"));
        QVERIFY(w.exportMapTo(png));
        const QImage img(png);
        QCOMPARE(img.size(), w.map()->size() * 2);
        // A single high marker of the screen is at twice its position in the PNG.
        bool checked = false;
        for (const MarkerItem &m : w.map()->lastFrame().markers) {
            if (m.isCluster())
                continue;
            QCOMPARE(img.pixelColor((m.position * 2).toPoint()), MarkerPainter::intensityColor(m.intensity));
            checked = true;
        }
        QVERIFY(checked);

        const QString svg = dir.filePath(QStringLiteral("map.svg"));
        QVERIFY(w.exportMapTo(svg));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray text = svgFile.readAll();
        QVERIFY(text.contains("Filtered: intensity 3 and above"));
        QVERIFY(text.contains("mongolia-2026-05-29.txt (Mongolia, 2026-05-22"));

        const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
        QVERIFY(w.exportMapTo(pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (!pdfinfo.isEmpty()) {
            QProcess proc;
            proc.start(pdfinfo, {pdf});
            QVERIFY(proc.waitForFinished(10000));
            QCOMPARE(proc.exitCode(), 0);
            QVERIFY(proc.readAllStandardOutput().simplified().contains("Pages: 1"));
        }

        // Bad targets: a message, nothing written, nothing lost.
        QVERIFY(!w.exportMapTo(QStringLiteral("/nonexistent-dir/map.png")));
        QVERIFY(w.lastMessage().contains(QStringLiteral("cannot write")));
        QVERIFY(!w.exportMapTo(dir.filePath(QStringLiteral("map.gif"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("map.gif"))));
        QVERIFY(w.hotspotProxy()->rowCount() > 0);
    }

    void diagnosticSelectsItsHotspot()
    {
        auto settings = freshSettings();
        MainWindow w(settings.get());
        w.show();
        loadSamples(w);
        w.setCurrentPeriod(period(22));
        const QString messy = QDir::cleanPath(samplesDir + "/azerbaijan-2026-05-22-messy.md");
        QVERIFY(w.reportPanel()->showReport(messy));
        QListWidget *diags = w.reportPanel()->diagnosticsList();
        QVERIFY(diags->count() > 0);
        const Report *r = w.reportPanel()->currentReport();
        int withHotspot = -1, withLine = -1;
        for (int i = 0; i < r->diagnostics.size(); ++i) {
            if (r->diagnostics[i].hotspotIndex >= 0 && withHotspot < 0)
                withHotspot = i;
            if (r->diagnostics[i].hotspotIndex < 0 && r->diagnostics[i].line > 0 && withLine < 0)
                withLine = i;
        }
        if (withHotspot >= 0) {
            Q_EMIT diags->itemActivated(diags->item(withHotspot));
            const QModelIndexList rows = w.hotspotSelection()->selectedRows();
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().data(HotspotTableModel::SourceRole).toString(), messy);
            QCOMPARE(rows.first().data(HotspotTableModel::HotspotIndexRole).toInt(), r->diagnostics[withHotspot].hotspotIndex);
        }
        if (withLine >= 0) {
            Q_EMIT diags->itemActivated(diags->item(withLine));
            QVERIFY(w.lastMessage().contains(QStringLiteral(":%1:").arg(r->diagnostics[withLine].line)));
        }
        QVERIFY(withHotspot >= 0 || withLine >= 0);
        // Either way the Source panel shows the file with the diagnostic's line marked.
        const Diagnostic &d = r->diagnostics[withLine >= 0 ? withLine : withHotspot];
        QVERIFY(w.sourceView()->isVisible());
        QCOMPARE(w.sourceView()->path(), messy);
        QCOMPARE(w.sourceView()->markedLine(), d.line);
        QFile file(messy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(w.sourceView()->lineText(d.line), QString::fromUtf8(lines.at(d.line - 1)).remove(QLatin1Char('\r')));
        QCOMPARE(w.sourceView()->textCursor().blockNumber() + 1, d.line);
    }

    void settingsAndSessionPersist()
    {
        auto settings = freshSettings();
        {
            MainWindow w(settings.get());
            w.resize(1234, 777);
            w.show();
            loadSamples(w);
            w.setTheme(MainWindow::ThemeChoice::Dark);
            QVERIFY(w.isDark());
            w.close();
        }
        QCOMPARE(settings->value("session/paths").toStringList(), QStringList{QDir::cleanPath(samplesDir)});
        QCOMPARE(settings->value("recent/paths").toStringList().first(), QDir::cleanPath(samplesDir));
        QVERIFY(settings->contains("window/geometry"));
        QVERIFY(settings->contains("map/zoom"));
        QCOMPARE(settings->value("ui/theme").toInt(), int(MainWindow::ThemeChoice::Dark));

        MainWindow again(settings.get());
        QCOMPARE(again.theme(), MainWindow::ThemeChoice::Dark);
        QCOMPARE(again.size(), QSize(1234, 777));
        QSignalSpy shown(&again, &MainWindow::libraryShown);
        QVERIFY(again.restoreSession());
        QVERIFY(shown.wait(20000));
        QCOMPARE(again.library()->count(), 20);
        again.setTheme(MainWindow::ThemeChoice::System);

        // --no-session: nothing about open paths is written.
        auto other = freshSettings();
        {
            MainWindow w(other.get());
            w.setSessionSaving(false);
            w.openPaths({samplesDir});
            w.close();
        }
        QVERIFY(!other->contains("session/paths"));
    }

    void tileSourceIsOffByDefaultAndExplained()
    {
        auto settings = freshSettings();
        TileSourceDialog d(settings.get());
        QVERIFY(!d.enabledBox()->isChecked());
        QVERIFY(d.notice()->text().contains(QStringLiteral("no network connection")));
        d.enabledBox()->setChecked(true);
        d.urlEdit()->setText(QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));
        QVERIFY(d.notice()->text().contains(QStringLiteral("tiles.example.org")));
        QCOMPARE(d.notice()->textFormat(), Qt::PlainText);
        d.urlEdit()->setText(QStringLiteral("ftp://x/{z}"));
        d.accept();
        QVERIFY(!settings->contains(TileSourceDialog::enabledKey)); // rejected: not stored
        d.urlEdit()->setText(QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));
        d.accept();
        QCOMPARE(settings->value(TileSourceDialog::enabledKey).toBool(), true);
        QCOMPARE(settings->value(TileSourceDialog::urlKey).toString(), QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));
    }
};

QTEST_MAIN(TestWorkspace)
#include "test_workspace.moc"
