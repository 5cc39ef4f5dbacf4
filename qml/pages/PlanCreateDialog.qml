// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Waymark

/** Make a taper plan: medicine, method and numbers, with the schedule previewed on every change. */
Dialog {
    id: root
    property bool wide: true
    readonly property alias draft: draft

    function openFresh() {
        draft.reset(0)
        open()
    }
    function fieldError(field) {
        return draft.errorField === field ? draft.errorText : ""
    }

    objectName: "planCreateDialog"
    title: qsTr("New taper plan")
    header: Label { // Material's title, at the person's text size and wrapping
        text: root.title
        wrapMode: Text.Wrap
        padding: root.wide ? 24 : Theme.gapLarge
        bottomPadding: 0
        font.bold: true
        font.pixelSize: Theme.scaled(16)
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    modal: true
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accentStrong
    Material.background: Theme.surface
    Material.foreground: Theme.text
    font.capitalization: Font.MixedCase
    anchors.centerIn: Overlay.overlay
    width: parent ? Math.min(parent.width - (root.wide ? 64 : 8), 900) : 420
    height: parent ? parent.height - (root.wide ? 64 : 8) : 600
    padding: root.wide ? Theme.gapLarge : Theme.gap
    closePolicy: Popup.CloseOnEscape
    DialogKeys {
        dialog: root
        onSaved: if (savePlan.enabled) savePlan.clicked()
    }

    PlanDraft {
        id: draft
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: form
            width: flick.width - 12
            spacing: Theme.gap

            Label {
                objectName: "createDisclaimer"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSoft
                text: qsTr("A plan is something to agree with your prescriber. Waymark does not give medical advice.")
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.wide ? 2 : 1
                columnSpacing: Theme.gapLarge
                rowSpacing: 4

                Label { text: qsTr("Medicine"); color: Theme.text }
                ComboBox {
                    id: drugBox
                    objectName: "planDrug"
                    Layout.fillWidth: true
                    model: draft.drugs
                    textRole: "name"
                    valueRole: "drugId"
                    currentIndex: indexOfValue(draft.drugId)
                    Accessible.name: qsTr("Medicine")
                    onActivated: draft.drugId = currentValue
                }

                Label { text: qsTr("Method"); color: Theme.text }
                ComboBox {
                    id: methodBox
                    objectName: "planMethod"
                    Layout.fillWidth: true
                    // the chosen method in full, on two lines where one is too narrow (a phone with large text)
                    contentItem: Label {
                        leftPadding: 12
                        topPadding: 6
                        bottomPadding: 6
                        text: methodBox.displayText
                        font: methodBox.font
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                        color: Theme.text
                    }
                    textRole: "text"
                    valueRole: "value"
                    model: [
                        { value: "hyperbolic", text: qsTr("Hyperbolic: equal drops in modelled occupancy") },
                        { value: "percent", text: qsTr("Percent of the previous dose") },
                        { value: "linear", text: qsTr("Linear: the same mg each step") },
                        { value: "custom", text: qsTr("Custom: dates and doses from a letter") }
                    ]
                    currentIndex: indexOfValue(draft.method)
                    Accessible.name: qsTr("Method")
                    onActivated: draft.method = currentValue
                }
            }
            Label {
                objectName: "planFitText"
                visible: draft.method === "hyperbolic" || draft.method === "linear"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: draft.hasFit ? Theme.textSoft : Theme.calmWarning
                font.pixelSize: Theme.smallSize
                text: draft.fitText
            }
            // published guidance beside the method, with its source
            Rectangle {
                objectName: "planGuidance"
                visible: draft.guidanceLines.length > 0
                Layout.fillWidth: true
                implicitHeight: guidanceColumn.implicitHeight + 2 * Theme.gap
                radius: 8
                color: Theme.surfaceAlt
                ColumnLayout {
                    id: guidanceColumn
                    x: Theme.gap
                    y: Theme.gap
                    width: parent.width - 2 * Theme.gap
                    spacing: 2
                    // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
                    Column {
                        Layout.fillWidth: true
                        visible: guidanceRows.count > 0 // no gap for an empty list, as before
                        spacing: guidanceColumn.spacing
                        Repeater {
                            id: guidanceRows
                            model: draft.guidanceLines
                            delegate: Label {
                                required property string modelData
                                width: parent ? parent.width : 0
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.pixelSize: Theme.smallSize
                                text: modelData
                            }
                        }
                    }
                    Label {
                        objectName: "planGuidanceSource"
                        visible: draft.guidanceSource.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textSoft
                        font.pixelSize: Theme.smallSize
                        text: qsTr("Source: %1").arg(draft.guidanceSource)
                    }
                    Button {
                        objectName: "planSmallerFinal"
                        visible: draft.smallerFinalDose.length > 0
                        flat: true
                        font.pixelSize: Theme.smallSize
                        text: qsTr("Stop below %1 mg instead").arg(draft.smallerFinalDose)
                        onClicked: draft.useSmallerFinalDose()
                    }
                }
            }
            InlineError { text: root.fieldError("method") || root.fieldError("drug") || root.fieldError("plan") || root.fieldError("fit") }

            GridLayout {
                visible: draft.method !== "custom"
                Layout.fillWidth: true
                // label and field pairs side by side as far as they fit, a field at least 96 px at
                // 100 % (measured: German at a large text size stacks them on a phone)
                readonly property real pairWidth: Math.max(doseLabel.implicitWidth, dayLabel.implicitWidth, intervalLabel.implicitWidth,
                                                           stepLabel.implicitWidth, finalLabel.implicitWidth)
                                                  + columnSpacing + Theme.scaled(96)
                columns: root.wide && 2 * pairWidth + columnSpacing <= form.width ? 4 : pairWidth <= form.width ? 2 : 1
                columnSpacing: Theme.gapLarge
                rowSpacing: 4

                Label { id: doseLabel; text: qsTr("Dose now (mg)"); color: Theme.text }
                TextField {
                    implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                    objectName: "planStartDose"
                    Layout.fillWidth: true
                    text: draft.startDose
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Accessible.name: qsTr("Start dose in mg")
                    onTextEdited: draft.startDose = text
                }
                Label { id: dayLabel; text: qsTr("First day"); color: Theme.text }
                TextField {
                    implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                    objectName: "planStartDate"
                    Layout.fillWidth: true
                    text: draft.startDate
                    placeholderText: qsTr("YYYY-MM-DD")
                    Accessible.name: qsTr("Start date")
                    onTextEdited: draft.startDate = text
                }
                Label { id: intervalLabel; text: qsTr("Days per step"); color: Theme.text }
                TextField {
                    implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                    objectName: "planInterval"
                    Layout.fillWidth: true
                    text: draft.intervalDays
                    inputMethodHints: Qt.ImhDigitsOnly
                    Accessible.name: qsTr("Days per step")
                    onTextEdited: draft.intervalDays = text
                }
                Label {
                    id: stepLabel
                    text: draft.method === "hyperbolic" ? qsTr("Step (points)") : draft.method === "percent" ? qsTr("Step (%)") : qsTr("Step (mg)")
                    color: Theme.text
                }
                TextField {
                    implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                    objectName: "planStepSize"
                    Layout.fillWidth: true
                    text: draft.stepSize
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Accessible.name: draft.stepUnit
                    onTextEdited: draft.stepSize = text
                }
                Label { id: finalLabel; text: qsTr("Stop below (mg)"); color: Theme.text }
                TextField {
                    implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                    objectName: "planFinalDose"
                    Layout.fillWidth: true
                    text: draft.finalDose
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Accessible.name: qsTr("Final dose: below this the next step is 0 mg")
                    onTextEdited: draft.finalDose = text
                }
            }
            Label {
                visible: draft.method !== "custom"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
                text: qsTr("Each step: %1. Once the method's dose falls below \"stop below\", the next step is 0 mg.").arg(draft.stepUnit)
            }
            InlineError {
                objectName: "planFieldError"
                text: ["startDoseMg", "startDate", "intervalDays", "stepSize", "finalDoseMg"].indexOf(draft.errorField) >= 0 ? draft.errorText : ""
            }
            Button {
                objectName: "planUseStartForm"
                visible: !draft.valid && draft.errorField === "startDoseMg" && draft.hasSuggestion
                Layout.maximumWidth: form.width
                text: draft.suggestionButtonText
                contentItem: Label {
                    text: parent.text
                    wrapMode: Text.Wrap
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                onClicked: draft.applySuggestion()
            }

            ColumnLayout {
                visible: draft.method === "custom"
                Layout.fillWidth: true
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: qsTr("One line per change, as your prescriber wrote it: the date it starts and the dose in mg, e.g. 2026-04-01 15")
                }
                TextArea {
                    objectName: "planCustom"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 110
                    text: draft.customDoses
                    wrapMode: TextEdit.NoWrap
                    placeholderText: "2026-04-01 15\n2026-04-29 12.5\n2026-05-27 10"
                    Accessible.name: qsTr("Dates and doses from your prescriber")
                    onTextChanged: if (activeFocus) draft.customDoses = text
                }
                RowLayout {
                    Layout.fillWidth: true
                    Label { text: qsTr("Days for the last step"); color: Theme.text }
                    TextField {
                        implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                        Layout.preferredWidth: 80
                        text: draft.intervalDays
                        inputMethodHints: Qt.ImhDigitsOnly
                        onTextEdited: draft.intervalDays = text
                    }
                }
                InlineError { text: root.fieldError("customDoses") || root.fieldError("intervalDays") }
            }

            // ---- the times of day (the medicine's dose times, Settings › Medicines)
            ColumnLayout {
                objectName: "planTimesSection"
                visible: drugBox.currentIndex >= 0
                Layout.fillWidth: true
                spacing: 2
                Label {
                    text: qsTr("Times of day")
                    color: Theme.text
                    font.weight: Font.DemiBold
                }
                Label {
                    objectName: "planNoTimes"
                    visible: !draft.hasDoseTimes
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.textSoft
                    font.pixelSize: Theme.smallSize
                    text: qsTr("One dose a day. Taken at several times a day? Add the times in Settings › Medicines and each step says the amount at each time.")
                }
                CheckBox {
                    id: useTimes
                    objectName: "planUseTimes"
                    visible: draft.hasDoseTimes
                    Layout.fillWidth: true
                    checked: draft.useDoseTimes
                    text: qsTr("Plan each dose time: %1").arg(draft.doseTimesText)
                    contentItem: Label {
                        leftPadding: useTimes.indicator.width + useTimes.spacing
                        text: useTimes.text
                        wrapMode: Text.Wrap
                        color: Theme.text
                        verticalAlignment: Text.AlignVCenter
                    }
                    onToggled: draft.useDoseTimes = checked
                }
                ColumnLayout {
                    visible: draft.useDoseTimes
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.gap
                    spacing: 0
                    RadioButton {
                        id: spreadOne
                        objectName: "planSpreadOne"
                        Layout.fillWidth: true
                        checked: draft.spread === "one-at-a-time"
                        text: qsTr("Cut one dose time at a time (the others stay as they are)")
                        contentItem: Label {
                            leftPadding: spreadOne.indicator.width + spreadOne.spacing
                            text: spreadOne.text
                            wrapMode: Text.Wrap
                            color: Theme.text
                            verticalAlignment: Text.AlignVCenter
                        }
                        onToggled: if (checked) draft.spread = "one-at-a-time"
                    }
                    RadioButton {
                        id: spreadEven
                        objectName: "planSpreadEven"
                        Layout.fillWidth: true
                        checked: draft.spread === "even"
                        text: qsTr("Cut every dose time a little (in proportion)")
                        contentItem: Label {
                            leftPadding: spreadEven.indicator.width + spreadEven.spacing
                            text: spreadEven.text
                            wrapMode: Text.Wrap
                            color: Theme.text
                            verticalAlignment: Text.AlignVCenter
                        }
                        onToggled: if (checked) draft.spread = "even"
                    }
                }
                InlineError {
                    objectName: "planTimesError"
                    text: root.fieldError("doseTimes")
                }
            }

            // ---- what the person has
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("What you have to make each dose")
                color: Theme.text
                font.weight: Font.DemiBold
            }
            Label {
                objectName: "planFormulations"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: draft.formulations.length > 0 ? draft.formulations.join(" · ") : qsTr("No tablets, capsules or liquid listed for this medicine yet.")
            }
            // adding a form here keeps everything typed above (the preview is recomputed with it)
            AbstractButton {
                id: addFormToggle
                objectName: "planAddFormToggle"
                checkable: true
                visible: draft.drugId > 0
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Add a form you have")
                // as wide as the form, its text wrapping (else the whole form would be as wide as its one line)
                Layout.fillWidth: true
                implicitHeight: Math.max(48, implicitContentHeight + topPadding + bottomPadding) // a touch target
                contentItem: Text {
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                    text: (addFormToggle.checked ? "▾ " : "▸ ") + qsTr("Add a form you have (a liquid, another strength)")
                    color: Theme.accent
                    font.pixelSize: Theme.smallSize
                    font.underline: addFormToggle.hovered || addFormToggle.visualFocus
                }
            }
            FormulationModel {
                id: draftForms
                drugId: draft.drugId
            }
            Flow {
                visible: addFormToggle.checked && draftForms.offeredLiquids.length > 0
                Layout.fillWidth: true
                spacing: Theme.gap
                Repeater {
                    model: draftForms.offeredLiquids
                    delegate: Button {
                        required property var modelData
                        required property int index
                        objectName: "planOfferedLiquid_" + index
                        font.pixelSize: Theme.smallSize
                        text: qsTr("+ %1 (syringe 0.1 mL)").arg(modelData.label)
                        onClicked: draftForms.addLiquid(modelData.strength, "0.1")
                    }
                }
            }
            FormFields {
                objectName: "planFormFields"
                visible: addFormToggle.checked
                Layout.fillWidth: true
                onEdited: draftForms.error.clear()
                onSubmitted: (kind, strength, split, mr, syringe) => {
                    if (draftForms.addForm(kind, strength, split, mr, syringe))
                        clear()
                }
            }
            InlineError { text: draftForms.error.text }
            InlineError { text: root.fieldError("formulations") }

            // ---- preview
            Label {
                text: qsTr("Preview")
                color: Theme.text
                font.weight: Font.DemiBold
                Layout.topMargin: Theme.gap
            }
            Label {
                objectName: "planPreviewSummary"
                visible: draft.valid
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSoft
                text: draft.previewSummary
            }
            Rectangle {
                objectName: "planWarnings"
                visible: draft.valid && (draft.warningCount > 0 || draft.appliedFormText.length > 0)
                Layout.fillWidth: true
                implicitHeight: warningColumn.implicitHeight + 2 * Theme.gap
                radius: 8
                color: draft.warningCount > 0 ? Theme.safetyBackground : Theme.surfaceAlt
                border.color: draft.warningCount > 0 ? Theme.safetyBorder : Theme.border
                ColumnLayout {
                    id: warningColumn
                    x: Theme.gap
                    y: Theme.gap
                    width: parent.width - 2 * Theme.gap
                    spacing: 4
                    Label {
                        objectName: "planWarningSummary"
                        visible: draft.warningCount > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.weight: Font.DemiBold
                        text: draft.warningSummary
                    }
                    Label {
                        visible: draft.hasSuggestion
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                        text: draft.suggestionText
                    }
                    Button {
                        objectName: "planUseSuggestion"
                        visible: draft.hasSuggestion
                        highlighted: true
                        Layout.maximumWidth: warningColumn.width
                        text: draft.suggestionButtonText
                        contentItem: Label {
                            text: parent.text
                            wrapMode: Text.Wrap
                            color: Theme.textOnAccent
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        onClicked: draft.applySuggestion()
                    }
                    Label {
                        objectName: "planAppliedForm"
                        visible: text.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                        text: draft.appliedFormText
                    }
                    Button {
                        objectName: "planUndoSuggestion"
                        visible: draft.appliedFormText.length > 0
                        flat: true
                        font.pixelSize: Theme.smallSize
                        text: qsTr("Back to the forms I have")
                        onClicked: draft.undoSuggestion()
                    }
                }
            }
            // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
            Column {
                Layout.fillWidth: true
                visible: previewRows.count > 0 // no gap for an empty list, as before
                spacing: form.spacing
                Repeater {
                    id: previewRows
                    objectName: "planPreview"
                    model: draft.preview
                    delegate: Rectangle {
                        id: row
                        required property var model
                        width: parent ? parent.width : 0
                        implicitHeight: rowLayout.implicitHeight + 10
                        objectName: "previewStep_" + row.model.stepIndex
                        radius: 6
                        color: index % 2 === 0 ? Theme.surfaceAlt : "transparent"
                        border.width: row.model.warningText ? 1 : 0
                        border.color: Theme.safetyBorder
                        required property int index
                        GridLayout {
                            id: rowLayout
                            x: 8
                            y: 5
                            width: parent.width - 16
                            columns: root.wide ? 4 : 2
                            columnSpacing: Theme.gap
                            rowSpacing: 0
                            Label {
                                Layout.preferredWidth: root.wide ? 215 : -1
                                Layout.fillWidth: !root.wide
                                text: row.model.stepIndex + ".  " + row.model.datesText
                                color: Theme.textSoft
                                font.pixelSize: Theme.smallSize
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.preferredWidth: 80
                                text: row.model.doseText
                                color: Theme.text
                                font.weight: Font.DemiBold
                            }
                            Label {
                                Layout.fillWidth: true
                                Layout.columnSpan: root.wide ? 1 : 2
                                text: row.model.howToMake + (row.model.occupancyText ? " · " + row.model.occupancyText : "")
                                color: Theme.text
                                font.pixelSize: Theme.smallSize
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.preferredWidth: root.wide ? 220 : -1
                                Layout.fillWidth: !root.wide
                                Layout.columnSpan: root.wide ? 1 : 2
                                text: [row.model.cutText, row.model.roundingText].filter(t => t.length > 0).join("\n")
                                color: Theme.textSoft
                                font.pixelSize: Theme.smallSize
                                wrapMode: Text.Wrap
                            }
                            Label {
                                objectName: "previewTimes_" + row.model.stepIndex
                                visible: text.length > 0
                                Layout.fillWidth: true
                                Layout.columnSpan: rowLayout.columns
                                text: row.model.timesText + (row.model.timesChange ? "\n" + row.model.timesChange : "")
                                color: Theme.text
                                font.pixelSize: Theme.smallSize
                                wrapMode: Text.Wrap
                            }
                            Label {
                                objectName: "previewMerged_" + row.model.stepIndex
                                visible: text.length > 0
                                Layout.fillWidth: true
                                Layout.columnSpan: root.wide ? 4 : 2
                                text: row.model.keptLongerText
                                color: Theme.textSoft
                                font.pixelSize: Theme.smallSize
                                wrapMode: Text.Wrap
                            }
                            Label {
                                objectName: "previewWarning_" + row.model.stepIndex
                                visible: text.length > 0
                                Layout.fillWidth: true
                                Layout.columnSpan: root.wide ? 4 : 2
                                text: row.model.warningText ? "⚠ " + row.model.warningText : ""
                                color: Theme.calmWarning
                                font.pixelSize: Theme.smallSize
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
            Label {
                visible: !draft.valid && draft.errorText.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSoft
                text: qsTr("The preview appears once the fields above make a schedule.")
            }
        }
    }

    footer: Item {
        implicitHeight: footerColumn.implicitHeight + 2 * Theme.gap
        ColumnLayout {
            id: footerColumn
            x: root.wide ? Theme.gapLarge : Theme.gap
            width: parent.width - 2 * x
            anchors.verticalCenter: parent.verticalCenter
            spacing: 0
            CheckBox {
                id: confirmWarnings
                objectName: "planConfirmWarnings"
                visible: draft.valid && draft.warningCount > 0
                Layout.fillWidth: true
                text: qsTr("I have read the warnings and want this plan as it is")
                contentItem: Label {
                    leftPadding: confirmWarnings.indicator.width + confirmWarnings.spacing
                    text: confirmWarnings.text
                    wrapMode: Text.Wrap
                    color: Theme.text
                    verticalAlignment: Text.AlignVCenter
                }
                Connections {
                    target: draft
                    function onPreviewChanged() { if (draft.warningCount === 0) confirmWarnings.checked = false }
                    function onDraftChanged() { confirmWarnings.checked = false }
                }
            }
            InlineError {
                objectName: "planConfirmError"
                text: root.fieldError("confirm")
            }
            GridLayout {
                id: createButtons
                // side by side at the right, else one above the other (measured: German at a large
                // text size on a phone), the save button's label wrapping when wider than the line
                Layout.alignment: Qt.AlignRight
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                columns: cancelPlan.implicitWidth + columnSpacing + savePlan.implicitWidth <= footerColumn.width ? 2 : 1
                columnSpacing: Theme.gap
                rowSpacing: 0
                Button {
                    id: cancelPlan
                    Layout.alignment: Qt.AlignRight
                    text: qsTr("Cancel")
                    flat: true
                    onClicked: root.close()
                }
                WrapButton {
                    id: savePlan
                    Layout.alignment: Qt.AlignRight
                    objectName: "savePlanButton"
                    highlighted: true
                    enabled: draft.valid && (draft.warningCount === 0 || confirmWarnings.checked)
                    text: draft.warningCount > 0 ? qsTr("Save with warnings") : qsTr("Save plan")
                    onClicked: if (draft.save(confirmWarnings.checked) > 0) root.close()
                }
            }
        }
    }
}
