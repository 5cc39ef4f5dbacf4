// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * A page's title row: the title (a heading), an optional quiet line under it, and the page's buttons
 * (children; `lock` adds "Lock"). The buttons stand beside the title when the title's one-line text
 * and they fit in the width, else under it, so a long title (German at a large text size) keeps the
 * whole line instead of breaking inside its words. A title word still wider than the line makes the
 * title smaller, just enough for that word to fit, but never smaller than a card's heading.
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
    /** The buttons stand beside the title (else under it): measured, not by breakpoint. */
    readonly property bool beside: hasButtons
                                   && Math.ceil(titleLine.advanceWidth) + 1 + columnSpacing + buttonsWidth <= availableWidth
                                   && widestWord(subtitle, subtitleMetrics) <= availableWidth - columnSpacing - buttonsWidth

    Layout.fillWidth: true
    columns: beside ? 2 : 1
    columnSpacing: Theme.gap
    rowSpacing: hasButtons ? Theme.gap : 0

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

    ColumnLayout {
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter
        spacing: 0
        Label {
            id: titleLabel
            objectName: root.titleObjectName
            Layout.fillWidth: true
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
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: root.subtitle
            color: Theme.textSoft
            font.pixelSize: Theme.bodySize
        }
    }
    RowLayout {
        id: buttonRow
        Layout.alignment: root.beside ? Qt.AlignVCenter | Qt.AlignRight : Qt.AlignLeft
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
