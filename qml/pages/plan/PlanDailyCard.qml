// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Waymark

/** A plan in daily life: doses across the day, supply, the calendar file, going back a step. */
Card {
    id: root
    required property var plan
    /** Wide: the three supply columns side by side. */
    property bool wide: width >= 700
    objectName: "planDailyCard_" + plan.drugName

    PlanDailyController {
        id: daily
        planId: root.plan.planId
    }

    SectionTitle {
        text: qsTr("%1 day to day").arg(root.plan.drugName)
        subtitle: qsTr("Doses at each time, what to ask the pharmacy for, the calendar, and going back a step. A plan to agree with your prescriber.")
    }

    DoseTimesView {
        visible: daily.hasTimes
        daily: daily
    }
    SupplyPanel {
        daily: daily
        wide: root.wide
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap
        WrapButton {
            width: Math.min(implicitWidth, parent.width)
            objectName: "calendarExport"
            text: qsTr("Save to a calendar file…")
            onClicked: calendarDialog.open()
        }
        WrapCheckBox {
            width: Math.min(implicitWidth, parent.width)
            id: details
            objectName: "calendarDetails"
            text: qsTr("Put the doses in the events")
        }
        WrapButton {
            width: Math.min(implicitWidth, parent.width)
            objectName: "stepBackButton"
            visible: daily.canStepBack
            text: qsTr("Back to the previous dose…")
            onClicked: {
                agreed.checked = false
                backDialog.open()
            }
        }
    }
    InlineError {
        text: daily.errorText
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        text: daily.statusText
        color: Theme.success
    }

    FileDialog {
        id: calendarDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Calendar files (*.ics)")]
        defaultSuffix: "ics"
        selectedFile: daily.calendarFileName()
        onAccepted: daily.exportCalendar(selectedFile, details.checked)
    }

    Dialog {
        id: backDialog
        objectName: "stepBackDialog"
        title: qsTr("Back to the previous dose")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(420, (Overlay.overlay ? Overlay.overlay.width : 420) - 32)
        standardButtons: Dialog.Cancel
        DialogKeys {
            dialog: backDialog
            onSaved: if (agreed.checked && daily.stepBack(0, agreed.checked)) backDialog.close()
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.gap
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: daily.stepBackText
                color: Theme.text
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSoft
                text: qsTr("From today the plan stays at that dose until you release it, then continues with the dose you are leaving. Waymark never suggests this: do it only when your prescriber agreed.")
            }
            CheckBox {
                id: agreed
                objectName: "stepBackAgreed"
                text: qsTr("My prescriber agreed")
            }
            Button {
                objectName: "stepBackConfirm"
                enabled: agreed.checked
                text: qsTr("Go back until I release it")
                onClicked: if (daily.stepBack(0, agreed.checked)) backDialog.close()
            }
        }
    }
}
