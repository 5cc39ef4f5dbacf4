// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Waymark

// The issue's "done when": a hyperbolic citalopram plan from 20 mg with a 2 mg/mL liquid, each
// step's modelled occupancy and how to measure it, a hold in the middle, and the planned dose on Today.
Item {
    id: root
    width: 1280
    height: 900

    DrugListModel {
        id: drugs
    }
    FormulationModel {
        id: forms
    }

    Loader {
        id: planLoader
        anchors.fill: parent
        active: false
        sourceComponent: PlanPage {
            wide: true
        }
    }
    Loader {
        id: todayLoader
        anchors.fill: parent
        active: false
        sourceComponent: TodayPage {
            wide: true
        }
    }

    TestCase {
        name: "Plan"
        when: windowShown

        property var page: planLoader.item
        property int citalopram: 0

        function initTestCase() {
            if (Session.state !== Session.Unlocked)
                verify(Session.unlock("correct horse battery staple"))
            verify(drugs.addFromLibrary("Citalopram"))
            planLoader.active = true
            verify(page)
            for (const d of page.draft.drugs)
                if (d.name === "Citalopram")
                    citalopram = d.drugId
            verify(citalopram > 0)
            forms.drugId = citalopram
            verify(forms.addLiquid("2", "0.1"))
        }

        function type(objectName, text) {
            const field = findChild(page.createDialog, objectName)
            verify(field, objectName)
            field.forceActiveFocus()
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (const c of text)
                keyClick(c)
            return field
        }

        function card() {
            return findChild(page, "planCard_Citalopram")
        }

        function test_1_disclaimer_and_create_with_preview() {
            const disclaimer = findChild(page, "planDisclaimer")
            verify(disclaimer.visible)
            compare(disclaimer.text, "A plan is something to agree with your prescriber. Waymark does not give medical advice.")
            verify(disclaimer.mapToItem(page, 0, 0).y + disclaimer.height < 640, "visible without scrolling")

            mouseClick(findChild(page, "newPlanButton"))
            tryVerify(() => page.createDialog.opened)
            verify(findChild(page.createDialog, "createDisclaimer").visible)
            page.draft.drugId = citalopram
            compare(page.draft.method, "hyperbolic")
            verify(findChild(page.createDialog, "planFormulations").text.indexOf("2 mg/mL") >= 0)

            type("planStartDose", "abc")
            compare(page.draft.errorField, "startDoseMg")
            verify(findChild(page.createDialog, "planFieldError").visible)
            verify(!findChild(page.createDialog, "savePlanButton").enabled)

            type("planStartDose", "20")
            type("planStartDate", "2025-12-01")
            type("planInterval", "28")
            type("planStepSize", "5")
            compare(page.draft.errorText, "")
            verify(page.draft.valid)
            tryVerify(() => findChild(page.createDialog, "planPreview").count > 5)
            verify(findChild(page.createDialog, "planPreviewSummary").text.indexOf("0 mg from") >= 0)

            const save = findChild(page.createDialog, "savePlanButton")
            verify(save.enabled)
            mouseClick(save)
            tryVerify(() => !page.createDialog.visible)
            tryVerify(() => card() !== null)
        }

        function test_2_each_step_shows_occupancy_and_how_to_measure() {
            const c = card()
            const first = findChild(c, "step_1")
            verify(first)
            compare(findChild(first, "stepDose").text, "20 mg")
            compare(findChild(first, "stepOccupancy").text, "75.2 % occupancy (modelled, S1)")
            const second = findChild(c, "step_2")
            verify(findChild(second, "stepHowTo").text.indexOf("mL of 2 mg/mL") >= 0, findChild(second, "stepHowTo").text)
            verify(findChild(second, "stepOccupancy").text.indexOf("(modelled, S1)") >= 0)
            // 1 Dec + 3 × 28 days: the fourth step is in force on 15 March
            const current = findChild(c, "step_4")
            compare(current.model.status, "current")
            compare(findChild(c, "step_2").model.status, "past")
        }

        function test_3_hold_a_step_in_the_middle() {
            const c = card()
            const nextStart = findChild(c, "step_5").model.start
            mouseClick(findChild(c, "holdButton"))
            const dialog = page.changeDialog
            tryVerify(() => dialog.opened)
            compare(dialog.mode, "hold")
            findChild(dialog, "holdDays").value = 21
            mouseClick(findChild(dialog, "confirmChange"))
            tryVerify(() => !dialog.visible)
            tryVerify(() => card() !== null && findChild(card(), "step_5") !== null)
            const held = findChild(card(), "step_4")
            compare(held.model.status, "current")
            compare(held.model.heldText, "held 21 days longer")
            const moved = new Date(nextStart + "T12:00:00Z") // UTC: no clock change in between
            moved.setUTCDate(moved.getUTCDate() + 21)
            compare(findChild(card(), "step_5").model.start, moved.toISOString().slice(0, 10))
            compare(findChild(card(), "step_3").model.heldDays, 0, "the past stays as it was")
        }

        function test_4_today_offers_the_planned_dose() {
            planLoader.active = false
            todayLoader.active = true
            const today = todayLoader.item
            verify(today)
            const planned = today.controller.plannedDoses.filter(p => p.drugName === "Citalopram")
            compare(planned.length, 1)
            const row = findChild(today, "plannedDose_" + citalopram)
            verify(row)
            const text = findChild(row, "plannedDoseText").text
            verify(text.indexOf("Planned: " + planned[0].amountText) === 0, text)
            // step 4 (about 5.9 mg) cannot be made with 10, 20 or 40 mg tablets in halves: the line
            // shows exactly how the plan makes it, and that uses the liquid
            verify(planned[0].howToMake.indexOf("mL of 2 mg/mL") >= 0, planned[0].howToMake)
            verify(text.indexOf(planned[0].howToMake) > 0, text)
            const before = today.controller.doses.rowCount()
            const button = findChild(today, "takePlanned_" + citalopram)
            verify(button.visible)
            mouseClick(button)
            tryVerify(() => today.controller.doses.rowCount() === before + 1)
            verify(today.controller.plannedDoses.filter(p => p.drugName === "Citalopram")[0].logged)
            todayLoader.active = false
        }
    }
}
