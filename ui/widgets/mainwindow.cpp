// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "hotspottablemodel.h"
#include "mapexport.h"
#include "mapwidget.h"
#include "palettes.h"
#include "periodtimeline.h"
#include "plaintext.h"
#include "recentitems.h"
#include "reportlibrary.h"
#include "reportlibrarymodel.h"
#include "reportpanel.h"
#include "reportreader.h"
#include "sourceview.h"
#include "tilecontroller.h"
#include "tilesourcedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace atlas {

namespace {
constexpr int ProblemPathRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_library(new ReportLibrary(this))
    , m_libraryModel(new ReportLibraryModel(m_library, this))
    , m_hotspots(new HotspotTableModel(this))
    , m_proxy(new HotspotFilterProxy(this))
    , m_refreshTimer(new QTimer(this))
{
    if (!m_settings) {
        m_settings = new QSettings(this);
        m_ownsSettings = true;
    }
    m_systemPalette = QApplication::palette();
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    m_proxy->setSourceModel(m_hotspots);
    m_selection = new QItemSelectionModel(m_proxy, this);

    m_map = new WorkspaceMap(this);
    m_map->setModel(m_proxy);
    m_map->setSelectionModel(m_selection);
    m_map->installEventFilter(this);
    setCentralWidget(m_map);
    m_tileController = new TileController(m_map, this);
    connect(m_tileController, &TileController::tileError, this,
            [this](const QString &message) { showMessage(message, true, false); });

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(80);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        refreshPeriods();
        refreshCountries();
        showPeriodReports();
        rebuildProblems();
    });

    createActions();
    createDocks();
    createToolBars();
    createMenus();

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    connect(m_library, &ReportLibrary::changed, this, &MainWindow::scheduleRefresh);
    connect(m_library, &ReportLibrary::loadingStarted, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->show();
    });
    connect(m_library, &ReportLibrary::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("Reading %1/%2").arg(done).arg(total));
    });
    connect(m_library, &ReportLibrary::loadingFinished, this, [this] {
        m_progress->hide();
        m_refreshTimer->stop();
        refreshPeriods();
        refreshCountries();
        showPeriodReports();
        rebuildProblems();
        // Countries open on their periods; reports stay one click away.
        m_tree->expandToDepth(0);
        const int errors = int(m_library->errors().size());
        showMessage(errors ? tr("%n report(s) loaded, ", nullptr, m_library->count())
                                 + tr("%n file(s) could not be read: see Problems", nullptr, errors)
                           : tr("%n report(s) loaded", nullptr, m_library->count()),
                    errors > 0, false);
        Q_EMIT libraryShown();
    });
    connect(m_library, &ReportLibrary::fileError, this, &MainWindow::onFileError);
    connect(m_library, &ReportLibrary::fileErrorCleared, this, &MainWindow::scheduleRefresh);

    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &MainWindow::onSelectionChanged);
    connect(m_panel, &ReportPanel::diagnosticActivated, this, &MainWindow::onDiagnostic);
    connect(m_proxy, &HotspotFilterProxy::filterChanged, m_map, [this] { m_map->update(); });

    // Keyboard order follows the screen: timeline, filters, library, map, table, report.
    setTabOrder(m_timeline->comboBox(), m_intensity);
    setTabOrder(m_intensity, m_search);
    setTabOrder(m_search, m_tree);
    setTabOrder(m_tree, m_map);
    setTabOrder(m_map, m_table);
    setTabOrder(m_table, m_panel->reportList());

    restoreWindowState();
    applyTileSettings();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openFilesAct = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Reports…"), this);
    m_openFilesAct->setShortcut(QKeySequence::Open);
    m_openFilesAct->setStatusTip(tr("Open report files (Markdown, text, JSON, PDF)"));
    connect(m_openFilesAct, &QAction::triggered, this, &MainWindow::openFilesDialog);

    m_openFolderAct = new QAction(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open &Folder…"), this);
    m_openFolderAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openFolderAct->setStatusTip(tr("Open a folder of reports; it is watched for new and changed reports"));
    connect(m_openFolderAct, &QAction::triggered, this, &MainWindow::openFolderDialog);

    m_timeline = new PeriodTimeline(this);
    connect(m_timeline, &PeriodTimeline::currentChanged, this, [this](const Period &period) {
        showPeriodReports();
        Q_EMIT periodChanged(period);
    });

    m_fitAct = new QAction(tr("&Fit Map to Hotspots"), this);
    m_fitAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fitAct, &QAction::triggered, this, [this] {
        m_autoFit = true;
        m_map->fitToHotspots();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openFilesAct);
    file->addAction(m_openFolderAct);
    m_recent = new RecentItems(m_settings, file->addMenu(tr("Open &Recent")), this);
    connect(m_recent, &RecentItems::openRequested, this, [this](const QString &path) { openPaths({path}); });
    auto *exportAct = file->addAction(tr("&Export Map…"));
    exportAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAct->setStatusTip(tr("Save the map as shown, with legend, scale and sources, as PNG, SVG or PDF"));
    connect(exportAct, &QAction::triggered, this, &MainWindow::exportMapDialog);
    auto *samples = file->addAction(tr("Open &Sample Library"));
    connect(samples, &QAction::triggered, this, &MainWindow::openSamples);
    file->addSeparator();
    auto *closeAll = file->addAction(tr("&Close All"));
    connect(closeAll, &QAction::triggered, this, [this] {
        m_library->clear();
        m_openedPaths.clear();
        scheduleRefresh();
    });
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_timeline->previousAction());
    view->addAction(m_timeline->nextAction());
    auto *pick = view->addAction(tr("Choose P&eriod…"));
    pick->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(pick, &QAction::triggered, this, [this] {
        m_timeline->comboBox()->setFocus();
        m_timeline->comboBox()->showPopup();
    });
    auto *find = view->addAction(tr("&Search Hotspots"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        // In a narrow window the field sits in the tool bar's overflow: give the filters a
        // row of their own first, then focus once the layout has placed it.
        QToolBar *filters = findChild<QToolBar *>(QStringLiteral("filterToolBar"));
        if (!m_search->isVisible() && filters && isVisible() && !toolBarBreak(filters))
            insertToolBarBreak(filters);
        QTimer::singleShot(0, m_search, [this] {
            m_search->setFocus();
            m_search->selectAll();
        });
    });
    view->addAction(m_fitAct);
    auto *graticule = view->addAction(tr("Show &Graticule"));
    graticule->setCheckable(true);
    graticule->setStatusTip(tr("Latitude and longitude lines, labelled in degrees"));
    const auto showGraticule = [this](bool on) {
        RenderOptions options = m_map->renderOptions();
        options.graticule = on;
        m_map->setRenderOptions(options);
    };
    showGraticule(m_settings->value(QStringLiteral("map/graticule"), false).toBool());
    graticule->setChecked(m_map->renderOptions().graticule);
    connect(graticule, &QAction::toggled, this, [this, showGraticule](bool on) {
        showGraticule(on);
        m_settings->setValue(QStringLiteral("map/graticule"), on);
    });
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    const QList<QPair<QString, ThemeChoice>> choices = {
        {tr("Follow &System"), ThemeChoice::System}, {tr("&Light"), ThemeChoice::Light}, {tr("&Dark"), ThemeChoice::Dark}};
    for (const auto &[text, choice] : choices) {
        QAction *a = themes->addAction(text);
        a->setCheckable(true);
        a->setChecked(choice == m_theme);
        group->addAction(a);
        a->setData(int(choice));
        connect(a, &QAction::triggered, this, [this, choice = choice] { setTheme(choice); });
        m_themeActions << a;
    }
    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Panels"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        panels->addAction(d->toggleViewAction());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    auto *tiles = settings->addAction(tr("Map &Tile Source…"));
    connect(tiles, &QAction::triggered, this, &MainWindow::showTileDialog);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *about = help->addAction(tr("&About Hotspot Atlas"));
    connect(about, &QAction::triggered, this, [this] {
        showMessage(tr("Hotspot Atlas %1 — offline map viewer for weekly security hotspot reports")
                        .arg(QStringLiteral(ATLAS_VERSION)));
    });
}

