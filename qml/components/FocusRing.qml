// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Waymark

/**
 * The keyboard focus, made visible and kept in view, for the whole window: a ring in the text
 * colour around whichever control has keyboard focus (Tab, arrows: `visualFocus`), drawn above
 * everything so no card or clip hides it; and when keyboard focus moves to a control outside the
 * visible part of a page, the page scrolls the least needed to show it. Put one in the window,
 * filling it (Main.qml does).
 */
Item {
    id: root
    objectName: "focusRing"
    /** The control with keyboard focus, or null. */
    readonly property Item target: Window.activeFocusItem
    readonly property bool showing: ring.visible
    z: 1000000

    function controlOf(item) {
        // A text field's inner editor has the focus; the control around it says `visualFocus`
        // (a text field or area: `focusReason`).
        for (let i = item; i; i = i.parent)
            if (i.visualFocus !== undefined || i.focusReason !== undefined)
                return i
        return null
    }
    /** Whether the control got its focus from the keyboard (Tab, Shift+Tab, arrows, a shortcut). */
    function keyboardFocus(control) {
        if (control.visualFocus !== undefined)
            return control.visualFocus
        return control.activeFocus && (control.focusReason === Qt.TabFocusReason
                                       || control.focusReason === Qt.BacktabFocusReason
                                       || control.focusReason === Qt.ShortcutFocusReason)
    }
    function place() {
        const control = root.target ? root.controlOf(root.target) : null
        if (!control || !root.keyboardFocus(control) || !control.visible || control.width <= 0) {
            ring.visible = false
            return
        }
        const p = control.mapToItem(root, 0, 0)
        ring.x = p.x - 3
        ring.y = p.y - 3
        ring.width = control.width + 6
        ring.height = control.height + 6
        ring.visible = true
    }
    function bringIntoView(item) {
        for (let i = item.parent; i; i = i.parent) {
            if (typeof i.scrollIntoView === "function") {
                i.scrollIntoView(item)
                return
            }
            if (i.contentItem !== undefined && i.contentY !== undefined && i.flickableDirection !== undefined) {
                const p = item.mapToItem(i.contentItem, 0, 0)
                if (p.y < i.contentY)
                    i.contentY = Math.max(i.originY, p.y - Theme.gapLarge)
                else if (p.y + item.height > i.contentY + i.height)
                    i.contentY = Math.min(Math.max(i.originY, i.contentHeight - i.height),
                                          p.y + item.height + Theme.gapLarge - i.height)
                return
            }
        }
    }

    function follow() {
        const control = root.target ? root.controlOf(root.target) : null
        if (control && root.keyboardFocus(control))
            root.bringIntoView(control)
        root.place()
    }
    // After the focus change has settled (the control learns why it got focus just after).
    onTargetChanged: settle.restart()
    Timer {
        id: settle
        interval: 0
        onTriggered: root.follow()
    }
    // Follows the control while the page scrolls or the layout moves.
    Connections {
        target: root.Window.window
        enabled: root.target !== null
        function onAfterAnimating() { root.place() }
    }

    Rectangle {
        id: ring
        visible: false
        color: "transparent"
        radius: 8
        border.width: 2
        border.color: Theme.text
        antialiasing: true
    }
}
