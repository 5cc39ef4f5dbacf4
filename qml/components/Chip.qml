// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** A rounded toggle: a choice among a few (ranges) or a legend entry with a colour swatch. */
AbstractButton {
    id: root
    property color swatch: "transparent"
    property int swatchHeight: 3
    property real swatchOpacity: 1
    property bool swatchDashed: false
    readonly property bool hasSwatch: swatch.a > 0

    // at most as wide as where it is placed (a Flow on a phone)
    width: parent ? Math.min(implicitWidth, parent.width) : implicitWidth
    checkable: true
    hoverEnabled: true
    font.pixelSize: Theme.smallSize + 1
    leftPadding: hasSwatch ? 10 : 14
    rightPadding: 14
    // 48 px for the finger (a touch target), the pill drawn around the text as before
    readonly property real pillHeight: implicitContentHeight + 14
    implicitHeight: Math.max(48, pillHeight)
    implicitWidth: Math.max(48, implicitContentWidth + leftPadding + rightPadding)
    topPadding: (height - implicitContentHeight) / 2
    bottomPadding: topPadding
    topInset: Math.max(0, (height - pillHeight) / 2)
    bottomInset: topInset
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: checked

    TextMetrics {
        id: natural
        font: root.font
        text: root.text
    }

    background: Rectangle {
        radius: Math.min(height / 2, 16)
        color: root.hasSwatch ? (root.hovered ? Theme.surfaceAlt : "transparent")
                              : (root.checked ? Theme.accentStrong : (root.hovered ? Theme.border : Theme.surfaceAlt))
        border.width: root.hasSwatch ? 1 : 0
        border.color: root.checked ? Theme.border : Theme.surfaceAlt
    }
    contentItem: RowLayout {
        spacing: 7
        Row {
            visible: root.hasSwatch
            spacing: 3
            opacity: root.checked ? root.swatchOpacity : 0.25
            Repeater {
                model: root.swatchDashed ? 3 : 1
                Rectangle {
                    width: root.swatchDashed ? 4 : 18
                    height: root.swatchHeight
                    radius: root.swatchDashed ? 1 : 2
                    color: root.swatch
                }
            }
        }
        Label {
            objectName: "chipLabel"
            // one line at its natural width (measured, so wrapping cannot feed back into it), but
            // never wider than where the chip is: a long legend entry wraps instead of running off
            Layout.fillWidth: true
            Layout.preferredWidth: Math.ceil(natural.advanceWidth) + 1
            Layout.maximumWidth: Layout.preferredWidth
            wrapMode: Text.Wrap
            text: root.text
            font: root.font
            color: root.hasSwatch ? (root.checked ? Theme.text : Theme.textSoft)
                                  : (root.checked ? Theme.textOnAccent : Theme.text)
        }
    }
}