void MainWindow::createToolBars()
{
    QToolBar *timeline = addToolBar(tr("Timeline"));
    timeline->setObjectName(QStringLiteral("timelineToolBar"));
    timeline->addAction(m_timeline->previousAction());
    timeline->addWidget(m_timeline->comboBox());
    timeline->addAction(m_timeline->nextAction());
    m_periodInfo = new QLabel(timeline);
    m_periodInfo->setTextFormat(Qt::PlainText);
    m_periodInfo->setContentsMargins(8, 0, 8, 0);
    timeline->addWidget(m_periodInfo);

    QToolBar *filters = addToolBar(tr("Filters"));
    filters->setObjectName(QStringLiteral("filterToolBar"));
    auto *minLabel = new QLabel(tr("Min. &intensity:"), filters);
    m_intensity = new QComboBox(filters);
    m_intensity->setObjectName(QStringLiteral("intensityCombo"));
    m_intensity->addItem(tr("1 — all"), 1);
    m_intensity->addItem(tr("2 — medium and high"), 2);
    m_intensity->addItem(tr("3 — high only"), 3);
    minLabel->setBuddy(m_intensity);
    filters->addWidget(minLabel);
    filters->addWidget(m_intensity);
    m_search = new QLineEdit(filters);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search labels and details (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    filters->addSeparator();
    filters->addWidget(m_search);
    connect(m_intensity, &QComboBox::currentIndexChanged, this, &MainWindow::updateFilters);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::updateFilters);

    addToolBarBreak();
    m_countryBar = addToolBar(tr("Countries"));
    m_countryBar->setObjectName(QStringLiteral("countryToolBar"));
    m_countryBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name); // restoreState() finds docks by object name
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    // Library tree
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setAccessibleName(tr("Report library"));
    m_tree->setModel(m_libraryModel);
    m_tree->setUniformRowHeights(true);
    // Fixed widths: ResizeToContents measures every row on each insert, which freezes the
    // window while a large folder loads.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ReportLibraryModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ReportLibraryModel::ThreatColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(ReportLibraryModel::HotspotsColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(ReportLibraryModel::ThreatColumn, m_tree->fontMetrics().horizontalAdvance(QStringLiteral("Moderate")) + 16);
    m_tree->header()->resizeSection(ReportLibraryModel::HotspotsColumn, m_tree->fontMetrics().horizontalAdvance(QStringLiteral("Hotspots")) + 16);
    connect(m_tree, &QTreeView::activated, this, &MainWindow::onTreeActivated);
    connect(m_tree, &QTreeView::clicked, this, &MainWindow::onTreeActivated);
    QDockWidget *libDock = addDock(m_tree, tr("Library"), QStringLiteral("libraryDock"), Qt::LeftDockWidgetArea);

    // Report panel
    m_panel = new ReportPanel(this);
    QDockWidget *panelDock = addDock(m_panel, tr("Report"), QStringLiteral("reportDock"), Qt::RightDockWidgetArea);

    // Hotspot table
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("hotspotTable"));
    m_table->setAccessibleName(tr("Hotspots"));
    m_table->setModel(m_proxy);
    m_table->setSelectionModel(m_selection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HotspotTableModel::IntensityColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    // One line of text per hotspot: the style's default row (~30 px) halves what the dock shows.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(HotspotTableModel::LabelColumn, QHeaderView::Stretch);
    for (int c = HotspotTableModel::IntensityColumn; c < HotspotTableModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    QDockWidget *tableDock = addDock(m_table, tr("Hotspots"), QStringLiteral("hotspotDock"), Qt::BottomDockWidgetArea);

    // Problems: files that could not be read, stale versions, the last errors.
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setWordWrap(true);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(ProblemPathRole).toString();
        const auto e = m_library->entry(path);
        if (!e) {
            // A file that could not be read as a report: show what it holds, if it is text.
            showSource(path);
            return;
        }
        setCurrentPeriod(e->report.period);
        m_panel->showReport(e->path);
    });
    QDockWidget *problemsDock = addDock(m_problems, tr("Problems"), QStringLiteral("problemsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(tableDock, problemsDock);
    // Source of a report, opened from its diagnostics.
    m_source = new SourceView(this);
    m_sourceDock = addDock(m_source, tr("Source"), QStringLiteral("sourceDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(problemsDock, m_sourceDock);
    tableDock->raise();
    resizeDocks({libDock, panelDock}, {320, 400}, Qt::Horizontal);
    resizeDocks({tableDock}, {220}, Qt::Vertical);
}

// ---- opening ------------------------------------------------------------------------------

void MainWindow::openPaths(const QStringList &paths)
{
    QStringList ok;
    for (const QString &p : paths) {
        const QString path = ReportLibrary::cleanPath(p);
        if (!QFileInfo::exists(path)) {
            showMessage(tr("%1: no such file or folder").arg(path), true);
            continue;
        }
        ok << path;
        if (!m_openedPaths.contains(path))
            m_openedPaths << path;
    }
    if (ok.isEmpty())
        return;
    m_recent->add(ok);
    m_library->open(ok);
}

bool MainWindow::restoreSession()
{
    QStringList paths = m_settings->value(QStringLiteral("session/paths")).toStringList();
    paths.erase(std::remove_if(paths.begin(), paths.end(), [](const QString &p) { return !QFileInfo::exists(p); }),
                paths.end());
    if (paths.isEmpty())
        return false;
    openPaths(paths);
    return true;
}

QString MainWindow::sampleFolder()
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("ATLAS_SAMPLES_DIR");
    if (!env.isEmpty())
        candidates << env;
    const QString appDir = QCoreApplication::applicationDirPath();
    candidates << appDir + QStringLiteral("/../share/hotspot-atlas/samples");
    const QString installed = QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                                     QStringLiteral("hotspot-atlas/samples"),
                                                     QStandardPaths::LocateDirectory);
    if (!installed.isEmpty())
        candidates << installed;
#ifdef ATLAS_SOURCE_SAMPLES_DIR
    // Running from a build tree: the samples next to the sources.
    candidates << QStringLiteral(ATLAS_SOURCE_SAMPLES_DIR);
#endif
    for (const QString &c : candidates) {
        const QDir d(c);
        if (d.exists() && !d.entryList({QStringLiteral("*.md"), QStringLiteral("*.json"), QStringLiteral("*.txt")},
                                       QDir::Files).isEmpty())
            return QDir::cleanPath(d.absolutePath());
    }
    return {};
}

bool MainWindow::openSamples()
{
    const QString folder = sampleFolder();
    if (folder.isEmpty()) {
        showMessage(tr("The bundled sample library was not found"), true);
        return false;
    }
    openPaths({folder});
    return true;
}

void MainWindow::openFilesDialog()
{
    const QString start = m_settings->value(QStringLiteral("dialogs/lastDir"), QDir::homePath()).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Reports"), start,
        tr("Reports (*.md *.markdown *.txt *.json *.pdf);;All files (*)"));
    if (files.isEmpty())
        return;
    m_settings->setValue(QStringLiteral("dialogs/lastDir"), QFileInfo(files.first()).absolutePath());
    openPaths(files);
}

