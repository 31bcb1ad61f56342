// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "hotspottablemodel.h"

#include "plaintext.h"

#include <QGeoCoordinate>

namespace atlas {

HotspotTableModel::HotspotTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HotspotTableModel::setReports(const QList<Report> &reports)
{
    beginResetModel();
    m_reports = reports;
    m_rows.clear();
    for (int r = 0; r < m_reports.size(); ++r) {
        for (int h = 0; h < m_reports[r].hotspots.size(); ++h)
            m_rows.append({r, h});
    }
    endResetModel();
}

const Hotspot &HotspotTableModel::hotspot(int row) const
{
    const Row &r = m_rows.at(row);
    return m_reports.at(r.report).hotspots.at(r.hotspot);
}

const Report &HotspotTableModel::reportOf(int row) const
{
    return m_reports.at(m_rows.at(row).report);
}

int HotspotTableModel::rowFor(const QString &source, int hotspotIndex) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].hotspot == hotspotIndex && m_reports.at(m_rows[i].report).source == source)
            return i;
    }
    return -1;
}

int HotspotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HotspotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HotspotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Report &report = reportOf(index.row());
    const Hotspot &h = hotspot(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn: return h.label;
        case IntensityColumn: return h.intensity;
        case LatitudeColumn: return h.isPlaced() ? QString::number(h.coordinate.latitude(), 'f', 4) : tr("unplaced");
        case LongitudeColumn: return h.isPlaced() ? QString::number(h.coordinate.longitude(), 'f', 4) : QString();
        case CountryColumn: return report.country;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case LabelColumn: return h.label.toLower();
        case IntensityColumn: return h.intensity;
        case LatitudeColumn: return h.isPlaced() ? h.coordinate.latitude() : -1000.0;
        case LongitudeColumn: return h.isPlaced() ? h.coordinate.longitude() : -1000.0;
        case CountryColumn: return report.country.toLower();
        }
        return {};
    case Qt::ToolTipRole: return plainToolTip(h.detail);
    case Qt::TextAlignmentRole:
        if (index.column() == IntensityColumn || index.column() == LatitudeColumn || index.column() == LongitudeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CoordinateRole: return QVariant::fromValue(h.coordinate);
    case IntensityRole: return h.intensity;
    case DetailRole: return h.detail;
    case CountryRole: return report.country;
    case SourceRole: return report.source;
    case HotspotIndexRole: return m_rows.at(index.row()).hotspot;
    case TitleRole: return report.title;
    case PeriodRole: return QVariant::fromValue(report.period);
    }
    return {};
}

QVariant HotspotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Hotspot");
    case IntensityColumn: return tr("Intensity");
    case LatitudeColumn: return tr("Latitude");
    case LongitudeColumn: return tr("Longitude");
    case CountryColumn: return tr("Country");
    }
    return {};
}

HotspotFilterProxy::HotspotFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HotspotTableModel::SortRole);
}

void HotspotFilterProxy::setMinimumIntensity(int intensity)
{
    if (intensity == m_minIntensity)
        return;
    m_minIntensity = intensity;
    invalidateFilter();
    Q_EMIT filterChanged();
}

void HotspotFilterProxy::setSearchText(const QString &text)
{
    const QString t = text.simplified();
    if (t == m_search)
        return;
    m_search = t;
    invalidateFilter();
    Q_EMIT filterChanged();
}

void HotspotFilterProxy::setHiddenCountries(const QSet<QString> &countries)
{
    if (countries == m_hidden)
        return;
    m_hidden = countries;
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool HotspotFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (i.data(HotspotTableModel::IntensityRole).toInt() < m_minIntensity)
        return false;
    if (m_hidden.contains(i.data(HotspotTableModel::CountryRole).toString()))
        return false;
    if (!m_search.isEmpty()) {
        const QString label = i.data(Qt::DisplayRole).toString();
        const QString detail = i.data(HotspotTableModel::DetailRole).toString();
        if (!label.contains(m_search, Qt::CaseInsensitive) && !detail.contains(m_search, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace atlas
