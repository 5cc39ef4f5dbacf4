// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
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

        Repeater {
            // a count, not the labels: a language change gives new labels to the same items, never
            // new items (Qt 6.4's layouts can keep an item a Repeater deleted, docs/ARCHITECTURE.md)
            model: root.pages.length
            delegate: ItemDelegate {
                id: item
                required property int index
                objectName: "navItem_" + index
                Layout.fillWidth: true
                text: root.pages[index]
                font.pixelSize: Theme.bodySize
                font.weight: root.currentIndex === index ? Font.DemiBold : Font.Normal
                highlighted: root.currentIndex === index
                focusPolicy: Qt.StrongFocus // the navigation is a Tab stop (delegates are not by default)
                Accessible.name: text
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
