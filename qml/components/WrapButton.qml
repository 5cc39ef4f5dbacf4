// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Waymark

/**
 * A button whose label wraps onto more lines, the button growing taller, when where it is placed
 * is narrower than its one-line text (large text on a phone), instead of running off the side or
 * cutting its words. In a layout it is as wide as its text up to the space there is, and never
 * narrower than its longest word.
 */
Button {
    id: control
    // the one-line width, measured (a wrapped label's own implicit width would feed back into it)
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            Math.ceil(natural.advanceWidth) + 1 + leftPadding + rightPadding)
    Layout.fillWidth: true
    Layout.maximumWidth: implicitWidth
    Layout.minimumWidth: Math.min(implicitWidth, longestWord() + leftPadding + rightPadding)

    function longestWord(): int {
        let widest = 0
        for (const word of control.text.split(/\s+/))
            widest = Math.max(widest, words.advanceWidth(word))
        return Math.ceil(widest) + 1
    }

    TextMetrics {
        id: natural
        font: control.font
        text: control.text
    }
    FontMetrics {
        id: words
        font: control.font
    }

    contentItem: Label {
        text: control.text
        font: control.font
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // as Material's own button label
        color: !control.enabled ? control.Material.hintTextColor
             : control.flat && control.highlighted ? control.Material.accentColor
             : control.highlighted ? control.Material.primaryHighlightedTextColor
             : control.Material.foreground
    }
}
