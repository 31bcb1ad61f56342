// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "reportlibrarymodel.h"

#include "plaintext.h"

#include "reportlibrary.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace atlas {

struct ReportLibraryModel::Node
{
    Kind kind = CountryNode;
    QString country;
    Period period;
    QString path;
    // Cached from the report so data() needs no look-up in the library.
    QString fileName;
    QString title;
    std::optional<ThreatLevel> threat;
    int hotspots = 0;
    bool stale = false;
    QString warning;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return -1;
    }
};

namespace {
bool countryBefore(const QString &a, const QString &b)
{
    // Reports without a country go last.
    if (a.isEmpty() != b.isEmpty())
        return !a.isEmpty();
    return QString::compare(a, b, Qt::CaseInsensitive) < 0;
}

bool periodBefore(const Period &a, const Period &b)
{
    // Newest first; undated last.
    if (a.isValid() != b.isValid())
        return a.isValid();
    return ReportLibrary::periodLess(b, a);
}
} // namespace

ReportLibraryModel::ReportLibraryModel(ReportLibrary *library, QObject *parent)
    : QAbstractItemModel(parent)
    , m_library(library)
    , m_root(std::make_unique<Node>())
{
    connect(library, &ReportLibrary::reportsAdded, this, &ReportLibraryModel::addPaths);
    connect(library, &ReportLibrary::reportsUpdated, this, &ReportLibraryModel::updatePaths);
    connect(library, &ReportLibrary::reportsRemoved, this, &ReportLibraryModel::removePaths);
    connect(library, &ReportLibrary::cleared, this, &ReportLibraryModel::rebuild);
    rebuild();
}

ReportLibraryModel::~ReportLibraryModel() = default;

QString ReportLibraryModel::countryLabel(const QString &country)
{
    return country.isEmpty() ? tr("Unknown country") : country;
}

QString ReportLibraryModel::periodLabel(const Period &period)
{
    return period.isValid() ? period.toString() : tr("Undated");
}

QString ReportLibraryModel::shortPeriodLabel(const Period &period)
{
    if (!period.isValid() || period.start.year() != period.end.year())
        return periodLabel(period);
    // The tree is narrow: leave out the second year.
    return period.start.toString(Qt::ISODate) + QStringLiteral(" – ") + period.end.toString(QStringLiteral("MM-dd"));
}

void ReportLibraryModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byPath.clear();
    endResetModel();
    addPaths(m_library->files());
}

void ReportLibraryModel::addPaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (findReport(path))
            continue;
        const auto entry = m_library->entry(path);
        if (entry)
            insertReport(entry->path, entry->report);
    }
}

void ReportLibraryModel::updatePaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        Node *node = findReport(path);
        const auto entry = m_library->entry(path);
        if (!entry) {
            if (node)
                removeReport(node);
            continue;
        }
        if (!node || node->country != entry->report.country || !(node->period == entry->report.period)) {
            // Moved to another country or period: take it out and put it where it belongs.
            if (node)
                removeReport(node);
            insertReport(entry->path, entry->report);
            continue;
        }
        node->title = entry->report.title;
        node->threat = entry->report.threatLevel;
        node->hotspots = int(entry->report.hotspots.size());
        node->stale = entry->isStale();
        node->warning = entry->warning;
        Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
        // The period and country rows summarise their reports (threat, hotspot count).
        for (Node *up = node->parent; up && up != m_root.get(); up = up->parent)
            Q_EMIT dataChanged(indexOf(up, ThreatColumn), indexOf(up, HotspotsColumn));
    }
}

void ReportLibraryModel::removePaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (Node *node = findReport(path))
            removeReport(node);
    }
}

ReportLibraryModel::Node *ReportLibraryModel::findReport(const QString &path) const
{
    return m_byPath.value(path, nullptr);
}

