// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Waymark

Item {
    id: root
    width: 800
    height: 900

    SettingsPage {
        id: page
        anchors.fill: parent
    }

    DayController {
        id: day
    }

    TestCase {
        name: "Settings"
        when: windowShown

        function initTestCase() {
            if (Session.state !== Session.Unlocked)
                verify(Session.unlock("correct horse battery staple"))
        }

        function test_1_crisis_number_reaches_the_safety_card() {
            const field = findChild(page, "crisisNumber")
            field.forceActiveFocus()
            field.text = "116 123"
            field.editingFinished()
            compare(Session.crisisNumber, "116 123")
            verify(day.setRating("akathisia", 3))
            const card = Qt.createQmlObject('import Waymark; SafetyCard { symptomName: "Akathisia"; severityName: "severe" }', root)
            verify(findChild(card, "safetyMessage").text.indexOf("call 116 123 or your local emergency number") > 0)
            card.destroy()
        }

        function test_2_autolock_choice() {
            const combo = findChild(page, "autolockChoice")
            compare(combo.currentValue, 5)
            combo.currentIndex = combo.indexOfValue(15)
            combo.activated(combo.currentIndex)
            compare(Session.autolockMinutes, 15)
        }

        function test_3_wrong_current_passphrase() {
            findChild(page, "currentPassphrase").text = "not the passphrase"
            findChild(page, "newPassphrase").text = "a brand new passphrase"
            findChild(page, "againPassphrase").text = "a brand new passphrase"
            findChild(page, "changePassphrase").clicked()
            compare(findChild(page, "currentError").text, "That is not the current passphrase.")
        }
    }
}
