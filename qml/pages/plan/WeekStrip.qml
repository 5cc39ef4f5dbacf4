// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** The last seven days of a plan: the plan's dose and what was logged, each day a cell. */
ColumnLayout {
    id: root
    /** [{dayText, plannedText, loggedText, match ("same", "different", "none", "noplan")}] */
    required property var days
    property int columns: 7
    /** As many of `columns` as fit a day's text (fewer with larger text), the days evenly over the rows. */
    readonly property int fitColumns: Math.max(1, Math.min(columns, Math.floor((width + 6) / (Theme.scaled(66) + 6))))
    readonly property int shownColumns: Math.ceil(days.length / Math.ceil(days.length / fitColumns))

    spacing: Theme.gap

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("This week: the plan's dose, and what you logged")
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
        font.weight: Font.DemiBold
    }
    // A new grid whenever the model changes (a Repeater of one, the cells' model fixed for its life):
    // Qt 6.4's layouts can keep a cell a Repeater deleted (docs/ARCHITECTURE.md)
    Column {
        Layout.fillWidth: true
        Repeater {
            model: [root.days]
            delegate: GridLayout {
                id: grid
                required property var modelData
                objectName: "weekStrip"
                width: parent ? parent.width : 0
                columns: root.shownColumns
                columnSpacing: 6
                rowSpacing: 6
                Repeater {
                    model: grid.modelData
                    delegate: Rectangle {
                        id: dayCell
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.fillHeight: true // one height per row of days
                        implicitHeight: cellColumn.implicitHeight + 12
                        radius: 8
                        color: modelData.match === "same" ? Theme.accentSoft : Theme.surfaceAlt
                        border.width: modelData.match === "different" ? 1 : 0
                        border.color: Theme.safetyBorder
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("%1: planned %2, logged %3").arg(modelData.dayText).arg(modelData.plannedText).arg(modelData.loggedText)
                        ColumnLayout {
                            id: cellColumn
                            x: 6
                            y: 6
                            width: parent.width - 12
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                text: dayCell.modelData.dayText
                                color: Theme.textSoft
                                font.pixelSize: Theme.smallSize - 1
                            }
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap // "1.375 mg" on a phone: never cut
                                text: dayCell.modelData.match === "noplan" ? qsTr("no plan") : dayCell.modelData.plannedText
                                color: Theme.text
                                font.pixelSize: Theme.smallSize
                            }
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap // "1.375 mg" on a phone: never cut
                                text: dayCell.modelData.match === "same" ? qsTr("✓ taken") : dayCell.modelData.loggedText
                                color: dayCell.modelData.match === "different" ? Theme.calmWarning
                                       : dayCell.modelData.match === "same" ? Theme.success : Theme.textSoft
                                font.pixelSize: Theme.smallSize
                            }
                        }
                    }
                }
            }
        }
    }

}
