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

    // A History page first laid out at zero width, as in the main window's StackLayout before
    // its first visit.
    Item {
        id: hiddenHost
        width: 0
        height: 700
        HistoryPage {
            id: hiddenPage
            anchors.fill: parent
        }
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

        // The note mark sits after the date, never over it, also when the page was built before
        // it had a width (the first visit to History in the app).
        function test_3_note_mark_beside_the_date() {
            day.date = "2026-03-15"
            verify(day.saveNote("A note for the layout test"))
            hiddenHost.width = 800
            const list = findChild(hiddenPage, "historyList")
            tryVerify(() => list.count >= 1)
            waitForRendering(hiddenPage)
            const date = findChild(hiddenPage, "historyDate_2026-03-15")
            const mark = findChild(hiddenPage, "historyNoteMark_2026-03-15")
            verify(date && mark, "the row shows its date and its note mark")
            verify(mark.visible)
            const dateRight = date.mapToItem(hiddenHost, date.width, 0).x
            const markLeft = mark.mapToItem(hiddenHost, 0, 0).x
            verify(markLeft >= dateRight, "note mark at " + markLeft + " starts after the date ending at " + dateRight)
            verify(day.saveNote(""))
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

        // A day never rated is not a day without symptoms.
        function test_4_not_rated_is_not_no_symptoms() {
            day.date = "2026-01-03"
            verify(day.setSleepHours(7.25))
            const list = findChild(page, "historyList")
            list.positionViewAtEnd()
            tryVerify(() => findChild(page, "historySymptoms_2026-01-03") !== null)
            const symptoms = findChild(page, "historySymptoms_2026-01-03")
            compare(symptoms.text, "symptoms not rated")
            verify(day.rateNoSymptoms())
            tryCompare(symptoms, "text", "no symptoms")
            verify(day.setRating("headache", 2))
            tryCompare(symptoms, "text", "1 symptom (load 2)")
        }
    }
}
