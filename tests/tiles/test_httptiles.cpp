// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "tiles/httptilesource.h"
#include "tiletestutil.h"

#include <catch2/catch.hpp>

#include <QHostAddress>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

using namespace atlas;
using atlas::test::fakePng;
using atlas::test::TileResults;
using atlas::test::waitUntil;

namespace {

// A minimal HTTP/1.1 tile server on 127.0.0.1. Answers each request after a delay, counting
// how many are outstanding at once. Paths choose the behaviour:
//   /fail-once/...  503 the first time, then a tile     /missing/...  404
//   /html/...       200 with an HTML page                /big/...      a 5000-byte tile
//   anything else   a fake PNG naming the path, cacheable for an hour
class TinyTileServer : public QObject
{
public:
    struct Seen
    {
        QByteArray path;
        QByteArray userAgent;
    };
    QList<Seen> seen;
    int connections = 0;
    int inFlight = 0;
    int maxInFlight = 0;
    int delayMs = 0;

    TinyTileServer()
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
            }
        });
    }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int count(const QByteArray &prefix) const
    {
        return int(std::count_if(seen.begin(), seen.end(), [&](const Seen &x) { return x.path.startsWith(prefix); }));
    }

private:
    void onRead(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buf.left(end);
        buf.remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Seen x;
        x.path = requestLine.value(1);
        for (const QByteArray &l : lines) {
            if (l.toLower().startsWith("user-agent:"))
                x.userAgent = l.mid(11).trimmed();
        }
        seen.append(x);
        ++inFlight;
        maxInFlight = std::max(maxInFlight, inFlight);
        QTimer::singleShot(delayMs, this, [this, s, path = x.path] {
            --inFlight;
            respond(s, path);
        });
    }

    void respond(QTcpSocket *s, const QByteArray &path)
    {
        int status = 200;
        QByteArray body = fakePng(path);
        QByteArray extra = "Cache-Control: max-age=3600\r\nContent-Type: image/png\r\n";
        if (path.startsWith("/fail-once/") && m_failedCount[path]++ == 0) {
            status = 503;
            body = "busy";
            extra = "Content-Type: text/plain\r\n";
        } else if (path.startsWith("/missing/")) {
            status = 404;
            body = "no such tile";
            extra = "Content-Type: text/plain\r\n";
        } else if (path.startsWith("/html/")) {
            body = "<html><body>Please upgrade</body></html>";
            extra = "Content-Type: text/html\r\n";
        } else if (path.startsWith("/big/")) {
            body = fakePng(QByteArray(5000, 'x'));
        }
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error")
                           + "\r\nContent-Length: " + QByteArray::number(body.size())
                           + "\r\nConnection: close\r\n" + extra + "\r\n" + body;
        s->write(reply);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QByteArray, int> m_failedCount;
};

HttpTileSource::Config configFor(const TinyTileServer &server, const QString &prefix = QStringLiteral("/t"))
{
    HttpTileSource::Config c;
    c.urlTemplate = server.base() + prefix + QStringLiteral("/{z}/{x}/{y}.png");
    c.retryDelayMs = 20;
    c.timeoutMs = 5000;
    return c;
}

} // namespace

TEST_CASE("HTTP source: constructing opens no connection", "[tiles][http]")
{
    TinyTileServer server;
    HttpTileSource src(configFor(server));
    REQUIRE(src.isValid());
    waitUntil([] { return false; }, 150);
    CHECK(server.connections == 0);
    CHECK(src.networkRequests() == 0);
}

TEST_CASE("HTTP source: fetches the tile with our User-Agent", "[tiles][http]")
{
    TinyTileServer server;
    HttpTileSource src(configFor(server));
    TileResults r(&src);
    src.request(TileId{1, 0, 1});
    CHECK(r.total() == 0);
    REQUIRE(waitUntil([&] { return r.total() == 1; }));
    REQUIRE(r.ready.size() == 1);
    CHECK(r.ready[0].first == TileId{1, 0, 1});
    CHECK(r.ready[0].second == fakePng("/t/1/0/1.png"));
    REQUIRE(server.seen.size() == 1);
    CHECK(server.seen[0].userAgent == QByteArray("HotspotAtlas/" ATLAS_VERSION));
    CHECK(HttpTileSource::userAgent() == QByteArray("HotspotAtlas/" ATLAS_VERSION));
}

