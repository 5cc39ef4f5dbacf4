// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** The column headings of a schedule shown as a table (widths as StepTableRow). */
RowLayout {
    id: root
    spacing: Theme.gap
    /** Each heading and its width (-1: the rest), as StepTableRow. */
    readonly property var headings: [[qsTr("Step"), 44], [qsTr("Dates"), 215], [qsTr("Dose"), 90], [qsTr("How to make it"), 175],
                                     [qsTr("Modelled occupancy"), 165], [qsTr("Cut, rounding and days logged"), -1]]
        Repeater {
            // a fixed count, so a language change (new texts) never deletes a heading from the row:
            // Qt 6.4's layouts can keep an item a Repeater deleted (docs/ARCHITECTURE.md)
            model: 6
            delegate: Label {
                required property int index
                readonly property var heading: root.headings[index]
                text: heading[0]
                Layout.preferredWidth: heading[1] > 0 ? Theme.scaled(heading[1]) : 100
                Layout.maximumWidth: heading[1] > 0 ? Theme.scaled(heading[1]) : 100000
                Layout.minimumWidth: heading[1] > 0 ? Theme.scaled(heading[1]) : 0
                Layout.fillWidth: heading[1] < 0
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
                font.weight: Font.DemiBold
                leftPadding: 8
            }
        }
    }
