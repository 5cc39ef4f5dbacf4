// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * Today's medicines: what the plans ask for (one tap to log it), the usual dose (one tap), the
 * doses logged for the day, and "Add a dose…". With no medicine yet: what to do, one tap away.
 */
Card {
    id: root
    required property DayController day
    property bool wide: true
    /** The person has no medicine in the diary yet and asked to add one. */
    signal addMedicines()

    readonly property bool noMedicines: day.drugs.length === 0
    /**
     * After a dose was logged from the keyboard its button goes (a mark takes its place): the
     * focus moves on to the next dose still to take below it, else to "Add a dose…", so the next
     * Tab, Space or Enter goes on from there instead of from the top of the window. `anchorName` (the
     * medicine's line) and `time` say which was logged (the time empty for a whole day's dose).
     */
    function focusAfterLogging(anchorName: string, time: string) {
        focusAfter.anchorName = anchorName
        focusAfter.time = time
        focusAfter.restart() // once the lines are made again for the new state
    }
    Timer {
        id: focusAfter
        property string anchorName
        property string time
        interval: 0
        onTriggered: {
            const all = []
            const walk = (item) => {
                all.push(item)
                for (let i = 0; i < item.children.length; ++i)
                    walk(item.children[i])
            }
            walk(root)
            let inRow = false
            let passed = false
            for (const item of all) {
                if (!inRow) {
                    inRow = item.objectName === focusAfter.anchorName
                    passed = inRow && focusAfter.time.length === 0
                } else if (!passed) {
                    passed = item.objectName === "plannedTime_" + focusAfter.time
                } else if (item.visible && item.enabled && /^(takePlannedAt_|takePlanned_|usualDose_)/.test(item.objectName)) {
                    item.forceActiveFocus(Qt.TabFocusReason)
                    return
                }
            }
            addDoseButton.forceActiveFocus(Qt.TabFocusReason)
        }
    }

    /**
     * Whether texts and an action `actionWidth` wide fit side by side in `width` (the card's column:
     * a row's own width would be widened by what is beside in it), measured: each
     * text keeps its one line, or gets at least half the row and never less than its longest word.
     * Else the action goes under the texts (large text on a phone, a long translation).
     */
    function fitsBeside(texts: var, actionWidth: real, width: real): bool {
        let natural = 0
        let longestWord = 0
        for (const text of texts) {
            natural = Math.max(natural, textMetrics.advanceWidth(text))
            for (const word of text.split(/[ \n]+/)) // not at no-break spaces
                longestWord = Math.max(longestWord, textMetrics.advanceWidth(word))
        }
        const textNeeds = Math.ceil(Math.min(natural, Math.max(longestWord, width / 2))) + 1
        return textNeeds + Theme.gap + actionWidth <= width
    }
    FontMetrics {
        id: textMetrics // the medicines' names: the widest of the texts (bold)
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
    }

    SectionTitle {
        text: qsTr("Medicines")
    }

    // ---- no medicine yet
    Label {
        objectName: "noMedicinesText"
        visible: root.noMedicines
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        text: qsTr("No medicines yet. Add the ones you take, then log each dose here with one tap.")
    }
    Button {
        objectName: "addMedicinesButton"
        visible: root.noMedicines
        highlighted: true
        text: qsTr("Add your medicines")
        Accessible.name: qsTr("Add your medicines in Settings")
        onClicked: root.addMedicines()
    }

    // ---- what the plans ask for
    // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
    Column {
        Layout.fillWidth: true
        visible: plannedList.count > 0 // no gap for an empty list, as before
        spacing: root.spacing
        Repeater {
            id: plannedList
            model: root.day.plannedDoses
            delegate: GridLayout {
                id: plannedRow
                required property var modelData
                // several times of day: each time is its own line with its own button, logged as the day goes
                readonly property bool perTime: (modelData.timeRows || []).length > 1
                objectName: "plannedDose_" + modelData.drugId
                width: parent ? parent.width : 0
                // the mark or the button (one of them shows) beside the text, or under it
                readonly property bool fits: root.fitsBeside([modelData.drugName, plannedDoseText.text],
                                                             plannedMark.visible ? plannedMark.implicitWidth : takePlanned.visible ? takePlanned.implicitWidth : 0,
                                                             parent ? parent.width : 0)
                property bool beside: true
                // switched on a zero-interval Timer: Qt 6.4's layouts miss a change made while the card
                // lays them out (the day buttons kept a stale width that way)
                onFitsChanged: settlePlanned.restart()
                Component.onCompleted: beside = fits
                Timer {
                    id: settlePlanned
                    interval: 0
                    onTriggered: plannedRow.beside = plannedRow.fits
                }
                columns: beside ? 3 : 1
                columnSpacing: Theme.gap
                rowSpacing: 4
                ColumnLayout {
                    Layout.fillWidth: true
                    // the rest of the row whatever its texts' one-line widths: their wrapped heights are
                    // then worked out at the width they get (else long texts overlapped the next line)
                    Layout.preferredWidth: 1
                    spacing: 0
                    Label {
                        text: plannedRow.modelData.drugName
                        font.weight: Font.DemiBold
                        color: Theme.text
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        id: plannedDoseText
                        objectName: "plannedDoseText"
                        text: plannedRow.perTime
                              ? qsTr("Planned: %1 a day").arg(plannedRow.modelData.amountText)
                              : qsTr("Planned: %1").arg(plannedRow.modelData.amountText)
                                + (plannedRow.modelData.howToMake ? " — " + plannedRow.modelData.howToMake : "")
                        color: Theme.text
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "plannedTimesText"
                        visible: text.length > 0 && !plannedRow.perTime
                        text: plannedRow.modelData.timesText || ""
                        color: Theme.text
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                    // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
                    Column {
                        Layout.fillWidth: true
                        visible: timeRows.count > 0 // no gap for an empty list, as before
                        spacing: 0
                        Repeater {
                            id: timeRows
                            model: plannedRow.perTime ? plannedRow.modelData.timeRows : []
                            // anchored, not a nested RowLayout: inside this column a RowLayout per time was
                            // placed before its wrapped text settled (rows overlapped at desktop width)
                            delegate: Item {
                                id: timeRow
                                required property var modelData
                                objectName: "plannedTime_" + modelData.time
                                width: parent ? parent.width : 0
                                // the mark or the button beside the time's text, or under it when they do not fit
                                readonly property bool beside: root.fitsBeside([timeText.text], timeAction.implicitWidth, width)
                                implicitHeight: beside ? Math.max(timeText.implicitHeight, timeAction.implicitHeight)
                                                       : timeText.implicitHeight + timeAction.implicitHeight
                                Label {
                                    id: timeText
                                    width: timeRow.beside ? timeRow.width - timeAction.width - Theme.gap : timeRow.width
                                    y: timeRow.beside ? Math.round((timeRow.height - height) / 2) : 0
                                    text: qsTr("%1  %2").arg(timeRow.modelData.time).arg(timeRow.modelData.amountText)
                                          + (timeRow.modelData.howToMake ? " — " + timeRow.modelData.howToMake : "")
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                }
                                Item {
                                    id: timeAction
                                    x: timeRow.beside ? timeRow.width - width : 0
                                    y: timeRow.beside ? Math.round((timeRow.height - height) / 2) : timeText.implicitHeight
                                    implicitWidth: timeRow.modelData.logged ? loggedMark.implicitWidth : takeAt.implicitWidth
                                    implicitHeight: timeRow.modelData.logged ? loggedMark.implicitHeight : takeAt.implicitHeight
                                    width: implicitWidth
                                    height: implicitHeight
                                    Label {
                                        id: loggedMark
                                        anchors.centerIn: parent
                                        visible: timeRow.modelData.logged
                                        text: qsTr("✓ Logged")
                                        color: Theme.success
                                        font.weight: Font.DemiBold
                                        rightPadding: Theme.gap
                                    }
                                    Button {
                                        id: takeAt
                                        anchors.centerIn: parent
                                        objectName: "takePlannedAt_" + timeRow.modelData.time
                                        visible: !timeRow.modelData.logged
                                        highlighted: true
                                        text: qsTr("Took it")
                                        Accessible.name: qsTr("Took the %1 dose of %2: %3").arg(timeRow.modelData.time)
                                                         .arg(plannedRow.modelData.drugName).arg(timeRow.modelData.amountText)
                                        Keys.onReturnPressed: clicked()
                                        Keys.onEnterPressed: clicked()
                                        onClicked: {
                                            const byKeyboard = visualFocus
                                            if (root.day.logPlannedDose(plannedRow.modelData.drugId, false, timeRow.modelData.time) && byKeyboard)
                                                root.focusAfterLogging(plannedRow.objectName, timeRow.modelData.time)
                                        }
                                    }
                                }
                            }
                        }
                    }
                    Label {
                        objectName: "plannedChangeText"
                        visible: text.length > 0
                        text: plannedRow.modelData.changeText || ""
                        color: Theme.textSoft
                        font.pixelSize: Theme.smallSize
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        text: plannedRow.modelData.logged
                              ? qsTr("%1 · logged %2").arg(plannedRow.modelData.stepText)
                                                         .arg(plannedRow.modelData.loggedText.replace(/ /g, "\u00a0")) // "16 mg" together
                              : plannedRow.modelData.stepText
                        color: Theme.textSoft
                        font.pixelSize: Theme.smallSize
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                }
                Label {
                    id: plannedMark
                    visible: plannedRow.modelData.logged && !plannedRow.perTime
                    text: qsTr("✓ Logged")
                    color: Theme.success
                    font.weight: Font.DemiBold
                    rightPadding: Theme.gap
                }
                Button {
                    id: takePlanned
                    objectName: "takePlanned_" + plannedRow.modelData.drugId
                    visible: !plannedRow.modelData.logged && plannedRow.modelData.mg > 0 && !plannedRow.perTime
                    highlighted: true
                    text: root.wide ? qsTr("Take planned dose") : qsTr("Took it")
                    Accessible.name: qsTr("Took the planned dose of %1: %2").arg(plannedRow.modelData.drugName).arg(plannedRow.modelData.amountText)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: {
                        const byKeyboard = visualFocus
                        if (root.day.logPlannedDose(plannedRow.modelData.drugId) && byKeyboard)
                            root.focusAfterLogging(plannedRow.objectName, "")
                    }
                }
            }
        }
    }

    // ---- the usual dose
    // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
    Column {
        Layout.fillWidth: true
        visible: usualList.count > 0 // no gap for an empty list, as before
        spacing: root.spacing
        Repeater {
            id: usualList
            model: root.day.usualDoses
            delegate: GridLayout {
                id: usualRow
                required property var modelData
                objectName: "usualRow_" + modelData.drugId
                width: parent ? parent.width : 0
                readonly property bool fits: root.fitsBeside([modelData.drugName], usualMark.visible ? usualMark.implicitWidth : usualButton.implicitWidth,
                                                             parent ? parent.width : 0)
                property bool beside: true
                // switched on a zero-interval Timer: Qt 6.4's layouts miss a change made while the card
                // lays them out (the day buttons kept a stale width that way)
                onFitsChanged: settleUsual.restart()
                Component.onCompleted: beside = fits
                Timer {
                    id: settleUsual
                    interval: 0
                    onTriggered: usualRow.beside = usualRow.fits
                }
                columns: beside ? 3 : 1
                columnSpacing: Theme.gap
                rowSpacing: 4
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        text: usualRow.modelData.drugName
                        font.weight: Font.DemiBold
                        color: Theme.text
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        text: qsTr("Usual: %1").arg(usualRow.modelData.amountText)
                        color: Theme.textSoft
                        font.pixelSize: Theme.smallSize
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                }
                Label {
                    id: usualMark
                    visible: usualRow.modelData.logged
                    text: qsTr("✓ Logged")
                    color: Theme.success
                    font.weight: Font.DemiBold
                    rightPadding: Theme.gap
                }
                Button {
                    id: usualButton
                    objectName: "usualDose_" + usualRow.modelData.drugId
                    visible: !usualRow.modelData.logged
                    highlighted: true
                    text: qsTr("Took my usual dose")
                    Accessible.name: qsTr("Took my usual dose of %1").arg(usualRow.modelData.drugName)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: {
                        const byKeyboard = visualFocus
                        if (root.day.logUsualDose(usualRow.modelData.drugId) && byKeyboard)
                            root.focusAfterLogging(usualRow.objectName, "")
                    }
                }
            }
        }
    }

    // ---- logged for the day
    Rectangle {
        visible: dosesList.count > 0
        Layout.fillWidth: true
        implicitHeight: 1
        color: Theme.border
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: dosesList.count > 0
        text: qsTr("Logged for this day")
        color: Theme.textSoft
        font.pixelSize: Theme.smallSize
    }
    // In a Column, not straight in the card's layout: Qt 6.4's layouts can keep a row the Repeater
    // has deleted and read it on the next resize (tst_2_today test_3c)
    Column {
        Layout.fillWidth: true
        visible: dosesList.count > 0 // no gap for an empty list, as before
        spacing: root.spacing // as the card's own rows were
        Repeater {
            id: dosesList
            model: root.day.doses
            // "Remove" beside the dose, or under it when they do not fit side by side
            delegate: GridLayout {
                id: doseRow
                required property var model
                width: parent ? parent.width : 0
                readonly property bool fits: root.fitsBeside([doseRow.model.drugName, doseText.amountAndTime], removeDose.implicitWidth,
                                                             parent ? parent.width : 0)
                property bool beside: true
                // switched on a zero-interval Timer: Qt 6.4's layouts miss a change made while the card
                // lays them out (the day buttons kept a stale width that way)
                onFitsChanged: settleDose.restart()
                Component.onCompleted: beside = fits
                Timer {
                    id: settleDose
                    interval: 0
                    onTriggered: doseRow.beside = doseRow.fits
                }
                columns: beside ? 2 : 1
                columnSpacing: Theme.gap
                rowSpacing: 0
                Label {
                    id: doseText
                    // the amount and the time hold together: a narrow line breaks after the name
                    readonly property string amountAndTime: (doseRow.model.amountText
                                                             + (doseRow.model.timeText ? "  ·  " + doseRow.model.timeText : ""))
                                                            .replace(/ /g, "\u00a0")
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: doseRow.model.drugName + "  " + amountAndTime
                          + (doseRow.model.note ? "  ·  " + doseRow.model.note : "")
                }
                Button {
                    id: removeDose
                    flat: true
                    text: qsTr("Remove")
                    font.pixelSize: Theme.smallSize
                    Accessible.name: qsTr("Remove %1 %2").arg(doseRow.model.drugName).arg(doseRow.model.amountText)
                    onClicked: root.day.deleteDose(doseRow.model.doseId)
                }
            }
        }
    }
    Button {
        id: addDoseButton
        objectName: "addDoseButton"
        visible: !root.noMedicines
        text: qsTr("Add a dose…")
        Accessible.name: qsTr("Add a dose")
        onClicked: addDose.openFor(root.day)
    }

    AddDoseDialog {
        id: addDose
        parent: Overlay.overlay // sized by the window, not by the card
        wide: root.wide
    }
}
