// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** Each step's dose at each time of day and which dose changes (plans with several doses a day). */
ColumnLayout {
    id: root
    required property PlanDailyController daily
    Layout.fillWidth: true
    spacing: Theme.gap

    Label {
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        text: qsTr("Doses across the day")
        font.weight: Font.DemiBold
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
    Column {
        Layout.fillWidth: true
        visible: timeStepRows.count > 0 // no gap for an empty list, as before
        spacing: root.spacing
        Repeater {
            id: timeStepRows
            model: root.daily.timeSteps
            delegate: Rectangle {
                id: row
                required property var modelData
                objectName: "doseTimesStep_" + modelData.step
                width: parent ? parent.width : 0
                implicitHeight: rowColumn.implicitHeight + 2 * Theme.gap
                radius: 8
                color: modelData.current ? Theme.accentSoft : Theme.surfaceAlt
                border.color: modelData.stepBack ? Theme.calmWarning : "transparent"
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Step %1, %2: %3. %4").arg(modelData.step).arg(modelData.datesText)
                                 .arg(modelData.timesText).arg(modelData.changeText)
                ColumnLayout {
                    id: rowColumn
                    x: Theme.gap
                    y: Theme.gap
                    width: row.width - 2 * Theme.gap
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("Step %1 · %2 · %3 a day").arg(row.modelData.step).arg(row.modelData.datesText)
                              .arg(row.modelData.doseText) + (row.modelData.current ? qsTr(" · now") : "")
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                        font.weight: Font.DemiBold
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: row.modelData.timesText
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        wrapMode: Text.Wrap
                        text: row.modelData.changeText
                        color: row.modelData.stepBack ? Theme.calmWarning : Theme.textSoft
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
        }
    }
}
