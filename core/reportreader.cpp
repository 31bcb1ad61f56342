// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "reportreader.h"

#include "assessment.h"
#include "lenientjson.h"
#include "periodparser.h"
#include "textreport.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace atlas {

namespace {

ReportReader::PdfTextExtractor &pdfExtractor()
{
    static ReportReader::PdfTextExtractor extractor;
    return extractor;
}

ReadResult failure(const QString &source, const QString &reason)
{
    ReadResult r;
    r.error = source + QStringLiteral(": ") + reason;
    return r;
}

// Bytes that no text report contains: NULs, or many control characters.
bool looksBinary(const QByteArray &data)
{
    const qsizetype n = std::min<qsizetype>(data.size(), 64 * 1024);
    int control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B)
            ++control;
    }
    return control > n / 100 + 2;
}

// First invalid UTF-8 byte offset, or -1.
qsizetype invalidUtf8Offset(const QByteArray &data)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    return int(std::count(data.constBegin(), data.constBegin() + offset, '\n')) + 1;
}

QString countryFromFileName(const QString &source)
{
    // "armenia-2026-05-29.json" -> "Armenia"; "south-korea_2026-05-29.md" -> "South Korea"
    const QString base = QFileInfo(source).completeBaseName();
    static const QRegularExpression re(QStringLiteral("^([A-Za-z][A-Za-z_ -]*?)[-_ ]*\\d"));
    const auto m = re.match(base);
    if (!m.hasMatch())
        return {};
    QStringList words = m.captured(1).split(QRegularExpression(QStringLiteral("[-_ ]+")), Qt::SkipEmptyParts);
    for (QString &w : words) {
        w = w.toLower();
        if (w != QLatin1String("and") && w != QLatin1String("of") && w != QLatin1String("the"))
            w[0] = w[0].toUpper();
    }
    return words.join(QLatin1Char(' '));
}

