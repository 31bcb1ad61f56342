// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QByteArray>

namespace atlas {

// The normalized report as JSON (the CLI's `parse` output; see docs/cli.md).
QByteArray reportToJson(const Report &report, int indent = 2);
QByteArray reportsToJson(const QList<Report> &reports, int indent = 2);

} // namespace atlas
