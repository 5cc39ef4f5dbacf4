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
        implicitHeight: Math.max(48, implicitContentHeight + topPadding + bottomPadding) // a touch target
        contentItem: Text {
            wrapMode: Text.Wrap
            text: (guidanceToggle.checked ? "▾ " : "▸ ") + qsTr("Published guidance on this method")
            verticalAlignment: Text.AlignVCenter // the 48 px target, its text in the middle
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
        text: qsTr("⚠ %n step(s) cut more than 1.5 times what was asked: see the warning on each.", "", root.plan.warningCount)
    }

    HoldSuggestionPanel {
        Layout.fillWidth: true
        plan: root.plan
        controller: root.controller
        onHold: root.change("hold", 0)
    }

    // ---- this week: planned against logged
    WeekStrip {
        Layout.fillWidth: true
        days: root.plan.week
        columns: root.table ? 7 : 4
    }

    // ---- adapting (a label wider than the card wraps: German at a large text size)
    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap
        WrapButton {
            width: Math.min(implicitWidth, parent.width)
            objectName: "holdButton"
            visible: root.plan.started && !root.plan.waiting && !root.plan.finished
            text: qsTr("Hold this step…")
            onClicked: root.change("hold", 0)
        }
        WrapButton {
            width: Math.min(implicitWidth, parent.width)
            objectName: "releaseButton"
            visible: root.plan.waiting
            highlighted: true
            text: qsTr("Release the hold…")
            onClicked: root.change("release", 0)
        }
        WrapButton {
            width: Math.min(implicitWidth, parent.width)
            objectName: "pauseButton"
            visible: !root.plan.waiting && !root.plan.finished
            text: qsTr("Pause the plan…")
            onClicked: root.change("pause", 0)
        }
        WrapButton {
            width: Math.min(implicitWidth, parent.width)
            objectName: "slowButton"
            visible: root.plan.method !== "custom" && !root.plan.waiting && !root.plan.finished
            text: qsTr("Slow down…")
            onClicked: root.change("pace", 0)
        }
        WrapButton {
            width: Math.min(implicitWidth, parent.width)
            objectName: "skipButton"
            visible: root.plan.started && !root.plan.waiting && !root.plan.finished
            text: qsTr("Next step now…")
            onClicked: root.change("skip", 0)
        }
        WrapButton {
            width: Math.min(implicitWidth, parent.width)
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
    StepTableHeader {
        visible: root.table
        Layout.fillWidth: true
    }
    // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
    Column {
        Layout.fillWidth: true
        visible: stepRows.count > 0 // no gap for an empty list, as before
        spacing: root.spacing
        Repeater {
            id: stepRows
            objectName: "stepRows"
            model: root.plan.steps
            delegate: StepDelegate {
                width: parent ? parent.width : 0
                table: root.table
                onEdit: (stepIndex) => root.change("edit", stepIndex)
            }
        }
    }
}
