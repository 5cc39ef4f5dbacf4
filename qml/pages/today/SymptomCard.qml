// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * The day's symptom ratings: "No symptoms" in one tap, a search, the "only the ones I usually
 * have" filter (the safety items always stay), and one severity picker per symptom. A symptom not
 * rated shows no chosen segment and says "not rated"; "Clear" takes a rating back.
 */
Card {
    id: root
    required property DayController day
    readonly property SymptomRatingModel symptoms: day.symptoms
    /** Every row of the list is made. When the card is first made, only the first rowsAtOnce rows
     *  are made with it; the others are made after the page's first frame (each row a Loader
     *  incubated asynchronously), so Today shows sooner. Rows made later (another filter) are
     *  made at once. Once ready, every row is there: Tab and assistive technology reach them all. */
    readonly property bool rowsReady: rowsMade === symptomRows.count
    readonly property int rowsAtOnce: 8
    property int rowsMade: 0
    property bool firstRowsMade: false
    onRowsReadyChanged: if (rowsReady && symptomRows.count > 0) firstRowsMade = true

    SectionTitle {
        text: qsTr("Symptoms")
        subtitle: root.day.isToday ? qsTr("Tap how strong each one is today. Each tap is saved.")
                                   : qsTr("Tap how strong each one was %1. Each tap is saved.").arg(root.day.dayPhrase)
    }

    // ---- a day without symptoms, in one tap
    RowLayout {
        Layout.fillWidth: true
        visible: root.day.canRateNoSymptoms || root.day.ratedNoSymptoms
        spacing: Theme.gap
        Button {
            objectName: "noSymptomsButton"
            visible: root.day.canRateNoSymptoms
            Layout.maximumWidth: root.width - 2 * root.padding
            // short enough for a phone whatever the date (the page's title says which day it is)
            text: root.day.isToday ? qsTr("No symptoms today") : qsTr("No symptoms on this day")
            Accessible.name: qsTr("No symptoms %1: rate every symptom not yet rated as none").arg(root.day.dayPhrase)
            Accessible.description: qsTr("Every symptom not yet rated is saved as none; ratings already given stay.")
            onClicked: root.day.rateNoSymptoms()
        }
        Label {
            objectName: "noSymptomsDone"
            visible: root.day.ratedNoSymptoms
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("✓ No symptoms %1: every symptom is rated none.").arg(root.day.dayPhrase)
            color: Theme.success
        }
    }
    FieldErrorLabel {
        error: root.day.error
        fields: ["symptoms"]
    }

    TextField {
        id: search
        implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
        objectName: "symptomSearch"
        Layout.fillWidth: true
        placeholderText: qsTr("Search symptoms")
        Accessible.name: qsTr("Search symptoms")
        onTextChanged: root.symptoms.search = text
        Connections {
            target: root.day
            // the controller cleared the search for the new day: the field follows
            function onDateChanged() { search.text = root.symptoms.search }
        }
    }
    Switch {
        id: onlyUsual
        objectName: "onlyUsual"
        Layout.fillWidth: true
        visible: search.text.length === 0
        text: qsTr("Only the ones I usually have")
        contentItem: Label { // wraps at large text sizes instead of cutting the words
            leftPadding: onlyUsual.indicator.width + onlyUsual.spacing
            text: onlyUsual.text
            font: onlyUsual.font
            wrapMode: Text.Wrap
            color: Theme.text
            verticalAlignment: Text.AlignVCenter
        }
        checked: root.symptoms.onlyUsual
        onToggled: root.symptoms.onlyUsual = checked
    }
    Label {
        visible: search.text.length === 0 && root.symptoms.onlyUsual
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
        text: qsTr("The safety items are always on the list.")
    }

    Repeater {
        id: symptomRows
        model: root.symptoms
        delegate: Loader {
            id: rowLoader
            required property var model
            required property int index
            Layout.fillWidth: true
            asynchronous: !root.firstRowsMade && index >= root.rowsAtOnce
            onLoaded: root.rowsMade++
            Component.onDestruction: if (status === Loader.Ready) root.rowsMade--
            // (a file with its properties, not an inline component: a bound component cannot be
            // made by a Loader in a delegate's context)
            Component.onCompleted: setSource("SymptomRow.qml", { model: rowLoader.model, day: root.day })
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
        objectName: "showAllSymptoms"
        visible: root.symptoms.onlyUsual && search.text.length === 0 && root.symptoms.hiddenByFilter > 0
        flat: true
        text: qsTr("Show all %1 other symptoms").arg(root.symptoms.hiddenByFilter)
        onClicked: root.symptoms.onlyUsual = false
    }
}