void MainWindow::openFolderDialog()
{
    const QString start = m_settings->value(QStringLiteral("dialogs/lastDir"), QDir::homePath()).toString();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Report Folder"), start);
    if (dir.isEmpty())
        return;
    m_settings->setValue(QStringLiteral("dialogs/lastDir"), dir);
    openPaths({dir});
}

void MainWindow::exportMapDialog()
{
    const QString dir = m_settings->value(QStringLiteral("dialogs/exportDir"), QDir::homePath()).toString();
    const Period period = currentPeriod();
    const QString name = QStringLiteral("hotspots-%1.png")
                             .arg(period.isValid() ? period.end.toString(Qt::ISODate) : QStringLiteral("map"));
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Map"), QDir(dir).filePath(name),
                                                tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
                                                &selected);
    if (path.isEmpty())
        return;
    if (!exportFormatFor(path)) // typed without a suffix: the chosen filter's
        path += selected.contains(QLatin1String("svg")) ? QStringLiteral(".svg")
                : selected.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf")
                                                          : QStringLiteral(".png");
    m_settings->setValue(QStringLiteral("dialogs/exportDir"), QFileInfo(path).absolutePath());
    exportMapTo(path);
}

QList<Report> MainWindow::shownReports(const QList<Report> &all) const
{
    QList<Report> shown;
    for (const Report &r : all) {
        if (m_proxy->acceptsCountry(r.country))
            shown << r;
    }
    return shown;
}

