// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** What to ask the pharmacy for: this step, the next weeks, the whole plan, with the person's margin. */
ColumnLayout {
    id: root
    required property PlanDailyController daily
    property bool wide: true
    Layout.fillWidth: true
    spacing: Theme.gap

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("What to ask the pharmacy for")
        font.weight: Font.DemiBold
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap
        Label {
            height: weeksBox.height
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Weeks ahead")
            color: Theme.textSoft
        }
        SpinBox {
            id: weeksBox
            objectName: "supplyWeeks"
            from: 1
            to: 104
            value: root.daily.weeks
            editable: true
            Accessible.name: qsTr("Weeks ahead")
            onValueModified: root.daily.weeks = value
        }
        Label {
            height: weeksBox.height
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Margin %")
            color: Theme.textSoft
        }
        SpinBox {
            id: marginBox
            objectName: "supplyMargin"
            from: 0
            to: 100
            value: Math.round(root.daily.marginPct)
            editable: true
            Accessible.name: qsTr("Margin in percent")
            onValueModified: root.daily.setMargin(String(value))
        }
    }
    // A new grid whenever the model changes (a Repeater of one, the cells' model fixed for its life):
    // Qt 6.4's layouts can keep a cell a Repeater deleted (docs/ARCHITECTURE.md)
    Column {
        Layout.fillWidth: true
        Repeater {
            model: [root.daily.supply]
            delegate: GridLayout {
                id: grid
                required property var modelData
                width: parent ? parent.width : 0
                columns: root.wide ? 3 : 1
                columnSpacing: Theme.gapLarge
                rowSpacing: Theme.gap
                Repeater {
                    model: grid.modelData
                    delegate: ColumnLayout {
                        id: section
                        required property var modelData
                        required property int index
                        objectName: "supplySection_" + index
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 1
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: section.modelData.title
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: section.modelData.heading
                            font.pixelSize: Theme.smallSize
                            color: Theme.textSoft
                        }
                        Repeater {
                            // may stay in the layout: fixed for this section's life (the grid is made again)
                            model: section.modelData.lines
                            delegate: Label {
                                required property string modelData
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                text: "• " + modelData
                                color: Theme.text
                            }
                        }
                    }
                }
            }
        }
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.textSoft
        text: qsTr("The other half of a split tablet is taken at a later dose; a piece left over still needs a whole tablet. Liquids are rounded up to whole mL.")
    }
}