TEST_CASE("HTTP source: at most maxParallel requests, no prefetch, no duplicates", "[tiles][http]")
{
    TinyTileServer server;
    server.delayMs = 120;
    HttpTileSource::Config c = configFor(server);
    c.maxParallel = 4;
    HttpTileSource src(c);
    TileResults r(&src);
    QList<TileId> wanted;
    for (int x = 0; x < 4; ++x)
        for (int y = 0; y < 3; ++y)
            wanted.append(TileId{2, x, y});
    for (const TileId &t : wanted)
        src.request(t);
    src.request(wanted[0]); // asked twice: fetched once
    CHECK(src.runningCount() == 4);
    CHECK(src.queuedCount() == 8);
    REQUIRE(waitUntil([&] { return r.total() == 12; }, 10000));
    CHECK(r.ready.size() == 12);
    CHECK(server.maxInFlight == 4);
    CHECK(server.seen.size() == 12); // exactly the tiles asked for
    QSet<TileId> got;
    for (const auto &[id, bytes] : r.ready) {
        got.insert(id);
        CHECK(bytes == fakePng(QStringLiteral("/t/%1.png").arg(id.toString()).toLatin1()));
    }
    CHECK(got == QSet<TileId>(wanted.begin(), wanted.end()));
    waitUntil([] { return false; }, 100);
    CHECK(server.seen.size() == 12);
}

TEST_CASE("HTTP source: the disk cache answers a repeated tile", "[tiles][http]")
{
    TinyTileServer server;
    QTemporaryDir cacheDir;
    REQUIRE(cacheDir.isValid());
    HttpTileSource::Config c = configFor(server);
    c.cacheDirectory = cacheDir.path();
    {
        HttpTileSource src(c);
        TileResults r(&src);
        src.request(TileId{3, 1, 2});
        REQUIRE(waitUntil([&] { return r.total() == 1; }));
        CHECK(r.ready.size() == 1);
        CHECK(src.cacheHits() == 0);
    }
    CHECK(server.seen.size() == 1);
    // A new source (e.g. after a restart) with the same cache directory.
    HttpTileSource src(c);
    TileResults r(&src);
    src.request(TileId{3, 1, 2});
    REQUIRE(waitUntil([&] { return r.total() == 1; }));
    REQUIRE(r.ready.size() == 1);
    CHECK(r.ready[0].second == fakePng("/t/3/1/2.png"));
    CHECK(src.cacheHits() == 1);
    CHECK(server.seen.size() == 1); // the server was not asked again
}

TEST_CASE("HTTP source: retries transient failures with backoff, not permanent ones", "[tiles][http]")
{
    TinyTileServer server;
    HttpTileSource retrying(configFor(server, QStringLiteral("/fail-once")));
    TileResults r(&retrying);
    retrying.request(TileId{0, 0, 0});
    REQUIRE(waitUntil([&] { return r.total() == 1; }));
    REQUIRE(r.ready.size() == 1);
    CHECK(r.ready[0].second == fakePng("/fail-once/0/0/0.png"));
    CHECK(server.count("/fail-once/") == 2);
    CHECK(retrying.networkRequests() == 2);

    HttpTileSource missing(configFor(server, QStringLiteral("/missing")));
    TileResults m(&missing);
    missing.request(TileId{1, 1, 1});
    REQUIRE(waitUntil([&] { return m.total() == 1; }));
    REQUIRE(m.failed.size() == 1);
    CHECK(m.failed[0].second.contains(QLatin1String("HTTP 404")));
    CHECK(server.count("/missing/") == 1);

    // Nothing listening: gives up after maxRetries + 1 attempts.
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    HttpTileSource::Config c;
    c.urlTemplate = QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(port);
    c.maxRetries = 2;
    c.retryDelayMs = 10;
    HttpTileSource dead(c);
    TileResults d(&dead);
    dead.request(TileId{0, 0, 0});
    REQUIRE(waitUntil([&] { return d.total() == 1; }));
    CHECK(d.failed.size() == 1);
    CHECK(dead.networkRequests() == 3);
}

