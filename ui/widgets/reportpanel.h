// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace atlas {

// Side panel: the reports of the selected period and the details of one of them. Every piece
// of report text is shown as plain text; report text is untrusted.
class ReportPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReportPanel(QWidget *parent = nullptr);

    void setReports(const QList<Report> &reports);
    const QList<Report> &reports() const { return m_reports; }
    // Shows the report read from source; false when it is not one of the current reports.
    bool showReport(const QString &source);
    int currentIndex() const { return m_current; }
    const Report *currentReport() const;

    // Badge colours per threat ordinal 0..5 (0: unknown word).
    static QColor threatColor(int ordinal);
    static QString threatText(const std::optional<ThreatLevel> &level);

    // For tests and the tab order.
    QListWidget *reportList() const { return m_list; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *countryLabel() const { return m_country; }
    QLabel *periodLabel() const { return m_period; }
    QLabel *threatBadge() const { return m_threat; }
    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *developmentsTree() const { return m_developments; }
    QTreeWidget *sectionsTree() const { return m_sections; }
    QListWidget *diagnosticsList() const { return m_diagnostics; }

Q_SIGNALS:
    void currentReportChanged(const QString &source);
    // The analyst clicked a diagnostic of the current report.
    void diagnosticActivated(const QString &source, const atlas::Diagnostic &diagnostic);

private:
    void showIndex(int index);
    static QLabel *plainLabel(QWidget *parent, bool wrap);

    QList<Report> m_reports;
    int m_current = -1;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_country;
    QLabel *m_period;
    QLabel *m_threat;
    QLabel *m_summary;
    QTreeWidget *m_developments;
    QTreeWidget *m_sections;
    QLabel *m_diagnosticsHeading;
    QListWidget *m_diagnostics;
};

} // namespace atlas
