// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * One day of the diary: today, or any earlier day opened from History or the date picker. The
 * cards live in pages/today/: DoseCard, WellbeingSleepCard, NoteCard, SymptomCard.
 */
Item {
    id: root
    property bool wide: true
    /** Very wide windows: symptoms beside medicines, wellbeing and note. */
    readonly property bool twoColumns: wide && width >= 1000
    property alias date: dayController.date
    readonly property alias controller: dayController
    /** The person has no medicine yet and wants to add one (Main opens Settings → Medicines). */
    signal addMedicines()

    /** What "Today" in the navigation does: today's date, from the top. */
    function showToday() {
        dayController.goToToday()
        page.scrollToTop()
    }

    /** Saves a note being typed (also done on leaving the field, changing day and locking). */
    function saveNote() {
        noteCard.save()
    }

    DayController {
        id: dayController
    }

    ScrollPage {
        id: page
        objectName: "todayFlick"
        anchors.fill: parent
        wide: root.wide
        maxContentWidth: root.twoColumns ? Theme.maxWideContentWidth : Theme.maxContentWidth

        // ---- which day
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    objectName: "dayTitle"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: dayController.relativeLabel
                    font.pixelSize: Theme.titleSize
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    objectName: "dayDate"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: dayController.dateLabel
                    color: Theme.textSoft
                    font.pixelSize: Theme.bodySize
                }
            }
            Button {
                visible: !root.wide
                flat: true
                text: qsTr("Lock")
                Accessible.name: qsTr("Lock the diary now")
                onClicked: Session.lock()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Button {
                objectName: "previousDay"
                // a phone with large text: the arrows alone (their names say the rest), so the row fits
                text: "‹" + (root.wide ? " " + qsTr("Previous day") : Theme.fontScale < 1.5 ? " " + qsTr("Back") : "")
                flat: true
                Accessible.name: qsTr("Previous day")
                onClicked: dayController.previousDay()
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "goToDate"
                // the short label also when large text would push the row off a phone's screen
                text: root.wide || (dayController.isToday && Theme.fontScale < 1.5) ? qsTr("Go to date…") : qsTr("Date…")
                flat: true
                Accessible.name: qsTr("Choose a date")
                onClicked: datePicker.openAt(dayController.date)
            }
            Button {
                objectName: "backToToday"
                visible: !dayController.isToday
                text: qsTr("Today")
                flat: true
                Accessible.name: qsTr("Back to today")
                onClicked: root.showToday()
            }
            Button {
                objectName: "nextDay"
                text: (root.wide ? qsTr("Next day") + " " : Theme.fontScale < 1.5 ? qsTr("Next") + " " : "") + "›"
                flat: true
                enabled: dayController.canGoForward
                Accessible.name: qsTr("Next day")
                onClicked: dayController.nextDay()
            }
        }

        FieldErrorLabel {
            objectName: "dayError"
            error: dayController.error
            // the cards (and the add-dose dialog) show their own fields' messages
            rest: true
            except: ["mg", "time", "note", "sleep", "symptoms"]
        }

        // ---- safety
        Repeater {
            model: dayController.safetyAlerts
            delegate: SafetyCard {
                required property var modelData
                objectName: "safetyCard"
                symptomName: modelData.name
                severityName: modelData.severityName
            }
        }

        GridLayout {
            id: sections
            Layout.fillWidth: true
            columns: root.twoColumns ? 2 : 1
            columnSpacing: Theme.gapLarge
            rowSpacing: Theme.gapLarge

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gapLarge

                DoseCard {
                    objectName: "doseCard"
                    day: dayController
                    wide: root.wide
                    onAddMedicines: root.addMedicines()
                }
                WellbeingSleepCard {
                    objectName: "wellbeingSleepCard"
                    day: dayController
                }
                NoteCard {
                    id: noteCard
                    objectName: "noteCard"
                    day: dayController
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gapLarge

                SymptomCard {
                    objectName: "symptomCard"
                    day: dayController
                }
            }
        }
    }

    Connections {
        target: dayController
        property string shownDate // set once, then by onDateChanged (a binding would move first)
        Component.onCompleted: shownDate = dayController.date
        // another day opens at its top, where its date and the day buttons are (the signal also
        // comes at midnight for the same day, whose label moved on: then the page stays put)
        function onDateChanged() {
            if (shownDate !== dayController.date) {
                shownDate = dayController.date
                page.scrollToTop()
            }
        }
    }

    DatePickerDialog {
        id: datePicker
        maximumDate: Session.today
        onPicked: (iso) => dayController.date = iso
    }
}
