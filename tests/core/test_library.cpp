// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "reportlibrary.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace atlas;

namespace {

// Catch2 owns main(); the library needs an event loop for its queued results and the watcher.
void ensureApp()
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "atlas_core_tests";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
    }
}

bool waitUntil(const std::function<bool()> &done, int ms = 5000)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

// A tiny stand-in format so these tests do not depend on the real reader:
// "country;start;end;label,label..." or anything starting with BAD for an error.
ReadResult fakeParse(const QString &path)
{
    ReadResult r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = path + QStringLiteral(": cannot open");
        return r;
    }
    const QString text = QString::fromUtf8(f.readAll()).trimmed();
    const QStringList parts = text.split(QLatin1Char(';'));
    if (text.startsWith(QLatin1String("BAD")) || parts.size() < 3) {
        r.error = path + QStringLiteral(": no structured assessment");
        return r;
    }
    Report rep;
    rep.source = path;
    rep.country = parts[0];
    rep.period = {QDate::fromString(parts[1], Qt::ISODate), QDate::fromString(parts[2], Qt::ISODate)};
    if (parts.size() > 3) {
        for (const QString &label : parts[3].split(QLatin1Char(','))) {
            Hotspot h;
            h.label = label;
            h.coordinate = QGeoCoordinate(41.7, 44.8);
            rep.hotspots << h;
        }
    }
    r.report = rep;
    return r;
}

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

void loadAndWait(ReportLibrary &lib, const QStringList &paths)
{
    QSignalSpy finished(&lib, &ReportLibrary::loadingFinished);
    lib.open(paths);
    REQUIRE(waitUntil([&] { return !lib.isLoading() && finished.count() > 0; }));
}

} // namespace

TEST_CASE("Library groups a folder by period and country", "[library]")
{
    ensureApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    write(dir.filePath("georgia-0529.md"), "Georgia;2026-05-22;2026-05-29;Tbilisi,Anaklia");
    write(dir.filePath("armenia-0529.json"), "Armenia;2026-05-22;2026-05-29;Yerevan");
    write(dir.filePath("old/georgia-0522.txt"), "Georgia;2026-05-15;2026-05-22;Gori");
    write(dir.filePath("mongolia-0508.md"), "Mongolia;2026-05-01;2026-05-08");
    write(dir.filePath("picture.png"), "Georgia;2026-05-22;2026-05-29");   // not a report suffix
    write(dir.filePath(".hidden.md"), "Georgia;2026-05-22;2026-05-29");    // editor leftovers

    ReportLibrary lib;
    lib.setParser(&fakeParse);
    QSignalSpy progress(&lib, &ReportLibrary::progress);
    QSignalSpy added(&lib, &ReportLibrary::reportsAdded);
    loadAndWait(lib, {dir.path()});

    CHECK(lib.count() == 4);
    CHECK(lib.errors().isEmpty());
    CHECK(lib.countries() == QStringList{"Armenia", "Georgia", "Mongolia"});

    const QList<Period> periods = lib.periods();
    REQUIRE(periods.size() == 3);
    CHECK(periods[0].end == QDate(2026, 5, 8));
    CHECK(periods[1].end == QDate(2026, 5, 22));
    CHECK(periods[2].end == QDate(2026, 5, 29));

    const QList<Report> week = lib.reportsFor(periods[2]);
    REQUIRE(week.size() == 2);
    CHECK(week[0].country == "Armenia"); // sorted by country
    CHECK(week[1].country == "Georgia");
    CHECK(week[1].hotspots.size() == 2);
    CHECK(lib.reportsFor(periods[1]).at(0).hotspots.at(0).label == "Gori"); // from the subfolder

    // Progress ends at the total, and every file arrived through reportsAdded.
    REQUIRE(!progress.isEmpty());
    CHECK(progress.last().at(0).toInt() == 4);
    CHECK(progress.last().at(1).toInt() == 4);
    int addedCount = 0;
    for (const auto &args : added)
        addedCount += args.at(0).toStringList().size();
    CHECK(addedCount == 4);
}

