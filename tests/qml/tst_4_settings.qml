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
    DrugListModel {
        id: drugList
    }
    FormulationModel {
        id: formList
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
            compare(Preferences.crisisNumber, "116 123")
            verify(day.setRating("akathisia", 3))
            const card = Qt.createQmlObject('import Waymark; SafetyCard { symptomName: "Akathisia"; severityName: "severe" }', root)
            verify(findChild(card, "safetyMessage").text.indexOf("call 116 123 or your local emergency number") > 0)
            card.destroy()
        }

        function test_1b_a_new_crisis_number_can_be_undone() {
            const field = findChild(page, "crisisNumber")
            field.forceActiveFocus()
            field.text = "0800 111"
            field.editingFinished()
            compare(Preferences.crisisNumber, "0800 111")
            compare(Undo.undoText, "Crisis line number changed")
            page.forceActiveFocus() // the person left the field
            Undo.undo()
            compare(Preferences.crisisNumber, "116 123")
            compare(field.text, "116 123", "the field shows the number back")
            Undo.redo()
            compare(field.text, "0800 111")
            Undo.undo()
        }

        function test_2_autolock_choice() {
            const combo = findChild(page, "autolockChoice")
            compare(combo.currentValue, 5)
            combo.currentIndex = combo.indexOfValue(15)
            combo.activated(combo.currentIndex)
            compare(Preferences.autolockMinutes, 15)
        }

        function test_2b_lock_when_hidden_choice() {
            const choice = findChild(page, "lockWhenHidden")
            compare(choice.checked, false)
            choice.toggle()
            choice.toggled()
            compare(Preferences.lockWhenHidden, true)
            compare(choice.checked, true)
            choice.toggle()
            choice.toggled()
            compare(Preferences.lockWhenHidden, false)
        }

        function test_3_wrong_current_passphrase() {
            findChild(page, "currentPassphrase").text = "not the passphrase"
            findChild(page, "newPassphrase").text = "a brand new passphrase"
            findChild(page, "againPassphrase").text = "a brand new passphrase"
            findChild(page, "changePassphrase").clicked()
            compare(findChild(page, "currentError").text, "That is not the current passphrase.")
        }

        /** Scrolls the page so that item is in the window (clicks land on what a person sees). */
        function reveal(item) {
            const flick = findChild(page, "settingsFlick")
            const y = item.mapToItem(flick.contentItem, 0, 0).y
            flick.contentY = Math.max(0, Math.min(y - 100, flick.contentHeight - flick.height))
            wait(20)
            return item
        }

        function drugId(name) {
            for (let i = 0; i < drugList.count; ++i) {
                const idx = drugList.index(i, 0)
                if (drugList.data(idx, DrugListModel.NameRole) === name)
                    return drugList.data(idx, DrugListModel.IdRole)
            }
            return 0
        }

        // Adding a medicine asks the dose taken now and which forms the person has.
        function test_4_add_a_medicine_with_the_dose_now_and_the_forms_I_have() {
            const form = findChild(page, "medicineAddForm")
            const choice = findChild(form, "medicineChoice")
            choice.currentIndex = choice.find("Escitalopram")
            choice.activated(choice.currentIndex)
            // 5, 10, 20 mg tablets ticked; the 1 mg/mL and 20 mg/mL liquids offered, not ticked
            tryVerify(() => findChild(form, "newForm_4") !== null)
            compare(findChild(form, "newForm_0").text.indexOf("5 mg tablet"), 0)
            verify(findChild(form, "newForm_0").checked)
            compare(findChild(form, "newForm_3").text.indexOf("1 mg/mL liquid"), 0)
            verify(!findChild(form, "newForm_3").checked)

            // without the dose taken now nothing is added, and the message is beside the field
            mouseClick(reveal(findChild(form, "addMedicine")))
            verify(findChild(form, "newDoseNowError").visible)
            verify(findChild(form, "newDoseNowError").text.indexOf("0 if you do not take it now") >= 0)
            compare(drugId("Escitalopram"), 0)

            const dose = reveal(findChild(form, "newDoseNow"))
            dose.forceActiveFocus()
            keyClick(Qt.Key_1); keyClick(Qt.Key_5)
            mouseClick(reveal(findChild(form, "newForm_0")))   // no 5 mg tablets
            mouseClick(reveal(findChild(form, "newForm_3")))   // the 1 mg/mL liquid
            verify(!findChild(form, "newForm_0").checked)
            mouseClick(reveal(findChild(form, "addMedicine")))
            tryVerify(() => drugId("Escitalopram") > 0)
            formList.drugId = drugId("Escitalopram")
            const shown = []
            for (let i = 0; i < formList.count; ++i) {
                const idx = formList.index(i, 0)
                if (!formList.data(idx, FormulationModel.HiddenRole))
                    shown.push(formList.data(idx, FormulationModel.LabelRole))
            }
            compare(shown, ["10 mg tablet (halves)", "20 mg tablet (halves)", "1 mg/mL liquid (syringe 0.1 mL)"])
            compare(findChild(form, "newDoseNow").text, "", "the form is ready for the next medicine")

            const editor = findChild(page, "drugEditor_Escitalopram")
            verify(editor)
            compare(findChild(editor, "doseNowText").text, "Dose you take now: 15 mg a day (you said on 15 Mar 2026)")
            verify(findChild(editor, "drugDetail").text.indexOf("half-life 27-32 h (product labelling, S5)") >= 0)
        }

        // The occupancy fit is the person's to edit, with its source.
        function test_5_edit_the_occupancy_fit() {
            const editor = findChild(page, "drugEditor_Escitalopram")
            mouseClick(reveal(findChild(editor, "formsButton")))
            const fitText = findChild(editor, "fitText")
            tryVerify(() => fitText.visible)
            verify(fitText.text.indexOf("from S1 (Sørensen et al. 2022") >= 0, fitText.text)
            const ed50 = reveal(findChild(editor, "ed50Field"))
            ed50.forceActiveFocus()
            ed50.selectAll()
            keyClick(Qt.Key_Delete)
            keyClick(Qt.Key_0)
            mouseClick(reveal(findChild(editor, "fitSave")))
            verify(findChild(editor, "fitError").visible)
            compare(findChild(editor, "fitError").text, "ED50 is a dose in mg above 0 and at most 1000.")
            ed50.forceActiveFocus()
            ed50.selectAll()
            keyClick(Qt.Key_Delete)
            keyClick(Qt.Key_1)
            mouseClick(reveal(findChild(editor, "fitSave")))
            tryVerify(() => findChild(editor, "fitText").text.indexOf("your values") >= 0)
            verify(!findChild(editor, "fitError").visible)
            const back = findChild(editor, "fitLibrary")
            verify(back.visible)
            mouseClick(reveal(back))
            tryVerify(() => findChild(editor, "fitText").text.indexOf("from S1") >= 0)
            compare(findChild(editor, "ed50Field").text, "0.66")
        }

        function typeInto(field, text) {
            field.forceActiveFocus()
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        // The times of day a medicine is taken, with the amount at each: typed, checked beside the
        // field, saved (the dose now becomes their total) and undone.
        function test_6_dose_times_of_a_medicine() {
            const editor = findChild(page, "drugEditor_Escitalopram")
            const button = findChild(editor, "formsButton")
            if (!button.checked)
                mouseClick(reveal(button))
            const add = reveal(findChild(editor, "doseTimeAdd"))
            mouseClick(add)
            mouseClick(add)
            const first = findChild(editor, "doseTimeRow_0")
            const second = findChild(editor, "doseTimeRow_1")
            verify(first && second)
            typeInto(reveal(findChild(first, "doseTimeField")), "25:00")
            typeInto(findChild(first, "doseTimeMgField"), "10")
            typeInto(findChild(second, "doseTimeField"), "20:00")
            typeInto(findChild(second, "doseTimeMgField"), "5")
            mouseClick(reveal(findChild(editor, "doseTimesSave")))
            const error = findChild(editor, "doseTimesError")
            tryVerify(() => error.visible)
            verify(error.text.indexOf("Dose time 1") === 0, error.text)
            typeInto(reveal(findChild(first, "doseTimeField")), "8am")
            verify(!error.visible, "typing clears the message")
            compare(findChild(editor, "doseTimesTotal").text, "Adds up to 15 mg a day at 2 times.")
            mouseClick(reveal(findChild(editor, "doseTimesSave")))
            const saved = findChild(editor, "doseTimesText")
            tryVerify(() => saved.visible)
            compare(saved.text, "Times of day: 08:00 10 mg · 20:00 5 mg")
            compare(findChild(findChild(editor, "doseTimeRow_0"), "doseTimeField").text, "08:00")
            verify(!error.visible)
            // One undo step takes the times back; the editor follows.
            Undo.undo()
            tryVerify(() => !saved.visible)
            tryVerify(() => findChild(editor, "doseTimeRow_0") === null)
        }

        /** Narrow (a phone), wide, then back: each a rearrange of every layout on the page. */
        function narrowAndWiden() {
            for (const width of [360, 1400, 800]) {
                root.width = width
                wait(50)
            }
        }

        // Qt 6.4: a Repeater straight inside a Layout whose model changes can leave the layout
        // holding a deleted row, read on the next resize (docs/ARCHITECTURE.md). Dose times, the
        // medicines and the symptom list come and go at once, then the window narrows and widens.
        function test_7_lists_change_then_the_window_narrows() {
            const editor = findChild(page, "drugEditor_Escitalopram")
            const button = findChild(editor, "formsButton")
            if (!button.checked)
                mouseClick(reveal(button))
            const showSymptoms = findChild(page, "showSymptomList")
            const medicines = drugList.count
            for (let round = 0; round < 3; ++round) {
                // two dose times added and both removed at once
                const add = findChild(editor, "doseTimeAdd")
                add.clicked()
                add.clicked()
                verify(findChild(editor, "doseTimeRow_1") !== null)
                findChild(findChild(editor, "doseTimeRow_1"), "doseTimeRemove").clicked()
                findChild(findChild(editor, "doseTimeRow_0"), "doseTimeRemove").clicked()
                narrowAndWiden()
                tryVerify(() => findChild(editor, "doseTimeRow_0") === null)
                // the symptom list shown and hidden at once
                showSymptoms.checked = true
                showSymptoms.checked = false
                narrowAndWiden()
                showSymptoms.checked = true
                narrowAndWiden()
                showSymptoms.checked = false
                // a medicine added and taken back at once
                verify(drugList.addCustom("Repeater test " + round, "SSRI"))
                compare(drugList.count, medicines + 1)
                verify(Undo.undo())
                compare(drugList.count, medicines)
                narrowAndWiden()
            }
        }

        function test_9_the_language_changes_at_once_and_back() {
            const choice = findChild(page, "languageChoice")
            compare(choice.accessibleName, "Language")
            Preferences.chooseLanguage("de")
            compare(Preferences.language, "de")
            // the page's own text is German without a restart (QQmlEngine::retranslate)
            tryCompare(choice, "accessibleName", "Sprache")
            compare(choice.value, 2, "Deutsch is the chosen language")
            compare(qsTranslate("SettingsPage", "Appearance"), "Darstellung")
            // and a symptom name from the catalogue follows the language too
            const symptoms = Qt.createQmlObject('import Waymark; SymptomListModel {}', root)
            verify(symptoms.groupNames.indexOf("Schlaf") >= 0)
            symptoms.destroy()
            Preferences.chooseLanguage("")
            compare(Preferences.language, "")
            tryCompare(choice, "accessibleName", "Language")
        }
    }
}
