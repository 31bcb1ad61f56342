// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "pdftext.h"

#include "reportreader.h"

#include <poppler-qt6.h>

#include <memory>

namespace atlas::pdf {

bool extractText(const QByteArray &pdf, QString *text, QString *error)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc) {
        *error = QStringLiteral("not a readable PDF document");
        return false;
    }
    if (doc->isLocked()) {
        *error = QStringLiteral("the PDF is password-protected");
        return false;
    }
    QStringList pages;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (page)
            pages << page->text(QRectF());
    }
    *text = pages.join(QLatin1Char('\f'));
    if (text->trimmed().isEmpty()) {
        *error = QStringLiteral("the PDF has no extractable text (scanned images are not supported)");
        return false;
    }
    return true;
}

void install()
{
    // Poppler prints parse errors of damaged files to stderr; we report them as one line.
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    ReportReader::setPdfTextExtractor(&extractText);
}

} // namespace atlas::pdf
