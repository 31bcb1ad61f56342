// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#define CATCH_CONFIG_RUNNER
#include "pdftext.h"
#include "reportreader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace atlas;

namespace {
// Prints Markdown the way a user's "print to PDF" does: headings become plain lines, the
// JSON loses its fences, and long lines wrap.
QString printToPdf(const QString &markdown, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(QStringLiteral("Security Analysis Report"));
    QTextDocument doc;
    doc.setMarkdown(markdown);
    doc.setPageSize(QSizeF(writer.width(), writer.height()));
    QPainter painter(&writer);
    doc.drawContents(&painter);
    return path;
}
} // namespace

TEST_CASE("a Markdown report printed to PDF reads like the Markdown", "[pdf]")
{
    atlas::pdf::install();
    REQUIRE(ReportReader::hasPdfSupport());
    QFile md(QStringLiteral(TEST_DATA_DIR "/corpus/uzbekistan-2026-06-12.md"));
    REQUIRE(md.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    const QString pdfPath = printToPdf(QString::fromUtf8(md.readAll()), dir.filePath(QStringLiteral("uzbekistan-2026-06-12.pdf")));

    ReadResult r = ReportReader::read(pdfPath);
    INFO(r.error.toStdString());
    REQUIRE(r.ok());
    const Report &rep = *r.report;
    CHECK(rep.format == SourceFormat::Pdf);
    CHECK(rep.country == QStringLiteral("Uzbekistan"));
    CHECK(rep.period.start == QDate(2026, 6, 5));
    REQUIRE(rep.threatLevel.has_value());
    CHECK(rep.threatLevel->word == QStringLiteral("Elevated"));
    REQUIRE(rep.hotspots.size() == 2);
    CHECK(rep.hotspots[0].label == QStringLiteral("Termez"));
    CHECK(rep.hotspots[0].coordinate.latitude() == Approx(37.2242));
    CHECK(rep.hotspots[1].intensity == 1);
}

TEST_CASE("damaged PDFs give a one-line error", "[pdf]")
{
    atlas::pdf::install();
    ReadResult r = ReportReader::readData("%PDF-1.4\n1 0 obj <<>> endobj\n", QStringLiteral("x.pdf"));
    CHECK_FALSE(r.ok());
    CHECK(r.error == QStringLiteral("x.pdf: not a readable PDF document"));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
