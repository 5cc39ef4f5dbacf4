// SPDX-License-Identifier: GPL-3.0-or-later
// The minimal Qt Quick Controls app of waymark_bench_minimal: what an unlock page needs, no more.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    width: 360
    height: 640
    visible: true
    title: "Minimal"

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 48
        spacing: 12

        Label {
            text: "Unlock"
            font.pixelSize: 24
        }
        TextField {
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: "Passphrase"
        }
        Button {
            Layout.fillWidth: true
            text: "Unlock"
        }
    }
}