TEST_CASE("Library parses off the owner thread", "[library]")
{
    ensureApp();
    QTemporaryDir dir;
    for (int i = 0; i < 20; ++i)
        write(dir.filePath(QStringLiteral("r%1.md").arg(i)), "Georgia;2026-05-22;2026-05-29");
    std::atomic<int> onMain{0}, total{0};
    QThread *const mainThread = QThread::currentThread();
    ReportLibrary lib;
    lib.setParser([&](const QString &path) {
        ++total;
        if (QThread::currentThread() == mainThread)
            ++onMain;
        return fakeParse(path);
    });
    loadAndWait(lib, {dir.path()});
    CHECK(total == 20);
    CHECK(onMain == 0);
    CHECK(lib.count() == 20);
}

TEST_CASE("Unreadable files are reported and leave the rest loaded", "[library]")
{
    ensureApp();
    QTemporaryDir dir;
    write(dir.filePath("good.md"), "Georgia;2026-05-22;2026-05-29;Tbilisi");
    write(dir.filePath("broken.md"), "BAD file");
    ReportLibrary lib;
    lib.setParser(&fakeParse);
    QSignalSpy errors(&lib, &ReportLibrary::fileError);
    loadAndWait(lib, {dir.path()});

    CHECK(lib.count() == 1);
    CHECK(lib.contains(dir.filePath("good.md")));
    REQUIRE(errors.count() == 1);
    CHECK(errors.at(0).at(0).toString() == QDir::cleanPath(dir.filePath("broken.md")));
    CHECK(errors.at(0).at(1).toString().contains("no structured assessment"));
    CHECK(errors.at(0).at(2).toBool() == false);
    REQUIRE(lib.errors().size() == 1);
    CHECK(lib.errors().at(0).path.endsWith("broken.md"));

    // A missing file given by name is an error too, not silence.
    QSignalSpy more(&lib, &ReportLibrary::fileError);
    loadAndWait(lib, {dir.filePath("missing.md")});
    REQUIRE(more.count() == 1);
    CHECK(more.at(0).at(1).toString().contains("cannot open"));
}

TEST_CASE("Watched folder picks up new, changed and removed reports", "[library]")
{
    ensureApp();
    QTemporaryDir dir;
    write(dir.filePath("georgia.md"), "Georgia;2026-05-22;2026-05-29;Tbilisi");
    ReportLibrary lib;
    lib.setParser(&fakeParse);
    lib.setWatchDelay(50);
    loadAndWait(lib, {dir.path()});
    REQUIRE(lib.count() == 1);

    SECTION("new file")
    {
        QSignalSpy added(&lib, &ReportLibrary::reportsAdded);
        write(dir.filePath("armenia.md"), "Armenia;2026-05-22;2026-05-29;Yerevan");
        REQUIRE(waitUntil([&] { return lib.count() == 2; }));
        CHECK(added.count() == 1);
        CHECK(lib.reportsFor(lib.periods().at(0)).at(0).country == "Armenia");
    }
    SECTION("file changed in place")
    {
        QSignalSpy updated(&lib, &ReportLibrary::reportsUpdated);
        write(dir.filePath("georgia.md"), "Georgia;2026-05-22;2026-05-29;Tbilisi,Batumi,Gori");
        REQUIRE(waitUntil([&] { return lib.entry(dir.filePath("georgia.md"))->report.hotspots.size() == 3; }));
        CHECK(updated.count() >= 1);
        CHECK(lib.count() == 1);
    }
    SECTION("file replaced by an atomic save")
    {
        QSaveFile f(dir.filePath("georgia.md"));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Georgia;2026-05-22;2026-05-29;Tbilisi,Poti");
        REQUIRE(f.commit());
        REQUIRE(waitUntil([&] { return lib.entry(dir.filePath("georgia.md"))->report.hotspots.size() == 2; }));
        // And the replacement is watched again: a second in-place write is seen too.
        write(dir.filePath("georgia.md"), "Georgia;2026-05-22;2026-05-29;Tbilisi,Poti,Gori,Batumi");
        REQUIRE(waitUntil([&] { return lib.entry(dir.filePath("georgia.md"))->report.hotspots.size() == 4; }));
    }
    SECTION("file in a new subfolder")
    {
        write(dir.filePath("2026/w22/kazakhstan.md"), "Kazakhstan;2026-05-22;2026-05-29;Astana");
        REQUIRE(waitUntil([&] { return lib.count() == 2; }));
        CHECK(lib.countries().contains("Kazakhstan"));
    }
    SECTION("file removed")
    {
        QSignalSpy removed(&lib, &ReportLibrary::reportsRemoved);
        REQUIRE(QFile::remove(dir.filePath("georgia.md")));
        REQUIRE(waitUntil([&] { return lib.count() == 0; }));
        REQUIRE(removed.count() == 1);
        CHECK(removed.at(0).at(0).toStringList() == QStringList{QDir::cleanPath(dir.filePath("georgia.md"))});
        CHECK(lib.periods().isEmpty());
    }
}

