// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** Shown, without alarm, when a safety item is rated moderate or worse. */
Rectangle {
    id: root
    property string symptomName
    property string severityName
    property string crisisNumber: Preferences.crisisNumber
    signal openSettings()

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.gapLarge
    radius: Theme.radius
    color: Theme.safetyBackground
    border.color: Theme.safetyBorder
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    ColumnLayout {
        id: column
        x: Theme.gapLarge
        y: Theme.gapLarge
        width: root.width - 2 * Theme.gapLarge
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Looking after yourself")
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            id: message
            objectName: "safetyMessage"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            text: root.crisisNumber.length > 0
                  ? qsTr("You rated %1 as %2. Please contact your prescriber, or if you are in danger call %3 or your local emergency number.")
                        .arg(root.symptomName.toLowerCase()).arg(root.severityName).arg(root.crisisNumber)
                  : qsTr("You rated %1 as %2. Please contact your prescriber, or if you are in danger call your local emergency number.")
                        .arg(root.symptomName.toLowerCase()).arg(root.severityName)
        }
        Label {
            visible: root.crisisNumber.length === 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textSoft
            font.pixelSize: Theme.smallSize
            text: qsTr("You can add a crisis line number in Settings, under Safety, so it shows here.")
        }
    }
}
