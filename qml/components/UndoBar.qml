// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * The Undo bar under the pages (Main.qml places it above the phone's tabs, beside the rail on a
 * desktop). After a change ("Dose removed") it offers "Undo" for about eight seconds, longer while
 * the pointer is on it or the keyboard focus in it; after an undo it says "Undone: …" and offers
 * "Redo" (and "Undo" for the step before). A step that can no longer be undone stays said until
 * closed. It takes its own room in the layout, so it covers nothing of a page; dialogs open above it.
 * Rapid changes: the bar shows the newest, and each Undo takes back one step.
 *
 * Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, anywhere in the window, except
 * while a text field is being edited: there the keys are the field's own (its typing is undone).
 * A modal dialog blocks them too (Qt Quick does not deliver a window's shortcuts under one).
 * The bar never takes the focus; Tab reaches its buttons after the page's controls.
 */
Pane {
    id: bar
    objectName: "undoBar"

    /** What the bar says: "" (nothing), "pushed", "undone" or "redone" (of `step`). */
    property string mode: ""
    /** The step's text as the controller gave it ("Rating changed"). */
    property string step: ""
    /** How long the bar stays after a change, while nothing holds it. */
    property int timeout: 8000

    readonly property bool showingError: Undo.errorText.length > 0
    readonly property bool held: hover.hovered || redoButton.activeFocus || undoButton.activeFocus
                                 || closeButton.activeFocus
    readonly property string message: showingError ? Undo.errorText
                                      : mode === "undone" ? qsTr("Undone: %1").arg(step)
                                      : mode === "redone" ? qsTr("Redone: %1").arg(step)
                                      : step
    /** A text field is being edited: Ctrl+Z is its own. */
    readonly property bool typing: {
        const item = Window.activeFocusItem
        if (item instanceof TextInput) // TextField, a spin box's editor
            return !(item as TextInput).readOnly
        if (item instanceof TextEdit) // TextArea
            return !(item as TextEdit).readOnly
        return false
    }

    visible: showingError || mode.length > 0
    padding: Theme.gap
    leftPadding: Theme.gapLarge
    font.pixelSize: Theme.bodySize

    function show(newMode: string, text: string) {
        step = text
        mode = newMode
        arm()
    }
    /** Starts the eight seconds again, or holds the bar while the person is at it or an error shows. */
    function arm() {
        if (held || showingError)
            hideTimer.stop()
        else
            hideTimer.restart()
    }
    function dismiss() {
        // the keyboard focus was in the bar: it goes back to where it came from, not out of the window
        const returnTo = redoButton.activeFocus || undoButton.activeFocus || closeButton.activeFocus
                ? firstVisibleButton().nextItemInFocusChain(false) : null
        hideTimer.stop()
        mode = ""
        Undo.clearError()
        if (returnTo)
            returnTo.forceActiveFocus(Qt.TabFocusReason)
    }
    function firstVisibleButton(): Item {
        return redoButton.visible ? redoButton : undoButton.visible ? undoButton : closeButton
    }
    function undo() {
        const hadFocus = undoButton.activeFocus
        Undo.undo()
        // the pressed button may have gone (nothing left to undo): the focus stays in the bar
        if (hadFocus && !undoButton.visible)
            (redoButton.visible ? redoButton : closeButton).forceActiveFocus(Qt.TabFocusReason)
    }
    function redo() {
        const hadFocus = redoButton.activeFocus
        Undo.redo()
        if (hadFocus && !redoButton.visible)
            (undoButton.visible ? undoButton : closeButton).forceActiveFocus(Qt.TabFocusReason)
    }

    onHeldChanged: if (visible) arm()
    onShowingErrorChanged: arm()

    Connections {
        target: Undo
        function onPushed(text: string) { bar.show("pushed", text) }
        function onUndone(text: string) { bar.show("undone", text) }
        function onRedone(text: string) { bar.show("redone", text) }
    }

    Timer {
        id: hideTimer
        interval: bar.timeout
        onTriggered: bar.mode = ""
    }

    // Written out, not StandardKey: the same keys on every system ("Ctrl" is Cmd on macOS), and no
    // key twice (a platform whose StandardKey.Redo is Ctrl+Y would make Ctrl+Y ambiguous: nothing acts).
    Shortcut {
        sequences: ["Ctrl+Z"]
        enabled: Undo.canUndo && !bar.typing
        onActivated: bar.undo()
    }
    Shortcut {
        // Ctrl+Shift+Z: Linux's and macOS's Redo; Ctrl+Y: Windows'
        sequences: ["Ctrl+Shift+Z", "Ctrl+Y"]
        enabled: Undo.canRedo && !bar.typing
        onActivated: bar.redo()
    }

    Keys.onEscapePressed: dismiss()

    HoverHandler {
        id: hover
    }

    background: Rectangle {
        color: Theme.accentSoft
        Rectangle { width: parent.width; height: 1; color: Theme.border }
    }

    GridLayout {
        id: grid
        anchors.fill: parent
        // The buttons beside the text while they take at most half the width, else under it, right
        // aligned: in one row while they fit, else one above the other, without ✕ (Escape and the
        // time close it; an error keeps its ✕).
        readonly property bool redoShown: bar.mode === "undone" && Undo.canRedo && !bar.showingError
        readonly property bool undoShown: bar.mode.length > 0 && Undo.canUndo && !bar.showingError
        readonly property real allActionsWidth: (redoShown ? redoButton.implicitWidth : 0)
                                                + (undoShown ? undoButton.implicitWidth : 0) + closeButton.implicitWidth
        readonly property bool oneRow: allActionsWidth <= bar.availableWidth
        columns: allActionsWidth <= bar.availableWidth / 2 ? 2 : 1
        columnSpacing: Theme.gap
        rowSpacing: 0

        Label {
            id: messageLabel
            objectName: "undoBarText"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            text: bar.message
            wrapMode: Text.Wrap
            color: bar.showingError ? Theme.calmWarning : Theme.text
            // said by a screen reader when it appears and whenever it changes
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        GridLayout {
            id: actions
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            columns: grid.oneRow ? 3 : 1
            columnSpacing: 0
            rowSpacing: 0

            Button {
                id: redoButton
                objectName: "undoBarRedo"
                flat: true
                visible: grid.redoShown
                Layout.alignment: Qt.AlignRight
                text: qsTr("Redo")
                Accessible.name: qsTr("Redo: %1").arg(Undo.redoText)
                focusPolicy: Qt.StrongFocus
                onClicked: bar.redo()
            }
            Button {
                id: undoButton
                objectName: "undoBarUndo"
                flat: true
                visible: grid.undoShown
                Layout.alignment: Qt.AlignRight
                text: qsTr("Undo")
                font.bold: true
                Accessible.name: qsTr("Undo: %1").arg(Undo.undoText)
                focusPolicy: Qt.StrongFocus
                onClicked: bar.undo()
            }
            ToolButton {
                id: closeButton
                objectName: "undoBarClose"
                visible: grid.oneRow || bar.showingError
                Layout.alignment: Qt.AlignRight
                text: "✕"
                Accessible.name: qsTr("Close the undo bar")
                focusPolicy: Qt.StrongFocus
                onClicked: bar.dismiss()
            }
        }
    }
}
