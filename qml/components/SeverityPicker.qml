// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * A compact segmented control: one segment per value. Used for symptom severity (0-4, named) and
 * for wellbeing (0-10). Emits picked(value); the owner saves and feeds back `value`.
 */
Item {
    id: root
    property int value: -1
    property var labels: Theme.severityNames
    property string accessibleName
    property bool severityColours: true
    property int segmentHeight: 36
    signal picked(int value)

    implicitWidth: labels.length * 64
    implicitHeight: segmentHeight
    Layout.fillWidth: true
    Layout.preferredHeight: segmentHeight

    Rectangle {
        anchors.fill: parent
        radius: 8
        color: Theme.surfaceAlt
        border.color: Theme.border
    }

    Row {
        anchors.fill: parent
        anchors.margins: 2
        spacing: 2
        Repeater {
            model: root.labels.length
            delegate: AbstractButton {
                id: segment
                required property int index
                readonly property bool chosen: root.value === index
                width: (root.width - 4 - (root.labels.length - 1) * 2) / root.labels.length
                height: root.height - 4
                checkable: false
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.RadioButton
                Accessible.name: root.accessibleName + ": " + root.labels[index]
                Accessible.checked: chosen
                onClicked: root.picked(index)
                background: Rectangle {
                    radius: 6
                    color: segment.chosen
                           ? (root.severityColours ? Theme.severityColor(segment.index) : Theme.accentStrong)
                           : (segment.hovered ? Theme.accentSoft : "transparent")
                    border.width: segment.visualFocus ? 2 : 0
                    border.color: Theme.accent
                }
                contentItem: Text {
                    text: root.labels[segment.index]
                    font.pixelSize: root.labels.length > 6 ? Theme.bodySize - 1 : Theme.smallSize
                    font.weight: segment.chosen ? Font.DemiBold : Font.Normal
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 10
                    color: segment.chosen
                           ? (root.severityColours ? Theme.severityTextColor(segment.index) : Theme.textOnAccent)
                           : Theme.textSoft
                }
            }
        }
    }
}
