// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** One medicine in Settings: show/hide it, the dose taken now, the times of day it is taken (amount
 *  at each), its forms (tablets, capsules, liquids) and its modelled effect on the serotonin transporter (the person's to edit), each with its source. */
ColumnLayout {
    id: root
    required property var model
    /** The DrugListModel the row belongs to (for its actions and errors). */
    required property DrugListModel medicines
    spacing: 4

    objectName: "drugEditor_" + model.name

    FormulationModel {
        id: forms
        drugId: root.model.drugId
    }

    // the name above its button and switch when they do not fit beside it (a phone with large text)
    LabelledRow {
        id: heading
        text: root.model.name
        bold: true
        textColor: root.model.hidden ? Theme.textSoft : Theme.text
        controlAtEnd: true
        Row {
            spacing: Theme.gap
            WrapButton {
                flat: true
                checkable: true
                id: expand
                objectName: "formsButton"
                width: Math.min(implicitWidth, heading.width - showSwitch.width - parent.spacing)
                anchors.verticalCenter: parent.verticalCenter
                text: checked ? qsTr("Done") : qsTr("Edit (%1 forms)").arg(forms.count)
                Accessible.name: qsTr("Dose, forms and model of %1").arg(root.model.name)
            }
            Switch {
                id: showSwitch
                anchors.verticalCenter: parent.verticalCenter
                checked: !root.model.hidden
                Accessible.name: qsTr("Show %1").arg(root.model.name)
                onToggled: root.medicines.setHidden(root.model.drugId, !checked)
            }
        }
    }

    Label {
        objectName: "drugDetail"
        text: root.model.detail + (root.model.hidden ? qsTr(" · hidden") : "")
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "doseNowText"
        text: root.model.doseNowText
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "doseTimesText"
        visible: root.model.doseTimes.length > 0
        text: root.model.doseTimesText
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }

    // the dose times being edited (copied from the diary when the editor opens and after each save)
    ListModel { id: timesModel }
    property int timesRevision: 0
    /** The diary's dose times when they were last copied into the editor (an undo changes them). */
    property string loadedTimes: ""
    readonly property var savedTimes: root.model.doseTimes
    onSavedTimesChanged: if (expand.checked && JSON.stringify(root.savedTimes) !== root.loadedTimes) root.loadTimes()
    function loadTimes() {
        timesModel.clear()
        const saved = root.model.doseTimes
        root.loadedTimes = JSON.stringify(saved)
        for (let i = 0; i < saved.length; ++i)
            timesModel.append({ time: saved[i].time, mg: saved[i].mg })
        root.timesRevision++
    }
    function timesRows() {
        const rows = []
        for (let i = 0; i < timesModel.count; ++i)
            rows.push({ time: timesModel.get(i).time, mg: timesModel.get(i).mg })
        return rows
    }
    /** The last save of these times was refused: its message shows beside them until the next edit. */
    property bool timesRefused: false
    function timesEdited() {
        root.timesRevision++
        if (root.timesRefused)
            root.medicines.error.clear()
        root.timesRefused = false
    }
    Connections {
        target: expand
        function onCheckedChanged() { if (expand.checked) root.loadTimes() }
    }

    ColumnLayout {
        id: details
        visible: expand.checked
        Layout.fillWidth: true
        Layout.leftMargin: Theme.gap
        spacing: 4

        // ---- the dose taken now
        Label {
            text: qsTr("Dose you take now (mg a day)")
            color: Theme.text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Flow { // the button under the field when both do not fit (a phone with large text)
            id: doseNowRow
            Layout.fillWidth: true
            spacing: Theme.gap
            TextField {
                id: doseNow
                implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                objectName: "doseNowField"
                width: Math.min(Theme.scaled(90), doseNowRow.width)
                text: root.model.doseNowMg
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: qsTr("Dose of %1 you take now, mg a day").arg(root.model.name)
                onTextEdited: root.medicines.error.clear()
            }
            WrapButton {
                objectName: "doseNowSave"
                width: Math.min(implicitWidth, doseNowRow.width)
                text: qsTr("Save")
                enabled: doseNow.text !== root.model.doseNowMg
                onClicked: root.medicines.setDoseNow(root.model.drugId, doseNow.text)
            }
        }
        InlineError {
            objectName: "doseNowError"
            text: root.medicines.errorDrugId === root.model.drugId && root.medicines.error.field === "doseNow" ? root.medicines.error.text : ""
        }

        // ---- the times of day
        Label {
            text: qsTr("Times of day you take it")
            color: Theme.text
            font.weight: Font.DemiBold
            Layout.topMargin: Theme.gap
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("With several times, Today offers each one to log and a plan can cut one time at a time. None: one usual dose a day.")
            color: Theme.textSoft
            font.pixelSize: Theme.smallSize
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
        Column {
            Layout.fillWidth: true
            visible: timesRepeater.count > 0 // no gap for an empty list, as before
            spacing: details.spacing
            Repeater {
                id: timesRepeater
                objectName: "doseTimesRows"
                model: timesModel
                // the rows tell the editor what changed (a delegate does not reach the editor's ids)
                onItemAdded: (index, item) => {
                    item.drugName = root.model.name
                    item.edited.connect((row, role, value) => {
                        timesModel.setProperty(row, role, value)
                        root.timesEdited()
                    })
                    item.removed.connect(row => {
                        timesModel.remove(row)
                        root.timesEdited()
                    })
                }
                // the time, the amount and "Remove" on as many lines as they need (a phone with large text)
                delegate: Flow {
                    id: timeRow
                    required property int index
                    required property string time
                    required property string mg
                    property string drugName
                    signal edited(int row, string role, string value)
                    signal removed(int row)
                    objectName: "doseTimeRow_" + index
                    width: parent ? parent.width : 0
                    spacing: Theme.gap
                    TextField {
                        id: timeField
                        objectName: "doseTimeField"
                        width: Math.min(Theme.scaled(80), timeRow.width)
                        text: timeRow.time
                        placeholderText: "08:00"
                        inputMethodHints: Qt.ImhPreferNumbers
                        Accessible.name: qsTr("Time of dose %1 of %2").arg(timeRow.index + 1).arg(timeRow.drugName)
                        onTextEdited: timeRow.edited(timeRow.index, "time", timeField.text)
                    }
                    Row {
                        spacing: Theme.gap
                        TextField {
                            id: mgField
                            objectName: "doseTimeMgField"
                            width: Math.min(Theme.scaled(80), timeRow.width - mgUnit.width - parent.spacing)
                            text: timeRow.mg
                            placeholderText: qsTr("mg")
                            inputMethodHints: Qt.ImhFormattedNumbersOnly
                            Accessible.name: qsTr("mg of %1 at dose %2").arg(timeRow.drugName).arg(timeRow.index + 1)
                            onTextEdited: timeRow.edited(timeRow.index, "mg", mgField.text)
                        }
                        Label {
                            id: mgUnit
                            anchors.verticalCenter: parent.verticalCenter
                            text: qsTr("mg")
                            color: Theme.textSoft
                        }
                    }
                    WrapButton {
                        objectName: "doseTimeRemove"
                        width: Math.min(implicitWidth, timeRow.width)
                        flat: true
                        text: qsTr("Remove")
                        font.pixelSize: Theme.smallSize
                        Accessible.name: qsTr("Remove dose time %1").arg(timeRow.index + 1)
                        onClicked: timeRow.removed(timeRow.index)
                    }
                }
            }
        }
        Label {
            objectName: "doseTimesTotal"
            visible: text.length > 0
            text: root.timesRevision >= 0 ? root.medicines.doseTimesTotal(root.timesRows()) : ""
            color: Theme.textSoft
            font.pixelSize: Theme.smallSize
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Flow {
            id: timesButtons
            Layout.fillWidth: true
            spacing: Theme.gap
            WrapButton {
                objectName: "doseTimeAdd"
                width: Math.min(implicitWidth, timesButtons.width)
                flat: true
                enabled: timesModel.count < 8
                text: qsTr("+ Add a time")
                onClicked: { timesModel.append({ time: "", mg: "" }); root.timesEdited() }
            }
            WrapButton {
                objectName: "doseTimesSave"
                width: Math.min(implicitWidth, timesButtons.width)
                text: qsTr("Save times")
                enabled: root.timesRevision >= 0 && JSON.stringify(root.timesRows()) !== JSON.stringify(root.model.doseTimes)
                onClicked: {
                    root.timesRefused = !root.medicines.setDoseTimes(root.model.drugId, root.timesRows())
                    if (!root.timesRefused)
                        root.loadTimes()
                }
            }
        }
        InlineError {
            objectName: "doseTimesError"
            text: root.timesRefused && root.medicines.error.field === "doseTimes" ? root.medicines.error.text : ""
        }

        // ---- the forms
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Forms you have")
            color: Theme.text
            font.weight: Font.DemiBold
            Layout.topMargin: Theme.gap
        }
        // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
        Column {
            Layout.fillWidth: true
            visible: formRows.count > 0 // no gap for an empty list, as before
            spacing: details.spacing
            Repeater {
                id: formRows
                model: forms
                // the form above its button when they do not fit side by side (a phone with large text)
                delegate: LabelledRow {
                    id: formRow
                    required property var model
                    width: parent ? parent.width : 0
                    text: formRow.model.label + (formRow.model.hidden ? qsTr(" (hidden: not used in plans)") : "")
                    textColor: formRow.model.hidden ? Theme.textSoft : Theme.text
                    textMinimum: Theme.scaled(100) // a small button: the form beside it on a phone too
                    controlAtEnd: true
                    WrapButton {
                        width: Math.min(implicitWidth, formRow.width)
                        flat: true
                        text: formRow.model.hidden ? qsTr("Show") : qsTr("Hide")
                        font.pixelSize: Theme.smallSize
                        Accessible.name: (formRow.model.hidden ? qsTr("Show %1") : qsTr("Hide %1")).arg(formRow.model.label)
                        onClicked: forms.setHidden(formRow.model.formulationId, !formRow.model.hidden)
                    }
                }
            }
        }
        Flow {
            id: liquidsOffered
            visible: forms.offeredLiquids.length > 0
            Layout.fillWidth: true
            spacing: Theme.gap
            Label {
                width: liquidsOffered.width
                wrapMode: Text.Wrap
                text: qsTr("Also made as (product labelling, S5):")
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
                topPadding: 8
            }
            Repeater {
                model: forms.offeredLiquids
                delegate: WrapButton {
                    required property var modelData
                    width: Math.min(implicitWidth, parent ? parent.width : implicitWidth) // the Flow
                    flat: true
                    font.pixelSize: Theme.smallSize
                    text: qsTr("+ %1 (syringe 0.1 mL)").arg(modelData.label)
                    onClicked: forms.addLiquid(modelData.strength, "0.1")
                }
            }
        }
        FormFields {
            Layout.fillWidth: true
            onEdited: forms.error.clear()
            onSubmitted: (kind, strength, split, mr, syringe) => {
                if (forms.addForm(kind, strength, split, mr, syringe))
                    clear()
            }
        }
        InlineError { text: forms.error.text }

        // ---- the modelled effect on the serotonin transporter (antidepressants only)
        ColumnLayout {
            visible: root.model.fitApplies
            Layout.fillWidth: true
            spacing: 4
            Label {
                text: qsTr("Modelled effect on the serotonin transporter")
                color: Theme.text
                font.weight: Font.DemiBold
                Layout.topMargin: Theme.gap
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "fitText"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
                text: root.model.fitText
            }
            Label {
                objectName: "fitNote"
                visible: text.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.calmWarning
                font.pixelSize: Theme.smallSize
                text: root.model.fitNote
            }
            Flow {
                id: fitRow
                Layout.fillWidth: true
                spacing: Theme.gap
                Label {
                    text: qsTr("Emax (%)")
                    color: Theme.text
                    height: emax.height
                    verticalAlignment: Text.AlignVCenter
                }
                TextField {
                    id: emax
                    implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                    objectName: "emaxField"
                    width: Math.max(90, Theme.scaled(60)) // "92,01" at any text size
                    text: root.model.emax
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Accessible.name: qsTr("Maximum occupancy, Emax, in percent")
                    onTextEdited: root.medicines.error.clear()
                }
                Label {
                    text: qsTr("ED50 (mg)")
                    color: Theme.text
                    height: emax.height
                    verticalAlignment: Text.AlignVCenter
                }
                TextField {
                    id: ed50
                    implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                    objectName: "ed50Field"
                    width: Math.max(90, Theme.scaled(60))
                    text: root.model.ed50
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Accessible.name: qsTr("Dose giving half the maximum occupancy, ED50, in mg")
                    onTextEdited: root.medicines.error.clear()
                }
                WrapButton {
                    objectName: "fitSave"
                    width: Math.min(implicitWidth, fitRow.width)
                    text: qsTr("Use my values")
                    enabled: emax.text.length > 0 && ed50.text.length > 0
                             && (emax.text !== root.model.emax || ed50.text !== root.model.ed50 || !root.model.fitPersonal)
                    onClicked: root.medicines.setFit(root.model.drugId, emax.text, ed50.text)
                }
                WrapButton {
                    objectName: "fitLibrary"
                    width: Math.min(implicitWidth, fitRow.width)
                    visible: root.model.fitPersonal && root.model.libraryFitText.length > 0
                    flat: true
                    text: qsTr("Back to S1's values")
                    onClicked: root.medicines.useLibraryFit(root.model.drugId)
                }
            }
            Label {
                visible: root.model.fitPersonal && root.model.libraryFitText.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
                text: root.model.libraryFitText
            }
            InlineError {
                objectName: "fitError"
                text: root.medicines.errorDrugId === root.model.drugId
                      && (root.medicines.error.field === "emax" || root.medicines.error.field === "ed50") ? root.medicines.error.text : ""
            }
        }
    }
    Rectangle { Layout.fillWidth: true; Layout.topMargin: 4; height: 1; color: Theme.border; opacity: 0.6 }
}
