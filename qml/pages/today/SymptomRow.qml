// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * One symptom of SymptomCard's list: its group's heading when it is the group's first, its name,
 * "not rated" or the way back to it, and its severity picker. `model` is the list's row
 * (key, name, group, groupFirst, severity); SymptomCard makes each row through a Loader.
 */
ColumnLayout {
    id: symptomRow
    required property var model
    required property DayController day
    readonly property bool rated: model.severity >= 0
    spacing: 6
    Label {
        visible: symptomRow.model.groupFirst
        text: symptomRow.model.group
        color: Theme.accent
        font.pixelSize: Theme.smallSize
        font.weight: Font.DemiBold
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 0.6
        Layout.topMargin: Theme.gap
    }
    // Laid out by hand from the row's own width: the name beside the picker when there is
    // room, above it otherwise (a GridLayout switching columns kept stale widths).
    Item {
        id: line
        objectName: "symptomLine_" + symptomRow.model.key
        Layout.fillWidth: true
        readonly property bool beside: width >= 560
        readonly property int pickerWidth: beside ? 380 : width
        implicitHeight: beside ? Math.max(nameBlock.height, picker.height)
                               : nameBlock.height + 4 + picker.height

        Item {
            id: nameBlock
            x: 0
            y: line.beside ? Math.round((line.height - height) / 2) : 0
            width: line.beside ? line.width - line.pickerWidth - Theme.gapLarge : line.width
            height: line.beside ? nameLabel.implicitHeight + status.height
                                : Math.max(nameLabel.implicitHeight, status.height)
            Label {
                id: nameLabel
                objectName: "symptomName"
                width: line.beside ? parent.width : parent.width - status.width - Theme.gap
                text: symptomRow.model.name
                color: Theme.text
                wrapMode: Text.Wrap
            }
            // "not rated", or the way back to it: beside the name, so the five segments
            // keep the full width on a phone
            Item {
                id: status
                x: line.beside ? 0 : parent.width - width
                y: line.beside ? nameLabel.implicitHeight : 0
                width: symptomRow.rated ? clearRating.implicitWidth : notRated.implicitWidth
                height: Math.max(clearRating.implicitHeight, notRated.implicitHeight)
                Label {
                    id: notRated
                    objectName: "notRated"
                    visible: !symptomRow.rated
                    text: qsTr("not rated")
                    color: Theme.textSoft
                    font.pixelSize: Theme.smallSize
                    font.italic: true
                }
                AbstractButton {
                    id: clearRating
                    objectName: "clearRating_" + symptomRow.model.key
                    visible: symptomRow.rated
                    focusPolicy: Qt.StrongFocus
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("Clear the rating of %1: not rated").arg(symptomRow.model.name)
                    onClicked: symptomRow.day.clearRating(symptomRow.model.key)
                    implicitWidth: Math.max(48, implicitContentWidth) // a touch target
                    implicitHeight: Math.max(48, implicitContentHeight)
                    contentItem: Text {
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        text: qsTr("Clear")
                        color: Theme.accent
                        font.pixelSize: Theme.smallSize
                        font.underline: clearRating.hovered || clearRating.visualFocus
                    }
                }
            }
        }
        SeverityPicker {
            id: picker
            objectName: "severity_" + symptomRow.model.key
            x: line.beside ? line.width - width : 0
            y: line.beside ? Math.round((line.height - height) / 2) : nameBlock.height + 4
            width: line.pickerWidth
            accessibleName: symptomRow.model.name
            value: symptomRow.model.severity
            onPicked: (v) => symptomRow.day.setRating(symptomRow.model.key, v)
        }
    }
}