QDate dateFromFileName(const QString &source)
{
    static const QRegularExpression re(QStringLiteral("(\\d{4})-(\\d{2})-(\\d{2})"));
    const auto m = re.match(QFileInfo(source).fileName());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

// A title alone is not a report: any note or README has a first line.
bool hasContent(const Report &r)
{
    return r.period.isValid() || !r.executiveSummary.isEmpty() || !r.keyDevelopments.isEmpty()
           || r.threatLevel.has_value() || !r.hotspots.isEmpty();
}

void fillFromFileName(Report &r)
{
    if (r.country.isEmpty()) {
        r.country = countryFromFileName(r.source);
        if (!r.country.isEmpty())
            r.diagnostics.append({Severity::Warning, 0,
                                  QStringLiteral("no country in the report; taken from the file name: %1")
                                      .arg(r.country),
                                  -1});
    }
    if (!r.period.isValid()) {
        const QDate end = dateFromFileName(r.source);
        if (end.isValid()) {
            r.period = {end.addDays(-7), end};
            r.diagnostics.append({Severity::Warning, 0,
                                  QStringLiteral("no analysis period in the report; assumed the week ending "
                                                 "%1 from the file name")
                                      .arg(end.toString(Qt::ISODate)),
                                  -1});
        } else {
            r.diagnostics.append({Severity::Warning, 0, QStringLiteral("no analysis period found"), -1});
        }
    }
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

namespace {

// The file's bytes, with the reader's limits; an empty error on success.
QString loadFile(const QString &path, QByteArray *data)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("no such file");
    if (info.isDir())
        return QStringLiteral("is a folder, not a report file");
    if (info.size() > ReportReader::maxFileSize)
        return QStringLiteral("file is %1 MiB, over the %2 MiB limit for a report")
            .arg(info.size() / (1024 * 1024))
            .arg(ReportReader::maxFileSize / (1024 * 1024));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot open: ") + f.errorString();
    // Read at most one byte past the limit, so a file that grows meanwhile is still caught.
    *data = f.read(ReportReader::maxFileSize + 1);
    return {};
}

// The text the reader works on, and whose lines diagnostics count.
struct Decoded
{
    QString text;
    QByteArray utf8;       // the bytes when they were valid UTF-8 (the JSON reader reads bytes)
    bool pdf = false;
    qsizetype latin1 = -1; // offset of the first invalid UTF-8 byte when read as Latin-1
    QString error;
};

Decoded decode(const QByteArray &data)
{
    Decoded d;
    if (data.size() > ReportReader::maxFileSize) {
        d.error = QStringLiteral("over the %1 MiB limit for a report").arg(ReportReader::maxFileSize / (1024 * 1024));
        return d;
    }
    if (data.startsWith("%PDF-")) {
        d.pdf = true;
        if (!ReportReader::hasPdfSupport())
            d.error = QStringLiteral("PDF reports are not supported in this build");
        else if (!pdfExtractor()(data, &d.text, &d.error) && d.error.isEmpty())
            d.error = QStringLiteral("cannot read the PDF");
        return d;
    }
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty()) {
        d.error = QStringLiteral("the file is empty");
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder dec(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        d.text = dec.decode(bytes.mid(2));
        if (dec.hasError())
            d.error = QStringLiteral("not valid UTF-16 text");
    } else if (looksBinary(bytes)) {
        d.error = QStringLiteral("binary data, not a text, Markdown, JSON or PDF report");
    } else if ((d.latin1 = invalidUtf8Offset(bytes)) >= 0) {
        // Most likely Latin-1 or Windows-1252 from an old tool: readable, but say so.
        d.text = QString::fromLatin1(bytes);
        d.utf8 = bytes; // kept for lineOfOffset only
    } else {
        d.text = QString::fromUtf8(bytes);
        d.utf8 = bytes;
    }
    return d;
}

} // namespace

ReadResult ReportReader::read(const QString &path)
{
    QByteArray data;
    if (const QString error = loadFile(path, &data); !error.isEmpty())
        return failure(path, error);
    return readData(data, path);
}

std::optional<QString> ReportReader::sourceText(const QString &path, QString *error)
{
    QByteArray data;
    QString reason = loadFile(path, &data);
    Decoded d;
    if (reason.isEmpty()) {
        d = decode(data);
        reason = d.error;
    }
    if (!reason.isEmpty()) {
        if (error)
            *error = path + QStringLiteral(": ") + reason;
        return std::nullopt;
    }
    return d.text;
}

ReadResult ReportReader::readData(const QByteArray &data, const QString &sourceName)
{
    Decoded decoded = decode(data);
    if (!decoded.error.isEmpty())
        return failure(sourceName, decoded.error);

    Report report;
    report.source = sourceName;
    const QString &text = decoded.text;
    QByteArray utf8 = decoded.latin1 >= 0 ? QByteArray() : decoded.utf8;
    if (decoded.pdf) {
        report.format = SourceFormat::Pdf;
    } else {
        if (decoded.latin1 >= 0)
            report.diagnostics.append({Severity::Warning, lineOfOffset(decoded.utf8, decoded.latin1),
                                       QStringLiteral("the file is not valid UTF-8 (byte %1); read as Latin-1")
                                           .arg(decoded.latin1),
                                       -1});
        const QString suffix = QFileInfo(sourceName).suffix().toLower();
        const QString head = text.left(4096).trimmed();
        if (head.startsWith(QLatin1Char('{')) || head.startsWith(QLatin1Char('[')) || suffix == QLatin1String("json"))
            report.format = SourceFormat::Json;
        else if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") ||
                 head.startsWith(QLatin1Char('#')) || head.contains(QLatin1String("**")) ||
                 head.contains(QLatin1String("\n#")))
            report.format = SourceFormat::Markdown;
        else
            report.format = SourceFormat::Text;
    }

    if (report.format == SourceFormat::Json) {
        if (utf8.isEmpty())
            utf8 = text.toUtf8();
        LenientJsonParser::Result r = LenientJsonParser::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
        if (!r.fatal.isEmpty()) {
            // A .json file that holds a prose report after all: read it as text.
            if (!text.trimmed().startsWith(QLatin1Char('{')) && !text.trimmed().startsWith(QLatin1Char('[')))
                report.format = SourceFormat::Text;
            else
                return failure(sourceName, r.fatal);
        } else {
            report.diagnostics.append(r.diagnostics);
            readJsonReport(r.root, r.truncated, report);
            if (report.country.isEmpty() && !report.title.isEmpty())
                report.country = countryFromTitle(report.title);
        }
    }
    if (report.format != SourceFormat::Json)
        readTextReport(text, report);

    if (!hasContent(report))
        return failure(sourceName, QStringLiteral("no report content found (expected an analysis period, an "
                                                  "executive summary, key developments or a structured assessment; "
                                                  "a title alone is not a report)"));
    fillFromFileName(report);
    std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    ReadResult result;
    result.report = std::move(report);
    return result;
}

} // namespace atlas
