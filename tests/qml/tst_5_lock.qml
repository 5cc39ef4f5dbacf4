// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Waymark

Item {
    id: root
    width: 800
    height: 600

    NavRail {
        id: rail
        height: parent.height
        pages: ["Today", "History", "Settings"]
    }

    DayController {
        id: day
    }

    TestCase {
        name: "Lock"
        when: windowShown

        function test_lock_now_closes_the_diary() {
            if (Session.state !== Session.Unlocked)
                verify(Session.unlock("correct horse battery staple"))
            verify(day.setWellbeing(8))
            mouseClick(findChild(rail, "lockButton"))
            compare(Session.state, Session.Locked)
            compare(day.wellbeing, -1, "nothing of the diary stays on screen")
            verify(Session.unlock("correct horse battery staple"))
            compare(day.wellbeing, 8)
        }
    }
}
