// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "hotspotmodel.h"

#include <QGeoCoordinate>

namespace atlas {

HotspotModel::HotspotModel(QObject *parent) : QAbstractTableModel(parent) {}

void HotspotModel::setReports(const QList<Report> &reports)
{
    setHotspots(sceneHotspots(reports));
}

void HotspotModel::setHotspots(const QList<SceneHotspot> &hotspots)
{
    beginResetModel();
    m_rows = hotspots;
    // Rows of one report are contiguous; the index restarts with each report.
    m_indexInReport.resize(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool sameReport = i > 0 && m_rows.at(i - 1).reportSource == m_rows.at(i).reportSource;
        m_indexInReport[i] = sameReport ? m_indexInReport.at(i - 1) + 1 : 0;
    }
    endResetModel();
}

int HotspotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HotspotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HotspotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SceneHotspot &s = m_rows.at(index.row());
    const Hotspot &h = s.hotspot;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn: return h.label;
        case IntensityColumn: return h.intensity;
        case LatitudeColumn: return h.isPlaced() ? QString::number(h.coordinate.latitude(), 'f', 4) : tr("unplaced");
        case LongitudeColumn: return h.isPlaced() ? QString::number(h.coordinate.longitude(), 'f', 4) : QString();
        case CountryColumn: return s.country;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != LabelColumn && index.column() != CountryColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case LabelColumn: return h.label.toLower();
        case IntensityColumn: return h.intensity;
        case LatitudeColumn: return h.isPlaced() ? h.coordinate.latitude() : -1000.0;
        case LongitudeColumn: return h.isPlaced() ? h.coordinate.longitude() : -1000.0;
        case CountryColumn: return s.country.toLower();
        }
        return {};
    case CoordinateRole: return QVariant::fromValue(h.coordinate);
    case IntensityRole: return h.intensity;
    case DetailRole: return h.detail;
    case CountryRole: return s.country;
    case SourceRole: return s.reportSource;
    case HotspotIndexRole: return m_indexInReport.at(index.row());
    case TitleRole: return s.reportTitle;
    case PeriodRole: return s.period.toString();
    }
    return {};
}

QVariant HotspotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn: return tr("Label");
    case IntensityColumn: return tr("Intensity");
    case LatitudeColumn: return tr("Latitude");
    case LongitudeColumn: return tr("Longitude");
    case CountryColumn: return tr("Country");
    }
    return {};
}

} // namespace atlas
