// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
// The period timeline and the recent-items list on their own, without a window.
#include "periodtimeline.h"
#include "recentitems.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace atlas;

namespace {
Period week(int day)
{
    return Period{QDate(2026, 5, day), QDate(2026, 5, day + 7)};
}
} // namespace

class TestPeriodTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void picksTheNewestDatedPeriodAndKeepsTheCurrentOne()
    {
        QWidget host;
        PeriodTimeline t(&host);
        QSignalSpy changed(&t, &PeriodTimeline::currentChanged);
        QVERIFY(!t.previousAction()->isEnabled());
        QVERIFY(!t.nextAction()->isEnabled());

        t.setPeriods({week(1), week(8), week(15), Period{}}, {5, 4, 3, 1});
        QCOMPARE(t.current(), week(15)); // newest dated, not the undated group at the end
        QCOMPARE(changed.count(), 0);    // a new list is the caller's refresh, not a pick
        QCOMPARE(t.comboBox()->count(), 4);
        QCOMPARE(t.comboBox()->currentIndex(), 2);
        QVERIFY(t.comboBox()->itemText(0).contains(QStringLiteral("5 report(s)")));
        QVERIFY(t.previousAction()->isEnabled());
        QVERIFY(t.nextAction()->isEnabled()); // the undated group comes after

        t.setCurrent(week(1));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Period>(), week(1));
        QVERIFY(!t.previousAction()->isEnabled());
        // A new week arrives: the analyst stays where they were.
        t.setPeriods({week(1), week(8), week(15), week(22)}, {5, 4, 3, 2});
        QCOMPARE(t.current(), week(1));
        QCOMPARE(t.comboBox()->currentIndex(), 0);
        // Their week disappears: the newest one is shown.
        t.setPeriods({week(8), week(15), week(22)}, {4, 3, 2});
        QCOMPARE(t.current(), week(22));
        QVERIFY(!t.nextAction()->isEnabled());
    }

    void stepsComboAndActionsMoveTogether()
    {
        QWidget host;
        PeriodTimeline t(&host);
        t.setPeriods({week(1), week(8), week(15)}, {1, 1, 1});
        QSignalSpy changed(&t, &PeriodTimeline::currentChanged);
        t.previousAction()->trigger();
        QCOMPARE(t.current(), week(8));
        t.step(-5); // out of range: nothing
        QCOMPARE(t.current(), week(8));
        t.comboBox()->setCurrentIndex(0);
        QCOMPARE(t.current(), week(1));
        t.nextAction()->trigger();
        QCOMPARE(t.current(), week(8));
        t.setCurrent(week(8)); // no change, no signal
        t.setCurrent(week(29)); // not listed: ignored
        QCOMPARE(t.current(), week(8));
        QCOMPARE(changed.count(), 3);
    }

    void recentItemsAreNewestFirstBoundedAndEscaped()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QMenu menu;
        RecentItems recent(&settings, &menu);
        QVERIFY(!menu.isEnabled());
        recent.add({QStringLiteral("/a"), QStringLiteral("/b")});
        recent.add({QStringLiteral("/a")});
        QCOMPARE(recent.paths(), (QStringList{QStringLiteral("/a"), QStringLiteral("/b")}));
        for (int i = 0; i < 15; ++i)
            recent.add({QStringLiteral("/r&d/%1").arg(i)});
        QCOMPARE(recent.paths().size(), RecentItems::maxItems);
        QCOMPARE(recent.paths().first(), QStringLiteral("/r&d/14"));
        // One entry per path plus separator and "Clear List"; & doubled so it is no mnemonic.
        QCOMPARE(menu.actions().size(), RecentItems::maxItems + 2);
        QCOMPARE(menu.actions().first()->text(), QStringLiteral("&1 /r&&d/14"));
        QSignalSpy open(&recent, &RecentItems::openRequested);
        menu.actions().at(1)->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("/r&d/13"));
        menu.actions().last()->trigger(); // Clear List
        QVERIFY(recent.paths().isEmpty());
        QVERIFY(!menu.isEnabled());
    }
};

QTEST_MAIN(TestPeriodTimeline)
#include "test_periodtimeline.moc"
