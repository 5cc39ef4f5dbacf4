// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** A calm message under a field: what is wrong and what to do. Hidden when empty. */
Label {
    id: root
    property bool good: false
    visible: text.length > 0
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    font.pixelSize: Theme.smallSize + 1
    color: good ? Theme.success : Theme.calmWarning
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
