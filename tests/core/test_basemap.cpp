// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "geo/basemap.h"
#include "geo/webmercator.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <set>

using atlas::Basemap;
using atlas::BasemapCountry;
using Res = atlas::BasemapResolution;
namespace WM = atlas::WebMercator;

namespace {
QByteArray resourceBytes(Res r)
{
    QFile f(Basemap::resourcePath(r));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void putU32(QByteArray &b, qsizetype at, quint32 v) { qToLittleEndian(v, b.data() + at); }
} // namespace

TEST_CASE("Bundled 110m basemap has the countries", "[geo][basemap]")
{
    const Basemap b = Basemap::load(Res::Low);
    REQUIRE_FALSE(b.isNull());
    CHECK(b.error().isEmpty());
    CHECK(b.resolution() == Res::Low);
    CHECK(b.countries().size() >= 170);
    CHECK(b.countries().size() <= 180);
    CHECK(b.borders().size() > 100);
    CHECK(b.coastlines().size() > 100);

    const BasemapCountry *mn = b.findCountry(QStringLiteral("Mongolia"));
    REQUIRE(mn);
    CHECK(mn->id == QStringLiteral("496"));
    CHECK(b.findCountry(QStringLiteral("MONGOLIA")) == mn);
    CHECK(b.findCountry(QStringLiteral(" mongolia ")) == mn);
    CHECK(b.findCountry(QStringLiteral("496")) == mn);
    CHECK(mn->bounds.contains(mn->labelPoint));
    const QGeoCoordinate label = Basemap::labelCoordinate(*mn);
    CHECK(label.latitude() == Approx(46.8).margin(3));
    CHECK(label.longitude() == Approx(103).margin(4));
    // Its bounds as geography: roughly 41.6N..52.1N, 87.7E..119.9E.
    const QGeoRectangle gb = Basemap::geoBounds(*mn);
    CHECK(gb.topLeft().latitude() == Approx(52.1).margin(0.5));
    CHECK(gb.bottomRight().latitude() == Approx(41.6).margin(0.5));
    CHECK(gb.topLeft().longitude() == Approx(87.7).margin(0.5));
    CHECK(gb.bottomRight().longitude() == Approx(119.9).margin(0.5));

    for (const char *name : {"Georgia", "Armenia", "Azerbaijan", "Fiji", "Russia", "Antarctica"}) {
        INFO(name);
        CHECK(b.findCountry(QString::fromLatin1(name)));
    }
    CHECK(b.findCountry(QStringLiteral("United States"))->name == QStringLiteral("United States of America"));
    CHECK_FALSE(b.findCountry(QStringLiteral("Atlantis")));
    CHECK_FALSE(b.findCountry(QStringLiteral("")));
    CHECK_FALSE(b.findCountry(QStringLiteral("S"))); // ambiguous prefix

    // Every label point lies inside its own country.
    int labelled = 0;
    for (const BasemapCountry &c : b.countries()) {
        INFO(c.name.toStdString());
        CHECK(b.countryAt(c.labelPoint) == &c);
        labelled += b.countryAt(c.labelPoint) == &c;
    }
    CHECK(labelled == int(b.countries().size()));
}

TEST_CASE("Country hit-testing", "[geo][basemap]")
{
    const Basemap b = Basemap::load(Res::Low);
    REQUIRE_FALSE(b.isNull());
    auto at = [&](double lat, double lng) -> QString {
        const BasemapCountry *c = b.countryAt(WM::project(lat, lng));
        return c ? c->name : QString();
    };
    CHECK(at(47.92, 106.92) == QStringLiteral("Mongolia")); // Ulaanbaatar
    CHECK(at(41.72, 44.83) == QStringLiteral("Georgia"));  // Tbilisi
    CHECK(at(48.86, 2.35) == QStringLiteral("France"));     // Paris
    CHECK(at(-17.8, 178.0) == QStringLiteral("Fiji"));      // Viti Levu
    CHECK(at(66.0, -175.0) == QStringLiteral("Russia"));    // Chukotka, east of the date line
    CHECK(at(0, -30).isEmpty());                            // Atlantic
    // x is taken modulo 1: the next copy of the world finds the same country.
    const QPointF ub = WM::project(47.92, 106.92);
    CHECK(b.countryAt(ub + QPointF(1, 0)) == b.countryAt(ub));
    CHECK_FALSE(b.countryAt(QPointF(qQNaN(), 0.5)));
    CHECK_FALSE(Basemap().countryAt(ub));
}

TEST_CASE("Basemap geometry is sane at every resolution", "[geo][basemap]")
{
    qsizetype previousPoints = 0;
    for (Res r : {Res::Low, Res::Medium, Res::High}) {
        const Basemap b = Basemap::load(r);
        INFO(int(r));
        REQUIRE_FALSE(b.isNull());
        CHECK(b.resolution() == r);
        CHECK(b.pointCount() > previousPoints); // finer files have more detail
        previousPoints = b.pointCount();
        REQUIRE(b.findCountry(QStringLiteral("Georgia")));
        REQUIRE(b.findCountry(QStringLiteral("Mongolia")));
        std::set<QString> names;
        int outside = 0, jumps = 0;
        for (const BasemapCountry &c : b.countries()) {
            CHECK_FALSE(c.name.isEmpty());
            names.insert(c.name);
            const QRectF box = c.bounds.adjusted(-1e-6, -1e-6, 1e-6, 1e-6);
            for (const auto &ring : c.rings) {
                for (size_t i = 0; i < ring.size(); ++i) {
                    outside += !box.contains(ring[i]);
                    // No ring jumps across the world (antimeridian crossings are unwrapped),
                    // except Antarctica's edge along the clamped pole.
                    if (i > 0 && (ring[i].y() < 1 - 1e-6 || ring[i - 1].y() < 1 - 1e-6))
                        jumps += std::abs(ring[i].x() - ring[i - 1].x()) >= 0.5;
                }
            }
        }
        CHECK(outside == 0);
        CHECK(jumps == 0);
        CHECK(names.size() == b.countries().size());
        CHECK_FALSE(b.borders().empty());
        CHECK_FALSE(b.coastlines().empty());
    }
    CHECK(Basemap::load(Res::Low).countries().data() == Basemap::load(Res::Low).countries().data()); // cached
}

TEST_CASE("Borders separate two countries, coastlines land and sea", "[geo][basemap]")
{
    const Basemap b = Basemap::load(Res::Low);
    REQUIRE_FALSE(b.isNull());
    // Probe just either side of the middle of each line's longest segment.
    auto sides = [&](const Basemap::Line &line) {
        size_t best = 1;
        double bestLen = -1;
        for (size_t i = 1; i < line.size(); ++i) {
            const QPointF d = line[i] - line[i - 1];
            const double len = std::hypot(d.x(), d.y());
            if (len > bestLen) {
                bestLen = len;
                best = i;
            }
        }
        const QPointF a = line[best - 1], c = line[best];
        const QPointF mid = (a + c) / 2;
        const QPointF normal = QPointF(-(c - a).y(), (c - a).x()) / bestLen * 2e-5;
        return std::pair(b.countryAt(mid + normal), b.countryAt(mid - normal));
    };
    int borderOk = 0;
    for (const Basemap::Line &l : b.borders()) {
        const auto [left, right] = sides(l);
        borderOk += left && right && left != right;
    }
    int coastOk = 0;
    for (const Basemap::Line &l : b.coastlines()) {
        const auto [left, right] = sides(l);
        coastOk += (left == nullptr) != (right == nullptr);
    }
    // Tiny slivers at this scale may defeat the probe; nearly all must pass.
    CHECK(borderOk >= int(b.borders().size() * 95 / 100));
    CHECK(coastOk >= int(b.coastlines().size() * 95 / 100));
}

TEST_CASE("Resolution follows the zoom", "[geo][basemap]")
{
    CHECK(Basemap::resolutionForZoom(0) == Res::Low);
    CHECK(Basemap::resolutionForZoom(2.9) == Res::Low);
    CHECK(Basemap::resolutionForZoom(3) == Res::Medium);
    CHECK(Basemap::resolutionForZoom(4.9) == Res::Medium);
    CHECK(Basemap::resolutionForZoom(5) == Res::High);
    CHECK(Basemap::resolutionForZoom(19) == Res::High);
    CHECK(Basemap::resolutionForZoom(qQNaN()) == Res::Low);
    CHECK(Basemap::forZoom(4).resolution() == Res::Medium);
}

TEST_CASE("Basemap load times", "[geo][basemap][timing]")
{
    // Parsing only (the cache is bypassed): start-up must have the map within 100 ms.
    for (Res r : {Res::Low, Res::Medium}) {
        const QByteArray bytes = resourceBytes(r);
        QElapsedTimer t;
        t.start();
        const Basemap b = Basemap::fromData(bytes);
        const double ms = t.nsecsElapsed() / 1e6;
        REQUIRE_FALSE(b.isNull());
        WARN("basemap " << int(r) << "m: " << bytes.size() << " bytes, " << b.pointCount()
                        << " points, parsed in " << ms << " ms");
    }
}

TEST_CASE("Corrupt basemap files are rejected with an error", "[geo][basemap]")
{
    const QByteArray good = resourceBytes(Res::Low);
    REQUIRE_FALSE(Basemap::fromData(good).isNull());

    auto rejects = [](const QByteArray &bytes, const char *expected) {
        const Basemap b = Basemap::fromData(bytes);
        CHECK(b.isNull());
        CHECK(b.countries().empty());
        CHECK(b.findCountry(QStringLiteral("Mongolia")) == nullptr);
        INFO(b.error().toStdString());
        CHECK(b.error().contains(QLatin1String(expected)));
    };
    rejects(QByteArray(), "too short");
    rejects(good.left(20), "too short");
    rejects(good.left(good.size() - 1), "does not match");
    rejects(good.left(good.size() / 2), "does not match");
    rejects(good + QByteArray(4, '\0'), "does not match");

    QByteArray bad = good;
    bad[0] = 'X';
    rejects(bad, "magic");

    bad = good;
    putU32(bad, 4, 99);
    rejects(bad, "version");

    bad = good;
    putU32(bad, 8, 20);
    rejects(bad, "resolution");

    bad = good;
    putU32(bad, 12, 0xffffffffu); // huge country count: must not allocate or read past the end
    rejects(bad, "does not match");

    // A country's first ring pointing past the ring table.
    constexpr qsizetype header = 36;
    bad = good;
    putU32(bad, header + 16, 0x7fffffffu);
    rejects(bad, "rings out of range");

    // A name past the string table.
    bad = good;
    putU32(bad, header + 0, 0xfffffff0u);
    rejects(bad, "string out of range");

    // More points claimed than the stream can hold.
    bad = good;
    putU32(bad, 24, 0x7fffffffu);
    rejects(bad, "does not fit");

    // An overlong varint (all continuation bits) at the first ring's first point.
    const quint32 nCountries = qFromLittleEndian<quint32>(good.constData() + 12);
    const quint32 nRings = qFromLittleEndian<quint32>(good.constData() + 16);
    const quint32 nLines = qFromLittleEndian<quint32>(good.constData() + 20);
    const qsizetype ringTable = header + qsizetype(nCountries) * 56;
    const qsizetype stream = ringTable + qsizetype(nRings) * 8 + qsizetype(nLines) * 12;
    const quint32 firstOffset = qFromLittleEndian<quint32>(good.constData() + ringTable);
    bad = good;
    for (int i = 0; i < 8; ++i)
        bad[stream + firstOffset + i] = char(0xff);
    rejects(bad, "corrupt");

    // A delta that throws the point far outside the world.
    bad = good;
    const char far[] = {char(0xfe), char(0xff), char(0xff), char(0xff), char(0x0f)};
    for (int i = 0; i < 5; ++i)
        bad[stream + firstOffset + i] = far[i];
    rejects(bad, "corrupt");

    // A ring whose points run past the stream.
    bad = good;
    putU32(bad, ringTable + 4, 0xfffffff0u);
    rejects(bad, "corrupt");

    // A ring offset past the stream.
    bad = good;
    putU32(bad, ringTable, 0xfffffff0u);
    rejects(bad, "corrupt");

    // Random byte flips in the tables and the stream: rejected or loaded, never a crash.
    quint32 state = 12345;
    int rejected = 0;
    for (int round = 0; round < 300; ++round) {
        bad = good;
        for (int k = 0; k < 4; ++k) {
            state = state * 1103515245u + 12345u;
            const qsizetype at = header + qsizetype(state >> 8) % (bad.size() - header);
            bad[at] = char(state & 0xff);
        }
        const Basemap b = Basemap::fromData(bad);
        rejected += b.isNull();
        if (b.isNull())
            CHECK_FALSE(b.error().isEmpty());
    }
    CHECK(rejected > 0);

    // Random garbage of a plausible size.
    QByteArray garbage(good.size(), '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) & 0xff);
    rejects(garbage, "magic");

    // Files: missing and on disk.
    const Basemap missing = Basemap::fromFile(QStringLiteral("/nonexistent/countries.habm"));
    CHECK(missing.isNull());
    CHECK(missing.error().contains(QLatin1String("cannot open")));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("truncated.habm")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(good.left(1000));
    f.close();
    const Basemap truncated = Basemap::fromFile(f.fileName());
    CHECK(truncated.isNull());
    CHECK(truncated.error().contains(QLatin1String("truncated.habm")));
}
