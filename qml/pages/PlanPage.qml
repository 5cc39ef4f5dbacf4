// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Waymark

/** The taper plans: each drug's schedule, adapting it, making a new one, and a switch to diazepam. */
Item {
    id: root
    property bool wide: true
    /** Schedules as a table from this width on (wider with larger text); compact step cards below it. */
    readonly property bool table: width >= Theme.scaled(900)
    readonly property alias controller: plans
    readonly property alias draft: createDialog.draft
    readonly property alias changeDialog: changeDialog
    readonly property alias createDialog: createDialog
    readonly property alias switcher: switcher
    signal openSettings()

    PlanController {
        id: plans
    }
    PlanSwitch {
        id: switcher
    }
    readonly property DrugListModel medicines: DrugListModel {}

    ScrollPage {
        id: flick
        objectName: "planFlick"
        anchors.fill: parent
        wide: root.wide
        maxContentWidth: Theme.maxWideContentWidth

        // ---- heading, with what a plan is (visible without scrolling)
        PageHeader {
            title: qsTr("Taper plans")
            Button {
                objectName: "newPlanButton"
                highlighted: true
                text: root.wide ? qsTr("New plan…") : qsTr("New…")
                Accessible.name: qsTr("Make a new taper plan")
                onClicked: createDialog.openFresh()
            }
        }
        Label {
            objectName: "planDisclaimer"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textSoft
            text: qsTr("A plan is something to agree with your prescriber. Waymark does not give medical advice.")
        }

        InlineError {
            objectName: "planError"
            text: plans.error.text
        }

        Card {
            objectName: "noPlanCard"
            visible: plans.planCount === 0
            SectionTitle {
                text: qsTr("No plan yet")
                subtitle: root.medicines.count > 0
                          ? qsTr("Make a plan for a medicine you want to come off: choose how the dose comes down, see every step before you save it, and keep it beside your diary.")
                          : qsTr("A plan is made for one of your medicines, from the dose you take now and the forms you have. Add your medicines first.")
            }
            Button {
                objectName: "noPlanAction"
                highlighted: true
                text: root.medicines.count > 0 ? qsTr("Make a plan…") : qsTr("Add your medicines")
                onClicked: root.medicines.count > 0 ? createDialog.openFresh() : root.openSettings()
            }
        }

        // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
        Column {
            Layout.fillWidth: true
            visible: planCards.count > 0 // no gap for an empty list, as before
            spacing: flick.spacing
            Repeater {
                id: planCards
                model: plans.plans
                delegate: PlanCard {
                    id: card
                    width: parent ? parent.width : 0
                    controller: plans
                    table: root.table
                    onChange: (mode, stepIndex) => changeDialog.openFor(card.plan, mode, stepIndex)
                }
            }
        }

        // Issue 13: each plan's doses across the day, supply, calendar and going back a step.
        Column {
            Layout.fillWidth: true
            visible: dailyCards.count > 0 // no gap for an empty list, as before
            spacing: flick.spacing
            Repeater {
                id: dailyCards
                model: plans.plans
                // A Card fills the page's column (no wide table to hold in, unlike PlanCard).
                delegate: PlanDailyCard {
                    width: parent ? parent.width : 0
                }
            }
        }

        PlanSwitchCard {
            visible: switcher.drugs.length > 0 || switcher.switches.length > 0
            controller: switcher
            wide: root.table
        }
    }

    PlanCreateDialog {
        id: createDialog
        wide: root.wide
    }

    // ---- confirming a change: each is one diary call; the past stays as it was taken
    Dialog {
        id: changeDialog
        objectName: "planChangeDialog"
        property var plan: ({})
        property string mode: "hold"
        property int stepIndex: 0

        function openFor(p, m, s) {
            plan = p
            mode = m
            stepIndex = s
            days.value = 14
            untilReleased.checked = false
            interval.text = ""
            stepSize.text = ""
            mg.text = ""
            plans.error.clear()
            open()
        }
        function apply() {
            let ok = false
            const id = plan.planId
            if (mode === "hold")
                ok = plans.hold(id, untilReleased.checked ? 0 : days.value)
            else if (mode === "pause")
                ok = plans.pause(id, untilReleased.checked ? 0 : days.value)
            else if (mode === "release")
                ok = plans.release(id)
            else if (mode === "pace")
                ok = plans.changePace(id, interval.text, stepSize.text)
            else if (mode === "skip")
                ok = plans.skipAhead(id)
            else if (mode === "edit")
                ok = plans.editStep(id, stepIndex, mg.text)
            else if (mode === "archive")
                ok = plans.archive(id)
            if (ok)
                close()
        }

        header: Label { // Material's title, at the person's text size and wrapping
            text: changeDialog.title
            wrapMode: Text.Wrap
            padding: 24
            bottomPadding: 0
            font.bold: true
            font.pixelSize: Theme.scaled(16)
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        title: ({
            hold: qsTr("Hold this step"), pause: qsTr("Pause the plan"), release: qsTr("Release the hold"),
            pace: qsTr("Slow down the rest"), skip: qsTr("Start the next step now"),
            edit: qsTr("Change the dose of step %1").arg(stepIndex), archive: qsTr("Archive this plan")
        })[mode] || ""
        modal: true
        Material.theme: Theme.dark ? Material.Dark : Material.Light
        Material.accent: Theme.accentStrong
        Material.background: Theme.surface
        Material.foreground: Theme.text
        font.capitalization: Font.MixedCase
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent ? parent.width - 32 : 420, Theme.scaled(480))
        // at most the window's height, the text scrolling inside (a phone with large text)
        height: Math.min(implicitHeight, parent ? parent.height - 16 : implicitHeight)
        closePolicy: Popup.CloseOnEscape
        DialogKeys {
            dialog: changeDialog
            onSaved: changeDialog.apply()
        }

        Flickable {
            id: changeFlick
            anchors.fill: parent
            implicitHeight: changeColumn.implicitHeight
            contentHeight: changeColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: changeColumn
                width: changeFlick.width
                spacing: Theme.gap
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: ({
                        hold: qsTr("Stay at today's dose of %1 for longer. Every later step moves by the same number of days."),
                        pause: qsTr("Pause the whole %1 plan from today. Every later step moves by the same number of days."),
                        release: qsTr("End the hold of %1 today. The rest of the step and the later steps follow from today."),
                        pace: qsTr("From the next step of %1 on: a longer interval or smaller steps. Leave a field empty to keep it."),
                        skip: qsTr("End the current step of %1 yesterday and start the next one today."),
                        edit: qsTr("Set the dose of this future step of %1. It is rounded to what you can make and stays below the step before; 0 stops there."),
                        archive: qsTr("The %1 plan stays in the diary but asks for no more doses. You can then make a new plan for it.")
                    })[changeDialog.mode].arg(changeDialog.plan.drugName || "")
                }
                RowLayout {
                    visible: changeDialog.mode === "hold" || changeDialog.mode === "pause"
                    enabled: !untilReleased.checked
                    Layout.fillWidth: true
                    Label { text: qsTr("Days"); color: Theme.text }
                    SpinBox {
                        id: days
                        objectName: "holdDays"
                        from: 1
                        to: 365
                        editable: true
                        Accessible.name: qsTr("Days to hold")
                    }
                }
                CheckBox {
                    id: untilReleased
                    objectName: "holdUntilReleased"
                    visible: changeDialog.mode === "hold" || changeDialog.mode === "pause"
                    text: qsTr("Until I release it")
                }
                TextField {
                    id: interval
                    implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                    objectName: "paceInterval"
                    visible: changeDialog.mode === "pace"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Days per step (now %1)").arg(changeDialog.plan.intervalDays)
                    inputMethodHints: Qt.ImhDigitsOnly
                }
                TextField {
                    id: stepSize
                    implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                    objectName: "paceStep"
                    visible: changeDialog.mode === "pace"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Step size in %1 (now %2)").arg(changeDialog.plan.stepUnit || "").arg(changeDialog.plan.stepSize || "")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                }
                TextField {
                    id: mg
                    implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                    objectName: "editMg"
                    visible: changeDialog.mode === "edit"
                    Layout.fillWidth: true
                    placeholderText: qsTr("New dose in mg")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.textSoft
                    font.pixelSize: Theme.smallSize
                    text: qsTr("Agree changes with your prescriber. Steps already taken stay as they were.")
                }
                InlineError {
                    text: plans.error.text
                }
            }
        }

        footer: Item {
            implicitHeight: changeButtons.implicitHeight + 2 * Theme.gap
            GridLayout {
                id: changeButtons
                // side by side at the right, else one above the other (measured: German at a
                // large text size on a phone), the confirming label wrapping when wider than the line
                readonly property real room: parent.width - 2 * Theme.gapLarge
                anchors.right: parent.right
                anchors.rightMargin: Theme.gapLarge
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, room)
                columns: cancelChange.implicitWidth + columnSpacing + confirmChange.implicitWidth <= room ? 2 : 1
                columnSpacing: Theme.gap
                rowSpacing: 0
                Button {
                    id: cancelChange
                    Layout.alignment: Qt.AlignRight
                    text: qsTr("Cancel")
                    flat: true
                    onClicked: changeDialog.close()
                }
                WrapButton {
                    id: confirmChange
                    Layout.alignment: Qt.AlignRight
                    objectName: "confirmChange"
                    highlighted: true
                    text: ({
                        hold: qsTr("Hold"), pause: qsTr("Pause"), release: qsTr("Release"), pace: qsTr("Change pace"),
                        skip: qsTr("Start next step"), edit: qsTr("Change dose"), archive: qsTr("Archive")
                    })[changeDialog.mode] || qsTr("OK")
                    onClicked: changeDialog.apply()
                }
            }
        }
    }
}
