// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** Adding a medicine: which one, the dose taken now, and which forms the person has (the library's
 *  strengths ticked, its liquids offered, any other form added by hand). Nothing is saved until
 *  "Add medicine", and then all of it at once. */
ColumnLayout {
    id: root
    required property DrugListModel medicines
    property bool wide: true
    /** The forms offered and added so far (entries as DrugListModel.libraryForms()). */
    property var pendingForms: []
    readonly property bool custom: choice.currentIndex === choice.count - 1
    readonly property string chosenName: custom ? customName.text : choice.currentText

    function fieldError(field) {
        return root.medicines.errorDrugId === 0 && root.medicines.error.field === field ? root.medicines.error.text : ""
    }
    function loadForms() {
        pendingForms = custom ? [] : root.medicines.libraryForms(choice.currentText)
    }
    function setChosen(i, chosen) {
        const copy = pendingForms.slice()
        copy[i] = Object.assign({}, copy[i], { chosen: chosen })
        pendingForms = copy
    }

    spacing: 4
    objectName: "medicineAddForm"
    Component.onCompleted: loadForms()

    Label { Layout.fillWidth: true; wrapMode: Text.Wrap; text: qsTr("Add a medicine"); font.weight: Font.DemiBold; color: Theme.text }
    ComboBox {
        id: choice
        objectName: "medicineChoice"
        Layout.fillWidth: true
        model: root.medicines.libraryNames.concat([qsTr("Another medicine (not in the list)")])
        Accessible.name: qsTr("Medicine to add")
        // the choice on more lines rather than cut off (a phone with large text)
        contentItem: Label {
            leftPadding: choice.mirrored ? 0 : 12
            rightPadding: choice.mirrored ? 12 : 0
            topPadding: 6
            bottomPadding: 6
            text: choice.displayText
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            color: Theme.text
        }
        onActivated: { root.medicines.error.clear(); root.loadForms() }
        onModelChanged: root.loadForms()
    }
    GridLayout {
        visible: root.custom
        Layout.fillWidth: true
        columns: root.wide ? 2 : 1
        columnSpacing: Theme.gap
        TextField {
            id: customName
            implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
            objectName: "customName"
            Layout.fillWidth: true
            placeholderText: qsTr("Name of the medicine")
            Accessible.name: qsTr("Name of another medicine")
            onTextEdited: root.medicines.error.clear()
        }
        TextField {
            id: customClass
            implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
            objectName: "customClass"
            Layout.fillWidth: true
            placeholderText: qsTr("Kind, e.g. SSRI")
            Accessible.name: qsTr("Kind of medicine")
        }
    }
    InlineError { text: root.fieldError("name") || root.fieldError("class") || root.fieldError("drug") }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Dose you take now, mg a day (0 if you do not take it now)")
        color: Theme.text
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        TextField {
            id: doseNow
            implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
            objectName: "newDoseNow"
            Layout.preferredWidth: 120
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("Dose you take now, mg a day")
            onTextEdited: root.medicines.error.clear()
        }
        Label {
            text: qsTr("mg a day")
            color: Theme.textSoft
        }
        Item { Layout.fillWidth: true }
    }
    InlineError { objectName: "newDoseNowError"; text: root.fieldError("doseNow") }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        text: root.custom ? qsTr("Which forms do you have? Add each tablet, capsule or liquid below.")
                          : qsTr("Which forms do you have? The usual strengths are ticked (product labelling, S5; they vary by country): untick what you do not have. Plans only use what is ticked.")
    }
    // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
    Column {
        Layout.fillWidth: true
        visible: newFormRows.count > 0 // no gap for an empty list, as before
        spacing: root.spacing
        Repeater {
            id: newFormRows
            objectName: "newForms"
            model: root.pendingForms
            delegate: WrapCheckBox {
                required property var modelData
                required property int index
                objectName: "newForm_" + index
                width: parent ? parent.width : 0
                checked: modelData.chosen
                text: modelData.label + (modelData.note ? " · " + modelData.note : "")
                onToggled: root.setChosen(index, checked)
            }
        }
    }
    Label {
        visible: text.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
        text: root.custom ? "" : root.medicines.libraryNote(choice.currentText)
    }
    FormFields {
        id: moreForms
        Layout.fillWidth: true
        buttonText: qsTr("Add to the list")
        onSubmitted: (kind, strength, split, mr, syringe) => {
            const label = kind === "liquid" ? qsTr("%1 mg/mL liquid").arg(strength) + (syringe ? qsTr(" (syringe %1 mL)").arg(syringe) : "")
                        : qsTr("%1 mg %2").arg(strength).arg(kind) + (mr ? qsTr(" (modified release, do not split)")
                        : split === 2 ? qsTr(" (halves)") : split === 4 ? qsTr(" (quarters)") : "")
            root.pendingForms = root.pendingForms.concat([{ kind: kind, strength: strength, split: split,
                modifiedRelease: mr, syringe: syringe, chosen: true, label: label, note: qsTr("added by you") }])
            clear()
        }
    }
    InlineError { text: root.fieldError("forms") }
    WrapButton {
        objectName: "addMedicine"
        highlighted: true
        text: qsTr("Add medicine")
        enabled: root.chosenName.length > 0
        onClicked: {
            if (root.medicines.addMedicine(root.chosenName, root.custom ? customClass.text : "", doseNow.text, root.pendingForms)) {
                customName.clear(); customClass.clear(); doseNow.clear()
                root.loadForms()
            }
        }
    }
}