TEST_CASE("A report that turns unreadable keeps its last good version", "[library]")
{
    ensureApp();
    QTemporaryDir dir;
    const QString path = QDir::cleanPath(dir.filePath("georgia.md"));
    write(path, "Georgia;2026-05-22;2026-05-29;Tbilisi,Batumi");
    ReportLibrary lib;
    lib.setParser(&fakeParse);
    lib.setWatchDelay(50);
    loadAndWait(lib, {dir.path()});
    REQUIRE(lib.count() == 1);

    QSignalSpy errors(&lib, &ReportLibrary::fileError);
    write(path, "BAD half-written file");
    REQUIRE(waitUntil([&] { return errors.count() > 0; }));
    CHECK(errors.at(0).at(0).toString() == path);
    CHECK(errors.at(0).at(2).toBool() == true);
    const auto stale = lib.entry(path);
    REQUIRE(stale.has_value());
    CHECK(stale->isStale());
    CHECK(stale->warning.contains("no structured assessment"));
    CHECK(stale->report.hotspots.size() == 2); // the last good version
    CHECK(lib.errors().isEmpty());              // not an error: a good version is shown

    // Fixed again: the warning goes away.
    write(path, "Georgia;2026-05-22;2026-05-29;Tbilisi");
    REQUIRE(waitUntil([&] { return !lib.entry(path)->isStale(); }));
    CHECK(lib.entry(path)->report.hotspots.size() == 1);
}

TEST_CASE("Clearing while loading cancels cleanly", "[library]")
{
    ensureApp();
    QTemporaryDir dir;
    for (int i = 0; i < 200; ++i)
        write(dir.filePath(QStringLiteral("r%1.md").arg(i)), "Georgia;2026-05-22;2026-05-29");
    ReportLibrary lib;
    lib.setParser([](const QString &p) {
        QThread::usleep(200);
        return fakeParse(p);
    });
    QSignalSpy cleared(&lib, &ReportLibrary::cleared);
    lib.open({dir.path()});
    CHECK(lib.isLoading());
    lib.clear();
    CHECK_FALSE(lib.isLoading());
    CHECK(cleared.count() == 1);
    // Results of the cancelled run must not trickle in afterwards.
    waitUntil([] { return false; }, 300);
    CHECK(lib.count() == 0);
    CHECK(lib.folders().isEmpty());
}

TEST_CASE("Undated reports are grouped apart", "[library]")
{
    ensureApp();
    QTemporaryDir dir;
    write(dir.filePath("a.md"), "Georgia;;;Tbilisi");
    write(dir.filePath("b.md"), "Georgia;2026-05-22;2026-05-29;Tbilisi");
    ReportLibrary lib;
    lib.setParser(&fakeParse);
    loadAndWait(lib, {dir.path()});
    CHECK(lib.periods().size() == 1);
    CHECK(lib.hasUndated());
    CHECK(lib.filesFor(Period{}) == QStringList{QDir::cleanPath(dir.filePath("a.md"))});
}
