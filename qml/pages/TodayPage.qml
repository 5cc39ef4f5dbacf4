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
        PageHeader {
            title: dayController.relativeLabel
            titleObjectName: "dayTitle"
            subtitle: dayController.dateLabel
            subtitleObjectName: "dayDate"
            lock: !root.wide
        }

        // The day buttons: the longest labels that fit on one line, measured ("‹ Previous day",
        // then "‹ Back", then the arrows alone, whose accessible names say the rest); "Go to date…"
        // and "Today" go one under the other between the arrows when even that is too wide.
        RowLayout {
            id: dayButtons
            Layout.fillWidth: true
            spacing: Theme.gap
            /** [previous, go to date, next] from the longest to the shortest. */
            readonly property var labelSets: [
                ["‹ " + qsTr("Previous day"), qsTr("Go to date…"), qsTr("Next day") + " ›"],
                ["‹ " + qsTr("Back"), qsTr("Go to date…"), qsTr("Next") + " ›"],
                ["‹ " + qsTr("Back"), qsTr("Date…"), qsTr("Next") + " ›"],
                ["‹", qsTr("Date…"), "›"]
            ]
            // measured against the page's column, not this row's own width, which its buttons widen
            readonly property real room: page.contentColumnWidth
            readonly property real todayWidth: backToToday.visible ? backToToday.implicitWidth + spacing : 0
            /** The first set whose buttons fit side by side. */
            readonly property int fittingSet: {
                const last = labelSets.length - 1
                for (let i = 0; i < last; ++i) {
                    const set = labelSets[i]
                    if (buttonWidth(set[0]) + buttonWidth(set[1]) + buttonWidth(set[2]) + 2 * spacing + todayWidth <= room)
                        return i
                }
                return last
            }
            /** The middle buttons one under the other: the arrows and both side by side are too wide. */
            readonly property bool middleFits: fittingSet < labelSets.length - 1
                || buttonWidth("‹") + buttonWidth("›") + goToDate.implicitWidth + todayWidth + 2 * spacing <= room
            // The set shown: the room changes while the page is being laid out, and a label changed
            // then was not laid out again (Qt 6.4: "‹ Previous day" stayed in the width of "‹ Back"),
            // so the labels change once that is done.
            property int labelSet: labelSets.length - 1
            property bool middleStacked: false
            readonly property bool arrowsOnly: labelSet === labelSets.length - 1
            onFittingSetChanged: settleLabels.restart()
            onMiddleFitsChanged: settleLabels.restart()
            Component.onCompleted: settleLabels.restart()
            Timer {
                id: settleLabels
                interval: 0
                onTriggered: {
                    dayButtons.labelSet = dayButtons.fittingSet
                    dayButtons.middleStacked = !dayButtons.middleFits
                }
            }

            /** A flat button's width with `label` (as Button works out its implicitWidth). */
            function buttonWidth(label: string): real {
                return Math.max(previousDay.implicitBackgroundWidth + previousDay.leftInset + previousDay.rightInset,
                                Math.ceil(buttonText.advanceWidth(label)) + previousDay.leftPadding + previousDay.rightPadding)
            }
            FontMetrics {
                id: buttonText
                font: goToDate.font
            }

            Button {
                id: previousDay
                objectName: "previousDay"
                text: dayButtons.labelSets[dayButtons.labelSet][0]
                // the arrows alone as large as the day's title, so they read as buttons
                font.pixelSize: dayButtons.arrowsOnly ? Theme.titleSize : goToDate.font.pixelSize
                flat: true
                Accessible.name: qsTr("Previous day")
                onClicked: dayController.previousDay()
            }
            Item {
                // the rest of the row: the date buttons at its end, or in the middle between the arrows
                Layout.fillWidth: true
                Layout.minimumWidth: implicitWidth
                implicitWidth: middleButtons.implicitWidth
                implicitHeight: middleButtons.implicitHeight
                GridLayout {
                    id: middleButtons
                    x: dayButtons.arrowsOnly ? Math.round((parent.width - width) / 2) : parent.width - width
                    columns: dayButtons.middleStacked ? 1 : 2
                    columnSpacing: dayButtons.spacing
                    rowSpacing: 0
                    Button {
                        id: goToDate
                        objectName: "goToDate"
                        Layout.alignment: Qt.AlignHCenter
                        text: dayButtons.labelSets[dayButtons.labelSet][1]
                        flat: true
                        Accessible.name: qsTr("Choose a date")
                        onClicked: datePicker.openAt(dayController.date)
                    }
                    Button {
                        id: backToToday
                        objectName: "backToToday"
                        Layout.alignment: Qt.AlignHCenter
                        visible: !dayController.isToday
                        text: qsTr("Today")
                        flat: true
                        Accessible.name: qsTr("Back to today")
                        onClicked: root.showToday()
                    }
                }
            }
            Button {
                id: nextDay
                objectName: "nextDay"
                text: dayButtons.labelSets[dayButtons.labelSet][2]
                font.pixelSize: dayButtons.arrowsOnly ? Theme.titleSize : goToDate.font.pixelSize
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
        // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
        Column {
            Layout.fillWidth: true
            visible: safetyList.count > 0 // no gap for an empty list, as before
            spacing: page.spacing
            Repeater {
                id: safetyList
                model: dayController.safetyAlerts
                delegate: SafetyCard {
                    required property var modelData
                    width: parent ? parent.width : 0
                    objectName: "safetyCard"
                    symptomName: modelData.name
                    severityName: modelData.severityName
                }
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
