// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** Side navigation for wide windows: the pages, and Lock at the bottom. */
Rectangle {
    id: root
    property int currentIndex: 0
    property var pages: []
    signal activated(int index)

    implicitWidth: Math.min(Theme.scaled(208), 340) // wider with larger text, within reason
    color: Theme.surface
    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.border
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gapLarge
        spacing: Theme.gap

        Label {
            text: "Waymark"
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            color: Theme.accent
            Layout.bottomMargin: Theme.gapLarge
            Layout.topMargin: Theme.gap
            Layout.leftMargin: Theme.gap
        }

        // In a Column, not straight in the layout: the labels are made again on a language change,
        // and Qt 6.4 can keep an item the Repeater deleted (docs/ARCHITECTURE.md)
        Column {
            Layout.fillWidth: true
            visible: navItems.count > 0 // no gap for an empty list, as before
            spacing: column.spacing
            Repeater {
                id: navItems
                model: root.pages
                delegate: ItemDelegate {
                    id: item
                    required property int index
                    required property string modelData
                    objectName: "navItem_" + index
                    width: parent ? parent.width : 0
                    text: modelData
                    font.pixelSize: Theme.bodySize
                    font.weight: root.currentIndex === index ? Font.DemiBold : Font.Normal
                    highlighted: root.currentIndex === index
                    focusPolicy: Qt.StrongFocus // the navigation is a Tab stop (delegates are not by default)
                    Accessible.name: modelData
                    onClicked: root.activated(index)
                    background: Rectangle {
                        radius: 10
                        color: item.highlighted ? Theme.accentSoft : (item.hovered ? Theme.surfaceAlt : "transparent")
                    }
                    contentItem: Label {
                        text: item.text
                        font: item.font
                        color: item.highlighted ? Theme.accent : Theme.text
                        leftPadding: 4
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
        }

        Item { Layout.fillHeight: true }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: Theme.textSoft
            text: Session.demo ? qsTr("Demo diary: made-up data.")
                               : qsTr("Encrypted on this device. No account, no network.")
        }
        Button {
            objectName: "lockButton"
            Layout.fillWidth: true
            text: qsTr("Lock now")
            flat: true
            Accessible.name: qsTr("Lock the diary now")
            ToolTip.visible: hovered
            ToolTip.delay: 800
            ToolTip.text: qsTr("Lock now (Ctrl+L)")
            onClicked: Session.lock()
        }
    }
}
