// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Waymark

Item {
    id: root
    width: 800
    height: 900

    DrugListModel {
        id: drugs
    }

    Loader {
        id: loader
        anchors.fill: parent
        active: false
        sourceComponent: TodayPage {
            wide: true
        }
    }

    TestCase {
        name: "Today"
        when: windowShown

        readonly property string passphrase: "correct horse battery staple"
        property var page: loader.item

        function initTestCase() {
            if (Session.state !== Session.Unlocked)
                verify(Session.unlock(passphrase))
            loader.active = true
            verify(page)
        }

        function flickTo(item) {
            wait(50) // let the layouts settle (a safety card may just have appeared)
            const flick = findChild(page, "todayFlick")
            const p = item.mapToItem(flick.contentItem, 0, 0)
            flick.contentY = Math.max(0, Math.min(p.y - 100, flick.contentHeight - flick.height))
            wait(20)
        }

        function pick(key, severity) {
            const picker = findChild(page, "severity_" + key)
            verify(picker, "picker for " + key)
            flickTo(picker)
            mouseClick(picker, picker.width * (severity + 0.5) / 5, picker.height / 2)
            return picker
        }

        function test_1_rating_persists_after_reload() {
            compare(page.controller.date, "2026-03-15")
            const search = findChild(page, "symptomSearch")
            search.text = "headache"
            let picker = pick("headache", 3)
            compare(picker.value, 3)
            page.controller.previousDay()
            compare(page.controller.date, "2026-03-14")
            page.controller.nextDay()
            picker = findChild(page, "severity_headache")
            compare(picker.value, 3, "the rating was saved in the diary")
            search.text = ""
        }

        function test_2_usual_dose() {
            verify(drugs.addFromLibrary("Sertraline"))
            const drugId = drugs.data(drugs.index(0, 0), DrugListModel.IdRole)
            // yesterday's dose makes today's "usual"
            page.controller.previousDay()
            compare(page.controller.addDose(drugId, "50", "08:00", "", false), "ok")
            page.controller.nextDay()
            const button = findChild(page, "usualDose_" + drugId)
            verify(button, "one-tap button for the usual dose")
            verify(button.visible)
            flickTo(button)
            mouseClick(button)
            compare(page.controller.doses.rowCount(), 1)
            compare(page.controller.doses.data(page.controller.doses.index(0, 0), DoseListModel.MgRole), 50)
            // the list of usual doses is rebuilt: the button is replaced by "Logged"
            tryVerify(() => { const b = findChild(page, "usualDose_" + drugId); return b && !b.visible })
        }

        function test_3_add_dose_rejects_bad_amount() {
            const drugId = page.controller.drugs[0].drugId
            compare(page.controller.addDose(drugId, "fifty", "", "", false), "error")
            compare(page.controller.errorField, "mg")
            compare(page.controller.addDose(drugId, "5000", "", "", false), "confirm")
            verify(page.controller.confirmText.length > 0)
            compare(page.controller.doses.rowCount(), 1, "nothing saved before confirmation")
        }

        function test_3b_add_dose_dialog_asks_before_a_large_dose() {
            const before = page.controller.doses.rowCount()
            const button = findChild(page, "addDoseButton")
            flickTo(button)
            mouseClick(button)
            const dialog = findChild(page, "addDoseDialog")
            tryCompare(dialog, "opened", true)
            const amount = findChild(dialog.contentItem, "doseAmount")
            amount.text = "lots"
            mouseClick(findChild(dialog.footer, "saveDose"))
            verify(dialog.visible, "stays open on a wrong amount")
            compare(page.controller.errorField, "mg")
            amount.text = "5000"
            mouseClick(findChild(dialog.footer, "saveDose"))
            const confirm = dialog.confirmDialog
            tryCompare(confirm, "opened", true)
            compare(page.controller.doses.rowCount(), before, "nothing saved before the answer")
            mouseClick(findChild(confirm.footer, "confirmLargeYes"))
            tryCompare(dialog, "visible", false)
            compare(page.controller.doses.rowCount(), before + 1)
            page.controller.deleteDose(page.controller.doses.data(page.controller.doses.index(before, 0), DoseListModel.IdRole))
        }

        function test_4_safety_card_at_moderate_not_mild() {
            const search = findChild(page, "symptomSearch")
            search.text = "suicide"
            pick("suicidal_thoughts", 1)
            compare(page.controller.safetyAlerts.length, 0)
            verify(!findChild(page, "safetyCard"), "no card at mild")
            pick("suicidal_thoughts", 2)
            compare(page.controller.safetyAlerts.length, 1)
            const card = findChild(page, "safetyCard")
            verify(card, "card at moderate")
            const message = findChild(card, "safetyMessage")
            verify(message.text.indexOf("as moderate. Please contact your prescriber") > 0, message.text)
            pick("suicidal_thoughts", 0)
            compare(page.controller.safetyAlerts.length, 0)
            tryVerify(() => !findChild(page, "safetyCard"))
            search.text = ""
        }

        function test_5_wellbeing_and_note() {
            const picker = findChild(page, "wellbeingPicker")
            flickTo(picker)
            mouseClick(picker, picker.width * 6.5 / 11, picker.height / 2)
            compare(page.controller.wellbeing, 6)
            const note = findChild(page, "noteArea")
            note.text = "A quieter day."
            page.saveNote()
            compare(page.controller.note, "A quieter day.")
        }

        function test_6_sleep_follows_the_day() {
            const spin = findChild(page, "sleepSpin")
            flickTo(spin)
            spin.increase()
            spin.valueModified()
            compare(page.controller.sleepHours, 0.5)
            spin.increase()
            spin.valueModified()
            compare(page.controller.sleepHours, 1)
            page.controller.previousDay()
            compare(spin.value, 0, "an unrecorded day shows no sleep")
            page.controller.nextDay()
            compare(spin.value, 2)
            compare(findChild(page, "noteArea").text, "A quieter day.")
        }
    }
}
