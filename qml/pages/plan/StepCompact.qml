// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** A schedule step as a compact card (phones). */
ColumnLayout {
    id: root
    /** The step's row of PlanStepModel (its roles: stepIndex, doseText, ...). */
    required property var step
    required property bool current
    required property bool past
    /** The person chose "Change dose…" on this (future) step. */
    signal edit(int stepIndex)
    spacing: 2
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        Label {
            text: qsTr("Step %1").arg(root.step.stepIndex)
            color: Theme.textSoft
            font.pixelSize: Theme.smallSize
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            wrapMode: Text.Wrap // a long hold text ("held until released") takes a second line
            text: [root.current ? qsTr("now") : (root.past ? qsTr("taken") : ""), root.step.heldText]
                  .filter(s => s.length > 0).join(" · ")
            color: root.step.heldText.length > 0 ? Theme.calmWarning : Theme.accent
            font.pixelSize: Theme.smallSize
            font.weight: Font.DemiBold
        }
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.StyledText
        text: "<b><font size=\"+1\">" + root.step.doseText + "</font></b>&nbsp;&nbsp;" + root.step.howToMake
        color: Theme.text
    }
    Label { // with dose times: which dose changes ("evening (22:00) dose 0.5 → 0.375 mg; …")
        objectName: "stepTimesChange"
        visible: text.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: root.step.timesChange || ""
        color: Theme.text
        font.pixelSize: Theme.smallSize
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: root.step.datesText + (root.step.daysText ? " · " + root.step.daysText : "")
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
    }
    Label {
        visible: text.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: root.step.occupancyText
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: [root.step.cutText, root.step.roundingText, root.step.keptLongerText, root.step.adherenceText]
              .filter(s => s.length > 0).join("\n")
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
    }
    Label {
        objectName: "stepWarningCompact"
        visible: text.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: root.step.warningText ? "⚠ " + root.step.warningText : ""
        color: Theme.calmWarning
        font.pixelSize: Theme.smallSize
    }
    Button {
        visible: root.step.status === "future" && root.step.doseMg > 0
        flat: true
        text: qsTr("Change dose…")
        font.pixelSize: Theme.smallSize
        onClicked: root.edit(root.step.stepIndex)
    }
}
