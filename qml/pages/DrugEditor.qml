// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** One medicine in Settings: show/hide it, the dose taken now, its forms (tablets, capsules, liquids)
 *  and its modelled effect on the serotonin transporter (the person's to edit), each with its source. */
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

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        Label {
            text: root.model.name
            font.weight: Font.DemiBold
            color: root.model.hidden ? Theme.textSoft : Theme.text
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Button {
            flat: true
            checkable: true
            id: expand
            objectName: "formsButton"
            text: checked ? qsTr("Done") : qsTr("Edit (%1 forms)").arg(forms.count)
            Accessible.name: qsTr("Dose, forms and model of %1").arg(root.model.name)
        }
        Switch {
            checked: !root.model.hidden
            Accessible.name: qsTr("Show %1").arg(root.model.name)
            onToggled: root.medicines.setHidden(root.model.drugId, !checked)
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

    ColumnLayout {
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
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            TextField {
                id: doseNow
                implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                objectName: "doseNowField"
                Layout.preferredWidth: 90
                text: root.model.doseNowMg
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: qsTr("Dose of %1 you take now, mg a day").arg(root.model.name)
                onTextEdited: root.medicines.error.clear()
            }
            Button {
                objectName: "doseNowSave"
                text: qsTr("Save")
                enabled: doseNow.text !== root.model.doseNowMg
                onClicked: root.medicines.setDoseNow(root.model.drugId, doseNow.text)
            }
            Item { Layout.fillWidth: true }
        }
        InlineError {
            objectName: "doseNowError"
            text: root.medicines.errorDrugId === root.model.drugId && root.medicines.error.field === "doseNow" ? root.medicines.error.text : ""
        }

        // ---- the forms
        Label {
            text: qsTr("Forms you have")
            color: Theme.text
            font.weight: Font.DemiBold
            Layout.topMargin: Theme.gap
        }
        Repeater {
            model: forms
            delegate: RowLayout {
                id: formRow
                required property var model
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: formRow.model.label + (formRow.model.hidden ? qsTr(" (hidden: not used in plans)") : "")
                    color: formRow.model.hidden ? Theme.textSoft : Theme.text
                    wrapMode: Text.Wrap
                }
                Button {
                    flat: true
                    text: formRow.model.hidden ? qsTr("Show") : qsTr("Hide")
                    font.pixelSize: Theme.smallSize
                    Accessible.name: (formRow.model.hidden ? qsTr("Show %1") : qsTr("Hide %1")).arg(formRow.model.label)
                    onClicked: forms.setHidden(formRow.model.formulationId, !formRow.model.hidden)
                }
            }
        }
        Flow {
            visible: forms.offeredLiquids.length > 0
            Layout.fillWidth: true
            spacing: Theme.gap
            Label {
                text: qsTr("Also made as (product labelling, S5):")
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
                height: 40
                verticalAlignment: Text.AlignVCenter
            }
            Repeater {
                model: forms.offeredLiquids
                delegate: Button {
                    required property var modelData
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
                    width: 90
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
                    width: 90
                    text: root.model.ed50
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Accessible.name: qsTr("Dose giving half the maximum occupancy, ED50, in mg")
                    onTextEdited: root.medicines.error.clear()
                }
                Button {
                    objectName: "fitSave"
                    text: qsTr("Use my values")
                    enabled: emax.text.length > 0 && ed50.text.length > 0
                             && (emax.text !== root.model.emax || ed50.text !== root.model.ed50 || !root.model.fitPersonal)
                    onClicked: root.medicines.setFit(root.model.drugId, emax.text, ed50.text)
                }
                Button {
                    objectName: "fitLibrary"
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