bool MainWindow::exportMapTo(const QString &path)
{
    const QList<Report> reports = shownReports(m_library->reportsFor(currentPeriod()));
    RenderOptions options = m_map->renderOptions();
    options.interactive = false;
    options.provenance = provenanceText(reports);
    // A filtered map says so: a brief must not pass for the whole picture.
    QStringList filters;
    if (m_proxy->minimumIntensity() > 1)
        filters << tr("intensity %1 and above").arg(m_proxy->minimumIntensity());
    if (!m_proxy->searchText().isEmpty())
        filters << tr("search \"%1\"").arg(m_proxy->searchText());
    if (!filters.isEmpty())
        options.provenance.prepend(tr("Filtered: %1").arg(filters.join(QStringLiteral(", "))) + QLatin1Char('\n'));
    Scene scene = m_map->scene();
    scene.setHovered(-1);
    // PNG at twice the on-screen size: sharp on slides and in print.
    const double scale = exportFormatFor(path) == ExportFormat::Png ? 2.0 : 1.0;
    const QString error = exportMap(path, m_map->viewport(), scene, options, scale);
    if (!error.isEmpty()) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Map exported to %1").arg(path), false, false);
    return true;
}

QStringList MainWindow::recentPaths() const
{
    return m_recent->paths();
}

