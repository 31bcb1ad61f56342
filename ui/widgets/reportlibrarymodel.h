// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace atlas {

class ReportLibrary;

// Tree over a ReportLibrary: country -> period (newest first) -> report file. Follows the
// library's batched signals with row inserts and removals, so expansion and selection survive
// a folder that keeps loading.
class ReportLibraryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ThreatColumn, HotspotsColumn, ColumnCount };
    enum Kind { CountryNode, PeriodNode, ReportNode };
    enum Role {
        KindRole = Qt::UserRole + 1,
        PathRole,         // report file (report rows)
        CountryRole,
        PeriodStartRole,  // QDate; invalid for undated
        PeriodEndRole,
        ThreatOrdinalRole, // 0..5
        StaleRole,        // bool: showing the last good version of a file that became unreadable
    };

    explicit ReportLibraryModel(ReportLibrary *library, QObject *parent = nullptr);
    ~ReportLibraryModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexForPath(const QString &path) const;
    static QString countryLabel(const QString &country);
    static QString periodLabel(const Period &period);
    static QString shortPeriodLabel(const Period &period); // "2026-05-22 – 05-29"

private:
    struct Node;
    void rebuild();
    void addPaths(const QStringList &paths);
    void removePaths(const QStringList &paths);
    void updatePaths(const QStringList &paths);
    void insertReport(const QString &path, const Report &report);
    void removeReport(Node *reportNode);
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *findReport(const QString &path) const;
    static std::optional<ThreatLevel> threatOf(const Node *node);

    ReportLibrary *m_library;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byPath; // report nodes by file
};

} // namespace atlas
