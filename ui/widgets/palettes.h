// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>

// The application's own light and dark palettes (View > Theme), for when the analyst does not
// follow the system's.
namespace atlas::Palettes {

QPalette light();
QPalette dark();

} // namespace atlas::Palettes
