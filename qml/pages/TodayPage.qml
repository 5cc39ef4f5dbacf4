// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** One day of the diary: today, or any earlier day opened from History or the date picker. */
Item {
    id: root
    property bool wide: true
    /** Very wide windows: symptoms beside medicines, wellbeing and note. */
    readonly property bool twoColumns: wide && width >= 1000
    property alias date: day.date
    readonly property alias controller: day

    DayController {
        id: day
    }

    Flickable {
        id: flick
        objectName: "todayFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.gapLarge
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(root.width - 2 * (root.wide ? Theme.gapHuge : Theme.gapLarge - 4),
                            root.twoColumns ? Theme.maxWideContentWidth : Theme.maxContentWidth)
            x: (root.width - width) / 2
            y: Theme.gapLarge
            spacing: Theme.gapLarge

            // ---- which day
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        objectName: "dayTitle"
                        text: day.relativeLabel
                        font.pixelSize: Theme.titleSize
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        text: day.dateLabel
                        color: Theme.textSoft
                        font.pixelSize: Theme.bodySize
                    }
                }
                Item { Layout.fillWidth: true }
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
                    text: "‹ " + (root.wide ? qsTr("Previous day") : qsTr("Back"))
                    flat: true
                    Accessible.name: qsTr("Previous day")
                    onClicked: day.previousDay()
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "goToDate"
                    text: qsTr("Go to date…")
                    flat: true
                    Accessible.name: qsTr("Choose a date")
                    onClicked: datePicker.openAt(day.date)
                }
                Button {
                    visible: !day.isToday
                    text: qsTr("Today")
                    flat: true
                    onClicked: day.goToToday()
                }
                Button {
                    objectName: "nextDay"
                    text: (root.wide ? qsTr("Next day") : qsTr("Next")) + " ›"
                    flat: true
                    enabled: day.canGoForward
                    Accessible.name: qsTr("Next day")
                    onClicked: day.nextDay()
                }
            }

            InlineError {
                objectName: "dayError"
                text: day.errorField === "mg" || day.errorField === "time" ? "" : day.errorText
            }

            // ---- safety
            Repeater {
                model: day.safetyAlerts
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

                    // ---- medicines
                    Card {
                        SectionTitle {
                            text: qsTr("Medicines")
                            subtitle: day.drugs.length === 0 ? qsTr("Add your medicines in Settings, then log them here.") : ""
                        }
                        Repeater {
                            model: day.plannedDoses
                            delegate: RowLayout {
                                id: plannedRow
                                required property var modelData
                                objectName: "plannedDose_" + modelData.drugId
                                Layout.fillWidth: true
                                spacing: Theme.gap
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 0
                                    Label {
                                        text: plannedRow.modelData.drugName
                                        font.weight: Font.DemiBold
                                        color: Theme.text
                                        Layout.fillWidth: true
                                        elide: Text.ElideRight
                                    }
                                    Label {
                                        objectName: "plannedDoseText"
                                        text: qsTr("Planned: %1").arg(plannedRow.modelData.amountText)
                                              + (plannedRow.modelData.howToMake ? " — " + plannedRow.modelData.howToMake : "")
                                        color: Theme.text
                                        Layout.fillWidth: true
                                        wrapMode: Text.Wrap
                                    }
                                    Label {
                                        text: plannedRow.modelData.logged
                                              ? qsTr("%1 · logged %2").arg(plannedRow.modelData.stepText).arg(plannedRow.modelData.loggedText)
                                              : plannedRow.modelData.stepText
                                        color: Theme.textSoft
                                        font.pixelSize: Theme.smallSize
                                        Layout.fillWidth: true
                                        elide: Text.ElideRight
                                    }
                                }
                                Label {
                                    visible: plannedRow.modelData.logged
                                    text: qsTr("✓ Logged")
                                    color: Theme.success
                                    font.weight: Font.DemiBold
                                    rightPadding: Theme.gap
                                }
                                Button {
                                    objectName: "takePlanned_" + plannedRow.modelData.drugId
                                    visible: !plannedRow.modelData.logged && plannedRow.modelData.mg > 0
                                    highlighted: true
                                    text: root.wide ? qsTr("Take planned dose") : qsTr("Took it")
                                    Accessible.name: qsTr("Took the planned dose of %1: %2").arg(plannedRow.modelData.drugName).arg(plannedRow.modelData.amountText)
                                    onClicked: day.logPlannedDose(plannedRow.modelData.drugId)
                                }
                            }
                        }
                        Repeater {
                            model: day.usualDoses
                            delegate: RowLayout {
                                id: usualRow
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: Theme.gap
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 0
                                    Label {
                                        text: usualRow.modelData.drugName
                                        font.weight: Font.DemiBold
                                        color: Theme.text
                                        Layout.fillWidth: true
                                        elide: Text.ElideRight
                                    }
                                    Label {
                                        text: qsTr("Usual: %1").arg(usualRow.modelData.amountText)
                                        color: Theme.textSoft
                                        font.pixelSize: Theme.smallSize
                                        Layout.fillWidth: true
                                        elide: Text.ElideRight
                                    }
                                }
                                Label {
                                    visible: usualRow.modelData.logged
                                    text: qsTr("✓ Logged")
                                    color: Theme.success
                                    font.weight: Font.DemiBold
                                    rightPadding: Theme.gap
                                }
                                Button {
                                    objectName: "usualDose_" + usualRow.modelData.drugId
                                    visible: !usualRow.modelData.logged
                                    highlighted: true
                                    text: qsTr("Took my usual dose")
                                    Accessible.name: qsTr("Took my usual dose of %1").arg(usualRow.modelData.drugName)
                                    onClicked: day.logUsualDose(usualRow.modelData.drugId)
                                }
                            }
                        }

                        Rectangle {
                            visible: dosesList.count > 0
                            Layout.fillWidth: true
                            height: 1
                            color: Theme.border
                        }
                        Label {
                            visible: dosesList.count > 0
                            text: qsTr("Logged for this day")
                            color: Theme.textSoft
                            font.pixelSize: Theme.smallSize
                        }
                        Repeater {
                            id: dosesList
                            model: day.doses
                            delegate: RowLayout {
                                id: doseRow
                                required property var model
                                Layout.fillWidth: true
                                spacing: Theme.gap
                                Label {
                                    Layout.fillWidth: true
                                    elide: Text.ElideRight
                                    color: Theme.text
                                    text: doseRow.model.drugName + "  " + doseRow.model.amountText
                                          + (doseRow.model.timeText ? "  ·  " + doseRow.model.timeText : "")
                                          + (doseRow.model.note ? "  ·  " + doseRow.model.note : "")
                                }
                                Button {
                                    flat: true
                                    text: qsTr("Remove")
                                    font.pixelSize: Theme.smallSize
                                    Accessible.name: qsTr("Remove %1 %2").arg(doseRow.model.drugName).arg(doseRow.model.amountText)
                                    onClicked: day.deleteDose(doseRow.model.doseId)
                                }
                            }
                        }
                        Button {
                            objectName: "addDoseButton"
                            visible: day.drugs.length > 0
                            text: qsTr("Add a dose…")
                            Accessible.name: qsTr("Add a dose")
                            onClicked: addDose.openFor(day)
                        }
                    }

                    // ---- wellbeing and sleep
                    Card {
                        SectionTitle {
                            text: qsTr("How are you overall?")
                            subtitle: qsTr("0 is the worst you can imagine, 10 the best.")
                        }
                        SeverityPicker {
                            objectName: "wellbeingPicker"
                            labels: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]
                            severityColours: false
                            accessibleName: qsTr("Wellbeing")
                            value: day.wellbeing
                            segmentHeight: 40
                            onPicked: (v) => day.setWellbeing(v === day.wellbeing ? -1 : v)
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.gapLarge
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                Label {
                                    text: qsTr("Hours slept")
                                    color: Theme.text
                                }
                                AbstractButton {
                                    id: clearSleep
                                    visible: day.sleepHours >= 0
                                    Accessible.role: Accessible.Button
                                    Accessible.name: qsTr("Clear hours slept")
                                    onClicked: day.setSleepHours(-1)
                                    contentItem: Text {
                                        text: qsTr("Clear")
                                        color: Theme.accent
                                        font.pixelSize: Theme.smallSize
                                        font.underline: clearSleep.hovered || clearSleep.visualFocus
                                    }
                                }
                                Label {
                                    visible: day.sleepHours < 0
                                    text: qsTr("Not recorded")
                                    color: Theme.textSoft
                                    font.pixelSize: Theme.smallSize
                                }
                            }
                            SpinBox {
                                id: sleep
                                objectName: "sleepSpin"
                                from: 0
                                to: 48
                                stepSize: 1
                                editable: true
                                value: root.sleepSteps() // kept in step by the Connections below (SpinBox breaks bindings)
                                Accessible.name: qsTr("Hours slept")
                                textFromValue: (v, locale) => day.sleepHours < 0 && v === 0 ? "–" : Number(v / 2).toLocaleString(locale, 'f', 1)
                                valueFromText: (text, locale) => Math.round(Number.fromLocaleString(locale, text) * 2)
                                validator: DoubleValidator { bottom: 0; top: 24; decimals: 1 }
                                onValueModified: day.setSleepHours(value / 2)
                            }
                        }
                    }

                    // ---- note
                    Card {
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
                            Component.onCompleted: text = day.note
                            onEditingFinished: root.saveNote()
                            onActiveFocusChanged: if (!activeFocus) root.saveNote()
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("%1 / 10,000").arg(note.length)
                                color: note.length > 10000 ? Theme.calmWarning : Theme.textSoft
                                font.pixelSize: Theme.smallSize
                            }
                            Button {
                                visible: note.text !== day.note
                                text: qsTr("Save note")
                                flat: true
                                onClicked: root.saveNote()
                            }
                        }
                        InlineError {
                            text: day.errorField === "note" ? day.errorText : ""
                        }
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.gapLarge

                    // ---- symptoms
                    Card {
                        SectionTitle {
                            text: qsTr("Symptoms")
                            subtitle: qsTr("Tap how strong each one is today. Each tap is saved.")
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.gapLarge
                            TextField {
                                id: search
                                objectName: "symptomSearch"
                                Layout.fillWidth: true
                                placeholderText: qsTr("Search symptoms")
                                Accessible.name: qsTr("Search symptoms")
                                onTextChanged: day.symptoms.search = text
                            }
                        }
                        Switch {
                            objectName: "onlyUsual"
                            Layout.fillWidth: true
                            visible: search.text.length === 0
                            text: qsTr("Only the ones I usually have")
                            checked: day.symptoms.onlyUsual
                            onToggled: day.symptoms.onlyUsual = checked
                        }
                        Repeater {
                            id: symptomRows
                            model: day.symptoms
                            delegate: ColumnLayout {
                                id: symptomRow
                                required property var model
                                Layout.fillWidth: true
                                spacing: 6
                                Label {
                                    visible: symptomRow.model.groupFirst
                                    text: symptomRow.model.group
                                    color: Theme.accent
                                    font.pixelSize: Theme.smallSize
                                    font.weight: Font.DemiBold
                                    font.capitalization: Font.AllUppercase
                                    font.letterSpacing: 0.6
                                    Layout.topMargin: Theme.gap
                                }
                                GridLayout {
                                    Layout.fillWidth: true
                                    columns: root.wide && !root.twoColumns ? 2 : 1
                                    columnSpacing: Theme.gapLarge
                                    rowSpacing: 4
                                    Label {
                                        text: symptomRow.model.name
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                        Layout.preferredWidth: root.wide && !root.twoColumns ? 200 : -1
                                    }
                                    SeverityPicker {
                                        objectName: "severity_" + symptomRow.model.key
                                        // beside the name: a fixed width; under it: the full width
                                        Layout.fillWidth: !(root.wide && !root.twoColumns)
                                        Layout.preferredWidth: root.wide && !root.twoColumns ? 360 : -1
                                        accessibleName: symptomRow.model.name
                                        value: symptomRow.model.severity
                                        onPicked: (v) => day.setRating(symptomRow.model.key, v)
                                    }
                                }
                            }
                        }
                        Label {
                            visible: symptomRows.count === 0
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: Theme.textSoft
                            text: search.text.length > 0 ? qsTr("No symptom matches \"%1\".").arg(search.text)
                                                         : qsTr("Turn off the filter above to see every symptom.")
                        }
                        Button {
                            visible: day.symptoms.onlyUsual && search.text.length === 0 && day.symptoms.hiddenByFilter > 0
                            flat: true
                            text: qsTr("Show all %1 other symptoms").arg(day.symptoms.hiddenByFilter)
                            onClicked: day.symptoms.onlyUsual = false
                        }
                    }
                }
            }
        }
    }

    function sleepSteps() {
        return day.sleepHours < 0 ? 0 : Math.round(day.sleepHours * 2)
    }

    function saveNote() {
        if (note.text !== day.note)
            day.saveNote(note.text)
    }

    Component.onDestruction: saveNote()

    Connections {
        target: Session
        function onAboutToLock() { root.saveNote() }
    }

    Connections {
        target: day
        function onDayLoaded() {
            if (!note.activeFocus)
                note.text = day.note
            sleep.value = root.sleepSteps()
        }
        function onDateChanged() {
            note.text = day.note
            sleep.value = root.sleepSteps()
        }
    }

    AddDoseDialog {
        id: addDose
        wide: root.wide
    }

    DatePickerDialog {
        id: datePicker
        maximumDate: Session.today
        onPicked: (iso) => day.date = iso
    }
}
