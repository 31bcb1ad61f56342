// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QSettings;

namespace atlas {

// Recently opened files and folders, newest first, kept in the settings and listed in a menu.
class RecentItems : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxItems = 10;

    // menu: filled with one entry per path and "Clear List"; not owned.
    RecentItems(QSettings *settings, QMenu *menu, QObject *parent = nullptr);

    QStringList paths() const;
    void add(const QStringList &paths);
    void clear();

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuildMenu();

    QSettings *m_settings;
    QMenu *m_menu;
};

} // namespace atlas
