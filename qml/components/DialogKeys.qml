// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

/**
 * Enter in a dialog: a focused button presses itself, anywhere else (a field, a check box) the
 * dialog's main action runs (`saved`). A multi-line note keeps Enter for its new line. Escape
 * closes the dialog through its closePolicy (Popup.CloseOnEscape).
 */
Shortcut {
    id: keys
    /** The dialog these keys serve: only while it is open and holds the focus. */
    property var dialog
    readonly property Item focusItem: dialog && dialog.contentItem ? dialog.contentItem.Window.activeFocusItem : null
    signal saved()

    sequences: ["Return", "Enter"]
    enabled: !!dialog && dialog.opened && dialog.activeFocus
             && !(focusItem && "textDocument" in focusItem && !focusItem.readOnly)
    onActivated: {
        const item = keys.focusItem
        // a push button (Qt 6.4 has no click() for QML: its clicked signal is what it does)
        if (item && typeof item.clicked === "function" && item.checkable === false) {
            if (item.enabled)
                item.clicked()
        } else {
            keys.saved()
        }
    }
}
