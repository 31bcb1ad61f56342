// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"
#include "reportreader.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QFileSystemWatcher;
class QThreadPool;
class QTimer;

namespace atlas {

// One loaded file. `warning` is set when the file later became unreadable: the report is then
// the last good version.
struct LibraryEntry
{
    QString path; // absolute, clean
    Report report;
    QDateTime modified;
    qint64 size = -1;
    QString warning;

    bool isStale() const { return !warning.isEmpty(); }
};

// A file that could not be read and has no good version to fall back to.
struct LibraryError
{
    QString path;
    QString message;
};

// Holds the reports of the opened files and folders, keyed by file and grouped by country and
// period. Parsing runs on the global thread pool; results arrive on the owner's thread in
// batches. Opened folders are watched: new and changed reports are read again on their own.
class ReportLibrary : public QObject
{
    Q_OBJECT
public:
    // Reads one file; tests replace it, the default is ReportReader::read.
    using Parser = std::function<ReadResult(const QString &path)>;

    explicit ReportLibrary(QObject *parent = nullptr);
    ~ReportLibrary() override;

    void setParser(Parser parser);
    // Delay between a file system notification and the re-scan; changes settle meanwhile.
    void setWatchDelay(int ms);

    // File name suffixes (lower case, no dot) read from folders.
    static QStringList reportSuffixes();
    static bool isReportFile(const QString &path);

    // Opens files and folders (folders are read recursively and watched). Returns at once.
    void open(const QStringList &paths);
    void openFolder(const QString &folder);
    void openFiles(const QStringList &files);
    // Forgets everything, cancels loading and stops watching.
    void clear();

    bool isLoading() const;
    QStringList folders() const { return m_folders; }
    QStringList files() const; // sorted
    int count() const { return int(m_entries.size()); }
    bool contains(const QString &path) const;
    std::optional<LibraryEntry> entry(const QString &path) const;
    QList<LibraryError> errors() const; // sorted by path

    QStringList countries() const;                 // sorted, "" for reports without one
    QList<Period> periods() const;                 // valid periods, sorted by start then end
    QStringList filesFor(const Period &p) const;   // sorted by country then path
    QList<Report> reportsFor(const Period &p) const; // same order as filesFor
    bool hasUndated() const;

    static bool periodLess(const Period &a, const Period &b);
    static QString cleanPath(const QString &path);

Q_SIGNALS:
    void loadingStarted();
    // done/total over every file queued since loading started.
    void progress(int done, int total);
    void loadingFinished();
    // Batches of newly added and re-read reports (also the ones that turned stale).
    void reportsAdded(const QStringList &paths);
    void reportsUpdated(const QStringList &paths);
    void reportsRemoved(const QStringList &paths);
    // A file could not be read. keptPrevious: its last good version stays in the library.
    void fileError(const QString &path, const QString &message, bool keptPrevious);
    // A file that failed before is readable again or was removed.
    void fileErrorCleared(const QString &path);
    // Any change to the set of reports, after the specific signals.
    void changed();
    void cleared();

private:
    struct Job;
    struct Outcome;
    struct Stamp
    {
        QDateTime modified;
        qint64 size = -1;
    };

    void enqueue(const QStringList &files);
    void collectResults(Job *job, int begin, int end);
    void drain();
    void finishJob(Job *job);
    void checkFinished();
    void watchFile(const QString &path);
    void scheduleRescan();
    void rescan();
    QStringList scanFolder(const QString &folder, QStringList *dirs) const;
    bool isUnderFolder(const QString &path) const;

    Parser m_parser;
    QHash<QString, LibraryEntry> m_entries;
    QHash<QString, QString> m_errors;   // path -> message, files without a good version
    QHash<QString, Stamp> m_stamps;     // last stamp seen per file, read or not
    QStringList m_folders;
    QStringList m_looseFiles;           // opened one by one, outside any folder
    std::vector<std::unique_ptr<Job>> m_jobs;
    QSet<QString> m_inFlight;
    QSet<QString> m_forced;             // files the watcher says changed in place
    int m_done = 0;
    int m_total = 0;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_rescanTimer = nullptr;
    // Results wait here and are applied in time slices, so a big folder never blocks the
    // owner's event loop for long.
    std::vector<Outcome> m_pending;
    size_t m_pendingPos = 0;
    QTimer *m_drainTimer = nullptr;
    // Own pool, one core short of the machine and at low priority: the UI thread keeps a core.
    QThreadPool *m_pool = nullptr;
};

} // namespace atlas
