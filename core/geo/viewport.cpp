// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "viewport.h"

namespace atlas {
// Implemented with the map engine.
} // namespace atlas