void MainWindow::showTileDialog()
{
    TileSourceDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        applyTileSettings();
}

void MainWindow::applyTileSettings()
{
    const bool on = m_settings->value(QLatin1String(TileSourceDialog::enabledKey), false).toBool();
    const QString spec = on ? m_settings->value(QLatin1String(TileSourceDialog::urlKey)).toString().trimmed() : QString();
    if (spec == m_tileController->spec() && (spec.isEmpty() || m_tileController->source()))
        return;
    const bool wasOn = m_tileController->source() != nullptr;
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QString error;
    if (!m_tileController->setSource(spec, cache.isEmpty() ? QString() : cache + QStringLiteral("/tiles"), &error)) {
        showMessage(tr("Map tiles off: %1").arg(error), true);
    } else if (!spec.isEmpty()) {
        showMessage(tr("Map tiles from %1").arg(spec));
    } else if (wasOn) {
        showMessage(tr("Map tiles off: the map works offline"));
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e)
{
    if (!e->mimeData()->hasUrls())
        return;
    for (const QUrl &u : e->mimeData()->urls()) {
        if (u.isLocalFile()) {
            e->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *e)
{
    QStringList paths;
    for (const QUrl &u : e->mimeData()->urls()) {
        if (u.isLocalFile())
            paths << u.toLocalFile();
    }
    if (!paths.isEmpty()) {
        e->acceptProposedAction();
        openPaths(paths);
    }
}

// ---- periods and reports ----------------------------------------------------------------

void MainWindow::scheduleRefresh()
{
    // While a folder loads, refresh less often: each refresh rebuilds the period list and the
    // hotspot table.
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start(m_library->isLoading() ? 300 : 80);
}

Period MainWindow::currentPeriod() const
{
    return m_timeline->current();
}

QList<Period> MainWindow::periods() const
{
    return m_timeline->periods();
}

QComboBox *MainWindow::periodCombo() const
{
    return m_timeline->comboBox();
}

void MainWindow::setCurrentPeriod(const Period &period)
{
    m_timeline->setCurrent(period);
}

void MainWindow::refreshPeriods()
{
    QList<Period> periods = m_library->periods();
    if (m_library->hasUndated())
        periods << Period{};
    QList<int> counts;
    for (const Period &p : std::as_const(periods))
        counts << int(m_library->filesFor(p).size());
    m_timeline->setPeriods(periods, counts);
}

void MainWindow::refreshCountries()
{
    const QStringList countries = m_library->countries();
    QStringList existing;
    for (QAction *a : std::as_const(m_countryActions))
        existing << a->data().toString();
    if (existing == countries)
        return;
    const QSet<QString> hidden = m_proxy->hiddenCountries();
    m_countryBar->clear();
    qDeleteAll(m_countryActions);
    m_countryActions.clear();
    auto *label = new QLabel(tr("Countries:"), m_countryBar);
    m_countryBar->addWidget(label);
    for (const QString &c : countries) {
        // Country names come from reports: no mnemonics, and a bound on the button width.
        QString text = ReportLibraryModel::countryLabel(c);
        if (text.size() > 32)
            text = text.left(31) + QChar(0x2026);
        auto *a = new QAction(text.replace(QLatin1Char('&'), QStringLiteral("&&")), this);
        a->setCheckable(true);
        a->setChecked(!hidden.contains(c));
        a->setData(c);
        a->setToolTip(plainToolTip(tr("Show or hide the hotspots and reports of %1").arg(ReportLibraryModel::countryLabel(c))));
        connect(a, &QAction::toggled, this, &MainWindow::updateFilters);
        m_countryBar->addAction(a);
        m_countryActions << a;
    }
}

void MainWindow::showPeriodReports()
{
    // Keep the selected hotspots selected across a reload of the same period.
    QList<QPair<QString, int>> keep;
    for (const QModelIndex &i : m_selection->selectedRows()) {
        keep.append({i.data(HotspotTableModel::SourceRole).toString(),
                     i.data(HotspotTableModel::HotspotIndexRole).toInt()});
    }
    const QList<Report> all = m_library->reportsFor(currentPeriod());
    const QList<Report> reports = shownReports(all);
    // A change elsewhere in the library leaves this period's table (scroll, sort) alone.
    const Period current = currentPeriod();
    QStringList signature{current.toString()};
    for (const QString &path : m_library->filesFor(current)) {
        const auto e = m_library->entry(path);
        signature << path + QLatin1Char('|') + QString::number(e->modified.toMSecsSinceEpoch()) + QLatin1Char('|')
                         + QString::number(e->size) + QLatin1Char('|') + e->warning
                         + (m_proxy->acceptsCountry(e->report.country) ? QString() : QStringLiteral("|hidden"));
    }
    if (signature == m_shownSignature)
        return;
    m_shownSignature = signature;
    m_hotspots->setReports(all);
    m_panel->setReports(reports);

    QItemSelection sel;
    for (const auto &[source, idx] : keep) {
        const int row = m_hotspots->rowFor(source, idx);
        const QModelIndex pi = row >= 0 ? m_proxy->mapFromSource(m_hotspots->index(row, 0)) : QModelIndex();
        if (pi.isValid())
            sel.select(pi, pi);
    }
    if (!sel.isEmpty())
        m_selection->select(sel, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    if (m_autoFit && m_proxy->rowCount() > 0)
        m_map->fitToHotspots();
    int placed = 0;
    for (const Report &r : all)
        placed += r.placedHotspotCount();
    m_periodInfo->setText(current.isValid() || !all.isEmpty()
                              ? tr("%n report(s), ", nullptr, int(all.size())) + tr("%n hotspot(s) on the map", nullptr, placed)
                              : QString());
    updateTitle();
}

void MainWindow::updateFilters()
{
    m_proxy->setMinimumIntensity(m_intensity->currentData().toInt());
    m_proxy->setSearchText(m_search->text());
    QSet<QString> hidden;
    for (QAction *a : std::as_const(m_countryActions)) {
        if (!a->isChecked())
            hidden.insert(a->data().toString());
    }
    if (hidden != m_proxy->hiddenCountries()) {
        m_proxy->setHiddenCountries(hidden);
        showPeriodReports();
    }
}

void MainWindow::onSelectionChanged()
{
    const QModelIndexList rows = m_selection->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex current = m_selection->currentIndex().isValid() && m_selection->isRowSelected(m_selection->currentIndex().row(), {})
                                    ? m_selection->currentIndex()
                                    : rows.first();
    m_panel->showReport(current.data(HotspotTableModel::SourceRole).toString());
    m_table->scrollTo(m_proxy->index(current.row(), 0));
    const QString label = m_proxy->index(current.row(), HotspotTableModel::LabelColumn).data().toString();
    const QString detail = current.data(HotspotTableModel::DetailRole).toString();
    statusBar()->showMessage(detail.isEmpty() ? label : label + QStringLiteral(" — ") + detail);
}

void MainWindow::onTreeActivated(const QModelIndex &index)
{
    const int kind = index.data(ReportLibraryModel::KindRole).toInt();
    if (kind == ReportLibraryModel::CountryNode)
        return;
    const Period p{index.data(ReportLibraryModel::PeriodStartRole).toDate(),
                   index.data(ReportLibraryModel::PeriodEndRole).toDate()};
    setCurrentPeriod(p.isValid() ? p : Period{});
    if (kind == ReportLibraryModel::ReportNode)
        m_panel->showReport(index.data(ReportLibraryModel::PathRole).toString());
}

void MainWindow::onDiagnostic(const QString &source, const Diagnostic &d)
{
    const QString where = d.line > 0 ? QStringLiteral("%1:%2").arg(QFileInfo(source).fileName()).arg(d.line)
                                     : QFileInfo(source).fileName();
    showMessage(QStringLiteral("%1: %2").arg(where, d.message), false, false);
    if (d.hotspotIndex >= 0) {
        const int row = m_hotspots->rowFor(source, d.hotspotIndex);
        const QModelIndex pi = row >= 0 ? m_proxy->mapFromSource(m_hotspots->index(row, 0)) : QModelIndex();
        if (pi.isValid())
            m_selection->setCurrentIndex(pi, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else
            showMessage(tr("%1: that hotspot is hidden by the filters").arg(where), false, false);
    }
    if (d.line > 0)
        showSource(source, d.line);
}

bool MainWindow::showSource(const QString &path, int line)
{
    QString error;
    const std::optional<QString> text = ReportReader::sourceText(path, &error);
    if (!text) {
        showMessage(error, true);
        return false;
    }
    m_source->showSource(path, *text, line);
    m_sourceDock->setWindowTitle(tr("Source — %1").arg(QFileInfo(path).fileName()));
    m_sourceDock->show();
    m_sourceDock->raise();
    return true;
}

void MainWindow::onFileError(const QString &path, const QString &message, bool keptPrevious)
{
    Q_UNUSED(path);
    // Listed in Problems by rebuildProblems() from the library itself.
    showMessage(keptPrevious ? tr("%1 (showing the last good version)").arg(message) : message, true, false);
    scheduleRefresh();
}

void MainWindow::rebuildProblems()
{
    m_problems->clear();
    for (const LibraryError &e : m_library->errors()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical), e.message, m_problems);
        item->setData(ProblemPathRole, e.path);
    }
    for (const QString &path : m_library->files()) {
        const auto e = m_library->entry(path);
        if (e && e->isStale()) {
            auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                             tr("%1 — showing the last good version").arg(e->warning), m_problems);
            item->setData(ProblemPathRole, path);
        }
    }
    for (const QString &text : std::as_const(m_errorLog))
        new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), text, m_problems);
    if (auto *dock = qobject_cast<QDockWidget *>(m_problems->parentWidget())) {
        dock->setWindowTitle(m_problems->count() ? tr("Problems (%1)").arg(m_problems->count()) : tr("Problems"));
    }
}

