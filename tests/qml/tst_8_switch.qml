// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Waymark

// Switching to diazepam on the Plan page: makeable stages with how to make both drugs, an active
// plan of the drug must be ended or archived first, and Today then shows one planned dose per drug.
Item {
    id: root
    width: 1280
    height: 900

    DrugListModel {
        id: drugs
    }
    PlanDraft {
        id: draft
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
        name: "Switch"
        when: windowShown

        property int alprazolam: 0

        function initTestCase() {
            if (Session.state !== Session.Unlocked)
                verify(Session.unlock("correct horse battery staple"))
            verify(drugs.addFromLibrary("Alprazolam"))
            for (const d of draft.drugs)
                if (d.name === "Alprazolam")
                    alprazolam = d.drugId
            verify(alprazolam > 0)
            // An active alprazolam plan, which the switch would overlap.
            draft.drugId = alprazolam
            draft.method = "linear"
            draft.startDose = "2"
            draft.startDate = "2026-03-01"
            draft.stepSize = "0.25"
            verify(draft.valid, draft.errorText)
            verify(draft.save() > 0)
        }

        function test_1_record_after_choosing_what_happens_to_the_plan() {
            planLoader.active = true
            const page = planLoader.item
            verify(page)
            const card = findChild(page, "planSwitchCard")
            verify(card)
            const sw = card.controller
            sw.drugId = alprazolam
            sw.dose = "2"
            sw.stages = 4
            sw.intervalDays = 14
            compare(sw.errorText, "")
            compare(sw.stagesList.length, 5)
            compare(sw.stagesList[1].fromHowTo, "1 × 1 mg + 1 × 0.5 mg")
            compare(sw.stagesList[1].diazepamHowTo, "1 × 10 mg")
            const overlap = findChild(card, "switchOverlap")
            verify(overlap.visible)
            // (the card may be scrolled out of view: set what the controls set, check the controls follow)
            sw.confirmed = true
            verify(findChild(card, "switchConfirm").checked)
            const record = findChild(card, "recordSwitch")
            verify(!record.enabled, "the plan must be ended or archived first")
            sw.planAction = "end"
            verify(findChild(card, "switchEndPlans").checked)
            tryVerify(() => record.enabled)
            record.clicked()
            tryVerify(() => sw.switches.length === 1)
            verify(!overlap.visible)
            tryVerify(() => findChild(card, "endSwitch_" + sw.switches[0].switchId) !== null)
            planLoader.active = false
        }

        function test_2_today_shows_one_planned_dose_per_drug() {
            todayLoader.active = true
            const today = todayLoader.item
            verify(today)
            const planned = today.controller.plannedDoses.filter(p => p.drugName !== "Citalopram")
            compare(planned.length, 2)
            const names = planned.map(p => p.drugName).sort()
            compare(names[0], "Alprazolam")
            compare(names[1], "Diazepam")
            compare(today.controller.plannedConflict, "")
            const dz = planned.filter(p => p.drugName === "Diazepam")[0]
            compare(dz.amountText, "10 mg")
            const row = findChild(today, "plannedDose_" + dz.drugId)
            verify(row)
            verify(findChild(row, "plannedDoseText").text.indexOf("Planned: 10 mg — 1 × 10 mg") === 0)
            todayLoader.active = false
        }
    }
}
