// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "geo/viewport.h"
#include "renderoptions.h"
#include "report.h"
#include "scene.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace atlas {

// Map snapshots for briefers: a view as PNG, SVG or PDF, drawn by the same MapRenderer as the
// screen (legend, scale bar, provenance footer). The CLI's render command and the window's
// File > Export Map both write through here.
enum class ExportFormat { Png, Svg, Pdf };

// By the file's suffix, case-insensitive; nullopt for anything else.
std::optional<ExportFormat> exportFormatFor(const QString &path);

// The footer: each report file with its country and period (six at most, then "... and N more
// reports"), then when and by which version the snapshot was made. Plain text.
QString provenanceText(const QList<Report> &reports, const QDateTime &when = QDateTime::currentDateTimeUtc());

// Writes the view to path, atomically. PNG: the viewport's size times scale in pixels, drawn
// at that pixel ratio; SVG: a viewBox of the logical size, vectors only; PDF: one page of the
// logical size in points. Returns an error message, empty on success.
QString exportMap(const QString &path, const Viewport &viewport, const Scene &scene, const RenderOptions &options,
                  double scale = 1.0);

} // namespace atlas
