// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace atlas::pdf {

// Extracts the text of every page, in reading order, separated by form feeds.
bool extractText(const QByteArray &pdf, QString *text, QString *error);

// Registers extractText with ReportReader so that read() accepts PDF files.
void install();

} // namespace atlas::pdf
