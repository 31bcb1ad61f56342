// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tilesource.h"

#include <QHash>
#include <QList>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

namespace atlas {

// XYZ tiles from an HTTP(S) server configured by the user, e.g.
// "https://{s}.tile.example.org/{z}/{x}/{y}.png". Only the tiles asked for are fetched (no
// prefetch), at most maxParallel at a time, with a disk cache, a User-Agent naming the app,
// retries with exponential backoff for transient failures, and a transfer timeout. The
// network manager is created on the first request, so constructing a source opens nothing.
class HttpTileSource : public TileSource
{
    Q_OBJECT
public:
    struct Config
    {
        QString urlTemplate;
        QStringList subdomains{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QString name;
        QString attribution;
        int minZoom = 0;
        int maxZoom = Tiles::maxZoom;
        QString cacheDirectory; // empty: no disk cache
        qint64 cacheBytes = 256LL * 1024 * 1024;
        int maxParallel = 4;
        int maxRetries = 2;       // after the first attempt
        int retryDelayMs = 500;   // doubled for each retry
        int timeoutMs = 15000;
    };

    explicit HttpTileSource(const Config &config, QObject *parent = nullptr);
    ~HttpTileSource() override;

    // Empty when the template is usable: http/https only, with {z}, {x} and {y} (or {-y}).
    static QString validateTemplate(const QString &urlTemplate);
    static QByteArray userAgent();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const Config &config() const { return m_config; }

    QString name() const override;
    QString attribution() const override { return m_config.attribution; }
    int minZoom() const override { return m_config.minZoom; }
    int maxZoom() const override { return m_config.maxZoom; }
    void request(const TileId &id) override;
    void cancelAll() override;

    // Counters for status display and tests.
    int queuedCount() const { return int(m_queue.size()); }
    int runningCount() const { return int(m_running.size()); }
    int networkRequests() const { return m_networkRequests; } // attempts started, incl. retries
    int cacheHits() const { return m_cacheHits; }

private:
    void pump();
    void start(const TileId &id);
    void finished(QNetworkReply *reply);
    QNetworkAccessManager *manager();

    Config m_config;
    QString m_error;
    QNetworkAccessManager *m_manager = nullptr;
    QList<TileId> m_queue;                    // waiting for a free slot, oldest first
    QHash<QNetworkReply *, TileId> m_running; // in flight
    QHash<TileId, int> m_attempts;            // tiles queued, running or waiting for a retry
    int m_networkRequests = 0;
    int m_cacheHits = 0;
};

} // namespace atlas
