// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tiles/tilesource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>

#include <functional>

namespace atlas::test {

// A fake PNG: the real signature followed by a payload naming the tile, so tests can tell
// which tile came back without decoding anything.
inline QByteArray fakePng(const QByteArray &payload)
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + payload;
}

// Runs the event loop until pred() holds or timeoutMs pass; returns pred().
inline bool waitUntil(const std::function<bool()> &pred, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return pred();
}

// Collects a source's answers.
struct TileResults
{
    QList<QPair<TileId, QByteArray>> ready;
    QList<QPair<TileId, QString>> failed;

    explicit TileResults(TileSource *source)
    {
        QObject::connect(source, &TileSource::tileReady, source,
                         [this](const TileId &id, const QByteArray &b) { ready.append({id, b}); });
        QObject::connect(source, &TileSource::tileFailed, source,
                         [this](const TileId &id, const QString &e) { failed.append({id, e}); });
    }
    int total() const { return int(ready.size() + failed.size()); }
};

} // namespace atlas::test
