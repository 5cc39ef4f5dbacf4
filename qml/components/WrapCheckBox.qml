// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Waymark

/**
 * A check box whose label wraps onto more lines when where it is placed is narrower than its
 * one-line text (large text on a phone), instead of eliding it. Fills its layout's width.
 */
CheckBox {
    id: control
    // the one-line width, measured (a wrapped label's own implicit width would feed back into it)
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            Math.ceil(natural.advanceWidth) + 1 + indicatorSpace + leftPadding + rightPadding)
    readonly property real indicatorSpace: indicator ? indicator.width + spacing : 0
    Layout.fillWidth: true

    TextMetrics {
        id: natural
        font: control.font
        text: control.text
    }

    contentItem: Label {
        leftPadding: !control.mirrored ? control.indicatorSpace : 0
        rightPadding: control.mirrored ? control.indicatorSpace : 0
        text: control.text
        font: control.font
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        color: control.enabled ? control.Material.foreground : control.Material.hintTextColor
    }
}