void ReportLibraryModel::insertReport(const QString &path, const Report &report)
{
    // Country
    auto &countries = m_root->children;
    auto cit = std::find_if(countries.begin(), countries.end(),
                            [&](const auto &n) { return n->country == report.country; });
    if (cit == countries.end()) {
        const auto pos = std::find_if(countries.begin(), countries.end(), [&](const auto &n) {
            return countryBefore(report.country, n->country);
        });
        const int row = int(pos - countries.begin());
        beginInsertRows({}, row, row);
        auto node = std::make_unique<Node>();
        node->kind = CountryNode;
        node->country = report.country;
        node->parent = m_root.get();
        cit = countries.insert(pos, std::move(node));
        endInsertRows();
    }
    Node *country = cit->get();

    // Period
    auto &periods = country->children;
    auto pit = std::find_if(periods.begin(), periods.end(),
                            [&](const auto &n) { return n->period == report.period; });
    if (pit == periods.end()) {
        const auto pos = std::find_if(periods.begin(), periods.end(), [&](const auto &n) {
            return periodBefore(report.period, n->period);
        });
        const int row = int(pos - periods.begin());
        beginInsertRows(indexOf(country), row, row);
        auto node = std::make_unique<Node>();
        node->kind = PeriodNode;
        node->country = report.country;
        node->period = report.period;
        node->parent = country;
        pit = periods.insert(pos, std::move(node));
        endInsertRows();
    }
    Node *period = pit->get();

    // Report, sorted by file name
    auto &reports = period->children;
    const QString fileName = QFileInfo(path).fileName();
    const auto pos = std::find_if(reports.begin(), reports.end(),
                                  [&](const auto &n) { return fileName < n->fileName; });
    const int row = int(pos - reports.begin());
    beginInsertRows(indexOf(period), row, row);
    auto node = std::make_unique<Node>();
    node->kind = ReportNode;
    node->country = report.country;
    node->period = report.period;
    node->path = path;
    node->fileName = fileName;
    node->title = report.title;
    node->threat = report.threatLevel;
    node->hotspots = int(report.hotspots.size());
    if (const auto entry = m_library->entry(path)) {
        node->stale = entry->isStale();
        node->warning = entry->warning;
    }
    node->parent = period;
    m_byPath.insert(path, node.get());
    reports.insert(pos, std::move(node));
    endInsertRows();
}

void ReportLibraryModel::removeReport(Node *reportNode)
{
    Node *period = reportNode->parent;
    Node *country = period->parent;
    int row = reportNode->row();
    m_byPath.remove(reportNode->path);
    beginRemoveRows(indexOf(period), row, row);
    period->children.erase(period->children.begin() + row);
    endRemoveRows();
    if (!period->children.empty())
        return;
    row = period->row();
    beginRemoveRows(indexOf(country), row, row);
    country->children.erase(country->children.begin() + row);
    endRemoveRows();
    if (!country->children.empty())
        return;
    row = country->row();
    beginRemoveRows({}, row, row);
    m_root->children.erase(m_root->children.begin() + row);
    endRemoveRows();
}

QModelIndex ReportLibraryModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex ReportLibraryModel::indexForPath(const QString &path) const
{
    return indexOf(findReport(ReportLibrary::cleanPath(path)));
}

QModelIndex ReportLibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node *p = parent.isValid() ? static_cast<Node *>(parent.internalPointer()) : m_root.get();
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ReportLibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = static_cast<Node *>(child.internalPointer());
    return indexOf(n->parent);
}

int ReportLibraryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_root->children.size());
    if (parent.column() != 0)
        return 0;
    return int(static_cast<Node *>(parent.internalPointer())->children.size());
}

int ReportLibraryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

// A report's own level; a period shows its most severe report, a country its newest period
// (periods are sorted newest first).
std::optional<ThreatLevel> ReportLibraryModel::threatOf(const Node *n)
{
    if (n->kind == ReportNode)
        return n->threat;
    if (n->kind == CountryNode)
        return n->children.empty() ? std::nullopt : threatOf(n->children.front().get());
    std::optional<ThreatLevel> worst;
    for (const auto &r : n->children) {
        if (r->threat && (!worst || r->threat->ordinal > worst->ordinal))
            worst = r->threat;
    }
    return worst;
}

QVariant ReportLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = static_cast<Node *>(index.internalPointer());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (n->kind == CountryNode)
                return countryLabel(n->country);
            if (n->kind == PeriodNode)
                return shortPeriodLabel(n->period);
            return n->fileName;
        case ThreatColumn:
            if (const auto threat = threatOf(n))
                return threat->word;
            return {};
        case HotspotsColumn: {
            if (n->kind == ReportNode)
                return n->hotspots;
            int sum = 0;
            for (const auto &c : n->children) {
                if (c->kind == ReportNode)
                    sum += c->hotspots;
                else
                    for (const auto &r : c->children)
                        sum += r->hotspots;
            }
            return sum;
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (n->kind == PeriodNode)
            return periodLabel(n->period);
        if (n->kind != ReportNode)
            return {};
        if (n->stale)
            return plainToolTip(tr("%1\nShowing the last good version: %2").arg(n->path, n->warning));
        return plainToolTip(n->path);
    case KindRole: return int(n->kind);
    case PathRole: return n->kind == ReportNode ? QVariant(n->path) : QVariant();
    case CountryRole: return n->country;
    case PeriodStartRole: return n->kind == CountryNode ? QVariant() : QVariant(n->period.start);
    case PeriodEndRole: return n->kind == CountryNode ? QVariant() : QVariant(n->period.end);
    case ThreatOrdinalRole: {
        const auto threat = threatOf(n);
        return threat ? threat->ordinal : 0;
    }
    case StaleRole: return n->stale;
    }
    return {};
}

QVariant ReportLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Report");
    case ThreatColumn: return tr("Threat");
    case HotspotsColumn: return tr("Hotspots");
    }
    return {};
}

} // namespace atlas
