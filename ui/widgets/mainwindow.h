// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QMainWindow>
#include <QPalette>
#include <QPointer>

class QAction;
class QComboBox;
class QDockWidget;
class QItemSelectionModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QSettings;
class QTableView;
class QTimer;
class QToolBar;
class QTreeView;

namespace atlas {

class HotspotFilterProxy;
class HotspotTableModel;
class PeriodTimeline;
class RecentItems;
class SourceView;
class MapWidget;
// The map in the window.
using WorkspaceMap = MapWidget;
class ReportLibrary;
class ReportLibraryModel;
class ReportPanel;
class TileController;

// The analyst workspace: library tree, map, period timeline, report panel, hotspot table and
// problems list. The map and the table show one filtered model and share one selection model.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class ThemeChoice { System, Light, Dark };

    // settings: where to persist state; nullptr uses the application's default QSettings.
    explicit MainWindow(QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens files and folders (both are remembered as recent items and in the session).
    void openPaths(const QStringList &paths);
    // Re-opens what the last session had open; false when there was nothing to open.
    bool restoreSession();
    // Opens the bundled sample library; false when it cannot be found.
    bool openSamples();
    static QString sampleFolder();
    // When false, nothing about opened paths is written on close (--no-session).
    void setSessionSaving(bool on) { m_saveSession = on; }

    QList<Period> periods() const;
    Period currentPeriod() const;
    void setCurrentPeriod(const Period &period);

    void setTheme(ThemeChoice theme);
    ThemeChoice theme() const { return m_theme; }
    bool isDark() const;

    // Parts, for tests and the application.
    ReportLibrary *library() const { return m_library; }
    ReportLibraryModel *libraryModel() const { return m_libraryModel; }
    HotspotTableModel *hotspotModel() const { return m_hotspots; }
    HotspotFilterProxy *hotspotProxy() const { return m_proxy; }
    QItemSelectionModel *hotspotSelection() const { return m_selection; }
    WorkspaceMap *map() const { return m_map; }
    ReportPanel *reportPanel() const { return m_panel; }
    QTableView *hotspotTable() const { return m_table; }
    QTreeView *libraryTree() const { return m_tree; }
    QComboBox *periodCombo() const;
    QListWidget *problemsList() const { return m_problems; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *intensityCombo() const { return m_intensity; }
    QList<QAction *> countryToggles() const { return m_countryActions; }
    QStringList recentPaths() const;
    QString lastMessage() const { return m_lastMessage; }
    TileController *tileController() const { return m_tileController; }
    // Writes the map as shown (PNG at twice the size, SVG, PDF by suffix) with the period's
    // reports and any filter in its footer; false (and a message) when it cannot.
    bool exportMapTo(const QString &path);
    // The report's text as the reader saw it in the Source panel, line marked; false (and a
    // message) when the file cannot be read.
    bool showSource(const QString &path, int line = 0);
    SourceView *sourceView() const { return m_source; }
    // Uses the tile source in the settings (none unless the analyst configured one).
    void applyTileSettings();

Q_SIGNALS:
    void periodChanged(const atlas::Period &period);
    // The library finished loading and the window shows its result.
    void libraryShown();

protected:
    void closeEvent(QCloseEvent *e) override;
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;
    void changeEvent(QEvent *e) override;
    bool eventFilter(QObject *watched, QEvent *e) override;

private:
    void createActions();
    void createMenus();
    void createToolBars();
    void createDocks();
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area);
    void restoreWindowState();
    void saveWindowState();

    void openFilesDialog();
    void openFolderDialog();
    void exportMapDialog();
    // Those of the reports whose country is not hidden by the country toggles.
    QList<Report> shownReports(const QList<Report> &all) const;
    void showTileDialog();

    void scheduleRefresh();
    void refreshPeriods();
    void refreshCountries();
    void showPeriodReports();
    void updateFilters();
    void onSelectionChanged();
    void onTreeActivated(const QModelIndex &index);
    void onDiagnostic(const QString &source, const Diagnostic &d);
    void onFileError(const QString &path, const QString &message, bool keptPrevious);
    void rebuildProblems();
    // error: kept in the status bar; log: also listed in Problems.
    void showMessage(const QString &text, bool error = false, bool log = true);
    void applyTheme();
    void updateTitle();

    QSettings *m_settings;
    bool m_ownsSettings = false;
    bool m_saveSession = true;
    ReportLibrary *m_library;
    ReportLibraryModel *m_libraryModel;
    HotspotTableModel *m_hotspots;
    HotspotFilterProxy *m_proxy;
    QItemSelectionModel *m_selection;
    WorkspaceMap *m_map;
    ReportPanel *m_panel;
    QTableView *m_table;
    QTreeView *m_tree;
    QListWidget *m_problems;
    SourceView *m_source = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    QLabel *m_periodInfo;
    QComboBox *m_intensity;
    QLineEdit *m_search;
    QToolBar *m_countryBar;
    QList<QAction *> m_countryActions;
    QList<QAction *> m_themeActions;
    QProgressBar *m_progress;
    RecentItems *m_recent = nullptr;
    QTimer *m_refreshTimer;
    TileController *m_tileController;

    QAction *m_openFilesAct = nullptr;
    QAction *m_openFolderAct = nullptr;
    PeriodTimeline *m_timeline = nullptr;
    QAction *m_fitAct = nullptr;

    QStringList m_openedPaths;
    bool m_autoFit = true; // fit the map to each period until the analyst pans or zooms
    ThemeChoice m_theme = ThemeChoice::System;
    QPalette m_systemPalette;
    bool m_applyingTheme = false;
    QString m_lastMessage;
    QStringList m_errorLog;       // newest first
    QStringList m_shownSignature; // files, stamps and filters of the reports on screen
};

} // namespace atlas
