// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtTest
import Waymark

/**
 * The Undo bar under the Today page, as Main.qml places it: a change made on the page shows it,
 * its buttons and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y take the diary back and forth (read back through
 * a second controller), Ctrl+Z in the note is the note's own, and it fits a phone at 200 %.
 */
Item {
    id: root
    width: 800
    height: 900

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Loader {
            id: loader
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: false
            sourceComponent: TodayPage {
                wide: true
            }
        }
        UndoBar {
            id: bar
            Layout.fillWidth: true
        }
    }

    /** Reads the diary apart from the page. */
    DayController {
        id: reader
        date: "2026-03-15"
        Component.onCompleted: symptoms.onlyUsual = false // every symptom, usual or not
    }

    TestCase {
        name: "UndoBar"
        when: windowShown

        readonly property string passphrase: "correct horse battery staple"
        property var page: loader.item

        function initTestCase() {
            if (Session.state !== Session.Unlocked)
                verify(Session.unlock(passphrase))
            loader.active = true
            verify(page)
            compare(page.controller.date, "2026-03-15")
            findChild(page, "symptomSearch").text = "headache"
            wait(100)
        }

        function cleanup() {
            bar.timeout = 8000
            bar.dismiss()
            if (Preferences.language !== "")
                Preferences.chooseLanguage("")
            Preferences.fontScale = 1
            root.width = 800
        }

        /** The diary's severity of a symptom today, -1 when not rated. */
        function severity(key) {
            const model = reader.symptoms
            for (let row = 0; row < model.rowCount(); ++row) {
                const index = model.index(row, 0)
                if (model.data(index, SymptomRatingModel.KeyRole) === key)
                    return model.data(index, SymptomRatingModel.SeverityRole)
            }
            return -2 // not on the day's list
        }

        function picker(key) {
            const p = findChild(page, "severity_" + key)
            verify(p, "picker for " + key)
            return p
        }

        function rateWithMouse(key, level) {
            wait(50) // the bar may just have appeared and the page become shorter
            const p = picker(key)
            const flick = findChild(page, "todayFlick")
            const at = p.mapToItem(flick.contentItem, 0, 0)
            flick.contentY = Math.max(0, Math.min(at.y - 100, flick.contentHeight - flick.height))
            wait(50)
            mouseClick(p, p.width * (level + 0.5) / 5, p.height / 2)
            tryCompare(p, "value", level)
        }

        /** Clicks a button of the bar once the layouts have placed it (it may just have appeared). */
        function press(button) {
            wait(50)
            verify(button.visible, button.objectName)
            mouseClick(button)
        }

        function buttons() {
            return {
                undo: findChild(bar, "undoBarUndo"),
                redo: findChild(bar, "undoBarRedo"),
                close: findChild(bar, "undoBarClose"),
                text: findChild(bar, "undoBarText")
            }
        }

        function test_0_hidden_until_a_change() {
            bar.dismiss()
            verify(!bar.visible, "nothing said before a change")
            compare(loader.height, root.height, "the page has all the room")
            verify(page.controller.setRating("headache", 1))
            verify(bar.visible)
            wait(50)
            compare(loader.height + bar.height, root.height, "the bar takes its own room, under the page")
            verify(bar.height >= 48)
        }

        function test_1_rate_then_undo_and_redo_from_the_bar() {
            verify(page.controller.clearRating("headache"))
            bar.dismiss()
            const before = severity("headache")
            compare(before, -1)
            rateWithMouse("headache", 3)
            compare(severity("headache"), 3, "rated in the diary")
            const b = buttons()
            tryCompare(bar, "visible", true)
            compare(b.text.text, "Symptom rated")
            compare(b.text.Accessible.role, Accessible.AlertMessage)
            verify(b.undo.visible)
            verify(!b.redo.visible)
            compare(b.undo.Accessible.name, "Undo: Symptom rated")
            verify(!b.undo.activeFocus && !b.close.activeFocus, "the bar does not take the focus")

            press(b.undo)
            compare(severity("headache"), -1, "the diary is back")
            tryCompare(picker("headache"), "value", -1)
            compare(b.text.text, "Undone: Symptom rated")
            verify(b.redo.visible)
            compare(b.redo.Accessible.name, "Redo: Symptom rated")

            press(b.redo)
            compare(severity("headache"), 3, "made again")
            compare(b.text.text, "Redone: Symptom rated")
            verify(!b.redo.visible)
            verify(b.undo.visible)
        }

        function test_2_rapid_changes_one_step_each() {
            const keys = ["headache", "nausea", "brain_zaps"]
            for (const key of keys)
                verify(page.controller.clearRating(key))
            for (let i = 0; i < keys.length; ++i)
                verify(page.controller.setRating(keys[i], i + 1))
            compare(buttons().text.text, "Symptom rated", "the newest change")
            const b = buttons()
            press(b.undo)
            compare(severity("brain_zaps"), -1, "the newest taken back")
            compare(severity("nausea"), 2, "the one before stays")
            compare(severity("headache"), 1)
            verify(b.undo.visible, "Undo goes on to the step before")
            press(b.undo)
            compare(severity("nausea"), -1)
            compare(severity("headache"), 1)
            press(b.undo)
            compare(severity("headache"), -1)
            compare(b.text.text, "Undone: Symptom rated")
        }

        function test_3_keys_when_not_typing() {
            verify(page.controller.clearRating("headache"))
            rateWithMouse("headache", 2)
            const segment = findChild(picker("headache"), "segment2")
            segment.forceActiveFocus(Qt.TabFocusReason)
            verify(!bar.typing)
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(severity("headache"), -1, "Ctrl+Z took the rating back")
            compare(buttons().text.text, "Undone: Symptom rated")
            keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
            compare(severity("headache"), 2, "Ctrl+Shift+Z made it again")
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(severity("headache"), -1)
            keyClick(Qt.Key_Y, Qt.ControlModifier)
            compare(severity("headache"), 2, "Ctrl+Y made it again")
            // with the bar gone the keys still work
            bar.dismiss()
            verify(!bar.visible)
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(severity("headache"), -1)
            verify(bar.visible, "an undo by key shows the bar")
        }

        function test_4_ctrl_z_in_the_note_is_the_notes_own() {
            verify(page.controller.clearRating("headache"))
            verify(page.controller.setRating("headache", 4))
            const undoText = Undo.undoText
            const note = findChild(page, "noteArea")
            const saved = note.text
            note.forceActiveFocus(Qt.TabFocusReason)
            note.cursorPosition = note.length
            verify(bar.typing)
            // nothing typed yet: still the field's keys, never the diary's
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
            keyClick(Qt.Key_Y, Qt.ControlModifier)
            compare(severity("headache"), 4, "the diary's rating stays while the focus is in the note")
            compare(note.text, saved)
            keyClick(Qt.Key_X)
            keyClick(Qt.Key_Y)
            compare(note.text, saved + "xy")
            verify(bar.typing)
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(note.text, saved, "the field's typing was undone")
            compare(severity("headache"), 4, "the diary's rating stays")
            compare(Undo.undoText, undoText)
            keyClick(Qt.Key_Y, Qt.ControlModifier) // the field's redo where Ctrl+Y is the system's Redo
            compare(severity("headache"), 4, "Ctrl+Y in the field does not touch the diary either")
            compare(Undo.undoText, undoText)
            if (note.text !== saved)
                keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(note.text, saved)
            // the same in a one-line field (the symptom search)
            const search = findChild(page, "symptomSearch")
            search.forceActiveFocus(Qt.TabFocusReason)
            verify(bar.typing)
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
            keyClick(Qt.Key_Y, Qt.ControlModifier)
            compare(severity("headache"), 4, "the diary's rating stays while the focus is in the search")
            compare(search.text, "headache")
            // leaving the fields: the Undo keys are the diary's again
            findChild(picker("headache"), "segment4").forceActiveFocus(Qt.TabFocusReason)
            verify(!bar.typing)
            compare(Undo.undoText, undoText, "leaving the note saved nothing")
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(severity("headache"), -1)
        }

        function test_5_goes_after_a_while_unless_held() {
            bar.timeout = 300
            verify(page.controller.setRating("headache", 1))
            verify(bar.visible)
            tryCompare(bar, "visible", false, 3000, "gone after its time")

            verify(page.controller.setRating("headache", 2))
            verify(bar.visible)
            mouseMove(bar, bar.width / 3, bar.height / 2)
            wait(700)
            verify(bar.visible, "held while the pointer is on it")
            mouseMove(root, 10, 10)
            tryCompare(bar, "visible", false, 3000)

            verify(page.controller.setRating("headache", 3))
            const b = buttons()
            b.undo.forceActiveFocus(Qt.TabFocusReason)
            wait(700)
            verify(bar.visible, "held while the keyboard is in it")
            keyClick(Qt.Key_Space)
            compare(severity("headache"), 2, "Space on Undo undid")
            verify(bar.held, "the focus stays in the bar")
            keyClick(Qt.Key_Escape)
            verify(!bar.visible, "Escape closes it")
            verify(!b.undo.activeFocus && !b.redo.activeFocus && !b.close.activeFocus)
        }

        function test_6_fits_a_phone_at_double_size_in_german() {
            root.width = 360
            Preferences.fontScale = 2
            Preferences.chooseLanguage("de")
            wait(100)
            verify(page.controller.setRating("headache", 1))
            verify(page.controller.setRating("headache", 2))
            const b = buttons()
            press(b.undo)
            tryVerify(() => b.text.text.indexOf("Rückgängig gemacht") === 0, 3000, b.text.text)
            wait(100)
            verify(!b.text.truncated)
            verify(!b.close.visible, "no room for ✕ beside Redo and Undo: Escape and the time close it")
            verify(b.undo.mapToItem(bar, 0, 0).y >= b.redo.mapToItem(bar, 0, 0).y + b.redo.height - 1,
                   "Undo under Redo")
            for (const button of [b.redo, b.undo]) {
                verify(button.visible, button.objectName)
                verify(button.width >= 47.5 && button.height >= 47.5, button.objectName + " is a 48 px target")
                verify(!button.contentItem.truncated, button.text)
                const box = button.mapToItem(bar, 0, 0)
                verify(box.x >= 0 && box.x + button.width <= bar.width + 1,
                       button.text + " inside the bar: " + box.x + " + " + button.width + " in " + bar.width)
                verify(box.y >= 0 && box.y + button.height <= bar.height + 1, button.text + " inside the bar's height")
            }
            const t = b.text.mapToItem(bar, 0, 0)
            verify(t.x >= 0 && t.x + b.text.width <= bar.width + 1, "the text inside the bar")
        }
    }
}
