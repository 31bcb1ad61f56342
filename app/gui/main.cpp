// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// hotspot-atlas: the analyst workspace. Argument parsing only; the window does the work.
#include "mainwindow.h"
#include "pdftext.h"
#include "reportlibrary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <functional>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hotspot-atlas"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hotspot Atlas"));
    QApplication::setOrganizationName(QStringLiteral("HotspotAtlas"));
    QApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.hotspotatlas.HotspotAtlas"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/app/hotspot-atlas.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Offline map viewer for weekly security hotspot reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("Report files (.md, .txt, .json, .pdf) or folders to open."),
                                 QStringLiteral("[paths...]"));
    const QCommandLineOption noSession(QStringLiteral("no-session"),
                                       QStringLiteral("Neither restore nor save the list of open files and folders."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the window to FILE once loaded, then quit."),
                                        QStringLiteral("FILE"));
    parser.addOption(noSession);
    parser.addOption(screenshot);
    parser.process(app);

    atlas::pdf::install();

    atlas::MainWindow window;
    window.setSessionSaving(!parser.isSet(noSession));

    std::function<void()> shoot;
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        shoot = [&window, file] {
            const bool ok = window.grab().save(file);
            std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "could not save", qPrintable(file));
            QApplication::exit(ok ? 0 : 1);
        };
        // After the library is shown and painted; a safety net in case loading never ends.
        QObject::connect(&window, &atlas::MainWindow::libraryShown, &window, [shoot] { QTimer::singleShot(400, shoot); });
        QTimer::singleShot(15000, &window, shoot);
    }

    window.show();
    const QStringList paths = parser.positionalArguments();
    if (!paths.isEmpty())
        window.openPaths(paths);
    else if (parser.isSet(noSession) || !window.restoreSession())
        window.openSamples();
    if (shoot && !window.library()->isLoading()) {
        // Nothing to wait for (no readable path): take the picture once the window is painted.
        QTimer::singleShot(500, &window, shoot);
    }
    return app.exec();
}
