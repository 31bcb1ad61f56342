// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// hotspot-atlas-cli: parse, validate and render weekly reports without a window.
#include "pdftext.h"
#include "reportjson.h"
#include "reportreader.h"

#ifdef ATLAS_HAVE_RENDER
#include "render_command.h"
#include <QGuiApplication>
#endif

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace {

const char usage[] =
    "Usage: hotspot-atlas-cli <command> [options] FILE...\n"
    "\n"
    "Commands:\n"
    "  parse FILE...       Print each report as normalized JSON (an array for several files).\n"
    "  validate FILE...    Print diagnostics as FILE:LINE: SEVERITY: MESSAGE.\n"
    "  render REPORT... -o OUT.png|svg|pdf [--size WxH] [--scale S] [--theme light|dark]\n"
    "                      [--center LAT,LNG --zoom Z] [--graticule] [--north-arrow]\n"
    "                      Render a map snapshot without a display.\n"
    "\n"
    "Options:\n"
    "  -h, --help          Show this help.\n"
    "  -v, --version       Show the version.\n"
    "\n"
    "Exit status: 0 success; 1 a file could not be read as a report (parse, render) or has\n"
    "errors (validate); 2 usage error.\n";

void printErr(const QString &s)
{
    std::fputs(qPrintable(s + QLatin1Char('\n')), stderr);
}

void writeOut(const QByteArray &b)
{
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
}

int parseCommand(const QStringList &files)
{
    QList<atlas::Report> reports;
    int status = 0;
    for (const QString &f : files) {
        atlas::ReadResult r = atlas::ReportReader::read(f);
        if (!r.ok()) {
            printErr(r.error);
            status = 1;
            continue;
        }
        reports.append(*r.report);
    }
    if (files.size() == 1) {
        if (!reports.isEmpty())
            writeOut(atlas::reportToJson(reports.first()) + '\n');
    } else {
        writeOut(atlas::reportsToJson(reports) + '\n');
    }
    return status;
}

int validateCommand(const QStringList &files)
{
    int status = 0;
    for (const QString &f : files) {
        atlas::ReadResult r = atlas::ReportReader::read(f);
        if (!r.ok()) {
            writeOut((f + QStringLiteral(":0: error: ") + r.error.mid(f.size() + 2) + QLatin1Char('\n')).toUtf8());
            status = 1;
            continue;
        }
        int errors = 0, warnings = 0;
        for (const atlas::Diagnostic &d : r.report->diagnostics) {
            writeOut(QStringLiteral("%1:%2: %3: %4\n")
                         .arg(f)
                         .arg(d.line)
                         .arg(atlas::severityName(d.severity), d.message)
                         .toUtf8());
            errors += d.severity == atlas::Severity::Error;
            warnings += d.severity == atlas::Severity::Warning;
        }
        writeOut(QStringLiteral("%1: %2 hotspot(s), %3 error(s), %4 warning(s)\n")
                     .arg(f)
                     .arg(r.report->hotspots.size())
                     .arg(errors)
                     .arg(warnings)
                     .toUtf8());
        if (errors)
            status = 1;
    }
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (args.isEmpty()) {
        std::fputs(usage, stderr);
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        std::fputs(usage, stdout);
        return 0;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        std::printf("hotspot-atlas-cli %s\n", ATLAS_VERSION);
        return 0;
    }
    if (args.contains(QLatin1String("-h")) || args.contains(QLatin1String("--help"))) {
        std::fputs(usage, stdout);
        return 0;
    }

    atlas::pdf::install();

    if (command == QLatin1String("parse") || command == QLatin1String("validate")) {
        if (args.isEmpty()) {
            printErr(QStringLiteral("hotspot-atlas-cli %1: no FILE given (see --help)").arg(command));
            return 2;
        }
        for (const QString &a : args) {
            if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
                printErr(QStringLiteral("hotspot-atlas-cli %1: unknown option %2 (see --help)").arg(command, a));
                return 2;
            }
        }
        QCoreApplication app(argc, argv);
        return command == QLatin1String("parse") ? parseCommand(args) : validateCommand(args);
    }
    if (command == QLatin1String("render")) {
#ifdef ATLAS_HAVE_RENDER
        // Headless: no display needed unless the caller chose a platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runRenderCommand(args);
#else
        printErr(QStringLiteral("hotspot-atlas-cli: render is not available in this build"));
        return 2;
#endif
    }
    printErr(QStringLiteral("hotspot-atlas-cli: unknown command '%1' (see --help)").arg(command));
    return 2;
}
