// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Waymark

/**
 * Share with the prescriber: the summary's choices, a preview of its real pages, saving it as a
 * PDF, and the drug-history text to copy. Everything is ShareController's; this lays it out.
 */
Item {
    id: root
    property bool wide: true

    ShareController {
        id: share
        active: root.visible
    }

    ScrollPage {
        id: scroller
        anchors.fill: parent
        wide: root.wide

        PageHeader {
            title: qsTr("Share")
            subtitle: qsTr("A summary for your prescriber, made on this device. Nothing is sent anywhere.")
            lock: !root.wide
        }

        Card {
            SectionTitle {
                text: qsTr("Summary for your prescriber")
                subtitle: qsTr("A PDF. Page 1 can be read in two minutes; the pages after it hold the day-by-day detail.")
            }

            Label { text: qsTr("Days to include"); color: Theme.text; font.weight: Font.DemiBold; Layout.fillWidth: true; wrapMode: Text.Wrap }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Button {
                    objectName: "shareFrom"
                    text: qsTr("From %1").arg(share.fromText)
                    Accessible.name: qsTr("First day: %1. Change").arg(share.fromText)
                    onClicked: { picker.target = "from"; picker.maximumDate = share.toDate; picker.openAt(share.fromDate) }
                }
                Button {
                    objectName: "shareTo"
                    text: qsTr("to %1").arg(share.toText)
                    Accessible.name: qsTr("Last day: %1. Change").arg(share.toText)
                    onClicked: { picker.target = "to"; picker.maximumDate = Session.today; picker.openAt(share.toDate) }
                }
                WrapButton {
                    width: Math.min(implicitWidth, parent.width)
                    flat: true
                    text: qsTr("Since the plan began")
                    onClicked: share.resetRange()
                }
            }

            Label { text: qsTr("Paper"); color: Theme.text; font.weight: Font.DemiBold; Layout.fillWidth: true; wrapMode: Text.Wrap }
            RowLayout {
                spacing: Theme.gap
                RadioButton {
                    objectName: "paperA4"
                    text: qsTr("A4")
                    checked: share.paper === "a4"
                    onToggled: share.paper = "a4"
                }
                RadioButton {
                    objectName: "paperLetter"
                    text: qsTr("Letter")
                    checked: share.paper === "letter"
                    onToggled: share.paper = "letter"
                }
            }

            Label { text: qsTr("About you (left out unless you tick them)"); color: Theme.text; font.weight: Font.DemiBold; Layout.fillWidth: true; wrapMode: Text.Wrap }
            WrapCheckBox {
                objectName: "includeName"
                Layout.fillWidth: true
                text: qsTr("Print my name")
                checked: share.includeName
                onToggled: share.includeName = checked
            }
            TextField {
                implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                visible: share.includeName
                Layout.fillWidth: true
                placeholderText: qsTr("Your name as your prescriber knows it")
                text: share.name
                Accessible.name: qsTr("Name to print")
                onEditingFinished: share.name = text
            }
            WrapCheckBox {
                objectName: "includeBirthDate"
                Layout.fillWidth: true
                text: qsTr("Print my date of birth")
                checked: share.includeBirthDate
                onToggled: share.includeBirthDate = checked
            }
            TextField {
                implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                visible: share.includeBirthDate
                Layout.fillWidth: true
                placeholderText: qsTr("YYYY-MM-DD")
                text: share.birthDate
                inputMethodHints: Qt.ImhDate
                Accessible.name: qsTr("Date of birth, as year-month-day")
                onEditingFinished: share.birthDate = text
            }

            Label { text: qsTr("What to include"); color: Theme.text; font.weight: Font.DemiBold; Layout.fillWidth: true; wrapMode: Text.Wrap }
            GridLayout {
                Layout.fillWidth: true
                columns: root.wide && Theme.fontScale < 1.5 ? 2 : 1
                columnSpacing: Theme.gapLarge
                rowSpacing: 0
                Repeater {
                    model: share.sectionChoices // CONSTANT: may stay in the layout
                    WrapCheckBox {
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.maximumWidth: scroller.contentColumnWidth - 2 * Theme.gapLarge
                        objectName: "section_" + modelData.key
                        text: modelData.label
                        checked: share.sections.indexOf(modelData.key) >= 0
                        onToggled: share.setSection(modelData.key, checked)
                    }
                }
            }

            InlineError { text: share.errorText }
            InlineError { good: true; text: share.doneText }
            GridLayout { // the note above the button when they do not fit side by side (a phone with large text)
                Layout.fillWidth: true
                columns: scroller.contentColumnWidth < Theme.scaled(330) ? 1 : 2
                columnSpacing: 5 // as the row was
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.textSoft
                    font.pixelSize: Theme.smallSize
                    text: qsTr("The PDF is not encrypted: keep it, or share it, only where you choose.")
                }
                Button {
                    objectName: "saveSummary"
                    highlighted: true
                    enabled: share.pageCount > 0
                    text: qsTr("Save PDF…")
                    onClicked: saveDialog.open()
                }
            }
        }

        Card {
            id: previewCard
            SectionTitle {
                text: qsTr("Preview")
                subtitle: share.summaryText
            }
            // In a Column, not straight in the layout: Qt 6.4 can keep a page the Repeater deleted (docs/ARCHITECTURE.md)
            Column {
                Layout.fillWidth: true
                visible: previewPages.count > 0 // no gap for an empty list, as before
                spacing: previewCard.spacing
                Repeater {
                    id: previewPages
                    model: share.pageCount
                    ReportPageView {
                        required property int index
                        objectName: "previewPage_" + index
                        controller: share
                        page: index
                        // centred in the card
                        x: (parent ? parent.width - width : 0) / 2
                        width: Math.min(scroller.contentColumnWidth - 2 * Theme.gapLarge, 620)
                        height: width * share.pageAspect
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Page %1 of %2 of the summary").arg(index + 1).arg(share.pageCount)
                        Rectangle {
                            anchors.fill: parent
                            color: "transparent"
                            border.color: Theme.border
                        }
                    }
                }
            }
        }

        Card {
            SectionTitle {
                text: qsTr("Drug history as text")
                subtitle: qsTr("For a new clinician or a tapering forum: each drug, its changes and the dose now.")
            }
            TextArea {
                id: historyArea
                objectName: "historyText"
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                text: share.historyText
                // Monospace lines the indented lines up; where its widest word is wider than the
                // line (a phone with large text, German) the usual, narrower font: no word cut in two.
                // (the column's width: the area's own follows its font; the usual font: the Copy button's)
                font.family: widestMonoWord() <= (parent ? parent.width : 0) - leftPadding - rightPadding
                             ? "monospace" : copyButton.font.family
                font.pixelSize: Theme.smallSize
                Accessible.name: qsTr("Drug history")
                function widestMonoWord(): real {
                    let widest = 0
                    for (const word of text.split(/\s+/))
                        widest = Math.max(widest, monoMetrics.advanceWidth(word))
                    return widest
                }
                FontMetrics {
                    id: monoMetrics
                    font.family: "monospace"
                    font.pixelSize: Theme.smallSize
                }
            }
            Button {
                id: copyButton
                objectName: "copyHistory"
                text: qsTr("Copy")
                onClicked: share.copyHistoryText()
            }
        }
    }

    DatePickerDialog {
        id: picker
        property string target: "from"
        onPicked: (iso) => { if (target === "from") share.fromDate = iso; else share.toDate = iso }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the summary")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: share.save(selectedFile)
    }
}
