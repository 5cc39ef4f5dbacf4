// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** Switching a benzodiazepine or z-drug to diazepam: both equivalence tables side by side, recorded only once the prescriber agreed. */
Card {
    id: root
    required property PlanSwitch controller
    property bool wide: true
    objectName: "planSwitchCard"

    SectionTitle {
        text: qsTr("Switching to diazepam")
        subtitle: qsTr("Some people switch to diazepam before tapering, replacing the dose in stages. The published equivalence tables differ, by up to two times for some medicines, so both are shown. A switch is something to agree with your prescriber; Waymark does not give medical advice.")
    }

    GridLayout {
        visible: root.controller.drugs.length > 0
        Layout.fillWidth: true
        columns: root.wide ? 4 : 2
        columnSpacing: Theme.gapLarge
        rowSpacing: 4
        Label { text: qsTr("From"); color: Theme.text }
        ComboBox {
            objectName: "switchDrug"
            Layout.fillWidth: true
            model: root.controller.drugs
            textRole: "name"
            valueRole: "drugId"
            currentIndex: indexOfValue(root.controller.drugId)
            onActivated: root.controller.drugId = currentValue
        }
        Label { text: qsTr("Dose now (mg)"); color: Theme.text }
        TextField {
            objectName: "switchDose"
            Layout.fillWidth: true
            text: root.controller.dose
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            onTextEdited: root.controller.dose = text
        }
        Label { text: qsTr("First day"); color: Theme.text }
        TextField {
            Layout.fillWidth: true
            text: root.controller.startDate
            placeholderText: "YYYY-MM-DD"
            onTextEdited: root.controller.startDate = text
        }
        Label { text: qsTr("Stages"); color: Theme.text }
        SpinBox {
            objectName: "switchStages"
            Layout.fillWidth: true
            Layout.maximumWidth: 200
            from: 1
            to: 12
            value: root.controller.stages
            onValueModified: root.controller.stages = value
        }
        Label { text: qsTr("Days per stage"); color: Theme.text }
        SpinBox {
            Layout.fillWidth: true
            Layout.maximumWidth: 200
            from: 1
            to: 90
            editable: true
            value: root.controller.intervalDays
            onValueModified: root.controller.intervalDays = value
        }
    }

    // ---- the tables, side by side: the person picks one
    GridLayout {
        Layout.fillWidth: true
        columns: root.wide ? Math.max(1, root.controller.equivalents.length) : 1
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap
        Repeater {
            model: root.controller.equivalents
            delegate: AbstractButton {
                id: table
                required property var modelData
                objectName: "source_" + modelData.sourceKey
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                checkable: true
                checked: modelData.chosen
                Accessible.role: Accessible.RadioButton
                Accessible.name: modelData.label + ": " + modelData.diazepamText
                onClicked: root.controller.source = modelData.sourceKey
                padding: Theme.gap + 4
                background: Rectangle {
                    radius: Theme.radius
                    color: table.checked ? Theme.accentSoft : Theme.surfaceAlt
                    border.width: table.checked ? 2 : 1
                    border.color: table.checked ? Theme.accent : Theme.border
                }
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        text: (table.checked ? "● " : "○ ") + table.modelData.label
                        color: Theme.text
                        font.weight: Font.DemiBold
                    }
                    Label {
                        text: table.modelData.diazepamText
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: table.modelData.perTenText
                        color: Theme.textSoft
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
        }
    }
    InlineError {
        objectName: "switchError"
        text: root.controller.errorText
    }
    Label {
        visible: root.controller.summary.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        text: root.controller.summary
    }
    Repeater {
        model: root.controller.stagesList
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.gap
            Label {
                Layout.preferredWidth: root.wide ? 240 : 120
                wrapMode: Text.Wrap
                text: modelData.datesText
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: modelData.fromText + " + " + modelData.diazepamText
                color: Theme.text
                font.pixelSize: Theme.smallSize
            }
        }
    }
    CheckBox {
        id: agreed
        objectName: "switchConfirm"
        visible: root.controller.drugs.length > 0
        Layout.fillWidth: true
        text: qsTr("My prescriber agreed to this switch")
        checked: root.controller.confirmed
        onToggled: root.controller.confirmed = checked
    }
    Button {
        objectName: "recordSwitch"
        visible: root.controller.drugs.length > 0
        highlighted: true
        enabled: root.controller.canRecord
        text: qsTr("Record the switch")
        onClicked: root.controller.record()
    }

    // ---- switches already recorded
    Repeater {
        model: root.controller.switches
        delegate: ColumnLayout {
            id: recorded
            required property var modelData
            Layout.fillWidth: true
            spacing: 2
            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
            Label {
                text: recorded.modelData.title
                color: Theme.text
                font.weight: Font.DemiBold
                Layout.topMargin: Theme.gap
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: recorded.modelData.sourceText + " · " + recorded.modelData.confirmedText
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
            }
            Repeater {
                model: recorded.modelData.stages
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: modelData.datesText + ": " + modelData.fromText + " + " + modelData.diazepamText
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                }
            }
        }
    }
}
