// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tilesource.h"

#include <memory>

namespace atlas {

// Builds the source a user setting names: an http(s) URL template, an .mbtiles file or a folder
// of z/x/y tiles. Returns nullptr and sets *error when it cannot be used. Only call this for a
// source the user configured: the app's defaults create none.
std::unique_ptr<TileSource> createTileSource(const QString &spec, const QString &cacheDirectory = {},
                                             QString *error = nullptr);

// Attribution a well-known server requires ("© OpenStreetMap contributors"), else empty.
QString knownAttribution(const QString &urlTemplate);

} // namespace atlas
