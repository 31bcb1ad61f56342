// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// The data itself is the Qt resource added in resources/CMakeLists.txt; a static library
// needs at least one source file.
namespace atlas {
int basemapDataRevision() { return 1; }
} // namespace atlas
