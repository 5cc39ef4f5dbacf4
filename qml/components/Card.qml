// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Waymark

/** A soft surface holding one section of a page; children go into a column. */
Rectangle {
    id: root
    default property alias content: column.data
    property alias spacing: column.spacing
    property int padding: Theme.gapLarge

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * padding
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: 1

    ColumnLayout {
        id: column
        x: root.padding
        y: root.padding
        width: root.width - 2 * root.padding
        spacing: Theme.gap + 4
    }
}
