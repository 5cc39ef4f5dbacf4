// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** A card's heading with an optional quiet line under it. */
ColumnLayout {
    id: root
    property string text
    property string subtitle
    Layout.fillWidth: true
    spacing: 2

    Label {
        text: root.text
        font.pixelSize: Theme.headingSize
        font.weight: Font.DemiBold
        color: Theme.text
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    Label {
        visible: root.subtitle.length > 0
        text: root.subtitle
        font.pixelSize: Theme.smallSize
        color: Theme.textSoft
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
}
