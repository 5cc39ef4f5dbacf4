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
        WrapButton {
            objectName: "noSymptomsButton"
            visible: root.day.canRateNoSymptoms
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

    // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
    Column {
        Layout.fillWidth: true
        visible: symptomRows.count > 0 // no gap for an empty list, as before
        spacing: root.spacing
        Repeater {
            id: symptomRows
            model: root.symptoms
            delegate: ColumnLayout {
                id: symptomRow
                required property var model
                readonly property bool rated: model.severity >= 0
                width: parent ? parent.width : 0
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
                // Laid out by hand from the row's own width: the name beside the picker when there is
                // room, above it otherwise (a GridLayout switching columns kept stale widths).
                Item {
                    id: line
                    objectName: "symptomLine_" + symptomRow.model.key
                    Layout.fillWidth: true
                    // beside: the five levels on one line, each label at its size (the picker's implicit
                    // width, measured), the picker 410 px as designed at normal text size, and the name
                    // keeping 150 px of the design (more with larger text) or its mark if that is wider
                    readonly property int besidePickerWidth: Math.max(410, picker.implicitWidth)
                    readonly property bool beside: width >= besidePickerWidth + Theme.gapLarge
                                                            + Math.max(Theme.scaled(150), status.width)
                    readonly property int pickerWidth: beside ? besidePickerWidth : width
                    implicitHeight: beside ? Math.max(nameBlock.height, picker.height)
                                           : nameBlock.height + 4 + picker.height
                    // The picker's rows follow the width the column gives this line, so its height
                    // changes while the column is being laid out, which the column then misses (Qt 6.4):
                    // handed to the column once that is done.
                    property real settledHeight: implicitHeight
                    onImplicitHeightChanged: settle.restart()
                    Layout.preferredHeight: settledHeight
                    Timer {
                        id: settle
                        interval: 0
                        onTriggered: line.settledHeight = line.implicitHeight
                    }

                    Item {
                        id: nameBlock
                        x: 0
                        y: line.beside ? Math.round((line.height - height) / 2) : 0
                        width: line.beside ? line.width - line.pickerWidth - Theme.gapLarge : line.width
                        // a narrow line (a phone with large text): "not rated" or "Clear" under the
                        // name, so the name's words keep the whole width; beside it when the name keeps
                        // its one line there, or two thirds of the line and never less than its
                        // longest word (measured)
                        readonly property bool statusBelow: {
                            if (line.beside)
                                return false
                            const name = nameLabel.text
                            let longestWord = 0
                            for (const word of name.split(/[\s\u00ad]+/))
                                longestWord = Math.max(longestWord, nameMetrics.advanceWidth(word))
                            const nameNeeds = Math.ceil(Math.min(nameMetrics.advanceWidth(name),
                                                                 Math.max(longestWord, line.width * 2 / 3))) + 1
                            return nameNeeds + Theme.gap + status.width > line.width
                        }
                        FontMetrics {
                            id: nameMetrics
                            font: nameLabel.font
                        }
                        height: line.beside || statusBelow ? nameLabel.implicitHeight + status.height
                                                           : Math.max(nameLabel.implicitHeight, status.height)
                        Label {
                            id: nameLabel
                            objectName: "symptomName"
                            width: line.beside || nameBlock.statusBelow ? parent.width : parent.width - status.width - Theme.gap
                            text: symptomRow.model.name
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        // "not rated", or the way back to it: beside the name, so the five segments
                        // keep the full width on a phone
                        Item {
                            id: status
                            x: line.beside ? 0 : parent.width - width
                            y: line.beside || nameBlock.statusBelow ? nameLabel.implicitHeight : 0
                            width: symptomRow.rated ? clearRating.implicitWidth : notRated.implicitWidth
                            height: Math.max(clearRating.implicitHeight, notRated.implicitHeight)
                            Label {
                                id: notRated
                                objectName: "notRated"
                                visible: !symptomRow.rated
                                text: qsTr("not rated")
                                color: Theme.textSoft
                                font.pixelSize: Theme.smallSize
                                font.italic: true
                            }
                            AbstractButton {
                                id: clearRating
                                objectName: "clearRating_" + symptomRow.model.key
                                visible: symptomRow.rated
                                focusPolicy: Qt.StrongFocus
                                Accessible.role: Accessible.Button
                                Accessible.name: qsTr("Clear the rating of %1: not rated").arg(symptomRow.model.name)
                                onClicked: root.day.clearRating(symptomRow.model.key)
                                implicitWidth: Math.max(48, implicitContentWidth) // a touch target
                                implicitHeight: Math.max(48, implicitContentHeight)
                                contentItem: Text {
                                    horizontalAlignment: Text.AlignHCenter
                                    verticalAlignment: Text.AlignVCenter
                                    text: qsTr("Clear")
                                    color: Theme.accent
                                    font.pixelSize: Theme.smallSize
                                    font.underline: clearRating.hovered || clearRating.visualFocus
                                }
                            }
                        }
                    }
                    SeverityPicker {
                        id: picker
                        objectName: "severity_" + symptomRow.model.key
                        x: line.beside ? line.width - width : 0
                        y: line.beside ? Math.round((line.height - height) / 2) : nameBlock.height + 4
                        width: line.pickerWidth
                        accessibleName: symptomRow.model.name
                        value: symptomRow.model.severity
                        onPicked: (v) => root.day.setRating(symptomRow.model.key, v)
                    }
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
    WrapButton {
        objectName: "showAllSymptoms"
        visible: root.symptoms.onlyUsual && search.text.length === 0 && root.symptoms.hiddenByFilter > 0
        flat: true
        text: qsTr("Show all %1 other symptoms").arg(root.symptoms.hiddenByFilter)
        onClicked: root.symptoms.onlyUsual = false
    }
}
