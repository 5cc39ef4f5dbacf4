// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * A text with its control beside it, or the text above the control when the two do not fit side
 * by side (a phone with large text). Measured, not a fixed breakpoint: beside needs room for the
 * text's longest word (a soft hyphen may break a word) and for its whole line up to
 * `textMinimum` (`Theme.scaled(140)`), so any language and text size lay out alike. The control is the one child:
 * beside the text it is `controlWidth` wide (its implicit width unless set); under the text it is
 * as wide as the row when `fill`, else at the start (or the end: `controlAtEnd`).
 * Laid out by hand: a GridLayout switching its columns kept stale widths (Qt 6.4).
 */
Item {
    id: row
    property string text
    property color textColor: Theme.text
    property bool bold: false
    default property alias content: holder.data
    readonly property Item control: holder.children.length > 0 ? holder.children[0] : null
    property real controlWidth: control ? control.implicitWidth : 0
    property bool fill: false
    property bool controlAtEnd: false
    /** Beside the control the text has at least this room (or its whole line, if shorter). */
    property real textMinimum: Theme.scaled(140)
    /** The text's room beside the control. */
    readonly property real textNeeds: {
        let widest = 0
        for (const word of row.text.split(/[\s\u00ad]+/))
            widest = Math.max(widest, words.advanceWidth(word))
        return Math.ceil(Math.max(widest, Math.min(natural.advanceWidth, row.textMinimum))) + 1
    }
    readonly property bool beside: width - controlWidth - Theme.gapLarge >= textNeeds
    readonly property real controlHeight: control ? control.height : 0

    Layout.fillWidth: true
    implicitWidth: Math.ceil(natural.advanceWidth) + 1 + Theme.gapLarge + controlWidth
    implicitHeight: beside ? Math.max(label.implicitHeight, controlHeight)
                           : label.implicitHeight + 4 + controlHeight
    // The control's height may follow the width this row gets, so it changes while the column is
    // being laid out, which the column then misses (Qt 6.4): handed to it once that is done.
    property real settledHeight: implicitHeight
    onImplicitHeightChanged: settle.restart()
    Layout.preferredHeight: settledHeight
    Timer {
        id: settle
        interval: 0
        onTriggered: row.settledHeight = row.implicitHeight
    }

    TextMetrics {
        id: natural
        font: label.font
        text: row.text
    }
    FontMetrics {
        id: words
        font: label.font
    }
    Label {
        id: label
        objectName: "labelledRowText"
        width: row.beside ? row.width - row.controlWidth - Theme.gapLarge : row.width
        y: row.beside ? Math.round((row.height - height) / 2) : 0
        text: row.text
        wrapMode: Text.Wrap
        color: row.textColor
        font.weight: row.bold ? Font.DemiBold : Font.Normal
    }
    Item {
        id: holder
        x: row.beside || row.controlAtEnd ? row.width - width : 0
        y: row.beside ? Math.round((row.height - height) / 2) : label.height + 4
        width: row.beside || !row.fill ? Math.min(row.controlWidth, row.width) : row.width
        height: row.controlHeight
    }
}
