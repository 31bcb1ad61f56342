// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tilesource.h"

namespace atlas {

// Tiles from a local folder laid out as <root>/<z>/<x>/<y>.<suffix> (XYZ rows).
class DirectoryTileSource : public TileSource
{
    Q_OBJECT
public:
    explicit DirectoryTileSource(const QString &root, const QString &suffix = QStringLiteral("png"),
                                 QObject *parent = nullptr);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString root() const { return m_root; }
    QString tilePath(const TileId &id) const;

    QString name() const override;
    void setAttribution(const QString &text) { m_attribution = text; }
    QString attribution() const override { return m_attribution; }
    void request(const TileId &id) override;

private:
    QString m_root;
    QString m_suffix;
    QString m_attribution;
    QString m_error;
};

} // namespace atlas
