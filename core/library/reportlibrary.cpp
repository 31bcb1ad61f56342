// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "reportlibrary.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace atlas {

namespace {
// Results applied before the event loop gets a turn: bounded in time and in count, because
// listeners (models, views) do work per report after the batch is signalled.
constexpr qint64 sliceNs = 6'000'000;
constexpr int sliceReports = 64;
} // namespace

struct ReportLibrary::Outcome
{
    QString path;
    ReadResult result;
    QDateTime modified;
    qint64 size = -1;
    bool exists = false;
};

struct ReportLibrary::Job
{
    QFutureWatcher<Outcome> *watcher = nullptr;
};

ReportLibrary::ReportLibrary(QObject *parent)
    : QObject(parent)
    , m_parser(&ReportReader::read)
    , m_watcher(new QFileSystemWatcher(this))
    , m_rescanTimer(new QTimer(this))
    , m_drainTimer(new QTimer(this))
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_pool->setThreadPriority(QThread::LowPriority);
    m_drainTimer->setSingleShot(true);
    m_drainTimer->setInterval(0);
    connect(m_drainTimer, &QTimer::timeout, this, &ReportLibrary::drain);
    m_rescanTimer->setSingleShot(true);
    m_rescanTimer->setInterval(250);
    connect(m_rescanTimer, &QTimer::timeout, this, &ReportLibrary::rescan);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { scheduleRescan(); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        // Written in place, chmod-ed or replaced: read it again even if size and time match.
        m_forced.insert(path);
        scheduleRescan();
    });
}

ReportLibrary::~ReportLibrary()
{
    for (auto &job : m_jobs) {
        job->watcher->disconnect(this);
        job->watcher->cancel();
        job->watcher->waitForFinished();
        delete job->watcher;
    }
}

void ReportLibrary::setParser(Parser parser)
{
    m_parser = parser ? std::move(parser) : Parser(&ReportReader::read);
}

void ReportLibrary::setWatchDelay(int ms)
{
    m_rescanTimer->setInterval(std::max(0, ms));
}

QStringList ReportLibrary::reportSuffixes()
{
    return {QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("txt"),
            QStringLiteral("json"), QStringLiteral("pdf")};
}

bool ReportLibrary::isReportFile(const QString &path)
{
    const QFileInfo fi(path);
    // Hidden files are editor backups and lock files, not reports.
    if (fi.fileName().startsWith(QLatin1Char('.')))
        return false;
    // A folder's README describes the reports; it is not one.
    if (fi.completeBaseName().compare(QLatin1String("readme"), Qt::CaseInsensitive) == 0)
        return false;
    return reportSuffixes().contains(fi.suffix().toLower());
}

QString ReportLibrary::cleanPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool ReportLibrary::periodLess(const Period &a, const Period &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    return a.end < b.end;
}

void ReportLibrary::open(const QStringList &paths)
{
    QStringList files;
    for (const QString &p : paths) {
        if (QFileInfo(p).isDir())
            openFolder(p);
        else
            files << p;
    }
    if (!files.isEmpty())
        openFiles(files);
}

void ReportLibrary::openFolder(const QString &folder)
{
    const QString dir = cleanPath(folder);
    if (!QFileInfo(dir).isDir()) {
        Q_EMIT fileError(dir, tr("%1: not a folder").arg(dir), false);
        return;
    }
    if (m_folders.contains(dir)) {
        scheduleRescan();
        return;
    }
    m_folders << dir;
    QStringList dirs;
    const QStringList files = scanFolder(dir, &dirs);
    m_watcher->addPaths(dirs);
    enqueue(files);
}

void ReportLibrary::openFiles(const QStringList &files)
{
    QStringList toRead;
    for (const QString &f : files) {
        const QString path = cleanPath(f);
        if (!isUnderFolder(path) && !m_looseFiles.contains(path))
            m_looseFiles << path;
        toRead << path;
    }
    enqueue(toRead);
}

