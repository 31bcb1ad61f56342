// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "mapexport.h"

#include "maprenderer.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace atlas {

std::optional<ExportFormat> exportFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString provenanceText(const QList<Report> &reports, const QDateTime &when)
{
    QStringList lines;
    const int shown = std::min<int>(int(reports.size()), 6);
    for (int i = 0; i < shown; ++i) {
        const Report &r = reports.at(i);
        QString line = QFileInfo(r.source).fileName();
        QStringList what;
        if (!r.country.isEmpty())
            what << r.country;
        if (r.period.isValid())
            what << r.period.toString();
        if (!what.isEmpty())
            line += QStringLiteral(" (") + what.join(QStringLiteral(", ")) + QLatin1Char(')');
        lines << line;
    }
    if (reports.size() > shown)
        lines << QStringLiteral("… and %1 more reports").arg(reports.size() - shown);
    lines << QStringLiteral("Generated %1 by Hotspot Atlas %2")
                 .arg(when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), QStringLiteral(ATLAS_VERSION));
    return lines.join(QLatin1Char('\n'));
}

QString exportMap(const QString &path, const Viewport &viewport, const Scene &scene, const RenderOptions &options,
                  double scale)
{
    const std::optional<ExportFormat> format = exportFormatFor(path);
    if (!format)
        return QStringLiteral("%1: the file name must end in .png, .svg or .pdf").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
    MapRenderer renderer;
    const QSize size = viewport.size();
    bool ok = true;
    switch (*format) {
    case ExportFormat::Png: {
        QImage image(QSize(int(std::lround(size.width() * scale)), int(std::lround(size.height() * scale))),
                     QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return QStringLiteral("%1: the image is too large to make").arg(path);
        image.setDevicePixelRatio(scale);
        {
            QPainter p(&image);
            renderer.render(p, viewport, scene, options);
        }
        ok = image.save(&file, "PNG");
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(QStringLiteral("Hotspot Atlas map"));
        svg.setDescription(options.provenance);
        QPainter p;
        ok = p.begin(&svg);
        if (ok)
            renderer.render(p, viewport, scene, options);
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("Hotspot Atlas"));
        pdf.setTitle(QStringLiteral("Hotspot Atlas map"));
        // One logical pixel = one point, so the page has the view's proportions.
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        QPainter p;
        ok = p.begin(&pdf);
        if (ok)
            renderer.render(p, viewport, scene, options);
        break;
    }
    }
    if (!ok || !file.commit())
        return QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

} // namespace atlas
