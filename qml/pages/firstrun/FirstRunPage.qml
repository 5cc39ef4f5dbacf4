// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * The two short steps after creating a diary, each skippable: the medicines the person takes
 * (dose taken now, forms they have; several) and the symptoms they usually have. Then Today.
 */
Item {
    id: root
    /** "medicines" or "symptoms" (screenshots can open on the second: --page firstrun-symptoms). */
    property string step: Session.startPage === "firstrun-symptoms" ? "symptoms" : "medicines"
    readonly property bool wide: width >= 720
    /** The person is done (or skipped the rest): Main opens Today. */
    signal finished()

    objectName: "firstRun"

    readonly property DrugListModel drugs: DrugListModel {}
    readonly property SymptomListModel symptoms: SymptomListModel {}

    ScrollPage {
        id: page
        objectName: "firstRunFlick"
        anchors.fill: parent
        anchors.bottomMargin: footer.height
        wide: root.wide

        // ---- where the person is: 1 diary (done), 2 medicines, 3 symptoms
        Flow { // the three marks on two lines rather than off a phone's side at large text
            Layout.fillWidth: true
            spacing: Theme.gap
            Repeater {
                model: [
                    { label: qsTr("Diary"), done: true, current: false },
                    { label: qsTr("Medicines"), done: root.step === "symptoms", current: root.step === "medicines" },
                    { label: qsTr("Symptoms"), done: false, current: root.step === "symptoms" }
                ]
                delegate: RowLayout {
                    id: stepMark
                    required property var modelData
                    required property int index
                    readonly property bool done: modelData.done
                    readonly property bool current: modelData.current
                    spacing: 4
                    Rectangle {
                        implicitWidth: Theme.scaled(24)
                        implicitHeight: Theme.scaled(24)
                        radius: width / 2
                        color: stepMark.done || stepMark.current ? Theme.accentStrong : Theme.surfaceAlt
                        Label {
                            anchors.centerIn: parent
                            text: stepMark.done ? "✓" : stepMark.index + 1
                            color: stepMark.done || stepMark.current ? "white" : Theme.textSoft
                            font.pixelSize: Theme.smallSize
                            font.weight: Font.DemiBold
                        }
                    }
                    Label {
                        text: stepMark.modelData.label
                        color: stepMark.current ? Theme.text : Theme.textSoft
                        font.weight: stepMark.current ? Font.DemiBold : Font.Normal
                        font.pixelSize: Theme.smallSize + 1
                    }
                }
            }
        }

        // ---- step 2: medicines
        ColumnLayout {
            visible: root.step === "medicines"
            Layout.fillWidth: true
            spacing: Theme.gapLarge
            Label {
                objectName: "firstRunTitle"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Your medicines")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSoft
                text: qsTr("Add each medicine you take now, with the dose you take and the forms you have, so Today can log a dose with one tap. You can add or change them later in Settings.")
            }
            Card {
                id: addedCard
                objectName: "firstRunAdded"
                visible: root.drugs.count > 0
                SectionTitle {
                    text: qsTr("Added: %n medicine(s)", "", root.drugs.count)
                }
                // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
                Column {
                    Layout.fillWidth: true
                    visible: addedRows.count > 0 // no gap for an empty list, as before
                    spacing: addedCard.spacing
                    Repeater {
                        id: addedRows
                        model: root.drugs
                        delegate: Label {
                            required property string name
                            required property string doseNowMg
                            objectName: "added_" + name
                            width: parent ? parent.width : 0
                            wrapMode: Text.Wrap
                            color: Theme.text
                            text: "✓ " + name + (doseNowMg ? " · " + qsTr("%1 mg a day").arg(doseNowMg) : "")
                        }
                    }
                }
            }
            Card {
                MedicineAddForm {
                    Layout.fillWidth: true
                    medicines: root.drugs
                    wide: root.wide
                }
            }
        }

        // ---- step 3: usual symptoms
        ColumnLayout {
            visible: root.step === "symptoms"
            Layout.fillWidth: true
            spacing: Theme.gapLarge
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Your usual symptoms")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSoft
                text: qsTr("Tap the ones you usually have: Today shows them first, and can show only them. The others stay one tap away, and you can change this later in Settings.")
            }
            Card {
                objectName: "firstRunSymptoms"
                // a heading per group, its symptoms as chips that wrap
                Repeater {
                    // each group with the list to show (a delegate reaches the page's model through its data)
                    model: Array.from(root.symptoms.groupNames, g => ({ name: g, list: root.symptoms })) // made once: may stay in the card's layout
                    delegate: ColumnLayout {
                        id: groupColumn
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 6
                        Label {
                            text: groupColumn.modelData.name
                            color: Theme.accent
                            font.pixelSize: Theme.smallSize
                            font.weight: Font.DemiBold
                            font.capitalization: Font.AllUppercase
                            Layout.topMargin: 4
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 6
                            Repeater {
                                model: groupColumn.modelData.list
                                delegate: Chip {
                                    id: chip
                                    required property var model
                                    visible: model.group === groupColumn.modelData.name && !model.hidden
                                    objectName: "usual_" + model.key
                                    text: model.name
                                    checked: model.usual
                                    Accessible.name: qsTr("%1 is one I usually have").arg(model.name)
                                    onToggled: chip.model.usual = chip.checked // SymptomListModel.setData: one undoable change
                                }
                            }
                        }
                    }
                }
                InlineError { text: root.symptoms.error.text }
            }
        }
    }

    // ---- always in reach: skip, back, next, done
    Rectangle {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        implicitHeight: buttons.implicitHeight + 2 * Theme.gap
        color: Theme.surface
        Rectangle { width: parent.width; height: 1; color: Theme.border }
        // Back or Skip on the left and Next or Done on the right; the one above the other, each
        // as wide as the window, when their texts do not fit side by side (a phone with large text).
        Item {
            id: buttons
            readonly property Item leftButton: root.step === "symptoms" ? backButton : skipButton
            readonly property Item rightButton: root.step === "symptoms" ? doneButton : nextButton
            readonly property bool stacked: leftButton.implicitWidth + Theme.gap + rightButton.implicitWidth > width
            x: Math.round((parent.width - width) / 2)
            y: Theme.gap
            width: Math.min(parent.width - 2 * page.margin, Theme.maxContentWidth)
            implicitHeight: stacked ? rightButton.height + Theme.gap + leftButton.height
                                    : Math.max(leftButton.height, rightButton.height)
            WrapButton {
                id: backButton
                objectName: "firstRunBack"
                visible: root.step === "symptoms"
                y: buttons.stacked ? buttons.rightButton.height + Theme.gap : 0
                width: buttons.stacked ? buttons.width : implicitWidth
                flat: true
                text: "‹ " + qsTr("Back")
                Accessible.name: qsTr("Back to your medicines")
                onClicked: root.step = "medicines"
            }
            WrapButton {
                id: skipButton
                objectName: "firstRunSkip"
                visible: root.step === "medicines"
                y: buttons.stacked ? buttons.rightButton.height + Theme.gap : 0
                width: buttons.stacked ? buttons.width : implicitWidth
                flat: true
                text: qsTr("Skip")
                Accessible.name: qsTr("Skip adding medicines for now")
                onClicked: root.step = "symptoms"
            }
            WrapButton {
                id: nextButton
                objectName: "firstRunNext"
                visible: root.step === "medicines"
                x: buttons.width - width
                width: buttons.stacked ? buttons.width : implicitWidth
                highlighted: root.drugs.count > 0
                text: qsTr("Next: symptoms") + " ›"
                onClicked: root.step = "symptoms"
            }
            WrapButton {
                id: doneButton
                objectName: "firstRunDone"
                visible: root.step === "symptoms"
                x: buttons.width - width
                width: buttons.stacked ? buttons.width : implicitWidth
                highlighted: true
                text: qsTr("Done: go to Today")
                onClicked: root.finished()
            }
        }
    }

    onStepChanged: page.scrollToTop()
}
