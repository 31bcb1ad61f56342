// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace atlas {

// The hotspots of several reports (one period, several countries) as table rows. The table
// and the map both show it through one HotspotFilterProxy and share its selection model;
// MapWidget reads any model through these roles.
class HotspotTableModel : public QAbstractTableModel
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
        TitleRole = Qt::UserRole + 16, // report title (map tool tip)
        PeriodRole,                    // report Period (map tool tip)
    };

    explicit HotspotTableModel(QObject *parent = nullptr);

    void setReports(const QList<Report> &reports);
    const QList<Report> &reports() const { return m_reports; }
    const Hotspot &hotspot(int row) const;
    const Report &reportOf(int row) const;
    int rowFor(const QString &source, int hotspotIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int report;
        int hotspot;
    };
    QList<Report> m_reports;
    QList<Row> m_rows;
};

// Filters of the workspace: minimum intensity, text over labels and details, hidden countries.
class HotspotFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit HotspotFilterProxy(QObject *parent = nullptr);

    void setMinimumIntensity(int intensity);
    int minimumIntensity() const { return m_minIntensity; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setHiddenCountries(const QSet<QString> &countries);
    QSet<QString> hiddenCountries() const { return m_hidden; }
    bool acceptsCountry(const QString &country) const { return !m_hidden.contains(country); }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_minIntensity = 1;
    QString m_search;
    QSet<QString> m_hidden;
};

} // namespace atlas
