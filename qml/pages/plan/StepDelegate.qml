// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** One step of a plan's schedule: a table row (StepTableRow) or a compact card (StepCompact). */
Rectangle {
    id: root
    required property var model
    /** Wide: a table row; narrow: a compact card. */
    property bool table: true
    /** The person chose "Change dose…" on this (future) step. */
    signal edit(int stepIndex)
    readonly property bool current: model.status === "current"
    readonly property bool past: model.status === "past"
    objectName: "step_" + model.stepIndex
    Layout.fillWidth: true
    implicitHeight: (root.table ? tableRow.implicitHeight + (stepWarning.visible ? stepWarning.implicitHeight + 4 : 0)
                                : compact.implicitHeight) + 12
    radius: 8
    color: current ? Theme.accentSoft : (root.table ? "transparent" : Theme.surfaceAlt)
    border.width: current || root.model.warningText.length > 0 ? 1 : 0
    border.color: current ? Theme.accent : Theme.safetyBorder
    opacity: past ? 0.62 : 1
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Step %1, %2, %3, %4").arg(model.stepIndex).arg(model.datesText).arg(model.doseText).arg(model.howToMake)

    Rectangle {
        visible: root.table && !root.current
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }

    // desktop: one row per step
    StepTableRow {
        id: tableRow
        visible: root.table
        y: 6
        width: parent.width
        step: root.model
        current: root.current
        past: root.past
        onEdit: (stepIndex) => root.edit(stepIndex)
    }

    Label {
        id: stepWarning
        objectName: "stepWarning"
        visible: root.table && text.length > 0
        x: 52
        y: tableRow.y + tableRow.implicitHeight + 4
        width: parent.width - x - 8
        wrapMode: Text.Wrap
        text: root.model.warningText ? "⚠ " + root.model.warningText : ""
        color: Theme.calmWarning
        font.pixelSize: Theme.smallSize
    }

    // phone: a compact card per step
    StepCompact {
        id: compact
        visible: !root.table
        x: 10
        y: 6
        width: parent.width - 20
        step: root.model
        current: root.current
        past: root.past
        onEdit: (stepIndex) => root.edit(stepIndex)
    }
}
