// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * Settings: the daily "How was today?" reminder and the dose reminder, each on or off at a time
 * the person types ("20:00", "8 pm"). The reminders' words are fixed; the card says so.
 */
Card {
    id: root

    SectionTitle {
        text: qsTr("Reminders")
        subtitle: qsTr("A reminder only ever says \"How was today?\" or \"The dose reminder you set.\" It never shows your medicines or what you wrote, so nothing private appears on a lock screen.")
    }

    // the label above its time and switch when they do not fit beside it (a phone with large text)
    component ReminderRow: LabelledRow {
        id: row
        required property int kind
        required property string label
        required property bool enabledNow
        required property string time
        required property string fieldName
        text: label
        Row {
            spacing: Theme.gap
            TextField {
                implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                objectName: row.fieldName
                width: Theme.scaled(96)
                anchors.verticalCenter: parent.verticalCenter
                text: row.time
                inputMethodHints: Qt.ImhPreferNumbers
                horizontalAlignment: TextInput.AlignHCenter
                Accessible.name: qsTr("Time of: %1").arg(row.label)
                onEditingFinished: {
                    if (!Reminders.setTime(row.kind, text))
                        return
                    text = Qt.binding(() => row.time)
                }
            }
            Switch {
                objectName: row.fieldName + "Switch"
                anchors.verticalCenter: parent.verticalCenter
                checked: row.enabledNow
                Accessible.name: row.label
                onToggled: row.kind === Reminders.Daily ? Reminders.dailyEnabled = checked
                                                         : Reminders.doseEnabled = checked
            }
        }
    }

    ReminderRow {
        kind: Reminders.Daily
        label: qsTr("Every day: \"How was today?\"")
        enabledNow: Reminders.dailyEnabled
        time: Reminders.dailyTime
        fieldName: "dailyTime"
    }
    InlineError {
        text: Reminders.errorField === "dailyTime" ? Reminders.errorText : ""
    }
    ReminderRow {
        kind: Reminders.Dose
        label: qsTr("Dose reminder, while a plan gives a dose")
        enabledNow: Reminders.doseEnabled
        time: Reminders.doseTime
        fieldName: "doseTime"
    }
    InlineError {
        text: Reminders.errorField === "doseTime" ? Reminders.errorText : ""
    }
    // Refused or turned off in the phone's settings: say so, or the person waits for nothing.
    InlineError {
        objectName: "notificationsOff"
        text: (Reminders.dailyEnabled || Reminders.doseEnabled) && !Reminders.notificationsAllowed
              ? qsTr("Notifications for Waymark are turned off in the system settings, so no reminder can show. Turn them on there to get your reminders.")
              : ""
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
        text: Reminders.doseEnabled && !Reminders.planActive
              ? qsTr("No plan gives a dose today, so the dose reminder waits until one does.")
              : Reminders.comesWhenClosed
                ? qsTr("Reminders come at their time, also while Waymark is closed.")
                : qsTr("Reminders come while Waymark is open or in the background. Where the system has no notifications, a quiet line at the top of the window shows them.")
    }
}
