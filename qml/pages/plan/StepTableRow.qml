// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** A schedule step as a table row (column widths as StepTableHeader). */
RowLayout {
    id: root
    /** The step's row of PlanStepModel (its roles: stepIndex, doseText, ...). */
    required property var step
    required property bool current
    required property bool past
    /** The person chose "Change dose…" on this (future) step. */
    signal edit(int stepIndex)
    spacing: Theme.gap
    Label {
        Layout.preferredWidth: Theme.scaled(44)
        Layout.maximumWidth: Theme.scaled(44)
        Layout.minimumWidth: Theme.scaled(44)
        leftPadding: 8
        text: root.step.stepIndex
        color: Theme.text
        font.weight: root.current ? Font.DemiBold : Font.Normal
    }
    ColumnLayout {
        Layout.preferredWidth: Theme.scaled(215)
        Layout.maximumWidth: Theme.scaled(215)
        Layout.minimumWidth: Theme.scaled(215)
        spacing: 0
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: root.step.datesText
            color: Theme.text
            leftPadding: 8
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            leftPadding: 8
            text: [root.current ? qsTr("now") : (root.past ? qsTr("taken") : ""), root.step.daysText, root.step.heldText]
                  .filter(s => s.length > 0).join(" · ")
            color: root.step.heldText.length > 0 ? Theme.calmWarning : Theme.textSoft
            font.pixelSize: Theme.smallSize
        }
    }
    Label {
        objectName: "stepDose"
        Layout.preferredWidth: Theme.scaled(90)
        Layout.maximumWidth: Theme.scaled(90)
        Layout.minimumWidth: Theme.scaled(90)
        leftPadding: 8
        text: root.step.doseText
        color: Theme.text
        font.weight: Font.DemiBold
    }
    Label {
        objectName: "stepHowTo"
        Layout.preferredWidth: Theme.scaled(175)
        Layout.maximumWidth: Theme.scaled(175)
        Layout.minimumWidth: Theme.scaled(175)
        leftPadding: 8
        wrapMode: Text.Wrap
        // with dose times, which dose changes goes under how to make it
        text: root.step.howToMake + (root.step.timesChange ? "\n" + root.step.timesChange : "")
        color: Theme.text
    }
    Label {
        objectName: "stepOccupancy"
        Layout.preferredWidth: Theme.scaled(165)
        Layout.maximumWidth: Theme.scaled(165)
        Layout.minimumWidth: Theme.scaled(165)
        leftPadding: 8
        wrapMode: Text.Wrap
        text: root.step.occupancyText || "–"
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
            text: root.step.cutText
            color: Theme.text
            font.pixelSize: Theme.smallSize
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            leftPadding: 8
            text: root.step.roundingText
            color: Theme.textSoft
            font.pixelSize: Theme.smallSize
        }
        Label {
            visible: text.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            leftPadding: 8
            text: root.step.keptLongerText
            color: Theme.textSoft
            font.pixelSize: Theme.smallSize
        }
        Label {
            visible: text.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            leftPadding: 8
            text: root.step.adherenceText
            color: Theme.textSoft
            font.pixelSize: Theme.smallSize
        }
        AbstractButton {
            id: editLink
            visible: root.step.status === "future" && root.step.doseMg > 0
            objectName: "editStep_" + root.step.stepIndex
            leftPadding: 8
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Change the dose of step %1").arg(root.step.stepIndex)
            onClicked: root.edit(root.step.stepIndex)
            contentItem: Text {
                text: qsTr("Change dose…")
                color: Theme.accent
                font.pixelSize: Theme.smallSize
                font.underline: editLink.hovered || editLink.visualFocus
            }
        }
    }
}
