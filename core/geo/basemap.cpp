// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "basemap.h"

#include "webmercator.h"

#include <QFile>
#include <QHash>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <map>
#include <mutex>

namespace atlas {

struct Basemap::Data
{
    Resolution resolution = Resolution::Low;
    std::vector<BasemapCountry> countries;
    std::vector<Line> borders;
    std::vector<Line> coastlines;
    QHash<QString, int> byKey; // lower-case name and id -> index
    qsizetype points = 0;
};

namespace {

// Sizes of the fixed parts of the file; see scripts/make-basemap for the layout.
constexpr qsizetype headerSize = 36;
constexpr qsizetype countrySize = 56;
constexpr qsizetype ringSize = 8;
constexpr qsizetype lineSize = 12;
// Points are quantised to 1/2^22 of the world width and delta-encoded as zigzag varints.
constexpr double gridScale = 1.0 / double(1 << 22);
// Shapes may cross the antimeridian a little; anything far outside is corrupt.
constexpr float coordLimit = 2.0f;

quint32 u32At(const char *p) { return qFromLittleEndian<quint32>(p); }
float f32At(const char *p)
{
    const quint32 bits = u32At(p);
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

bool validCoord(float v) { return std::isfinite(v) && v > -coordLimit && v < coordLimit; }

// Reads one LEB128 varint (at most 5 bytes for 32 bits) and undoes the zigzag; false when it
// runs past end or is overlong.
bool readDelta(const uchar *&p, const uchar *end, qint64 *out)
{
    quint64 u = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (p == end)
            return false;
        const uchar b = *p++;
        u |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *out = qint64(u >> 1) ^ -qint64(u & 1);
            return true;
        }
    }
    return false;
}

// Even-odd point in rings.
bool contains(const BasemapCountry &c, const QPointF &p)
{
    bool inside = false;
    for (const auto &ring : c.rings) {
        const size_t n = ring.size();
        for (size_t i = 0, j = n - 1; i < n; j = i++) {
            const QPointF &a = ring[i];
            const QPointF &b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y())
                && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

} // namespace

Basemap Basemap::fromData(const QByteArray &bytes)
{
    Basemap result;
    auto fail = [&](const QString &why) {
        result.m_data.reset();
        result.m_error = QStringLiteral("basemap: %1").arg(why);
        return result;
    };
    const qsizetype size = bytes.size();
    const char *d = bytes.constData();
    if (size < headerSize)
        return fail(QStringLiteral("file too short (%1 bytes)").arg(size));
    if (std::memcmp(d, magic, 4) != 0)
        return fail(QStringLiteral("not a basemap file (bad magic)"));
    const quint32 version = u32At(d + 4);
    if (version != formatVersion)
        return fail(QStringLiteral("unsupported version %1").arg(version));
    const quint32 res = u32At(d + 8);
    if (res != 110 && res != 50 && res != 10)
        return fail(QStringLiteral("unknown resolution %1").arg(res));
    const quint64 nCountries = u32At(d + 12), nRings = u32At(d + 16), nLines = u32At(d + 20),
                  nPoints = u32At(d + 24), nStream = u32At(d + 28), nString = u32At(d + 32);
    // 64-bit arithmetic: counts up to 2^32 cannot overflow here.
    const quint64 expected = headerSize + nCountries * countrySize + nRings * ringSize
                             + nLines * lineSize + nStream + nString;
    if (expected != quint64(size))
        return fail(QStringLiteral("size %1 does not match the counts (expected %2)").arg(size).arg(expected));
    // Every point takes at least two bytes in the stream.
    if (nPoints * 2 > nStream)
        return fail(QStringLiteral("point count %1 does not fit the point stream").arg(nPoints));

    const char *countryTable = d + headerSize;
    const char *ringTable = countryTable + nCountries * countrySize;
    const char *lineTable = ringTable + nRings * ringSize;
    const uchar *stream = reinterpret_cast<const uchar *>(lineTable + nLines * lineSize);
    const uchar *streamEnd = stream + nStream;
    const char *strings = reinterpret_cast<const char *>(streamEnd);
    quint64 decodedPoints = 0;

    auto readRange = [&](const char *entry, Line *out) -> bool {
        const quint64 offset = u32At(entry), count = u32At(entry + 4);
        if (offset >= nStream || count < 2 || count * 2 > nStream - offset)
            return false;
        out->resize(count);
        const uchar *p = stream + offset;
        qint64 x = 0, y = 0;
        for (quint64 i = 0; i < count; ++i) {
            qint64 dx, dy;
            if (!readDelta(p, streamEnd, &dx) || !readDelta(p, streamEnd, &dy))
                return false;
            x += dx;
            y += dy;
            const float fx = float(x * gridScale), fy = float(y * gridScale);
            if (!validCoord(fx) || !validCoord(fy))
                return false;
            (*out)[i] = QPointF(x * gridScale, y * gridScale);
        }
        decodedPoints += count;
        return true;
    };

    auto data = std::make_shared<Data>();
    data->resolution = Resolution(res);
    data->points = qsizetype(nPoints);
    data->countries.resize(nCountries);
    for (quint64 i = 0; i < nCountries; ++i) {
        const char *e = countryTable + i * countrySize;
        const quint64 nameOff = u32At(e), nameLen = u32At(e + 4), idOff = u32At(e + 8),
                      idLen = u32At(e + 12), firstRing = u32At(e + 16), ringCount = u32At(e + 20);
        if (nameOff + nameLen > nString || idOff + idLen > nString)
            return fail(QStringLiteral("country %1: string out of range").arg(i));
        if (firstRing + ringCount > nRings || ringCount == 0)
            return fail(QStringLiteral("country %1: rings out of range").arg(i));
        float v[6];
        for (int k = 0; k < 6; ++k) {
            v[k] = f32At(e + 24 + 4 * k);
            if (!validCoord(v[k]))
                return fail(QStringLiteral("country %1: bad bounds or label").arg(i));
        }
        BasemapCountry &c = data->countries[i];
        c.name = QString::fromUtf8(strings + nameOff, qsizetype(nameLen));
        c.id = QString::fromUtf8(strings + idOff, qsizetype(idLen));
        c.bounds = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
        c.labelPoint = QPointF(v[4], v[5]);
        c.rings.resize(ringCount);
        for (quint64 r = 0; r < ringCount; ++r) {
            if (!readRange(ringTable + (firstRing + r) * ringSize, &c.rings[r]) || c.rings[r].size() < 3)
                return fail(QStringLiteral("country %1: ring %2 is corrupt").arg(i).arg(r));
        }
        data->byKey.insert(c.name.toLower(), int(i));
        if (!c.id.isEmpty() && !data->byKey.contains(c.id))
            data->byKey.insert(c.id, int(i));
    }
    for (quint64 i = 0; i < nLines; ++i) {
        const char *e = lineTable + i * lineSize;
        const quint32 kind = u32At(e + 8);
        if (kind > 1)
            return fail(QStringLiteral("line %1: unknown kind %2").arg(i).arg(kind));
        Line line;
        if (!readRange(e, &line))
            return fail(QStringLiteral("line %1 is corrupt").arg(i));
        (kind == 0 ? data->borders : data->coastlines).push_back(std::move(line));
    }
    if (decodedPoints != nPoints)
        return fail(QStringLiteral("%1 points decoded, header says %2").arg(decodedPoints).arg(nPoints));
    result.m_data = std::move(data);
    return result;
}

Basemap Basemap::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Basemap b;
        b.m_error = QStringLiteral("basemap: cannot open %1: %2").arg(path, f.errorString());
        return b;
    }
    // The 10m file is ~8 MB; anything much larger is not ours.
    if (f.size() > 64 * 1024 * 1024) {
        Basemap b;
        b.m_error = QStringLiteral("basemap: %1 is too large").arg(path);
        return b;
    }
    Basemap b = fromData(f.readAll());
    if (b.isNull())
        b.m_error += QStringLiteral(" (%1)").arg(path);
    return b;
}

