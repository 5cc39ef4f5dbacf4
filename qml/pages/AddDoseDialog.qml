// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Waymark

/** Log a dose by hand: medicine, amount in mg, optional time and note; asks before an unusually large amount. */
Dialog {
    id: root
    property bool wide: true
    property DayController day
    readonly property alias confirmDialog: confirm

    function openFor(controller) {
        day = controller
        day.clearError()
        amount.text = ""
        time.text = ""
        note.text = ""
        drug.currentIndex = 0
        open()
        amount.forceActiveFocus()
    }

    function save(confirmed) {
        const result = day.addDose(drug.currentValue, amount.text, time.text, note.text, confirmed)
        if (result === "ok")
            close()
        else if (result === "confirm")
            confirm.open()
    }

    objectName: "addDoseDialog"
    title: qsTr("Add a dose")
    modal: true
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accentStrong
    Material.background: Theme.surface
    Material.foreground: Theme.text
    font.capitalization: Font.MixedCase
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 420, 460)
    // Save must not close the dialog when the input is wrong: the footer's Save is an Apply button.
    closePolicy: Popup.CloseOnEscape
    onAboutToHide: if (day) day.clearError()

    DialogKeys {
        dialog: root
        onSaved: root.save(false)
    }

    footer: Item {
        id: footerBar
        implicitHeight: buttons.implicitHeight + 2 * Theme.gap
        // the two buttons side by side, or one above the other when they do not fit (large text on a phone)
        GridLayout {
            id: buttons
            anchors.right: parent.right
            anchors.rightMargin: Theme.gapLarge
            anchors.verticalCenter: parent.verticalCenter
            readonly property bool fits: cancelDose.implicitWidth + columnSpacing + saveDose.implicitWidth
                                         <= footerBar.width - 2 * Theme.gapLarge
            // switched on a zero-interval Timer: Qt 6.4's layouts miss a change made while they
            // are being laid out
            property bool beside: true
            onFitsChanged: settleButtons.restart()
            Component.onCompleted: beside = fits
            Timer {
                id: settleButtons
                interval: 0
                onTriggered: buttons.beside = buttons.fits
            }
            columns: beside ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: 0
            Button {
                id: cancelDose
                Layout.alignment: Qt.AlignRight
                text: qsTr("Cancel")
                flat: true
                onClicked: root.close()
            }
            Button {
                id: saveDose
                Layout.alignment: Qt.AlignRight
                objectName: "saveDose"
                text: qsTr("Save")
                highlighted: true
                onClicked: root.save(false)
            }
        }
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.gap

        Label { text: qsTr("Medicine"); Layout.fillWidth: true; wrapMode: Text.Wrap; color: Theme.textSoft; font.pixelSize: Theme.smallSize }
        ComboBox {
            id: drug
            objectName: "doseDrug"
            Layout.fillWidth: true
            model: root.day ? root.day.drugs : []
            textRole: "name"
            valueRole: "drugId"
            Accessible.name: qsTr("Medicine")
        }
        Label { text: qsTr("Amount in mg"); Layout.fillWidth: true; wrapMode: Text.Wrap; color: Theme.textSoft; font.pixelSize: Theme.smallSize }
        TextField {
            id: amount
            implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
            objectName: "doseAmount"
            Layout.fillWidth: true
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            placeholderText: qsTr("e.g. 12.5")
            Accessible.name: qsTr("Amount in milligrams")
        }
        FieldErrorLabel { error: root.day ? root.day.error : null; fields: ["mg"] }
        Label { text: qsTr("Time (optional)"); Layout.fillWidth: true; wrapMode: Text.Wrap; color: Theme.textSoft; font.pixelSize: Theme.smallSize }
        TextField {
            id: time
            implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. 08:30, 8am or 8:30 pm")
            inputMethodHints: Qt.ImhPreferNumbers
            Accessible.name: qsTr("Time taken")
        }
        FieldErrorLabel { error: root.day ? root.day.error : null; fields: ["time"] }
        Label { text: qsTr("Note (optional)"); Layout.fillWidth: true; wrapMode: Text.Wrap; color: Theme.textSoft; font.pixelSize: Theme.smallSize }
        TextField {
            id: note
            implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
            Layout.fillWidth: true
            Accessible.name: qsTr("Note about this dose")
        }
        InlineError {
            text: root.day && root.day.error.field !== "mg" && root.day.error.field !== "time" ? root.day.error.text : ""
        }
    }

    Dialog {
        id: confirm
        objectName: "confirmLargeDose"
        title: qsTr("Check the amount")
        modal: true
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accentStrong
    Material.background: Theme.surface
    Material.foreground: Theme.text
    font.capitalization: Font.MixedCase
        anchors.centerIn: Overlay.overlay
        width: Math.min(root.width, 420)
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: root.day ? root.day.confirmText : ""
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Change it")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "confirmLargeYes"
                text: qsTr("Yes, save it")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: root.save(true)
        onRejected: amount.forceActiveFocus()
        DialogKeys {
            dialog: confirm
            onSaved: confirm.accept()
        }
    }
}
