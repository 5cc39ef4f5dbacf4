// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Waymark

/** The Today page from the keyboard: no trap in the note, each symptom one radio group. */
Item {
    id: root
    width: 800
    height: 900

    Loader {
        id: loader
        anchors.fill: parent
        active: false
        sourceComponent: TodayPage {
            wide: true
        }
    }

    FocusRing {
        id: focusRing
        anchors.fill: parent
    }

    // A dialog as the app's are made (AddDoseDialog, the plan dialogs): DialogKeys gives Enter.
    Dialog {
        id: dialog
        property int saves: 0
        property int cancels: 0
        modal: true
        closePolicy: Popup.CloseOnEscape
        anchors.centerIn: parent
        DialogKeys {
            dialog: dialog
            onSaved: { dialog.saves++; dialog.close() }
        }
        Column {
            TextField { id: field; objectName: "dialogField" }
            TextArea { id: area; objectName: "dialogArea" }
            Button { id: cancel; text: "Cancel"; onClicked: { dialog.cancels++; dialog.close() } }
        }
    }

    TestCase {
        name: "Keyboard"
        when: windowShown

        readonly property string passphrase: "correct horse battery staple"
        property var page: loader.item

        function initTestCase() {
            if (Session.state !== Session.Unlocked)
                verify(Session.unlock(passphrase))
            loader.active = true
            verify(page)
            wait(100)
        }

        function segments(picker) {
            const list = []
            for (let i = 0; i < picker.labels.length; ++i) {
                const s = findChild(picker, "segment" + i)
                verify(s, "segment " + i)
                list.push(s)
            }
            return list
        }

        function test_1_tab_leaves_the_note() {
            const note = findChild(page, "noteArea")
            note.text = ""
            note.forceActiveFocus(Qt.TabFocusReason)
            verify(note.activeFocus)
            keyClick(Qt.Key_Tab)
            verify(!note.activeFocus, "Tab moves on from the note")
            compare(note.text.indexOf("\t"), -1, "no tab character typed")
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier)
            verify(note.activeFocus, "Shift+Tab comes back")
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier)
            verify(!note.activeFocus, "and leaves it backwards")
        }

        function test_2_each_symptom_is_one_radio_group() {
            const search = findChild(page, "symptomSearch")
            search.text = "headache"
            wait(50)
            const picker = findChild(page, "severity_headache")
            verify(picker)
            page.controller.clearRating("headache")
            tryCompare(picker, "value", -1)
            let list = segments(picker)
            compare(list.filter(s => s.activeFocusOnTab).length, 1, "one Tab stop per symptom")
            verify(list[0].activeFocusOnTab, "not rated: the first level takes Tab")
            compare(list.filter(s => s.checked).length, 0, "not rated: nothing checked")

            list[0].forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Right)
            verify(list[1].activeFocus, "Right moves to Mild")
            compare(picker.value, -1, "moving does not rate")
            keyClick(Qt.Key_Space)
            tryCompare(picker, "value", 1)
            verify(list[1].checked, "Mild is the checked radio button")
            verify(!list[0].checked)
            keyClick(Qt.Key_End)
            verify(list[4].activeFocus)
            keyClick(Qt.Key_Left)
            verify(list[3].activeFocus)
            keyClick(Qt.Key_Return)
            tryCompare(picker, "value", 3)
            list = segments(picker)
            compare(list.filter(s => s.checked).length, 1)
            verify(list[3].checked && list[3].activeFocusOnTab, "the chosen level is the Tab stop")

            keyClick(Qt.Key_Tab)
            verify(!list.some(s => s.activeFocus), "Tab leaves the symptom in one step")
            page.controller.clearRating("headache")
            search.text = ""
        }

        function test_4_enter_saves_a_dialog_escape_cancels() {
            dialog.saves = 0
            dialog.cancels = 0
            dialog.open()
            tryCompare(dialog, "opened", true)
            field.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "visible", false)
            compare(dialog.saves, 1, "Enter in a field saves")

            dialog.open()
            tryCompare(dialog, "opened", true)
            area.forceActiveFocus(Qt.TabFocusReason)
            area.text = ""
            keyClick(Qt.Key_Return)
            compare(dialog.saves, 1, "Enter in a note makes a new line")
            compare(area.text, "\n")
            cancel.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Enter)
            tryCompare(dialog, "visible", false)
            compare(dialog.cancels, 1, "Enter on a button presses that button")
            compare(dialog.saves, 1)

            dialog.open()
            tryCompare(dialog, "opened", true)
            field.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
            compare(dialog.saves, 1, "Escape does not save")
        }

        function test_3_focus_is_visible_and_in_view() {
            const flick = findChild(page, "todayFlick")
            flick.contentY = flick.originY
            wait(50)
            // the last symptom's picker, far below the visible part of the page
            const pickers = []
            for (const key of ["suicidal_thoughts", "seizure", "headache"]) {
                const p = findChild(page, "severity_" + key)
                if (p)
                    pickers.push(p)
            }
            verify(pickers.length > 0)
            const target = findChild(pickers[0], "segment0")
            const before = target.mapToItem(flick, 0, 0).y
            verify(before > flick.height, "starts out of view: " + before)
            target.forceActiveFocus(Qt.TabFocusReason)
            tryVerify(() => focusRing.showing, 1000, "a ring shows where the keyboard focus is")
            tryVerify(() => {
                const y = target.mapToItem(flick, 0, 0).y
                return y >= 0 && y + target.height <= flick.height
            }, 1000, "the page scrolled to the focused control")
            target.focus = false
            page.forceActiveFocus(Qt.MouseFocusReason)
            tryVerify(() => !focusRing.showing, 1000, "no ring without keyboard focus")
        }
    }
}