void MainWindow::showMessage(const QString &text, bool error, bool log)
{
    m_lastMessage = text;
    // The status bar shows plain text only; errors also stay in the Problems list.
    statusBar()->showMessage(text, error ? 0 : 8000);
    if (error && log) {
        m_errorLog.prepend(text);
        while (m_errorLog.size() > 50)
            m_errorLog.removeLast();
        rebuildProblems();
    }
}

void MainWindow::updateTitle()
{
    const Period current = currentPeriod();
    const QString period = current.isValid() ? current.toString() : QString();
    setWindowTitle(period.isEmpty() ? tr("Hotspot Atlas") : tr("%1 — Hotspot Atlas").arg(period));
}

// ---- theme and state --------------------------------------------------------------------

bool MainWindow::isDark() const
{
    switch (m_theme) {
    case ThemeChoice::Light: return false;
    case ThemeChoice::Dark: return true;
    case ThemeChoice::System: break;
    }
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

void MainWindow::setTheme(ThemeChoice theme)
{
    m_theme = theme;
    m_settings->setValue(QStringLiteral("ui/theme"), int(theme));
    applyTheme();
}

void MainWindow::applyTheme()
{
    m_applyingTheme = true;
    switch (m_theme) {
    case ThemeChoice::System: QApplication::setPalette(m_systemPalette); break;
    case ThemeChoice::Light: QApplication::setPalette(Palettes::light()); break;
    case ThemeChoice::Dark: QApplication::setPalette(Palettes::dark()); break;
    }
    m_applyingTheme = false;
    m_map->setTheme(isDark() ? Theme::Dark : Theme::Light);
}

void MainWindow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::ApplicationPaletteChange) {
        // The system switched light/dark: remember its palette when we follow it.
        if (!m_applyingTheme && m_theme == ThemeChoice::System)
            m_systemPalette = QApplication::palette();
        m_map->setTheme(isDark() ? Theme::Dark : Theme::Light);
    }
    QMainWindow::changeEvent(e);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings->value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    else if (const QScreen *s = screen())
        resize(QSize(1500, 920).boundedTo(s->availableGeometry().size() * 0.92)); // small screens: fit
    else
        resize(1500, 920);
    restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    m_theme = ThemeChoice(std::clamp(m_settings->value(QStringLiteral("ui/theme"), 0).toInt(), 0, 2));
    if (m_theme != ThemeChoice::System)
        applyTheme();
    m_map->setTheme(isDark() ? Theme::Dark : Theme::Light);
    if (m_settings->contains(QStringLiteral("map/zoom"))) {
        Viewport v(QGeoCoordinate(m_settings->value(QStringLiteral("map/lat")).toDouble(),
                                  m_settings->value(QStringLiteral("map/lng")).toDouble()),
                   m_settings->value(QStringLiteral("map/zoom")).toDouble(), m_map->size());
        m_map->setViewport(v);
        m_autoFit = false;
    }
    for (QAction *a : std::as_const(m_themeActions))
        a->setChecked(a->data().toInt() == int(m_theme));
}

void MainWindow::saveWindowState()
{
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), saveState());
    const Viewport v = m_map->viewport();
    m_settings->setValue(QStringLiteral("map/lat"), v.center().latitude());
    m_settings->setValue(QStringLiteral("map/lng"), v.center().longitude());
    m_settings->setValue(QStringLiteral("map/zoom"), v.zoom());
    if (m_saveSession)
        m_settings->setValue(QStringLiteral("session/paths"), m_openedPaths);
    m_settings->sync();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *e)
{
    if (watched == m_map) {
        switch (e->type()) {
        case QEvent::Resize:
        case QEvent::Show:
            // Until the analyst moves the map, keep the hotspots in view as the layout settles.
            if (m_autoFit && m_proxy->rowCount() > 0)
                QTimer::singleShot(0, m_map, [this] {
                    if (m_autoFit)
                        m_map->fitToHotspots();
                });
            break;
        case QEvent::MouseButtonPress:
        case QEvent::Wheel:
        case QEvent::KeyPress:
            m_autoFit = false;
            break;
        default: break;
        }
    }
    return QMainWindow::eventFilter(watched, e);
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    saveWindowState();
    QMainWindow::closeEvent(e);
}

} // namespace atlas
