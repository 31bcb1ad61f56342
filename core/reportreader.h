// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace atlas {

// Outcome of reading one file: a report (possibly with diagnostics), or a one-line error.
struct ReadResult
{
    std::optional<Report> report;
    QString error; // "FILE: reason" when report is empty

    bool ok() const { return report.has_value(); }
};

// Reads weekly reports from text extracted from PDF, Markdown, bare JSON and (with a backend
// registered) PDF. Never throws; bad input gives an error or diagnostics.
class ReportReader
{
public:
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;

    // Converts PDF bytes to text; returns false and sets error on failure. Registered by the
    // separate atlas_pdf target so that core does not link Qt::Gui.
    using PdfTextExtractor = std::function<bool(const QByteArray &pdf, QString *text, QString *error)>;
    static void setPdfTextExtractor(PdfTextExtractor extractor);
    static bool hasPdfSupport();

    static ReadResult read(const QString &path);
    // The text of a report file as the reader sees it (decoded; a PDF's extracted text): the
    // lines that diagnostics count, for showing the source. nullopt and an error when the file
    // cannot be read as text.
    static std::optional<QString> sourceText(const QString &path, QString *error = nullptr);
    // sourceName is used in messages and for the format hint (its suffix).
    static ReadResult readData(const QByteArray &data, const QString &sourceName);
};

} // namespace atlas
