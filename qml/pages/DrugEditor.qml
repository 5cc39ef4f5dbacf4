// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** One medicine in Settings: show/hide it, and its forms (tablets, capsules, liquids). */
ColumnLayout {
    id: root
    required property var model
    spacing: 4

    FormulationModel {
        id: forms
        drugId: root.model.drugId
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                text: root.model.name
                font.weight: Font.DemiBold
                color: root.model.hidden ? Theme.textSoft : Theme.text
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Label {
                text: root.model.detail + (root.model.hidden ? qsTr(" · hidden") : "")
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
        }
        Button {
            flat: true
            checkable: true
            id: expand
            objectName: "formsButton"
            text: checked ? qsTr("Done") : qsTr("Forms (%1)").arg(forms.count)
            Accessible.name: qsTr("Forms of %1").arg(root.model.name)
        }
        Switch {
            checked: !root.model.hidden
            Accessible.name: qsTr("Show %1").arg(root.model.name)
            onToggled: drugs.setHidden(root.model.drugId, !checked)
        }
    }

    ColumnLayout {
        visible: expand.checked
        Layout.fillWidth: true
        Layout.leftMargin: Theme.gapLarge
        spacing: 4
        Repeater {
            model: forms
            delegate: RowLayout {
                id: formRow
                required property var model
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: formRow.model.label + (formRow.model.hidden ? qsTr(" (hidden)") : "")
                    color: formRow.model.hidden ? Theme.textSoft : Theme.text
                    wrapMode: Text.Wrap
                }
                Button {
                    flat: true
                    text: formRow.model.hidden ? qsTr("Show") : qsTr("Hide")
                    font.pixelSize: Theme.smallSize
                    onClicked: forms.setHidden(formRow.model.formulationId, !formRow.model.hidden)
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            ComboBox {
                id: kind
                width: 130
                model: [qsTr("Tablet"), qsTr("Capsule"), qsTr("Liquid")]
                Accessible.name: qsTr("Kind of form")
            }
            TextField {
                id: strength
                width: 150
                placeholderText: kind.currentIndex === 2 ? qsTr("mg per mL") : qsTr("Strength in mg")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: placeholderText
                onTextChanged: forms.clearError()
            }
            ComboBox {
                id: split
                visible: kind.currentIndex === 0 && !mr.checked
                width: 150
                model: [qsTr("Whole only"), qsTr("Halves"), qsTr("Quarters")]
                Accessible.name: qsTr("Can be split into")
            }
            CheckBox {
                id: mr
                visible: kind.currentIndex !== 2
                text: qsTr("Modified release")
            }
            TextField {
                id: syringe
                visible: kind.currentIndex === 2
                width: 150
                placeholderText: qsTr("Syringe step, mL")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: qsTr("Smallest syringe step in mL")
            }
            Button {
                text: qsTr("Add form")
                enabled: strength.text.length > 0
                onClicked: {
                    let ok = false
                    if (kind.currentIndex === 0)
                        ok = forms.addTablet(strength.text, mr.checked ? 1 : [1, 2, 4][split.currentIndex], mr.checked)
                    else if (kind.currentIndex === 1)
                        ok = forms.addCapsule(strength.text, mr.checked)
                    else
                        ok = forms.addLiquid(strength.text, syringe.text)
                    if (ok) { strength.clear(); syringe.clear() }
                }
            }
        }
        InlineError { text: forms.errorText }
    }
    Rectangle { Layout.fillWidth: true; Layout.topMargin: 4; height: 1; color: Theme.border; opacity: 0.6 }
}
