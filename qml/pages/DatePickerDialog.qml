// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Waymark

/** "Go to date": a month grid; days after today cannot be picked. */
Dialog {
    id: root
    property string maximumDate
    property int month: 0
    property int year: 2026
    signal picked(string iso)

    function pad(n) { return n < 10 ? "0" + n : "" + n }
    function isoOf(y, m, d) { return y + "-" + pad(m + 1) + "-" + pad(d) }
    function openAt(iso) {
        const parts = iso.split("-")
        year = parseInt(parts[0])
        month = parseInt(parts[1]) - 1
        open()
    }

    title: qsTr("Go to a day")
    modal: true
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accentStrong
    Material.background: Theme.surface
    Material.foreground: Theme.text
    font.capitalization: Font.MixedCase
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 360, 380)
    standardButtons: Dialog.Cancel
    DialogKeys { // Enter picks the focused day
        dialog: root
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.gap
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: "‹"
                flat: true
                Accessible.name: qsTr("Previous month")
                onClicked: { if (root.month === 0) { root.month = 11; root.year-- } else root.month-- }
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                font.weight: Font.DemiBold
                text: Qt.locale().standaloneMonthName(root.month) + " " + root.year
            }
            Button {
                text: "›"
                flat: true
                Accessible.name: qsTr("Next month")
                enabled: root.isoOf(root.year, root.month, 1) <= root.maximumDate
                onClicked: { if (root.month === 11) { root.month = 0; root.year++ } else root.month++ }
            }
        }
        DayOfWeekRow {
            locale: grid.locale
            Layout.fillWidth: true
            delegate: Text {
                required property string shortName
                text: shortName
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
            }
        }
        MonthGrid {
            id: grid
            Layout.fillWidth: true
            month: root.month
            year: root.year
            locale: Qt.locale()
            delegate: AbstractButton {
                id: cell
                required property var model
                readonly property string iso: root.isoOf(model.year, model.month, model.day)
                enabled: model.month === root.month && iso <= root.maximumDate
                implicitHeight: 38
                Accessible.name: model.day + " " + Qt.locale().standaloneMonthName(model.month)
                onClicked: { root.picked(iso); root.close() }
                background: Rectangle {
                    radius: height / 2
                    color: cell.iso === root.maximumDate ? Theme.accentSoft : (cell.hovered ? Theme.surfaceAlt : "transparent")
                }
                contentItem: Text {
                    text: cell.model.day
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    color: cell.enabled ? Theme.text : Theme.border
                    font.pixelSize: Theme.bodySize
                }
            }
        }
    }
}
