// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "periodtimeline.h"

#include "reportlibrarymodel.h"

#include <QAction>
#include <QComboBox>
#include <QSignalBlocker>
#include <QStyle>
#include <QWidget>

namespace atlas {

PeriodTimeline::PeriodTimeline(QWidget *parent)
    : QObject(parent),
      m_previous(new QAction(parent->style()->standardIcon(QStyle::SP_ArrowBack), tr("&Previous Period"), parent)),
      m_next(new QAction(parent->style()->standardIcon(QStyle::SP_ArrowForward), tr("&Next Period"), parent)),
      m_combo(new QComboBox(parent))
{
    m_previous->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)});
    m_next->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_BracketRight)});
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    connect(m_next, &QAction::triggered, this, [this] { step(1); });

    m_combo->setObjectName(QStringLiteral("periodCombo"));
    m_combo->setAccessibleName(tr("Analysis period"));
    m_combo->setToolTip(tr("Analysis period (Ctrl+P); Alt+Left / Alt+Right step through periods"));
    m_combo->setMinimumContentsLength(30);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_periods.size())
            setCurrent(m_periods.at(i));
    });
    showCurrent();
}

void PeriodTimeline::setPeriods(const QList<Period> &periods, const QList<int> &reportCounts)
{
    const bool had = m_periods.contains(m_current);
    m_periods = periods;
    if (!had || !m_periods.contains(m_current)) {
        // Newest dated period by default.
        m_current = Period{};
        for (const Period &p : m_periods) {
            if (p.isValid())
                m_current = p;
        }
    }
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    for (int i = 0; i < m_periods.size(); ++i) {
        const int count = i < reportCounts.size() ? reportCounts.at(i) : 0;
        m_combo->addItem(QStringLiteral("%1   (%2)").arg(ReportLibraryModel::periodLabel(m_periods.at(i)),
                                                         tr("%n report(s)", nullptr, count)));
    }
    showCurrent();
}

void PeriodTimeline::setCurrent(const Period &period)
{
    if (!m_periods.contains(period))
        return;
    const bool changed = !(period == m_current);
    m_current = period;
    showCurrent();
    if (changed)
        Q_EMIT currentChanged(period);
}

void PeriodTimeline::step(int delta)
{
    const int i = int(m_periods.indexOf(m_current)) + delta;
    if (i >= 0 && i < m_periods.size())
        setCurrent(m_periods.at(i));
}

void PeriodTimeline::showCurrent()
{
    const int i = int(m_periods.indexOf(m_current));
    {
        const QSignalBlocker block(m_combo);
        m_combo->setCurrentIndex(i);
    }
    m_previous->setEnabled(i > 0);
    m_next->setEnabled(i >= 0 && i + 1 < m_periods.size());
}

} // namespace atlas
