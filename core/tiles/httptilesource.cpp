// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "httptilesource.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace atlas {

namespace {
// HTTP statuses worth another try: the server is busy or briefly broken.
bool isTransient(int status, QNetworkReply::NetworkError error)
{
    if (status == 429 || status == 502 || status == 503 || status == 504 || status == 500)
        return true;
    if (status != 0)
        return false;
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeout aborts this way
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}
} // namespace

HttpTileSource::HttpTileSource(const Config &config, QObject *parent)
    : TileSource(parent)
    , m_config(config)
{
    m_config.maxParallel = std::clamp(m_config.maxParallel, 1, 16);
    m_config.maxRetries = std::clamp(m_config.maxRetries, 0, 10);
    m_config.retryDelayMs = std::clamp(m_config.retryDelayMs, 0, 60000);
    m_error = validateTemplate(m_config.urlTemplate);
}

HttpTileSource::~HttpTileSource()
{
    cancelAll();
}

QString HttpTileSource::validateTemplate(const QString &t)
{
    const QUrl url(Tiles::expandUrl(t, TileId{0, 0, 0}, {QStringLiteral("a")}));
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("not a valid URL template: %1").arg(t);
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return QStringLiteral("only http and https tile servers are supported: %1").arg(t);
    if (!t.contains(QLatin1String("{z}")) || !t.contains(QLatin1String("{x}"))
        || !(t.contains(QLatin1String("{y}")) || t.contains(QLatin1String("{-y}"))))
        return QStringLiteral("the template needs {z}, {x} and {y}: %1").arg(t);
    return {};
}

QByteArray HttpTileSource::userAgent()
{
    return QByteArrayLiteral("HotspotAtlas/" ATLAS_VERSION);
}

QString HttpTileSource::name() const
{
    return m_config.name.isEmpty() ? QUrl(m_config.urlTemplate).host() : m_config.name;
}

QNetworkAccessManager *HttpTileSource::manager()
{
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        m_manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        if (!m_config.cacheDirectory.isEmpty()) {
            auto *cache = new QNetworkDiskCache(m_manager);
            cache->setCacheDirectory(m_config.cacheDirectory);
            cache->setMaximumCacheSize(m_config.cacheBytes);
            m_manager->setCache(cache);
        }
    }
    return m_manager;
}

void HttpTileSource::request(const TileId &id)
{
    if (!m_error.isEmpty())
        return finishLater(id, {}, m_error);
    if (!id.isValid() || id.z < m_config.minZoom || id.z > m_config.maxZoom)
        return finishLater(id, {}, QStringLiteral("tile %1 is outside the source").arg(id.toString()));
    if (m_attempts.contains(id))
        return; // already on its way: one answer serves both askers
    m_attempts.insert(id, 0);
    m_queue.append(id);
    pump();
}

void HttpTileSource::cancelAll()
{
    TileSource::cancelAll();
    m_queue.clear();
    m_attempts.clear(); // also stops pending retries: their timers find no entry
    const auto running = m_running.keys();
    m_running.clear();
    for (QNetworkReply *reply : running) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpTileSource::pump()
{
    while (m_running.size() < m_config.maxParallel && !m_queue.isEmpty())
        start(m_queue.takeFirst());
}

void HttpTileSource::start(const TileId &id)
{
    QNetworkRequest req{QUrl(Tiles::expandUrl(m_config.urlTemplate, id, m_config.subdomains))};
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    req.setTransferTimeout(m_config.timeoutMs);
    QNetworkReply *reply = manager()->get(req);
    ++m_networkRequests;
    m_running.insert(reply, id);
    const qint64 limit = maxTileBytes();
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, limit](qint64 received, qint64 total) {
        if (received > limit || total > limit) {
            reply->setProperty("atlasTooLarge", true);
            reply->abort(); // reported as too large in finished()
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void HttpTileSource::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_running.find(reply);
    if (it == m_running.end())
        return; // cancelled
    const TileId id = it.value();
    m_running.erase(it);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QByteArray bytes = reply->bytesAvailable() <= maxTileBytes() ? reply->readAll() : QByteArray();
    if (reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool())
        ++m_cacheHits;

    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    QString error;
    if (declared > maxTileBytes() || reply->property("atlasTooLarge").toBool()) {
        error = QStringLiteral("tile %1: larger than %2 bytes").arg(id.toString()).arg(maxTileBytes());
    } else if (netError != QNetworkReply::NoError || status != 200) {
        const int attempt = m_attempts.value(id);
        if (isTransient(status, netError) && attempt < m_config.maxRetries) {
            m_attempts[id] = attempt + 1;
            const int delay = m_config.retryDelayMs * (1 << attempt);
            QTimer::singleShot(delay, this, [this, id, attempt] {
                // Still wanted (not cancelled meanwhile) and at the same attempt?
                if (m_attempts.value(id, -1) != attempt + 1)
                    return;
                m_queue.append(id);
                pump();
            });
            pump();
            return;
        }
        error = status ? QStringLiteral("tile %1: HTTP %2").arg(id.toString()).arg(status)
                       : QStringLiteral("tile %1: %2").arg(id.toString(), reply->errorString());
    } else {
        const QString why = checkTileBytes(bytes, maxTileBytes());
        if (!why.isEmpty())
            error = QStringLiteral("tile %1: %2").arg(id.toString(), why);
    }
    m_attempts.remove(id);
    if (error.isEmpty())
        Q_EMIT tileReady(id, bytes);
    else
        Q_EMIT tileFailed(id, error);
    pump();
}

} // namespace atlas
