// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Waymark

Item {
    id: root
    width: 800
    height: 700

    HistoryPage {
        id: page
        anchors.fill: parent
    }

    DayController {
        id: day
    }

    SignalSpy {
        id: opened
        target: page
        signalName: "openDay"
    }

    TestCase {
        name: "History"
        when: windowShown

        function initTestCase() {
            if (Session.state !== Session.Unlocked)
                verify(Session.unlock("correct horse battery staple"))
        }

        function test_1_lists_logged_days() {
            const list = findChild(page, "historyList")
            tryVerify(() => list.count >= 2, 1000, "today and yesterday were logged")
            const row = findChild(page, "historyRow_2026-03-15")
            verify(row, "today's row")
            mouseClick(row)
            compare(opened.count, 1)
            compare(opened.signalArguments[0][0], "2026-03-15")
        }

        function test_2_new_day_appears() {
            const list = findChild(page, "historyList")
            const before = list.count
            day.date = "2026-01-02"
            verify(day.setSleepHours(7.5))
            compare(list.count, before + 1)
            verify(day.setSleepHours(-1))
            compare(list.count, before, "an emptied day leaves the list")
        }
    }
}
