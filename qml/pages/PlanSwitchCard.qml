// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
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
            implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
            objectName: "switchDose"
            Layout.fillWidth: true
            text: root.controller.dose
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            onTextEdited: root.controller.dose = text
        }
        Label { text: qsTr("First day"); color: Theme.text }
        TextField {
            implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
            Layout.fillWidth: true
            text: root.controller.startDate
            placeholderText: qsTr("YYYY-MM-DD")
            onTextEdited: root.controller.startDate = text
        }
        Label { text: qsTr("Stages"); color: Theme.text }
        SpinBox {
            objectName: "switchStages"
            Layout.fillWidth: true
            Layout.maximumWidth: 200
            from: 2
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
    // A new grid whenever the model changes (a Repeater of one, the cells' model fixed for its life):
    // Qt 6.4's layouts can keep a cell a Repeater deleted (docs/ARCHITECTURE.md)
    Column {
        Layout.fillWidth: true
        Repeater {
            model: [root.controller.equivalents]
            delegate: GridLayout {
                id: grid
                required property var modelData
                width: parent ? parent.width : 0
                columns: root.wide ? Math.max(1, grid.modelData.length) : 1
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                Repeater {
                    model: grid.modelData
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
    Label {
        visible: root.controller.roundingText.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
        text: root.controller.roundingText
    }
    // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
    Column {
        Layout.fillWidth: true
        visible: stageRows.count > 0 // no gap for an empty list, as before
        spacing: root.spacing
        Repeater {
            id: stageRows
            model: root.controller.stagesList
            delegate: RowLayout {
                id: stageRow
                required property var modelData
                width: parent ? parent.width : 0
                spacing: Theme.gap
                Label {
                    Layout.preferredWidth: root.wide ? 240 : 120
                    Layout.alignment: Qt.AlignTop
                    wrapMode: Text.Wrap
                    text: stageRow.modelData.index > 0 ? qsTr("Stage %1: %2").arg(stageRow.modelData.index).arg(stageRow.modelData.datesText)
                                                       : stageRow.modelData.datesText
                    color: Theme.textSoft
                    font.pixelSize: Theme.smallSize
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: stageRow.modelData.fromText
                          + (stageRow.modelData.fromHowTo ? " (" + stageRow.modelData.fromHowTo + ")" : "")
                          + " + " + stageRow.modelData.diazepamText
                          + (stageRow.modelData.diazepamHowTo ? " (" + stageRow.modelData.diazepamHowTo + ")" : "")
                          + (stageRow.modelData.index > 0 ? " — " + stageRow.modelData.totalText : "")
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                }
                Label {
                    objectName: "switchStageTimes_" + stageRow.modelData.index
                    visible: text.length > 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: stageRow.modelData.timesChange
                    color: Theme.textSoft
                    font.pixelSize: Theme.smallSize
                }
            }
        }
    }
    // ---- an active plan of either drug: never overlapped silently
    ColumnLayout {
        objectName: "switchOverlap"
        visible: root.controller.overlappingPlans.length > 0
        Layout.fillWidth: true
        spacing: 2
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            font.weight: Font.DemiBold
            text: root.controller.overlappingPlans
        }
        ButtonGroup { id: planActionGroup }
        RadioButton {
            objectName: "switchEndPlans"
            ButtonGroup.group: planActionGroup
            text: qsTr("End the plan the day before the switch starts (its record stays)")
            checked: root.controller.planAction === "end"
            onToggled: if (checked) root.controller.planAction = "end"
        }
        RadioButton {
            objectName: "switchArchivePlans"
            ButtonGroup.group: planActionGroup
            text: qsTr("Archive the plan")
            checked: root.controller.planAction === "archive"
            onToggled: if (checked) root.controller.planAction = "archive"
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
    // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
    Column {
        Layout.fillWidth: true
        visible: switchRows.count > 0 // no gap for an empty list, as before
        spacing: root.spacing
        Repeater {
            id: switchRows
            model: root.controller.switches
            delegate: ColumnLayout {
                id: recorded
                required property var modelData
                width: parent ? parent.width : 0
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
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: recorded.modelData.statusText
                    color: Theme.text
                    font.weight: recorded.modelData.problem ? Font.DemiBold : Font.Normal
                    font.pixelSize: Theme.smallSize
                }
                Repeater {
                    // may stay in the layout: fixed for this row's life (a change makes the whole row again)
                    model: recorded.modelData.stages
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: modelData.datesText + ": " + modelData.fromText
                              + (modelData.fromHowTo ? " (" + modelData.fromHowTo + ")" : "")
                              + " + " + modelData.diazepamText
                              + (modelData.diazepamHowTo ? " (" + modelData.diazepamHowTo + ")" : "")
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                    }
                }
                RowLayout {
                    visible: !recorded.modelData.archived
                    spacing: Theme.gap
                    Button {
                        objectName: "endSwitch_" + recorded.modelData.switchId
                        visible: recorded.modelData.active
                        text: qsTr("End the switch today")
                        onClicked: root.controller.endSwitch(recorded.modelData.switchId)
                    }
                    Button {
                        objectName: "archiveSwitch_" + recorded.modelData.switchId
                        text: qsTr("Archive")
                        onClicked: root.controller.archiveSwitch(recorded.modelData.switchId)
                    }
                }
            }
        }
    }
}
