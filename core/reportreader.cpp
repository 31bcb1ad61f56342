// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "reportreader.h"

#include <QFile>
#include <QFileInfo>

namespace atlas {

namespace {
ReportReader::PdfTextExtractor &pdfExtractor()
{
    static ReportReader::PdfTextExtractor extractor;
    return extractor;
}
} // namespace

void ReportReader::setPdfTextExtractor(PdfTextExtractor extractor)
{
    pdfExtractor() = std::move(extractor);
}

bool ReportReader::hasPdfSupport()
{
    return bool(pdfExtractor());
}

ReadResult ReportReader::read(const QString &path)
{
    ReadResult r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = path + QStringLiteral(": cannot open: ") + f.errorString();
        return r;
    }
    return readData(f.readAll(), path);
}

ReadResult ReportReader::readData(const QByteArray &data, const QString &sourceName)
{
    Q_UNUSED(data);
    ReadResult r;
    r.error = sourceName + QStringLiteral(": not implemented yet");
    return r;
}

} // namespace atlas