QString Basemap::resourcePath(Resolution resolution)
{
    return QStringLiteral(":/basemap/countries-%1m.habm").arg(int(resolution));
}

Basemap Basemap::load(Resolution resolution)
{
    static std::mutex mutex;
    static std::map<Resolution, Basemap> cache;
    // Held while loading so two threads asking at once parse the file only once.
    std::lock_guard lock(mutex);
    auto it = cache.find(resolution);
    if (it != cache.end())
        return it->second;
    Basemap b = fromFile(resourcePath(resolution));
    if (!b.isNull())
        cache.emplace(resolution, b);
    return b;
}

Basemap::Resolution Basemap::resolutionForZoom(double zoom)
{
    // 110m is ~1 px per vertex spacing at zoom 3, 50m holds up to ~5.
    if (!(zoom >= 3.0))
        return Resolution::Low;
    if (zoom < 5.0)
        return Resolution::Medium;
    return Resolution::High;
}

Basemap::Resolution Basemap::resolution() const
{
    return m_data ? m_data->resolution : Resolution::Low;
}

const std::vector<BasemapCountry> &Basemap::countries() const
{
    static const std::vector<BasemapCountry> none;
    return m_data ? m_data->countries : none;
}

const std::vector<Basemap::Line> &Basemap::borders() const
{
    static const std::vector<Line> none;
    return m_data ? m_data->borders : none;
}

