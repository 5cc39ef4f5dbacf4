// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** The column headings of a schedule shown as a table (widths as StepTableRow). */
RowLayout {
    id: root
    spacing: Theme.gap
        Repeater {
            model: [[qsTr("Step"), 44], [qsTr("Dates"), 215], [qsTr("Dose"), 90], [qsTr("How to make it"), 175],
                    [qsTr("Modelled occupancy"), 165], [qsTr("Cut, rounding and days logged"), -1]]
            delegate: Label {
                required property var modelData
                text: modelData[0]
                Layout.preferredWidth: modelData[1] > 0 ? Theme.scaled(modelData[1]) : 100
                Layout.maximumWidth: modelData[1] > 0 ? Theme.scaled(modelData[1]) : 100000
                Layout.minimumWidth: modelData[1] > 0 ? Theme.scaled(modelData[1]) : 0
                Layout.fillWidth: modelData[1] < 0
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
                font.weight: Font.DemiBold
                leftPadding: 8
            }
        }
    }
