// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** A plan's hold suggestion (a suggestion only), why it shows or not, and how it is worked out,
 *  with the two thresholds the person can change. */
ColumnLayout {
    id: root
    required property var plan
    required property PlanController controller
    /** The person chose "Hold this step…". */
    signal hold()

    spacing: Theme.gap

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
                Layout.fillWidth: true
                wrapMode: Text.Wrap
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
                onClicked: root.hold()
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
        Layout.fillWidth: true
        implicitHeight: Math.max(48, implicitContentHeight + topPadding + bottomPadding) // a touch target
        contentItem: Text {
            wrapMode: Text.Wrap
            text: (howToggle.checked ? "▾ " : "▸ ") + qsTr("How this is worked out")
            verticalAlignment: Text.AlignVCenter // the 48 px target, its text in the middle
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

}