const std::vector<Basemap::Line> &Basemap::coastlines() const
{
    static const std::vector<Line> none;
    return m_data ? m_data->coastlines : none;
}

qsizetype Basemap::pointCount() const
{
    return m_data ? m_data->points : 0;
}

const BasemapCountry *Basemap::findCountry(const QString &nameOrId) const
{
    if (!m_data)
        return nullptr;
    const QString key = nameOrId.trimmed().toLower();
    if (key.isEmpty())
        return nullptr;
    const auto it = m_data->byKey.constFind(key);
    if (it != m_data->byKey.constEnd())
        return &m_data->countries[size_t(it.value())];
    const BasemapCountry *match = nullptr;
    for (const BasemapCountry &c : m_data->countries) {
        if (c.name.startsWith(key, Qt::CaseInsensitive)) {
            if (match)
                return nullptr; // ambiguous
            match = &c;
        }
    }
    return match;
}

const BasemapCountry *Basemap::countryAt(const QPointF &normalized) const
{
    if (!m_data || !std::isfinite(normalized.x()) || !std::isfinite(normalized.y()))
        return nullptr;
    const double x = normalized.x() - std::floor(normalized.x());
    // Shapes crossing the antimeridian extend past 0 or 1, so try the neighbouring copies too.
    for (const double shift : {0.0, 1.0, -1.0}) {
        const QPointF p(x + shift, normalized.y());
        for (const BasemapCountry &c : m_data->countries) {
            if (c.bounds.left() <= p.x() && p.x() <= c.bounds.right() && c.bounds.top() <= p.y()
                && p.y() <= c.bounds.bottom() && contains(c, p))
                return &c;
        }
    }
    return nullptr;
}

QGeoRectangle Basemap::geoBounds(const BasemapCountry &country)
{
    const QRectF &b = country.bounds;
    const double north = WebMercator::unprojectLatitude(b.top());
    const double south = WebMercator::unprojectLatitude(b.bottom());
    if (b.width() >= 1.0)
        return QGeoRectangle(QGeoCoordinate(north, -180), QGeoCoordinate(south, 180));
    // West greater than east means the rectangle crosses the date line (e.g. Russia, Fiji).
    const double west = WebMercator::wrapLongitude(WebMercator::unprojectLongitude(b.left()));
    double east = WebMercator::wrapLongitude(WebMercator::unprojectLongitude(b.right()));
    if (east == -180.0)
        east = 180.0;
    return QGeoRectangle(QGeoCoordinate(north, west), QGeoCoordinate(south, east));
}

QGeoCoordinate Basemap::labelCoordinate(const BasemapCountry &country)
{
    return WebMercator::unproject(country.labelPoint);
}

} // namespace atlas
