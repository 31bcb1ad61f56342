// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "recentitems.h"

#include <QAction>
#include <QMenu>
#include <QSettings>

namespace atlas {

namespace {
const QString settingsKey = QStringLiteral("recent/paths");
} // namespace

RecentItems::RecentItems(QSettings *settings, QMenu *menu, QObject *parent)
    : QObject(parent), m_settings(settings), m_menu(menu)
{
    rebuildMenu();
}

QStringList RecentItems::paths() const
{
    return m_settings->value(settingsKey).toStringList();
}

void RecentItems::add(const QStringList &paths)
{
    QStringList recent = this->paths();
    for (const QString &p : paths) {
        recent.removeAll(p);
        recent.prepend(p);
    }
    while (recent.size() > maxItems)
        recent.removeLast();
    m_settings->setValue(settingsKey, recent);
    rebuildMenu();
}

void RecentItems::clear()
{
    m_settings->remove(settingsKey);
    rebuildMenu();
}

void RecentItems::rebuildMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const QStringList recent = paths();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        // Escape & so a path is not read as a mnemonic.
        QAction *a = m_menu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QString(path).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        connect(a, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    m_menu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_menu->addSeparator();
        connect(m_menu->addAction(tr("Clear List")), &QAction::triggered, this, &RecentItems::clear);
    }
}

} // namespace atlas
