// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * A reminder that no notification service could show: a quiet line at the top of the window
 * (no sound, nothing that moves), until the person dismisses it. Its text is the reminder's
 * fixed text, never diary content.
 */
ToolBar {
    id: root
    objectName: "reminderPrompt"
    visible: Reminders.promptText.length > 0
    height: visible ? implicitHeight : 0
    background: Rectangle {
        color: Theme.accentSoft
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
    }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gapLarge
        anchors.rightMargin: Theme.gap
        spacing: Theme.gap
        Label {
            objectName: "reminderPromptText"
            Layout.fillWidth: true
            text: Reminders.promptText
            wrapMode: Text.Wrap
            color: Theme.text
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Button {
            objectName: "reminderPromptDismiss"
            flat: true
            text: qsTr("Dismiss")
            Accessible.name: qsTr("Dismiss the reminder")
            onClicked: Reminders.dismissPrompt()
        }
    }
}
