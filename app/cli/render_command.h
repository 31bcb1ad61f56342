// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace atlas {

// `render REPORT... -o OUT.png|svg|pdf [--size WxH] [--scale S] [--theme light|dark]
//  [--center LAT,LNG --zoom Z]`. Needs a QGuiApplication. args are those after "render".
// Returns 0 on success, 1 when a report cannot be read or the output cannot be written,
// 2 on a usage error; messages go to stderr.
int runRenderCommand(const QStringList &args);

} // namespace atlas

using atlas::runRenderCommand;
