// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// Workspace benchmark: (1) the window shown with the bundled sample library (target < 1 s),
// (2) a 1,000-report folder indexed by the window (target < 2 s) with the longest stall of the
// UI thread while it loads. Baseline, measured in the same run: reading the same files one
// after the other on one thread with ReportReader::read.
#include "mainwindow.h"
#include "reportlibrary.h"
#include "reportreader.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace atlas;

namespace {
const QString samplesDir = QStringLiteral(TEST_DATA_DIR "/../../resources/samples");

// Measures the longest gap between ticks of a 2 ms UI-thread timer: how long the event loop
// was blocked (and the window frozen).
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            if (now - m_last > 30'000'000)
                ++m_over30;
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_over30 = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_longest / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;

public:
    int m_over30 = 0; // gaps longer than 30 ms
};

double sequentialRead(const QStringList &files)
{
    QElapsedTimer t;
    t.start();
    int ok = 0;
    for (const QString &f : files)
        ok += ReportReader::read(f).ok() ? 1 : 0;
    const double ms = t.nsecsElapsed() / 1e6;
    if (ok != files.size())
        std::printf("  warning: %d of %lld files did not read\n", int(files.size()) - ok, qlonglong(files.size()));
    return ms;
}

bool waitShown(MainWindow &w, int timeoutMs)
{
    QEventLoop loop;
    bool shown = false;
    QObject::connect(&w, &MainWindow::libraryShown, &loop, [&] {
        shown = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return shown;
}

// 1,000 reports: 40 made-up countries x 25 weeks, in the Markdown and the bare JSON shapes.
QStringList writeBigFolder(const QString &dir)
{
    QFile md(samplesDir + "/georgia-2026-05-29.md");
    QFile js(samplesDir + "/armenia-2026-05-29.json");
    if (!md.open(QIODevice::ReadOnly) || !js.open(QIODevice::ReadOnly))
        return {};
    const QString mdText = QString::fromUtf8(md.readAll());
    const QString jsText = QString::fromUtf8(js.readAll());
    QStringList files;
    const QDate firstEnd(2026, 1, 2);
    for (int c = 0; c < 40; ++c) {
        const QString country = QStringLiteral("Country%1").arg(c, 2, 10, QLatin1Char('0'));
        for (int wk = 0; wk < 25; ++wk) {
            const QDate end = firstEnd.addDays(7 * wk), start = end.addDays(-7);
            QString text;
            QString name;
            if ((c + wk) % 2) {
                text = QString(mdText)
                           .replace(QStringLiteral("GEORGIA"), country.toUpper())
                           .replace(QStringLiteral("May 22, 2026 - May 29, 2026"),
                                    QLocale::c().toString(start, QStringLiteral("MMMM d, yyyy")) + QStringLiteral(" - ")
                                        + QLocale::c().toString(end, QStringLiteral("MMMM d, yyyy")));
                name = QStringLiteral("%1-%2.md").arg(country.toLower(), end.toString(Qt::ISODate));
            } else {
                text = QString(jsText)
                           .replace(QStringLiteral("ARMENIA"), country.toUpper())
                           .replace(QStringLiteral("\"Armenia\""), QLatin1Char('"') + country + QLatin1Char('"'))
                           .replace(QStringLiteral("\"start\": \"2026-05-22\""),
                                    QStringLiteral("\"start\": \"%1\"").arg(start.toString(Qt::ISODate)))
                           .replace(QStringLiteral("\"end\": \"2026-05-29\""),
                                    QStringLiteral("\"end\": \"%1\"").arg(end.toString(Qt::ISODate)));
                name = QStringLiteral("%1-%2.json").arg(country.toLower(), end.toString(Qt::ISODate));
            }
            QFile f(dir + QLatin1Char('/') + name);
            if (!f.open(QIODevice::WriteOnly))
                return {};
            f.write(text.toUtf8());
            files << f.fileName();
        }
    }
    return files;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication::setOrganizationName(QStringLiteral("HotspotAtlasBench"));

    // --- 1. window shown with the sample library ---------------------------------------
    QStringList samples;
    for (const QString &f : QDir(samplesDir).entryList({"*.md", "*.txt", "*.json"}, QDir::Files)) {
        if (ReportLibrary::isReportFile(f))
            samples << samplesDir + QLatin1Char('/') + f;
    }
    sequentialRead(samples); // warm the file cache and the reader's statics
    const double samplesBaseline = sequentialRead(samples);
    double shownMs = 0, shownStall = 0;
    {
        StallMeter stall;
        QElapsedTimer t;
        t.start();
        stall.start();
        QSettings settings(config.filePath("s1.ini"), QSettings::IniFormat);
        MainWindow w(&settings);
        w.show();
        w.openPaths({samplesDir});
        const bool ok = waitShown(w, 10000);
        QApplication::processEvents(); // the paint that follows
        shownMs = t.nsecsElapsed() / 1e6;
        shownStall = stall.stop();
        std::printf("window shown with the sample library (%d reports): %.1f ms (target < 1000 ms)%s\n",
                    w.library()->count(), shownMs, ok ? "" : "  TIMED OUT");
    }
    std::printf("  baseline: sequential read of the same %lld files: %.1f ms  -> ratio %.1fx\n",
                qlonglong(samples.size()), samplesBaseline, shownMs / std::max(samplesBaseline, 0.001));
    std::printf("  longest UI-thread stall: %.1f ms (window construction included)\n", shownStall);

    // --- 2. 1,000-report folder --------------------------------------------------------
    QTemporaryDir big;
    const QStringList files = writeBigFolder(big.path());
    if (files.size() != 1000) {
        std::printf("could not write the 1,000-report folder\n");
        return 1;
    }
    sequentialRead(files.mid(0, 50));
    const double bigBaseline = sequentialRead(files);
    {
        QSettings settings(config.filePath("s2.ini"), QSettings::IniFormat);
        MainWindow w(&settings);
        w.show();
        QApplication::processEvents();
        StallMeter stall;
        QElapsedTimer t;
        stall.start();
        t.start();
        w.openPaths({big.path()});
        const bool ok = waitShown(w, 30000);
        QApplication::processEvents();
        const double ms = t.nsecsElapsed() / 1e6;
        const double worst = stall.stop();
        std::printf("1,000-report folder indexed by the window: %.1f ms (target < 2000 ms)%s; %d reports, %lld periods, %lld countries\n",
                    ms, ok ? "" : "  TIMED OUT", w.library()->count(), qlonglong(w.periods().size()),
                    qlonglong(w.library()->countries().size()));
        std::printf("  longest UI-thread stall while indexing: %.1f ms (%d stalls over 30 ms)\n", worst, stall.m_over30);
        std::printf("  baseline: sequential read on one thread: %.1f ms  -> ratio %.2fx (below 1: the pool wins)\n",
                    bigBaseline, ms / std::max(bigBaseline, 0.001));
    }
    {
        // The library alone, without the window: what the widgets add.
        ReportLibrary lib;
        QEventLoop loop;
        QObject::connect(&lib, &ReportLibrary::loadingFinished, &loop, &QEventLoop::quit);
        StallMeter stall;
        QElapsedTimer t;
        stall.start();
        t.start();
        lib.open({big.path()});
        loop.exec();
        const double ms = t.nsecsElapsed() / 1e6;
        std::printf("1,000-report folder indexed by ReportLibrary alone: %.1f ms, longest stall %.1f ms  -> ratio %.2fx vs baseline\n",
                    ms, stall.stop(), ms / std::max(bigBaseline, 0.001));
    }
    return 0;
}