void ReportLibrary::clear()
{
    for (auto &job : m_jobs) {
        job->watcher->disconnect(this);
        job->watcher->cancel();
        job->watcher->deleteLater();
    }
    const bool wasLoading = isLoading();
    m_jobs.clear();
    m_pending.clear();
    m_pendingPos = 0;
    m_drainTimer->stop();
    m_inFlight.clear();
    m_forced.clear();
    m_done = m_total = 0;
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_entries.clear();
    m_errors.clear();
    m_stamps.clear();
    m_folders.clear();
    m_looseFiles.clear();
    m_rescanTimer->stop();
    if (wasLoading)
        Q_EMIT loadingFinished();
    Q_EMIT cleared();
    Q_EMIT changed();
}

bool ReportLibrary::isLoading() const
{
    return !m_jobs.empty() || !m_pending.empty();
}

QStringList ReportLibrary::files() const
{
    QStringList list = m_entries.keys();
    list.sort();
    return list;
}

bool ReportLibrary::contains(const QString &path) const
{
    return m_entries.contains(cleanPath(path));
}

std::optional<LibraryEntry> ReportLibrary::entry(const QString &path) const
{
    const auto it = m_entries.constFind(cleanPath(path));
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

QList<LibraryError> ReportLibrary::errors() const
{
    QList<LibraryError> list;
    for (auto it = m_errors.constBegin(); it != m_errors.constEnd(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(),
              [](const LibraryError &a, const LibraryError &b) { return a.path < b.path; });
    return list;
}

QStringList ReportLibrary::countries() const
{
    QSet<QString> set;
    for (const LibraryEntry &e : m_entries)
        set.insert(e.report.country);
    QStringList list(set.begin(), set.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

QList<Period> ReportLibrary::periods() const
{
    QList<Period> list;
    for (const LibraryEntry &e : m_entries) {
        if (e.report.period.isValid() && !list.contains(e.report.period))
            list << e.report.period;
    }
    std::sort(list.begin(), list.end(), &ReportLibrary::periodLess);
    return list;
}

bool ReportLibrary::hasUndated() const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [](const LibraryEntry &e) { return !e.report.period.isValid(); });
}

QStringList ReportLibrary::filesFor(const Period &p) const
{
    QList<const LibraryEntry *> hits;
    for (const LibraryEntry &e : m_entries) {
        const bool match = p.isValid() ? e.report.period == p : !e.report.period.isValid();
        if (match)
            hits << &e;
    }
    std::sort(hits.begin(), hits.end(), [](const LibraryEntry *a, const LibraryEntry *b) {
        const int c = QString::compare(a->report.country, b->report.country, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a->path < b->path;
    });
    QStringList list;
    for (const LibraryEntry *e : hits)
        list << e->path;
    return list;
}

QList<Report> ReportLibrary::reportsFor(const Period &p) const
{
    QList<Report> list;
    for (const QString &path : filesFor(p))
        list << m_entries.value(path).report;
    return list;
}

bool ReportLibrary::isUnderFolder(const QString &path) const
{
    return std::any_of(m_folders.begin(), m_folders.end(), [&](const QString &f) {
        return path.startsWith(f + QLatin1Char('/'));
    });
}

QStringList ReportLibrary::scanFolder(const QString &folder, QStringList *dirs) const
{
    QStringList files;
    if (dirs)
        *dirs << folder;
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir::cleanPath(it.next());
        const QFileInfo fi = it.fileInfo();
        if (fi.isDir()) {
            if (dirs && !fi.fileName().startsWith(QLatin1Char('.')))
                *dirs << path;
        } else if (isReportFile(path)) {
            files << path;
        }
    }
    files.sort();
    return files;
}

void ReportLibrary::watchFile(const QString &path)
{
    if (!m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

void ReportLibrary::enqueue(const QStringList &files)
{
    QStringList todo;
    for (const QString &f : files) {
        if (m_inFlight.contains(f)) {
            // Read again once the running read is done, it may have seen the old content.
            m_forced.insert(f);
            continue;
        }
        if (!todo.contains(f))
            todo << f;
    }
    if (todo.isEmpty())
        return;
    for (const QString &f : todo)
        m_inFlight.insert(f);

    // Watch files for in-place writes; directories only report added and removed names.
    const QStringList watchedList = m_watcher->files();
    const QSet<QString> watched(watchedList.begin(), watchedList.end());
    QStringList toWatch;
    for (const QString &f : todo) {
        if (!watched.contains(f) && QFileInfo::exists(f))
            toWatch << f;
    }
    if (!toWatch.isEmpty())
        m_watcher->addPaths(toWatch);

    const bool starting = !isLoading();
    if (starting) {
        m_done = 0;
        m_total = 0;
    }
    m_total += int(todo.size());
    if (starting)
        Q_EMIT loadingStarted();
    Q_EMIT progress(m_done, m_total);

    auto job = std::make_unique<Job>();
    job->watcher = new QFutureWatcher<Outcome>();
    Job *raw = job.get();
    connect(job->watcher, &QFutureWatcher<Outcome>::resultsReadyAt, this,
            [this, raw](int begin, int end) { collectResults(raw, begin, end); });
    connect(job->watcher, &QFutureWatcher<Outcome>::finished, this, [this, raw] { finishJob(raw); });
    m_jobs.push_back(std::move(job));

    const Parser parser = m_parser;
    std::function<Outcome(const QString &)> read = [parser](const QString &path) {
        Outcome o;
        o.path = path;
        const QFileInfo fi(path);
        o.exists = fi.exists();
        o.modified = fi.lastModified();
        o.size = fi.size();
        o.result = parser(path);
        return o;
    };
    raw->watcher->setFuture(QtConcurrent::mapped(m_pool, todo, read));
}

void ReportLibrary::collectResults(Job *job, int begin, int end)
{
    for (int i = begin; i < end; ++i)
        m_pending.push_back(job->watcher->resultAt(i));
    if (!m_drainTimer->isActive())
        m_drainTimer->start();
}

void ReportLibrary::drain()
{
    QElapsedTimer slice;
    slice.start();
    QStringList added, updated;
    int n = 0;
    while (m_pendingPos < m_pending.size() && n++ < sliceReports && slice.nsecsElapsed() < sliceNs) {
        Outcome o = std::move(m_pending[m_pendingPos++]);
        m_inFlight.remove(o.path);
        ++m_done;
        const auto it = m_entries.find(o.path);
        if (!o.exists && it != m_entries.end()) {
            // Deleted before we got to it; the re-scan takes it out of the library.
            continue;
        }
        if (o.exists)
            m_stamps[o.path] = {o.modified, o.size};
        if (o.result.ok()) {
            LibraryEntry e;
            e.path = o.path;
            e.report = std::move(*o.result.report);
            e.modified = o.modified;
            e.size = o.size;
            if (it == m_entries.end()) {
                m_entries.insert(o.path, std::move(e));
                added << o.path;
            } else {
                *it = std::move(e);
                updated << o.path;
            }
            if (m_errors.remove(o.path))
                Q_EMIT fileErrorCleared(o.path);
        } else {
            const QString message = o.result.error.isEmpty()
                                        ? tr("%1: cannot be read").arg(o.path)
                                        : o.result.error;
            if (it != m_entries.end()) {
                it->warning = message;
                updated << o.path;
                Q_EMIT fileError(o.path, message, true);
            } else {
                m_errors.insert(o.path, message);
                Q_EMIT fileError(o.path, message, false);
            }
        }
    }
    if (m_pendingPos >= m_pending.size()) {
        m_pending.clear();
        m_pendingPos = 0;
    } else {
        m_drainTimer->start(); // more next turn, after input and paint
    }
    if (!added.isEmpty())
        Q_EMIT reportsAdded(added);
    if (!updated.isEmpty())
        Q_EMIT reportsUpdated(updated);
    if (!added.isEmpty() || !updated.isEmpty())
        Q_EMIT changed();
    Q_EMIT progress(m_done, m_total);
    checkFinished();
}

void ReportLibrary::checkFinished()
{
    if (!m_jobs.empty() || m_pendingPos < m_pending.size() || !m_pending.empty())
        return;
    if (m_total == 0 && m_done == 0)
        return; // nothing was loading
    Q_EMIT progress(m_total, m_total);
    m_done = m_total = 0;
    // Files changed while their read ran get another pass.
    if (!m_forced.isEmpty())
        scheduleRescan();
    Q_EMIT loadingFinished();
}

void ReportLibrary::finishJob(Job *job)
{
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(),
                                 [job](const auto &j) { return j.get() == job; });
    if (it == m_jobs.end())
        return;
    job->watcher->disconnect(this);
    job->watcher->deleteLater();
    m_jobs.erase(it);
    checkFinished();
}

void ReportLibrary::scheduleRescan()
{
    m_rescanTimer->start();
}

void ReportLibrary::rescan()
{
    QSet<QString> present;
    QStringList toRead;
    const auto consider = [&](const QString &path) {
        present.insert(path);
        if (m_inFlight.contains(path)) {
            // Being read now, maybe from before this change: read it again afterwards.
            m_forced.insert(path);
            return;
        }
        const QFileInfo fi(path);
        const auto stamp = m_stamps.constFind(path);
        const bool known = stamp != m_stamps.constEnd();
        if (!known || stamp->modified != fi.lastModified() || stamp->size != fi.size()
            || m_forced.contains(path)) {
            toRead << path;
        }
    };

    QStringList dirs;
    for (const QString &folder : std::as_const(m_folders)) {
        if (!QFileInfo(folder).isDir())
            continue;
        for (const QString &f : scanFolder(folder, &dirs))
            consider(f);
    }
    const QStringList watchedDirs = m_watcher->directories();
    QStringList newDirs;
    for (const QString &d : std::as_const(dirs)) {
        if (!watchedDirs.contains(d))
            newDirs << d;
    }
    if (!newDirs.isEmpty())
        m_watcher->addPaths(newDirs);

    for (const QString &f : std::as_const(m_looseFiles)) {
        if (QFileInfo::exists(f))
            consider(f);
    }
    QStringList forcedLeft;
    for (const QString &f : std::as_const(m_forced)) {
        if (m_inFlight.contains(f))
            forcedLeft << f;
    }
    m_forced = QSet<QString>(forcedLeft.begin(), forcedLeft.end());

    // Whatever we know that is gone from disk leaves the library.
    QStringList removed;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!present.contains(it.key()) && !QFileInfo::exists(it.key())) {
            removed << it.key();
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_errors.begin(); it != m_errors.end();) {
        if (!present.contains(it.key()) && !QFileInfo::exists(it.key())) {
            const QString path = it.key();
            it = m_errors.erase(it);
            Q_EMIT fileErrorCleared(path);
        } else {
            ++it;
        }
    }
    for (auto it = m_stamps.begin(); it != m_stamps.end();) {
        if (!present.contains(it.key()) && !QFileInfo::exists(it.key()))
            it = m_stamps.erase(it);
        else
            ++it;
    }
    m_looseFiles.erase(std::remove_if(m_looseFiles.begin(), m_looseFiles.end(),
                                      [](const QString &f) { return !QFileInfo::exists(f); }),
                       m_looseFiles.end());
    if (!removed.isEmpty()) {
        removed.sort();
        Q_EMIT reportsRemoved(removed);
        Q_EMIT changed();
    }
    enqueue(toRead);
}

} // namespace atlas
