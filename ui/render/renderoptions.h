// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "geo/tileid.h"

#include <QColor>
#include <QImage>
#include <QString>

#include <functional>

namespace atlas {

enum class Theme { Light, Dark };

// Colours of one theme; markers keep their intensity colours on both.
struct ThemePalette
{
    QColor sea, land, border, coast, graticule, text, mutedText, halo, panel, panelBorder, selection;
    static ThemePalette forTheme(Theme theme);
};

// Decoded raster tile (x folded into 0..2^z-1) or a null image when it is not available (yet);
// missing tiles leave the vector basemap visible underneath.
using TileImageProvider = std::function<QImage(const TileId &tile)>;

// What to draw. The defaults are what the widget shows; exports tweak them.
struct RenderOptions
{
    Theme theme = Theme::Light;
    // Layers
    bool basemap = true;
    bool countryNames = true;
    bool graticule = false;
    bool markers = true;
    bool clustering = true;
    bool labels = true;
    // Furniture
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = false;
    QString attribution = QStringLiteral("Made with Natural Earth");
    QString provenance; // plain text, may hold several lines (report files, periods, time)
    // Optional raster tiles drawn over the vector basemap.
    TileImageProvider tiles;
    // Set by the widget while a zoom animation runs: the basemap may be a scaled cached layer.
    bool interactive = false;
    // Upper bound on hotspot labels tried per frame, so a 100k scene stays interactive.
    int maxLabels = 300;
};

} // namespace atlas
