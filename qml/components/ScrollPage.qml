// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * A page's scrolling body: a centred column, as wide as the window allows up to
 * `maxContentWidth`, with the page margins. Children go into the column (a ColumnLayout, so they
 * use Layout.fillWidth). Fill the page with it: `ScrollPage { anchors.fill: parent; wide: root.wide ... }`.
 */
Flickable {
    id: root
    /** Wide windows (rail navigation) get wider margins. */
    property bool wide: true
    property int maxContentWidth: Theme.maxContentWidth
    property int margin: wide ? Theme.gapHuge : Theme.gapLarge - 4
    default property alias content: column.data
    property alias spacing: column.spacing
    /** Short pages (unlock) sit in the middle of the window rather than at its top. */
    property bool centred: false
    /** The column's width, for children that lay themselves out by it. */
    readonly property alias contentColumnWidth: column.width

    /** Back to the top (e.g. when the page is opened from the navigation). */
    function scrollToTop() {
        contentY = originY
    }

    /** Scrolls the least needed for `item` (anything inside the page) to be in view, `margin` around it. */
    function scrollIntoView(item) {
        const p = item.mapToItem(contentItem, 0, 0)
        const top = p.y - Theme.gapLarge
        const bottom = p.y + item.height + Theme.gapLarge
        if (top < contentY)
            contentY = Math.max(originY, top)
        else if (bottom > contentY + height)
            contentY = Math.min(Math.max(originY, contentHeight - height), bottom - height)
    }

    contentWidth: width
    contentHeight: Math.max(centred ? height : 0, column.implicitHeight + 2 * column.y)
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: column
        width: Math.max(0, Math.min(root.width - 2 * root.margin, root.maxContentWidth))
        x: Math.round((root.width - width) / 2)
        y: root.centred ? Math.round(Math.max(Theme.gapLarge, (root.height - implicitHeight) / 2)) : Theme.gapLarge
        spacing: Theme.gapLarge
    }
}
