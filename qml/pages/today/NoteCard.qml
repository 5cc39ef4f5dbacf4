// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * The day's note, saved when the person leaves the field, before the page shows another day,
 * before the diary locks and when the page goes away.
 */
Card {
    id: root
    required property DayController day
    /** The day the text in the field belongs to. */
    property string noteDate // set once, then by onDateChanged (a binding would move first)

    /** Saves what was typed, if it differs from the saved note. */
    function save() {
        if (root.day && note.text !== root.day.note)
            root.day.saveNote(note.text)
    }

    SectionTitle {
        text: qsTr("Note")
        subtitle: qsTr("Anything you want to remember about this day. Saved when you leave the field.")
    }
    TextArea {
        id: note
        objectName: "noteArea"
        Layout.fillWidth: true
        Layout.minimumHeight: 110
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("How the day went, what helped…")
        Accessible.name: qsTr("Note for this day")
        Component.onCompleted: {
            text = root.day.note
            root.noteDate = root.day.date
        }
        onEditingFinished: root.save()
        onActiveFocusChanged: if (!activeFocus) root.save()
        // Tab leaves the note (no keyboard trap): forward to the symptoms, Shift+Tab back.
        Keys.onTabPressed: (event) => { note.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
        Keys.onBacktabPressed: (event) => { note.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
    }
    WrapCheckBox {
        id: forPrescriber
        objectName: "noteForPrescriber"
        Layout.fillWidth: true
        text: qsTr("For my prescriber")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("The summary you share lists the notes marked for your prescriber.")
        // a mark on the saved note: there must be one (what is typed is saved first)
        enabled: note.text.trim().length > 0
        checked: root.day.noteForPrescriber
        Accessible.name: qsTr("Mark this note for my prescriber")
        onToggled: {
            root.save()
            root.day.setNoteForPrescriber(checked)
            checked = Qt.binding(() => root.day.noteForPrescriber)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Label {
            objectName: "noteLength"
            Layout.fillWidth: true
            text: qsTr("%1 / %2").arg(note.length.toLocaleString(Qt.locale(), 'f', 0))
                                 .arg(Limits.noteMaxLength.toLocaleString(Qt.locale(), 'f', 0))
            color: note.length > Limits.noteMaxLength ? Theme.calmWarning : Theme.textSoft
            font.pixelSize: Theme.smallSize
        }
        Button {
            visible: note.text !== root.day.note
            text: qsTr("Save note")
            flat: true
            onClicked: root.save()
        }
    }
    FieldErrorLabel {
        error: root.day.error
        fields: ["note"]
    }

    Component.onDestruction: save()

    Connections {
        target: Session
        function onAboutToLock() { root.save() }
    }
    Connections {
        target: root.day
        function onAboutToChangeDate() { root.save() }
        function onDateChanged() {
            // also emitted at midnight for the same day (its label moved on): keep what is typed
            if (root.noteDate !== root.day.date) {
                root.noteDate = root.day.date
                note.text = root.day.note
            }
        }
        function onDayLoaded() {
            if (!note.activeFocus)
                note.text = root.day.note
        }
    }
}
