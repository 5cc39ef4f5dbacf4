// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * A page's title row: the title (a heading), an optional quiet line under it, and the page's buttons
 * (children; `lock` adds "Lock"). Where the buttons go is measured, not set by a breakpoint:
 * - beside the title and its quiet line, when the title fits on one line and the quiet line on
 *   about two, no word of it too wide there (the usual case);
 * - beside the title, the quiet line under both, when only the title fits beside them;
 * - under the title and its quiet line, at the right, when the title does not fit beside them: the
 *   title keeps the whole line instead of breaking inside a word (German at a large text size).
 * A title word wider than the whole line makes the title smaller, just enough for that word to fit,
 * but never smaller than a card's heading.
 */
GridLayout {
    id: root
    property string title
    property string subtitle
    /** objectNames of the two texts, for tests and the page's own code. */
    property string titleObjectName
    property string subtitleObjectName
    /** A "Lock" button (phones: the rail's own lock is not there). */
    property bool lock: false
    /** The buttons, after the lock. */
    default property alias buttons: buttonRow.data
    /** The width the header may take: its column's (read from there, not from the header's own
     *  width, which the layout sets from the header's size and would feed back into it). */
    property real availableWidth: parent ? parent.width : 0
    /** The shown buttons side by side, summed here rather than read from the row's layout (which
     *  works it out while it is laid out, too late for choosing where it goes). */
    readonly property real buttonsWidth: {
        let sum = 0
        let shown = 0
        for (let i = 0; i < buttonRow.children.length; ++i) {
            const button = buttonRow.children[i]
            if (button.visible) {
                sum += button.implicitWidth
                ++shown
            }
        }
        return shown > 0 ? sum + (shown - 1) * buttonRow.spacing : 0
    }
    readonly property bool hasButtons: buttonsWidth > 0
    /** The room beside the buttons. */
    readonly property real besideWidth: availableWidth - Theme.gap - buttonsWidth
    /** The title on one line beside the buttons. */
    readonly property bool titleBeside: !hasButtons || Math.ceil(titleLine.advanceWidth) + 1 <= besideWidth
    /** The quiet line too: wrapped there on two lines or so, no word of it wider than the room
     *  (else it runs under the buttons too, rather than down a narrow column). */
    readonly property bool subtitleBeside: titleBeside
                                           && (!hasButtons || widestWord(subtitle, subtitleMetrics) <= besideWidth
                                               && subtitleLine.advanceWidth <= 2 * besideWidth)

    Layout.fillWidth: true
    columns: 2
    columnSpacing: hasButtons ? Theme.gap : 0
    rowSpacing: 0

    /** The widest word of `text` drawn with `metrics` (a soft hyphen is not drawn unless it breaks). */
    function widestWord(text: string, metrics: FontMetrics): real {
        let widest = 0
        for (const word of text.split(/\s+/))
            widest = Math.max(widest, metrics.advanceWidth(word.replace(/\u00ad/g, "")))
        return Math.ceil(widest) + 1
    }

    FontMetrics {
        id: titleMetrics // at the title's full size
        font.pixelSize: Theme.titleSize
        font.weight: Font.DemiBold
    }
    TextMetrics {
        id: titleLine
        font: titleLabel.font
        text: root.title.replace(/\u00ad/g, "")
    }
    FontMetrics {
        id: subtitleMetrics
        font: subtitleLabel.font
    }
    TextMetrics {
        id: subtitleLine
        font: subtitleLabel.font
        text: root.subtitle.replace(/\u00ad/g, "")
    }

    Label {
        id: titleLabel
        objectName: root.titleObjectName
        Layout.row: 0
        Layout.column: 0
        Layout.columnSpan: root.titleBeside ? 1 : 2
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter // beside a taller button
        wrapMode: Text.Wrap
        text: root.title
        // the full title size, or less when its widest word is wider than the line (never less than a heading)
        font.pixelSize: {
            const widest = root.widestWord(root.title, titleMetrics)
            if (root.availableWidth <= 0 || widest <= root.availableWidth)
                return Theme.titleSize
            return Math.max(Theme.headingSize, Math.floor(Theme.titleSize * (root.availableWidth - 1) / widest))
        }
        font.weight: Font.DemiBold
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    Label {
        id: subtitleLabel
        objectName: root.subtitleObjectName
        visible: root.subtitle.length > 0
        Layout.row: 1
        Layout.column: 0
        Layout.columnSpan: root.subtitleBeside ? 1 : 2
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: root.subtitle
        color: Theme.textSoft
        font.pixelSize: Theme.bodySize
    }
    RowLayout {
        id: buttonRow
        // beside the title (and its quiet line, in the middle of both), else under them at the right
        Layout.row: root.titleBeside ? 0 : 2
        Layout.column: root.titleBeside ? 1 : 0
        Layout.rowSpan: root.subtitleBeside && subtitleLabel.visible ? 2 : 1
        Layout.columnSpan: root.titleBeside ? 1 : 2
        Layout.alignment: Qt.AlignVCenter | Qt.AlignRight
        Layout.minimumWidth: root.buttonsWidth // each button as wide as it asks for
        Layout.preferredWidth: root.buttonsWidth
        Layout.topMargin: root.titleBeside || !root.hasButtons ? 0 : Theme.gap
        spacing: Theme.gap
        Button {
            visible: root.lock
            flat: true
            text: qsTr("Lock")
            Accessible.name: qsTr("Lock the diary now")
            onClicked: Session.lock()
        }
    }
}
