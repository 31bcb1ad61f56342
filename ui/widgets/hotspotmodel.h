// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"
#include "scene.h"

#include <QAbstractTableModel>

namespace atlas {

// Hotspots of several reports as table rows (label, intensity, lat, lng, country). MapWidget
// reads any model through these roles; the values match HotspotTableModel's, so the map shows
// either (and proxies over them).
class HotspotModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, IntensityColumn, LatitudeColumn, LongitudeColumn, CountryColumn, ColumnCount };
    enum Role {
        CoordinateRole = Qt::UserRole + 1, // QGeoCoordinate, invalid when unplaced
        IntensityRole,                     // int 1..3
        DetailRole,
        CountryRole,
        SourceRole,       // report file
        HotspotIndexRole, // index into that report's hotspots
        SortRole,         // per column: lower-case text or number; unplaced sort first
        TitleRole = Qt::UserRole + 16, // report title
        PeriodRole,                    // report period as text
    };

    explicit HotspotModel(QObject *parent = nullptr);

    void setReports(const QList<Report> &reports);
    void setHotspots(const QList<SceneHotspot> &hotspots);
    const QList<SceneHotspot> &hotspots() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SceneHotspot> m_rows;
    QList<int> m_indexInReport;
};

} // namespace atlas
