// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * Wellbeing 0-10 (tap the chosen number again to clear it) and hours slept: typed ("7.25", "7:15")
 * or stepped in quarter hours, the unit the diary keeps.
 */
Card {
    id: root
    required property DayController day

    SectionTitle {
        text: qsTr("How are you overall?")
        subtitle: qsTr("%1 is the worst you can imagine, %2 the best.").arg(0).arg(Limits.wellbeingMax)
    }
    SeverityPicker {
        objectName: "wellbeingPicker"
        labels: Array.from({ length: Limits.wellbeingMax + 1 }, (_, i) => String(i))
        severityColours: false
        accessibleName: qsTr("Wellbeing")
        value: root.day.wellbeing
        onPicked: (v) => root.day.setWellbeing(v === root.day.wellbeing ? -1 : v)
    }

    // The stepper beside "Hours slept", or under it when the words would not fit beside it
    // (measured: large text on a phone, a long translation).
    GridLayout {
        id: sleepRow
        Layout.fillWidth: true
        columns: stepperShownBelow ? 1 : 2
        // switched on a zero-interval Timer: Qt 6.4's layouts miss a change made while the card
        // lays them out
        property bool stepperShownBelow: false
        onStepperBelowChanged: settleSleep.restart()
        Component.onCompleted: stepperShownBelow = stepperBelow
        Timer {
            id: settleSleep
            interval: 0
            onTriggered: sleepRow.stepperShownBelow = sleepRow.stepperBelow
        }
        columnSpacing: Theme.gap
        rowSpacing: 4
        // the card's column (this row's own width is widened by the stepper beside the words)
        readonly property real room: parent ? parent.width : 0
        readonly property bool stepperBelow: {
            const natural = Math.ceil(sleepLabelMetrics.advanceWidth(sleepLabel.text)) + 1
            let longestWord = 0
            for (const word of sleepLabel.text.split(/\s+/))
                longestWord = Math.max(longestWord, Math.ceil(sleepLabelMetrics.advanceWidth(word)) + 1)
            // the words may wrap, but never inside a word
            return Math.min(natural, longestWord) + columnSpacing + stepper.implicitWidth > room
        }
        FontMetrics {
            id: sleepLabelMetrics
            font: sleepLabel.font
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                id: sleepLabel
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Hours slept")
                color: Theme.text
            }
            AbstractButton {
                id: clearSleep
                objectName: "clearSleep"
                visible: root.day.sleepHours >= 0
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Clear hours slept")
                implicitWidth: Math.max(48, implicitContentWidth) // a touch target
                implicitHeight: Math.max(48, implicitContentHeight)
                onClicked: root.day.setSleepHours(-1)
                contentItem: Text {
                    verticalAlignment: Text.AlignVCenter
                    text: qsTr("Clear")
                    color: Theme.accent
                    font.pixelSize: Theme.smallSize
                    font.underline: clearSleep.hovered || clearSleep.visualFocus
                }
            }
            Label {
                visible: root.day.sleepHours < 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Not recorded")
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
            }
        }
        RowLayout {
            id: stepper
            spacing: Theme.gap
            RoundButton {
                objectName: "sleepLess"
                flat: true
                text: "\u2212"
                font.pixelSize: Theme.headingSize + 3
                enabled: root.day.sleepHours > 0
                autoRepeat: true
                Accessible.name: qsTr("A quarter hour less sleep")
                onClicked: root.day.setSleepHours(Math.max(0, root.day.sleepHours - Limits.sleepStepHours))
            }
            TextField {
                id: sleepField
                implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                objectName: "sleepField"
                Layout.preferredWidth: 72
                horizontalAlignment: TextInput.AlignHCenter
                placeholderText: "–"
                inputMethodHints: Qt.ImhPreferNumbers
                Accessible.name: qsTr("Hours slept, e.g. 7.25 or 7:15")
                text: root.day.sleepText
                // typed hours are saved on Enter or when leaving the field; a wrong value stays for correcting
                onEditingFinished: if (text !== root.day.sleepText) root.day.setSleepText(text)
                Connections {
                    target: root.day
                    function onDayLoaded() {
                        if (!sleepField.activeFocus || root.day.error.field !== "sleep")
                            sleepField.text = root.day.sleepText
                    }
                }
            }
            RoundButton {
                objectName: "sleepMore"
                flat: true
                text: "+"
                font.pixelSize: Theme.headingSize + 3
                enabled: root.day.sleepHours < Limits.sleepMaxHours
                autoRepeat: true
                Accessible.name: qsTr("A quarter hour more sleep")
                // from nothing recorded, start at the last night recorded this week (if any)
                onClicked: root.day.setSleepHours(root.day.sleepHours < 0
                                                  ? (root.day.recentSleepHours >= 0 ? root.day.recentSleepHours : Limits.sleepStepHours)
                                                  : Math.min(Limits.sleepMaxHours, root.day.sleepHours + Limits.sleepStepHours))
            }
        }
    }
    FieldErrorLabel {
        objectName: "sleepError"
        error: root.day.error
        fields: ["sleep"]
    }
}
