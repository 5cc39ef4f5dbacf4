// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** Medicines, safety number, lock and passphrase, symptom list, and where the facts come from. */
Item {
    id: root
    property bool wide: true

    SettingsController {
        id: settings
    }
    DrugListModel {
        id: drugs
    }
    SymptomListModel {
        id: symptoms
    }

    /** Scrolls to the medicines (Today's "Add your medicines" opens Settings here). The page may
     *  just have been made (pages are made on their first visit): then the request waits for the
     *  page's first layout. */
    function showMedicines() {
        medicinesRequested = true
        scrollToMedicines()
    }
    property bool medicinesRequested: false
    function scrollToMedicines() {
        if (!medicinesRequested || medicinesCard.height <= 0 || flick.height <= 0)
            return // not laid out yet: the Connections below come back
        medicinesRequested = false
        flick.contentY = Math.max(0, Math.min(medicinesCard.mapToItem(flick.contentItem, 0, 0).y - Theme.gapLarge,
                                              flick.contentHeight - flick.height))
    }
    Connections {
        target: root.medicinesRequested ? flick : null
        function onContentHeightChanged() { medicinesLater.restart() }
        function onHeightChanged() { medicinesLater.restart() }
    }
    Timer { // once the layout that changed the page's height is done
        id: medicinesLater
        interval: 0
        onTriggered: root.scrollToMedicines()
    }

    ScrollPage {
        id: flick
        objectName: "settingsFlick"
        anchors.fill: parent
        wide: root.wide

        PageHeader {
            title: qsTr("Settings")
            lock: !root.wide
        }

        // ---- medicines (first: what a newcomer needs, and what changes most)
        Card {
            id: medicinesCard
            objectName: "medicinesCard"
            SectionTitle {
                text: qsTr("Medicines")
                subtitle: qsTr("The switch shows or hides a medicine on Today. Hiding it keeps everything you logged for it.")
            }
            Label {
                objectName: "noMedicines"
                visible: drugs.count === 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("No medicines yet. Add each one you take below, with the dose you take now and the forms you have: Today then logs a dose with one tap, and Plan can make a plan from it.")
            }
            // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
            Column {
                Layout.fillWidth: true
                visible: drugRows.count > 0 // no gap for an empty list, as before
                spacing: medicinesCard.spacing
                Repeater {
                    id: drugRows
                    model: drugs
                    delegate: DrugEditor {
                        width: parent ? parent.width : 0
                        medicines: drugs
                    }
                }
            }
            InlineError {
                text: drugs.errorDrugId !== 0 && ["doseNow", "emax", "ed50"].indexOf(drugs.error.field) < 0 ? drugs.error.text : ""
            }
            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
            MedicineAddForm {
                Layout.fillWidth: true
                medicines: drugs
                wide: root.wide
            }
        }

        // ---- safety
        Card {
            SectionTitle {
                text: qsTr("Safety")
                subtitle: qsTr("A crisis line for your country, shown if you rate a safety symptom as moderate or worse.")
            }
            TextField {
                id: crisis
                implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                objectName: "crisisNumber"
                Layout.fillWidth: true
                placeholderText: qsTr("Crisis line number, e.g. 116 123")
                inputMethodHints: Qt.ImhDialableCharactersOnly
                Accessible.name: qsTr("Crisis line number")
                Component.onCompleted: {
                    text = Preferences.crisisNumber
                    cursorPosition = 0 // its start in view when it is longer than the field (large text)
                }
                onEditingFinished: settings.setCrisisNumber(text)
                Connections {
                    target: Preferences
                    // an undo or redo puts the number back: show it unless the person is typing
                    function onCrisisNumberChanged() {
                        if (!crisis.activeFocus) {
                            crisis.text = Preferences.crisisNumber
                            crisis.cursorPosition = 0
                        }
                    }
                }
            }
        }

        // ---- appearance
        Card {
            SectionTitle {
                text: qsTr("Appearance")
            }
            LabelledRow {
                text: qsTr("Colours")
                controlWidth: Theme.scaled(220)
                fill: true
                SeverityPicker {
                    objectName: "themeChoice"
                    width: parent.width
                    labels: [qsTr("Light"), qsTr("Dark")]
                    severityColours: false
                    accessibleName: qsTr("Colours")
                    value: Theme.dark ? 1 : 0
                    onPicked: (v) => Preferences.chooseTheme(v === 1 ? "dark" : "light")
                }
            }
            LabelledRow {
                text: qsTr("Language")
                controlWidth: Theme.scaled(260)
                fill: true
                SeverityPicker {
                    objectName: "languageChoice"
                    width: parent.width
                    // the languages' own names, so a person can find theirs in any language
                    labels: [qsTr("System"), "English", "Deutsch"]
                    severityColours: false
                    accessibleName: qsTr("Language")
                    value: Preferences.language === "de" ? 2 : Preferences.language === "en" ? 1 : 0
                    onPicked: (v) => Preferences.chooseLanguage(v === 2 ? "de" : v === 1 ? "en" : "")
                }
            }
        }

        // ---- privacy and lock
        Card {
            SectionTitle {
                text: qsTr("Privacy and lock")
                subtitle: qsTr("Your diary is encrypted on this device. There is no account and nothing is sent anywhere.")
            }
            LabelledRow {
                text: qsTr("Lock after I have not used it for")
                controlWidth: Theme.scaled(150)
                ComboBox {
                    id: autolockChoice
                    objectName: "autolockChoice"
                    model: settings.autolockChoices
                    textRole: "label"
                    valueRole: "minutes"
                    width: parent.width
                    Accessible.name: qsTr("Automatic lock")
                    Component.onCompleted: currentIndex = indexOfValue(Preferences.autolockMinutes)
                    onActivated: Preferences.autolockMinutes = currentValue
                    Connections {
                        target: Preferences
                        // Back to the value in force when a choice could not be saved.
                        function onAutolockMinutesChanged() {
                            autolockChoice.currentIndex = autolockChoice.indexOfValue(Preferences.autolockMinutes)
                        }
                    }
                }
            }
            LabelledRow {
                text: qsTr("Lock when I switch away from Waymark or minimise it")
                textMinimum: Theme.scaled(100) // a switch: the text beside it on a phone too
                controlAtEnd: true
                Switch {
                    objectName: "lockWhenHidden"
                    Accessible.name: qsTr("Lock when I switch away from Waymark or minimise it")
                    checked: Preferences.lockWhenHidden
                    onToggled: {
                        Preferences.lockWhenHidden = checked
                        checked = Qt.binding(() => Preferences.lockWhenHidden)
                    }
                }
            }
            InlineError {
                objectName: "lockError"
                text: Preferences.errorField === "autolock" || Preferences.errorField === "lockWhenHidden"
                      ? Preferences.errorText : ""
            }
            WrapButton {
                text: qsTr("Lock now")
                flat: true
                onClicked: Session.lock()
            }

            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Change passphrase")
                font.weight: Font.DemiBold
                color: Theme.text
            }
            TextField {
                id: currentPass
                implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                objectName: "currentPassphrase"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("Current passphrase")
                Accessible.name: qsTr("Current passphrase")
                onTextChanged: settings.clearStatus()
            }
            InlineError { objectName: "currentError"; text: settings.errorField === "current" ? settings.errorText : "" }
            TextField {
                id: newPass
                implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                objectName: "newPassphrase"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("New passphrase")
                Accessible.name: qsTr("New passphrase")
                onTextChanged: settings.clearStatus()
            }
            Label {
                visible: newPass.text.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
                color: Theme.textSoft
                text: Session.passphraseHint(newPass.text)["text"]
            }
            InlineError { text: settings.errorField === "new" ? settings.errorText : "" }
            TextField {
                id: againPass
                implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                objectName: "againPassphrase"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("New passphrase again")
                Accessible.name: qsTr("New passphrase again")
                onTextChanged: settings.clearStatus()
            }
            InlineError {
                text: settings.errorField !== "current" && settings.errorField !== "new" ? settings.errorText : ""
            }
            InlineError { good: true; text: settings.doneText }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
                color: Theme.textSoft
                text: qsTr("If you forget this passphrase, nobody can recover your diary: not us, not anyone.")
            }
            WrapButton {
                objectName: "changePassphrase"
                text: qsTr("Change passphrase")
                enabled: currentPass.text.length > 0 && newPass.text.length > 0
                onClicked: {
                    if (settings.changePassphrase(currentPass.text, newPass.text, againPass.text)) {
                        currentPass.clear(); newPass.clear(); againPass.clear()
                    }
                }
            }
        }

        // ---- reminders
        ReminderSettingsCard {}

        // ---- symptoms
        Card {
            id: symptomListCard
            SectionTitle {
                text: qsTr("Symptom list")
                subtitle: qsTr("Mark the ones you usually have so Today shows them first. The switch shows or hides a symptom; hiding one never deletes what you recorded.")
            }
            WrapButton {
                id: showSymptoms
                objectName: "showSymptomList"
                flat: true
                checkable: true
                text: checked ? qsTr("Hide the list") : qsTr("Edit the list (%1 symptoms)").arg(symptoms.count)
            }
            // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
            Column {
                Layout.fillWidth: true
                visible: symptomRepeater.count > 0 // no gap for an empty list, as before
                spacing: symptomListCard.spacing
                Repeater {
                    id: symptomRepeater
                    model: showSymptoms.checked ? symptoms : null
                    delegate: ColumnLayout {
                        id: symptomRow
                        required property var model
                        width: parent ? parent.width : 0
                        spacing: 2
                        Label {
                            visible: symptomRow.model.groupFirst
                            text: symptomRow.model.group
                            color: Theme.accent
                            font.pixelSize: Theme.smallSize
                            font.weight: Font.DemiBold
                            font.capitalization: Font.AllUppercase
                            Layout.topMargin: Theme.gap
                        }
                        LabelledRow {
                            text: symptomRow.model.name
                            textColor: symptomRow.model.hidden ? Theme.textSoft : Theme.text
                            controlAtEnd: true
                            Row {
                                spacing: Theme.gap
                                CheckBox {
                                    text: qsTr("Usual")
                                    checked: symptomRow.model.usual
                                    enabled: !symptomRow.model.hidden
                                    Accessible.name: qsTr("%1 is one I usually have").arg(symptomRow.model.name)
                                    onToggled: symptoms.setUsual(symptomRow.model.key, checked)
                                }
                                Switch {
                                    enabled: !symptomRow.model.safety || symptomRow.model.hidden // safety items stay on Today
                                    checked: !symptomRow.model.hidden
                                    Accessible.name: qsTr("Show %1").arg(symptomRow.model.name)
                                    onToggled: symptoms.setHidden(symptomRow.model.key, !checked)
                                }
                            }
                        }
                    }
                }
            }
            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
            Label { Layout.fillWidth: true; wrapMode: Text.Wrap; text: qsTr("Add a symptom"); font.weight: Font.DemiBold; color: Theme.text }
            GridLayout {
                Layout.fillWidth: true
                columns: root.wide ? 3 : 1
                columnSpacing: Theme.gap
                TextField {
                    id: symptomName
                    implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                    Layout.fillWidth: true
                    placeholderText: qsTr("Symptom name")
                    Accessible.name: qsTr("New symptom name")
                    onTextChanged: symptoms.error.clear()
                }
                ComboBox {
                    id: symptomGroup
                    Layout.fillWidth: true
                    model: symptoms.groupNames
                    Accessible.name: qsTr("Group of the new symptom")
                }
                WrapButton {
                    text: qsTr("Add")
                    enabled: symptomName.text.length > 0
                    onClicked: if (symptoms.addSymptom(symptomName.text, symptoms.groups[symptomGroup.currentIndex])) symptomName.clear()
                }
            }
            InlineError { text: symptoms.error.text }
        }

        // ---- your data: export, import, backups (pages/settings/DataSection.qml)
        DataSection {
            wide: root.wide
        }

        // ---- about
        Card {
            SectionTitle {
                text: qsTr("About and sources")
            }
            // the version as the title's quiet line, but its own label: as a subtitle it kept the
            // place it had under a title on two lines while the page was first laid out (Qt 6.4)
            Label {
                Layout.fillWidth: true
                Layout.topMargin: 2 - parent.spacing
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
                color: Theme.textSoft
                text: qsTr("Waymark %1").arg(settings.version)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("Waymark does not give medical advice. Any plan to reduce a medicine is to be agreed with your prescriber.")
            }
            WrapButton {
                id: showSources
                flat: true
                checkable: true
                text: checked ? qsTr("Hide the sources") : qsTr("Show the sources of the medicine facts")
            }
            TextEdit {
                visible: showSources.checked
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.MarkdownText
                color: Theme.text
                font.pixelSize: Theme.smallSize + 1
                text: settings.sourcesText
            }
        }
    }
}