TEST_CASE("HTTP source: checks the bytes it receives", "[tiles][http]")
{
    TinyTileServer server;
    HttpTileSource html(configFor(server, QStringLiteral("/html")));
    TileResults h(&html);
    html.request(TileId{0, 0, 0});
    REQUIRE(waitUntil([&] { return h.total() == 1; }));
    REQUIRE(h.failed.size() == 1);
    CHECK(h.failed[0].second.contains(QLatin1String("not a PNG")));

    HttpTileSource big(configFor(server, QStringLiteral("/big")));
    big.setMaxTileBytes(1000);
    TileResults b(&big);
    big.request(TileId{0, 0, 0});
    REQUIRE(waitUntil([&] { return b.total() == 1; }));
    REQUIRE(b.failed.size() == 1);
    CHECK(b.failed[0].second.contains(QLatin1String("larger than")));
}

TEST_CASE("HTTP source: cancelAll stops queued and running requests", "[tiles][http]")
{
    TinyTileServer server;
    server.delayMs = 150;
    HttpTileSource::Config c = configFor(server);
    c.maxParallel = 2;
    HttpTileSource src(c);
    TileResults r(&src);
    for (int x = 0; x < 8; ++x)
        src.request(TileId{3, x, 0});
    REQUIRE(waitUntil([&] { return server.seen.size() == 2; }));
    src.cancelAll();
    CHECK(src.queuedCount() == 0);
    CHECK(src.runningCount() == 0);
    waitUntil([] { return false; }, 400);
    CHECK(r.total() == 0);
    CHECK(server.seen.size() == 2);
    // Usable again afterwards.
    src.request(TileId{3, 0, 0});
    REQUIRE(waitUntil([&] { return r.total() == 1; }));
    CHECK(r.ready.size() == 1);
}

TEST_CASE("HTTP source: bad templates and tiles fail without network", "[tiles][http]")
{
    CHECK(HttpTileSource::validateTemplate(QStringLiteral("https://{s}.tile.example.org/{z}/{x}/{y}.png")).isEmpty());
    CHECK(HttpTileSource::validateTemplate(QStringLiteral("http://127.0.0.1:8080/{z}/{x}/{-y}.png")).isEmpty());
    CHECK_FALSE(HttpTileSource::validateTemplate(QStringLiteral("file:///etc/{z}/{x}/{y}")).isEmpty());
    CHECK_FALSE(HttpTileSource::validateTemplate(QStringLiteral("https://example.org/{z}/{x}.png")).isEmpty());
    CHECK_FALSE(HttpTileSource::validateTemplate(QStringLiteral("not a url")).isEmpty());

    TinyTileServer server;
    HttpTileSource::Config c = configFor(server);
    c.maxZoom = 5;
    HttpTileSource src(c);
    TileResults r(&src);
    src.request(TileId{6, 0, 0});  // above maxZoom
    src.request(TileId{2, 9, 0});  // outside the world
    REQUIRE(waitUntil([&] { return r.total() == 2; }));
    CHECK(r.failed.size() == 2);

    HttpTileSource::Config bad;
    bad.urlTemplate = QStringLiteral("ftp://example.org/{z}/{x}/{y}.png");
    HttpTileSource invalid(bad);
    CHECK_FALSE(invalid.isValid());
    TileResults i(&invalid);
    invalid.request(TileId{0, 0, 0});
    REQUIRE(waitUntil([&] { return i.total() == 1; }));
    CHECK(i.failed.size() == 1);
    CHECK(invalid.networkRequests() == 0);
    CHECK(server.seen.isEmpty());
}
