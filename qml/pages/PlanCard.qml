// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** One taper plan on the Plan page: where it stands, a hold suggestion, this week, the steps, and the ways to adapt it. */
Card {
    id: root
    required property var plan
    required property PlanController controller
    /** Wide: the schedule as a table; narrow: compact step cards. */
    property bool table: true
    signal change(string mode, int stepIndex)

    objectName: "planCard_" + plan.drugName

    // ---- heading
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        SectionTitle {
            text: root.plan.drugName
            subtitle: root.plan.methodText
        }
    }
    Label {
        objectName: "planStatus"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: root.plan.statusText
        color: Theme.text
        font.weight: Font.DemiBold
    }

    // ---- guidance beside the method, with its source
    AbstractButton {
        id: guidanceToggle
        objectName: "planGuidanceToggle"
        visible: (root.plan.guidanceLines || []).length > 0
        checkable: true
        checked: root.table
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("What published guidance says about this method")
        Layout.fillWidth: true
        contentItem: Text {
            wrapMode: Text.Wrap
            text: (guidanceToggle.checked ? "▾ " : "▸ ") + qsTr("Published guidance on this method")
            color: Theme.accent
            font.pixelSize: Theme.smallSize
            font.underline: guidanceToggle.hovered || guidanceToggle.visualFocus
        }
    }
    Label {
        objectName: "planGuidanceText"
        visible: guidanceToggle.checked && (root.plan.guidanceLines || []).length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
        text: (root.plan.guidanceLines || []).join(" ")
              + (root.plan.guidanceSource ? " " + qsTr("(Source: %1)").arg(root.plan.guidanceSource) : "")
    }
    Label {
        objectName: "planWarningCount"
        visible: (root.plan.warningCount || 0) > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.calmWarning
        font.pixelSize: Theme.smallSize
        text: root.plan.warningCount === 1 ? qsTr("⚠ 1 step cuts more than 1.5 times what was asked: the warning is on the step.")
                                           : qsTr("⚠ %1 steps cut more than 1.5 times what was asked: the warnings are on the steps.").arg(root.plan.warningCount)
    }

    // ---- hold suggestion (a suggestion only)
    Rectangle {
        objectName: "holdSuggestion"
        visible: root.plan.suggestion.show === true
        Layout.fillWidth: true
        implicitHeight: suggestionColumn.implicitHeight + 2 * Theme.gapLarge
        radius: Theme.radius
        color: Theme.safetyBackground
        border.color: Theme.safetyBorder
        ColumnLayout {
            id: suggestionColumn
            x: Theme.gapLarge
            y: Theme.gapLarge
            width: parent.width - 2 * Theme.gapLarge
            spacing: Theme.gap
            Label {
                text: qsTr("You might hold this step")
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                objectName: "holdSuggestionNumbers"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("Your symptom load over the last 7 days averages %1; in the 14 days %3 it averaged %2.")
                      .arg(root.plan.suggestion.recentText || "–").arg(root.plan.suggestion.baselineText || "–")
                      .arg(root.plan.suggestion.baselineWhen || "")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSoft
                text: root.plan.suggestion.reason || ""
            }
            Button {
                objectName: "holdSuggestionButton"
                highlighted: true
                text: qsTr("Hold this step…")
                onClicked: root.change("hold", 0)
            }
        }
    }
    Label {
        visible: root.plan.started && root.plan.suggestion.show !== true && (root.plan.suggestion.reason || "").length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
        text: qsTr("Hold suggestion: %1").arg(root.plan.suggestion.reason || "")
    }
    AbstractButton {
        id: howToggle
        objectName: "howWorkedOut"
        checkable: true
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("How the hold suggestion is worked out")
        contentItem: Text {
            text: (howToggle.checked ? "▾ " : "▸ ") + qsTr("How this is worked out")
            color: Theme.accent
            font.pixelSize: Theme.smallSize
            font.underline: howToggle.hovered || howToggle.visualFocus
        }
    }
    Label {
        visible: howToggle.checked
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
        text: root.controller.holdRuleText
    }
    Flow {
        visible: howToggle.checked
        Layout.fillWidth: true
        spacing: Theme.gap
        Label {
            text: qsTr("Suggest a hold at")
            color: Theme.textSoft
            font.pixelSize: Theme.smallSize
            height: ratioBox.height
            verticalAlignment: Text.AlignVCenter
        }
        SpinBox {
            id: ratioBox
            objectName: "holdRatio"
            from: 11
            to: 50
            value: Math.round(root.controller.holdRatio * 10)
            editable: true
            font.pixelSize: Theme.smallSize
            textFromValue: (v) => (v / 10).toFixed(1) + " ×"
            valueFromText: (t) => Math.round(parseFloat(t) * 10)
            Accessible.name: qsTr("How many times the baseline the recent load must reach")
            onValueModified: root.controller.holdRatio = value / 10
        }
        Label {
            text: qsTr("the baseline and at least")
            color: Theme.textSoft
            font.pixelSize: Theme.smallSize
            height: ratioBox.height
            verticalAlignment: Text.AlignVCenter
        }
        SpinBox {
            objectName: "holdMinIncrease"
            from: 1
            to: 50
            value: Math.round(root.controller.holdMinIncrease)
            editable: true
            font.pixelSize: Theme.smallSize
            textFromValue: (v) => "+" + v
            valueFromText: (t) => parseInt(t.replace("+", ""))
            Accessible.name: qsTr("How many points above the baseline the recent load must be")
            onValueModified: root.controller.holdMinIncrease = value
        }
        Label {
            text: qsTr("points above it.")
            color: Theme.textSoft
            font.pixelSize: Theme.smallSize
            height: ratioBox.height
            verticalAlignment: Text.AlignVCenter
        }
    }

    // ---- this week: planned against logged
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("This week: the plan's dose, and what you logged")
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
        font.weight: Font.DemiBold
    }
    GridLayout {
        objectName: "weekStrip"
        Layout.fillWidth: true
        columns: root.table ? 7 : 4
        columnSpacing: 6
        rowSpacing: 6
        Repeater {
            model: root.plan.week
            delegate: Rectangle {
                id: dayCell
                required property var modelData
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                implicitHeight: cellColumn.implicitHeight + 12
                radius: 8
                color: modelData.match === "same" ? Theme.accentSoft : Theme.surfaceAlt
                border.width: modelData.match === "different" ? 1 : 0
                border.color: Theme.safetyBorder
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("%1: planned %2, logged %3").arg(modelData.dayText).arg(modelData.plannedText).arg(modelData.loggedText)
                ColumnLayout {
                    id: cellColumn
                    x: 6
                    y: 6
                    width: parent.width - 12
                    spacing: 0
                    Label {
                        text: dayCell.modelData.dayText
                        color: Theme.textSoft
                        font.pixelSize: Theme.smallSize - 1
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: dayCell.modelData.match === "noplan" ? qsTr("no plan") : dayCell.modelData.plannedText
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: dayCell.modelData.match === "same" ? qsTr("✓ taken") : dayCell.modelData.loggedText
                        color: dayCell.modelData.match === "different" ? Theme.calmWarning
                               : dayCell.modelData.match === "same" ? Theme.success : Theme.textSoft
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
        }
    }

    // ---- adapting
    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap
        Button {
            objectName: "holdButton"
            visible: root.plan.started && !root.plan.waiting && !root.plan.finished
            text: qsTr("Hold this step…")
            onClicked: root.change("hold", 0)
        }
        Button {
            objectName: "releaseButton"
            visible: root.plan.waiting
            highlighted: true
            text: qsTr("Release the hold…")
            onClicked: root.change("release", 0)
        }
        Button {
            objectName: "pauseButton"
            visible: !root.plan.waiting && !root.plan.finished
            text: qsTr("Pause the plan…")
            onClicked: root.change("pause", 0)
        }
        Button {
            objectName: "slowButton"
            visible: root.plan.method !== "custom" && !root.plan.waiting && !root.plan.finished
            text: qsTr("Slow down…")
            onClicked: root.change("pace", 0)
        }
        Button {
            objectName: "skipButton"
            visible: root.plan.started && !root.plan.waiting && !root.plan.finished
            text: qsTr("Next step now…")
            onClicked: root.change("skip", 0)
        }
        Button {
            objectName: "archiveButton"
            flat: true
            text: qsTr("Archive…")
            onClicked: root.change("archive", 0)
        }
    }

    // ---- the schedule
    Label {
        visible: root.plan.fitText.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
        text: root.plan.fitText
    }
    RowLayout {
        visible: root.table
        Layout.fillWidth: true
        spacing: Theme.gap
        Repeater {
            model: [[qsTr("Step"), 44], [qsTr("Dates"), 215], [qsTr("Dose"), 90], [qsTr("How to make it"), 175],
                    [qsTr("Modelled occupancy"), 165], [qsTr("Cut, rounding and days logged"), -1]]
            delegate: Label {
                required property var modelData
                text: modelData[0]
                Layout.preferredWidth: modelData[1] > 0 ? modelData[1] : 100
                Layout.maximumWidth: modelData[1] > 0 ? modelData[1] : 100000
                Layout.minimumWidth: modelData[1] > 0 ? modelData[1] : 0
                Layout.fillWidth: modelData[1] < 0
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
                font.weight: Font.DemiBold
                leftPadding: 8
            }
        }
    }
    Repeater {
        objectName: "stepRows"
        model: root.plan.steps
        delegate: Rectangle {
            id: step
            required property var model
            readonly property bool current: model.status === "current"
            readonly property bool past: model.status === "past"
            objectName: "step_" + model.stepIndex
            Layout.fillWidth: true
            implicitHeight: (root.table ? tableRow.implicitHeight + (stepWarning.visible ? stepWarning.implicitHeight + 4 : 0)
                                        : compact.implicitHeight) + 12
            radius: 8
            color: current ? Theme.accentSoft : (root.table ? "transparent" : Theme.surfaceAlt)
            border.width: current || step.model.warningText.length > 0 ? 1 : 0
            border.color: current ? Theme.accent : Theme.safetyBorder
            opacity: past ? 0.62 : 1
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("Step %1, %2, %3, %4").arg(model.stepIndex).arg(model.datesText).arg(model.doseText).arg(model.howToMake)

            Rectangle {
                visible: root.table && !step.current
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }

            // desktop: one row per step
            RowLayout {
                id: tableRow
                visible: root.table
                x: 0
                y: 6
                width: parent.width
                spacing: Theme.gap
                Label {
                    Layout.preferredWidth: 44
                    Layout.maximumWidth: 44
                    Layout.minimumWidth: 44
                    leftPadding: 8
                    text: step.model.stepIndex
                    color: Theme.text
                    font.weight: step.current ? Font.DemiBold : Font.Normal
                }
                ColumnLayout {
                    Layout.preferredWidth: 215
                    Layout.maximumWidth: 215
                    Layout.minimumWidth: 215
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: step.model.datesText
                        color: Theme.text
                        leftPadding: 8
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        leftPadding: 8
                        text: [step.current ? qsTr("now") : (step.past ? qsTr("taken") : ""), step.model.daysText, step.model.heldText]
                              .filter(s => s.length > 0).join(" · ")
                        color: step.model.heldText.length > 0 ? Theme.calmWarning : Theme.textSoft
                        font.pixelSize: Theme.smallSize
                    }
                }
                Label {
                    objectName: "stepDose"
                    Layout.preferredWidth: 90
                    Layout.maximumWidth: 90
                    Layout.minimumWidth: 90
                    leftPadding: 8
                    text: step.model.doseText
                    color: Theme.text
                    font.weight: Font.DemiBold
                }
                Label {
                    objectName: "stepHowTo"
                    Layout.preferredWidth: 175
                    Layout.maximumWidth: 175
                    Layout.minimumWidth: 175
                    leftPadding: 8
                    wrapMode: Text.Wrap
                    text: step.model.howToMake
                    color: Theme.text
                }
                Label {
                    objectName: "stepOccupancy"
                    Layout.preferredWidth: 165
                    Layout.maximumWidth: 165
                    Layout.minimumWidth: 165
                    leftPadding: 8
                    wrapMode: Text.Wrap
                    text: step.model.occupancyText || "–"
                    color: Theme.textSoft
                    font.pixelSize: Theme.smallSize
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100
                    spacing: 0
                    Label {
                        objectName: "stepCut"
                        visible: text.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        leftPadding: 8
                        text: step.model.cutText
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        leftPadding: 8
                        text: step.model.roundingText
                        color: Theme.textSoft
                        font.pixelSize: Theme.smallSize
                    }
                    Label {
                        visible: text.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        leftPadding: 8
                        text: step.model.keptLongerText
                        color: Theme.textSoft
                        font.pixelSize: Theme.smallSize
                    }
                    Label {
                        visible: text.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        leftPadding: 8
                        text: step.model.adherenceText
                        color: Theme.textSoft
                        font.pixelSize: Theme.smallSize
                    }
                    AbstractButton {
                        id: editLink
                        visible: step.model.status === "future" && step.model.doseMg > 0
                        objectName: "editStep_" + step.model.stepIndex
                        leftPadding: 8
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("Change the dose of step %1").arg(step.model.stepIndex)
                        onClicked: root.change("edit", step.model.stepIndex)
                        contentItem: Text {
                            text: qsTr("Change dose…")
                            color: Theme.accent
                            font.pixelSize: Theme.smallSize
                            font.underline: editLink.hovered || editLink.visualFocus
                        }
                    }
                }
            }

            Label {
                id: stepWarning
                objectName: "stepWarning"
                visible: root.table && text.length > 0
                x: 52
                y: tableRow.y + tableRow.implicitHeight + 4
                width: parent.width - x - 8
                wrapMode: Text.Wrap
                text: step.model.warningText ? "⚠ " + step.model.warningText : ""
                color: Theme.calmWarning
                font.pixelSize: Theme.smallSize
            }

            // phone: a compact card per step
            ColumnLayout {
                id: compact
                visible: !root.table
                x: 10
                y: 6
                width: parent.width - 20
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Label {
                        text: qsTr("Step %1").arg(step.model.stepIndex)
                        color: Theme.textSoft
                        font.pixelSize: Theme.smallSize
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignRight
                        elide: Text.ElideRight
                        text: [step.current ? qsTr("now") : (step.past ? qsTr("taken") : ""), step.model.heldText]
                              .filter(s => s.length > 0).join(" · ")
                        color: step.model.heldText.length > 0 ? Theme.calmWarning : Theme.accent
                        font.pixelSize: Theme.smallSize
                        font.weight: Font.DemiBold
                    }
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.StyledText
                    text: "<b><font size=\"+1\">" + step.model.doseText + "</font></b>&nbsp;&nbsp;" + step.model.howToMake
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: step.model.datesText + (step.model.daysText ? " · " + step.model.daysText : "")
                    color: Theme.textSoft
                    font.pixelSize: Theme.smallSize
                }
                Label {
                    visible: text.length > 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: step.model.occupancyText
                    color: Theme.textSoft
                    font.pixelSize: Theme.smallSize
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: [step.model.cutText, step.model.roundingText, step.model.keptLongerText, step.model.adherenceText]
                          .filter(s => s.length > 0).join("\n")
                    color: Theme.textSoft
                    font.pixelSize: Theme.smallSize
                }
                Label {
                    objectName: "stepWarningCompact"
                    visible: text.length > 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: step.model.warningText ? "⚠ " + step.model.warningText : ""
                    color: Theme.calmWarning
                    font.pixelSize: Theme.smallSize
                }
                Button {
                    visible: step.model.status === "future" && step.model.doseMg > 0
                    flat: true
                    text: qsTr("Change dose…")
                    font.pixelSize: Theme.smallSize
                    onClicked: root.change("edit", step.model.stepIndex)
                }
            }
        }
    }
}
