// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// Item models of the workspace under QAbstractItemModelTester: the library tree while files are
// added, changed (moving to another country or period), broken, removed and cleared, and the
// hotspot table with its filter proxy.
#include "hotspottablemodel.h"
#include "reportlibrary.h"
#include "reportlibrarymodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {
// Minimal stand-in format, so these tests exercise the model, not the reader:
// "country;start;end;label:intensity,..."; anything else is an error.
ReadResult fakeParse(const QString &path)
{
    ReadResult r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = path + QStringLiteral(": cannot open");
        return r;
    }
    const QStringList parts = QString::fromUtf8(f.readAll()).trimmed().split(';');
    if (parts.size() < 3) {
        r.error = path + QStringLiteral(": not a report");
        return r;
    }
    Report rep;
    rep.source = path;
    rep.country = parts[0];
    rep.title = parts[0].toUpper() + QStringLiteral(" REPORT");
    rep.period = {QDate::fromString(parts[1], Qt::ISODate), QDate::fromString(parts[2], Qt::ISODate)};
    rep.threatLevel = ThreatLevel::fromWord(QStringLiteral("elevated"));
    if (parts.size() > 3) {
        for (const QString &item : parts[3].split(',')) {
            Hotspot h;
            h.label = item.section(':', 0, 0);
            h.intensity = item.section(':', 1, 1).toInt();
            h.detail = h.label + QStringLiteral(" detail");
            h.coordinate = QGeoCoordinate(40 + rep.hotspots.size(), 45);
            rep.hotspots << h;
        }
    }
    r.report = rep;
    return r;
}

void write(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

QStringList childTexts(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r)
        out << m.index(r, 0, parent).data().toString();
    return out;
}
} // namespace

class TestLibraryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void treeFollowsTheLibrary()
    {
        QTemporaryDir dir;
        write(dir.filePath("ge-29.md"), "Georgia;2026-05-22;2026-05-29;Tbilisi:2,Poti:1");
        write(dir.filePath("ge-22.md"), "Georgia;2026-05-15;2026-05-22;Gori:3");
        write(dir.filePath("am-29.json"), "Armenia;2026-05-22;2026-05-29;Yerevan:1");
        write(dir.filePath("undated.txt"), "Mongolia;;;Darkhan:1");

        ReportLibrary lib;
        lib.setParser(&fakeParse);
        lib.setWatchDelay(30);
        ReportLibraryModel model(&lib);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QSignalSpy done(&lib, &ReportLibrary::loadingFinished);
        lib.open({dir.path()});
        QVERIFY(done.wait(5000));

        QCOMPARE(childTexts(model), (QStringList{"Armenia", "Georgia", "Mongolia"}));
        const QModelIndex georgia = model.index(1, 0);
        // Newest period first.
        QCOMPARE(childTexts(model, georgia), (QStringList{"2026-05-22 – 05-29", "2026-05-15 – 05-22"}));
        QCOMPARE(model.index(0, ReportLibraryModel::HotspotsColumn).data().toInt(), 1);
        QCOMPARE(model.index(1, ReportLibraryModel::HotspotsColumn).data().toInt(), 3);
        const QModelIndex ge29 = model.index(0, 0, model.index(0, 0, georgia));
        QCOMPARE(ge29.data().toString(), QStringLiteral("ge-29.md"));
        QCOMPARE(ge29.data(ReportLibraryModel::KindRole).toInt(), int(ReportLibraryModel::ReportNode));
        QCOMPARE(ge29.siblingAtColumn(ReportLibraryModel::ThreatColumn).data().toString(), QStringLiteral("Elevated"));
        // Collapsed rows summarise: the period's most severe report, the country's newest period.
        QCOMPARE(model.index(0, ReportLibraryModel::ThreatColumn, georgia).data().toString(), QStringLiteral("Elevated"));
        QCOMPARE(model.index(0, 0, georgia).data(ReportLibraryModel::ThreatOrdinalRole).toInt(), 3);
        QCOMPARE(georgia.siblingAtColumn(ReportLibraryModel::ThreatColumn).data().toString(), QStringLiteral("Elevated"));
        QCOMPARE(ge29.data(ReportLibraryModel::PathRole).toString(), QDir::cleanPath(dir.filePath("ge-29.md")));
        QCOMPARE(model.indexForPath(dir.filePath("ge-29.md")), ge29);
        QCOMPARE(childTexts(model, model.index(2, 0)), QStringList{"Undated"});

        // New file: a new country row appears in order.
        write(dir.filePath("az-29.md"), "Azerbaijan;2026-05-22;2026-05-29;Baku:2");
        QTRY_COMPARE(childTexts(model), (QStringList{"Armenia", "Azerbaijan", "Georgia", "Mongolia"}));

        // A file whose period changes moves to its new period node; the old one goes away.
        write(dir.filePath("ge-22.md"), "Georgia;2026-05-08;2026-05-15;Gori:3,Kutaisi:2");
        QTRY_COMPARE(childTexts(model, model.index(2, 0)),
                     (QStringList{"2026-05-22 – 05-29", "2026-05-08 – 05-15"}));
        QCOMPARE(model.index(2, ReportLibraryModel::HotspotsColumn).data().toInt(), 4);

        // Broken: stays with its last good version and says so.
        write(dir.filePath("am-29.json"), "garbage");
        QTRY_VERIFY(model.indexForPath(dir.filePath("am-29.json")).data(ReportLibraryModel::StaleRole).toBool());
        QVERIFY(model.indexForPath(dir.filePath("am-29.json")).data(Qt::ToolTipRole).toString().contains("last good version"));

        // Removed: the report, then its empty period and country rows go.
        QVERIFY(QFile::remove(dir.filePath("undated.txt")));
        QTRY_COMPARE(childTexts(model), (QStringList{"Armenia", "Azerbaijan", "Georgia"}));

        lib.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void hotspotTableAndProxy()
    {
        HotspotTableModel table;
        HotspotFilterProxy proxy;
        proxy.setSourceModel(&table);
        QAbstractItemModelTester t1(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QList<Report> reports;
        for (const auto &[country, items] : QList<QPair<QString, QString>>{
                 {"Georgia", "Georgia;2026-05-22;2026-05-29;Tbilisi:2,Poti:1,Khurvaleti:3"},
                 {"Armenia", "Armenia;2026-05-22;2026-05-29;Yerevan:1,Sotk:3"}}) {
            QTemporaryDir d;
            write(d.filePath("r.md"), items.toUtf8());
            reports << *fakeParse(d.filePath("r.md")).report;
            Q_UNUSED(country);
        }
        table.setReports(reports);
        QCOMPARE(table.rowCount(), 5);
        QCOMPARE(proxy.rowCount(), 5);
        QCOMPARE(table.index(3, HotspotTableModel::LabelColumn).data().toString(), QStringLiteral("Yerevan"));
        QCOMPARE(table.index(3, HotspotTableModel::CountryColumn).data().toString(), QStringLiteral("Armenia"));
        QCOMPARE(table.index(4, 0).data(HotspotTableModel::HotspotIndexRole).toInt(), 1);
        QCOMPARE(table.index(0, HotspotTableModel::LatitudeColumn).data().toString(), QStringLiteral("40.0000"));
        QCOMPARE(table.rowFor(reports[1].source, 1), 4);

        proxy.setMinimumIntensity(2);
        QCOMPARE(childTexts(proxy), (QStringList{"Tbilisi", "Khurvaleti", "Sotk"}));
        proxy.setHiddenCountries({"Georgia"});
        QCOMPARE(childTexts(proxy), QStringList{"Sotk"});
        proxy.setHiddenCountries({});
        proxy.setMinimumIntensity(1);
        proxy.setSearchText("POTI detail"); // details count, case-insensitive
        QCOMPARE(childTexts(proxy), QStringList{"Poti"});
        proxy.setSearchText({});

        // Intensity sorts numerically, label sorts alphabetically.
        proxy.sort(HotspotTableModel::IntensityColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, HotspotTableModel::IntensityColumn).data().toInt(), 3);
        QCOMPARE(proxy.index(4, HotspotTableModel::IntensityColumn).data().toInt(), 1);
        proxy.sort(HotspotTableModel::LabelColumn, Qt::AscendingOrder);
        QCOMPARE(childTexts(proxy), (QStringList{"Khurvaleti", "Poti", "Sotk", "Tbilisi", "Yerevan"}));

        table.setReports({});
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestLibraryModel)
#include "test_librarymodel.moc"
