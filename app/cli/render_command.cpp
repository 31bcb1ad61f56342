// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "render_command.h"

#include "mapexport.h"
#include "maprenderer.h"
#include "reportreader.h"

#include <QFileInfo>

#include <cstdio>
#include <optional>

namespace atlas {

namespace {

void printErr(const QString &s)
{
    std::fputs(qPrintable(QStringLiteral("hotspot-atlas-cli render: ") + s + QLatin1Char('\n')), stderr);
}

struct RenderArgs
{
    QStringList reports;
    QString output;
    QSize size{1600, 900};
    double scale = 1.0;
    Theme theme = Theme::Light;
    std::optional<QGeoCoordinate> center;
    std::optional<double> zoom;
    bool graticule = false;
    bool northArrow = false;
};

// Returns an error message, empty on success.
QString parseArgs(const QStringList &args, RenderArgs &out)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString *v) {
            if (i + 1 >= args.size())
                return false;
            *v = args.at(++i);
            return true;
        };
        QString v;
        if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (!value(&out.output))
                return QStringLiteral("%1 needs a file name").arg(a);
        } else if (a == QLatin1String("--size")) {
            if (!value(&v))
                return QStringLiteral("--size needs WxH");
            const QStringList wh = v.toLower().split(QLatin1Char('x'));
            bool okW = false, okH = false;
            const int w = wh.value(0).toInt(&okW), h = wh.value(1).toInt(&okH);
            if (wh.size() != 2 || !okW || !okH || w < 16 || h < 16 || w > 16384 || h > 16384)
                return QStringLiteral("bad --size '%1' (expected WxH, 16..16384)").arg(v);
            out.size = QSize(w, h);
        } else if (a == QLatin1String("--scale")) {
            bool ok = false;
            if (!value(&v) || (out.scale = v.toDouble(&ok), !ok) || !(out.scale >= 0.25 && out.scale <= 8))
                return QStringLiteral("bad --scale '%1' (expected 0.25..8)").arg(v);
        } else if (a == QLatin1String("--theme")) {
            if (!value(&v) || (v != QLatin1String("light") && v != QLatin1String("dark")))
                return QStringLiteral("bad --theme '%1' (expected light or dark)").arg(v);
            out.theme = v == QLatin1String("dark") ? Theme::Dark : Theme::Light;
        } else if (a == QLatin1String("--center")) {
            if (!value(&v))
                return QStringLiteral("--center needs LAT,LNG");
            const QStringList ll = v.split(QLatin1Char(','));
            bool okLat = false, okLng = false;
            const double lat = ll.value(0).trimmed().toDouble(&okLat), lng = ll.value(1).trimmed().toDouble(&okLng);
            if (ll.size() != 2 || !okLat || !okLng || std::abs(lat) > 90 || std::abs(lng) > 180)
                return QStringLiteral("bad --center '%1' (expected LAT,LNG)").arg(v);
            out.center = QGeoCoordinate(lat, lng);
        } else if (a == QLatin1String("--zoom")) {
            bool ok = false;
            double z = 0;
            if (!value(&v) || (z = v.toDouble(&ok), !ok) || !(z >= 0 && z <= 19))
                return QStringLiteral("bad --zoom '%1' (expected 0..19)").arg(v);
            out.zoom = z;
        } else if (a == QLatin1String("--graticule")) {
            out.graticule = true;
        } else if (a == QLatin1String("--north-arrow")) {
            out.northArrow = true;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return QStringLiteral("unknown option %1").arg(a);
        } else {
            out.reports.append(a);
        }
    }
    if (out.reports.isEmpty())
        return QStringLiteral("no report given");
    if (out.output.isEmpty())
        return QStringLiteral("no output given (-o OUT.png|svg|pdf)");
    if (out.center.has_value() != out.zoom.has_value())
        return QStringLiteral("--center and --zoom go together");
    if (!exportFormatFor(out.output))
        return QStringLiteral("output must end in .png, .svg or .pdf: %1").arg(out.output);
    return {};
}

} // namespace

int runRenderCommand(const QStringList &args)
{
    RenderArgs a;
    if (const QString error = parseArgs(args, a); !error.isEmpty()) {
        printErr(error);
        std::fputs("usage: hotspot-atlas-cli render REPORT... -o OUT.png|svg|pdf [--size WxH] [--scale S]\n"
                   "       [--theme light|dark] [--center LAT,LNG --zoom Z] [--graticule] [--north-arrow]\n",
                   stderr);
        return 2;
    }

    QList<Report> reports;
    for (const QString &path : std::as_const(a.reports)) {
        ReadResult r = ReportReader::read(path);
        if (!r.ok()) {
            printErr(r.error.isEmpty() ? path + QStringLiteral(": cannot read") : r.error);
            return 1;
        }
        reports.append(*r.report);
    }
    const Scene scene = Scene::fromReports(reports);

    RenderOptions options;
    options.theme = a.theme;
    options.graticule = a.graticule;
    options.northArrow = a.northArrow;
    options.provenance = provenanceText(reports);
    const Viewport viewport = a.center ? Viewport(*a.center, *a.zoom, a.size, a.scale)
                                       : MapRenderer::fitToFreeArea(scene.placedCoordinates(), a.size, options,
                                                                    48, 12, a.scale);
    if (const QString error = exportMap(a.output, viewport, scene, options, a.scale); !error.isEmpty()) {
        printErr(error);
        return 1;
    }
    return 0;
}

} // namespace atlas
