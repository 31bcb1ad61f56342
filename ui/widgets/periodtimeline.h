// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QList>
#include <QObject>

class QAction;
class QComboBox;
class QWidget;

namespace atlas {

// The analysis periods as a timeline: previous/next actions and a combo box to pick one. Holds
// the list and the current period, and says when the analyst moves to another one.
class PeriodTimeline : public QObject
{
    Q_OBJECT
public:
    // parent: owns the combo box and the actions (the window that shows them).
    explicit PeriodTimeline(QWidget *parent);

    QAction *previousAction() const { return m_previous; }
    QAction *nextAction() const { return m_next; }
    QComboBox *comboBox() const { return m_combo; }

    QList<Period> periods() const { return m_periods; }
    Period current() const { return m_current; }

    // A new list, each period with the number of its reports. The current period stays when it
    // is still listed; otherwise the newest dated one becomes current without a signal (the
    // caller shows it as part of its refresh).
    void setPeriods(const QList<Period> &periods, const QList<int> &reportCounts);
    // Makes a listed period current; emits currentChanged when that is a change.
    void setCurrent(const Period &period);
    void step(int delta);

Q_SIGNALS:
    void currentChanged(const atlas::Period &period);

private:
    void showCurrent();

    QAction *m_previous;
    QAction *m_next;
    QComboBox *m_combo;
    QList<Period> m_periods;
    Period m_current;
};

} // namespace atlas
