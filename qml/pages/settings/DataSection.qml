// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Waymark

/** Settings › Your data: export, import a spreadsheet, backups and restore (DataController). */
Card {
    id: root
    objectName: "dataSection"
    property bool wide: true

    DataController {
        id: controller
    }

    SectionTitle {
        text: qsTr("Your data")
        subtitle: qsTr("Your diary is yours: take it out, bring entries in, and keep encrypted backups.")
    }

    // ---- export
    Label { text: qsTr("Export"); font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.Wrap }
    GridLayout {
        Layout.fillWidth: true
        columns: root.wide ? 2 : 1
        columnSpacing: Theme.gap
        ComboBox {
            id: exportFormat
            objectName: "exportFormat"
            Layout.fillWidth: true
            textRole: "label"
            valueRole: "format"
            model: [
                { format: "json", label: qsTr("JSON (the whole diary)") },
                { format: "csv", label: qsTr("CSV (for spreadsheets)") },
                { format: "fhir", label: qsTr("FHIR (health records)") }
            ]
            Accessible.name: qsTr("Export format")
        }
        WrapButton {
            objectName: "exportButton"
            text: qsTr("Export…")
            onClicked: exportFormat.currentValue === "csv" ? exportFolderDialog.open() : exportFileDialog.open()
        }
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.textSoft
        text: exportFormat.currentValue === "csv" ? qsTr("A folder with one file per table (doses, ratings, days...), to open in a spreadsheet.")
            : exportFormat.currentValue === "fhir" ? qsTr("One file in the FHIR R4 standard that health record systems read: medicines, doses, symptom ratings, wellbeing and sleep.")
            : qsTr("One file with everything in the diary; Waymark can make a new diary from it.")
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.calmWarning
        text: controller.notEncryptedText
    }

    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

    // ---- import a spreadsheet
    Label { text: qsTr("Import from a spreadsheet"); font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.Wrap }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.textSoft
        text: qsTr("Doses (date, time, medicine, mg) or symptoms (date, symptom, severity 0–4) saved as CSV. You see every row before anything is added, and it is one step to undo.")
    }
    WrapButton {
        objectName: "importChoose"
        text: controller.importFileName.length > 0 ? qsTr("Choose another file…") : qsTr("Choose a CSV file…")
        onClicked: importDialog.open()
    }
    ColumnLayout {
        id: mapping
        objectName: "importMapping"
        visible: controller.columns.length > 0
        Layout.fillWidth: true
        spacing: Theme.gap
        readonly property var columnChoices: controller.columnChoices

        function refresh() {
            controller.preview(kindChoice.currentIndex === 1 ? "symptoms" : "doses",
                               dateColumn.currentIndex - 1, timeColumn.currentIndex - 1,
                               drugColumn.currentIndex - 1, drugColumn.currentIndex === 0 ? wholeDrug.currentText : "",
                               mgColumn.currentIndex - 1, symptomColumn.currentIndex - 1, severityColumn.currentIndex - 1,
                               ["ymd", "dmy", "mdy"][dateOrder.currentIndex], true)
        }
        Connections {
            target: controller
            function onFileLoaded() {
                dateColumn.currentIndex = controller.guessedColumn("date") + 1
                timeColumn.currentIndex = controller.guessedColumn("time") + 1
                drugColumn.currentIndex = controller.guessedColumn("drug") + 1
                mgColumn.currentIndex = controller.guessedColumn("mg") + 1
                symptomColumn.currentIndex = controller.guessedColumn("symptom") + 1
                severityColumn.currentIndex = controller.guessedColumn("severity") + 1
                kindChoice.currentIndex = symptomColumn.currentIndex > 0 ? 1 : 0
                mapping.refresh()
            }
        }

        Label {
            Layout.fillWidth: true
            elide: Text.ElideMiddle
            color: Theme.text
            text: qsTr("File: %1").arg(controller.importFileName)
        }
        GridLayout {
            Layout.fillWidth: true
            columns: root.wide ? 4 : 2
            columnSpacing: Theme.gap
            rowSpacing: 4
            Label { text: qsTr("It holds"); color: Theme.text }
            ComboBox {
                id: kindChoice
                Layout.fillWidth: true
                model: [qsTr("Doses"), qsTr("Symptoms")]
                Accessible.name: qsTr("What the file holds")
                onActivated: mapping.refresh()
            }
            Label { text: qsTr("Dates"); color: Theme.text }
            ComboBox {
                id: dateColumn
                Layout.fillWidth: true
                model: mapping.columnChoices
                Accessible.name: qsTr("Column with the dates")
                onActivated: mapping.refresh()
            }
            Label { text: qsTr("Written as"); color: Theme.text }
            ComboBox {
                id: dateOrder
                Layout.fillWidth: true
                model: [qsTr("2026-03-31"), qsTr("31/03/2026"), qsTr("03/31/2026")]
                Accessible.name: qsTr("How the dates are written")
                onActivated: mapping.refresh()
            }
            Label { visible: kindChoice.currentIndex === 0; text: qsTr("Times"); color: Theme.text }
            ComboBox {
                id: timeColumn
                visible: kindChoice.currentIndex === 0
                Layout.fillWidth: true
                model: mapping.columnChoices
                Accessible.name: qsTr("Column with the times (optional)")
                onActivated: mapping.refresh()
            }
            Label { visible: kindChoice.currentIndex === 0; text: qsTr("Medicine"); color: Theme.text }
            ComboBox {
                id: drugColumn
                visible: kindChoice.currentIndex === 0
                Layout.fillWidth: true
                model: controller.drugColumnChoices
                Accessible.name: qsTr("Column naming the medicine")
                onActivated: mapping.refresh()
            }
            Label { visible: kindChoice.currentIndex === 0 && drugColumn.currentIndex === 0; text: qsTr("Every row is"); color: Theme.text }
            ComboBox {
                id: wholeDrug
                visible: kindChoice.currentIndex === 0 && drugColumn.currentIndex === 0
                Layout.fillWidth: true
                model: controller.drugNames
                Accessible.name: qsTr("Medicine of every row")
                onActivated: mapping.refresh()
            }
            Label { visible: kindChoice.currentIndex === 0; text: qsTr("Dose in mg"); color: Theme.text }
            ComboBox {
                id: mgColumn
                visible: kindChoice.currentIndex === 0
                Layout.fillWidth: true
                model: mapping.columnChoices
                Accessible.name: qsTr("Column with the doses in mg")
                onActivated: mapping.refresh()
            }
            Label { visible: kindChoice.currentIndex === 1; text: qsTr("Symptom"); color: Theme.text }
            ComboBox {
                id: symptomColumn
                visible: kindChoice.currentIndex === 1
                Layout.fillWidth: true
                model: mapping.columnChoices
                Accessible.name: qsTr("Column with the symptoms")
                onActivated: mapping.refresh()
            }
            Label { visible: kindChoice.currentIndex === 1; text: qsTr("Severity"); color: Theme.text }
            ComboBox {
                id: severityColumn
                visible: kindChoice.currentIndex === 1
                Layout.fillWidth: true
                model: mapping.columnChoices
                Accessible.name: qsTr("Column with the severities")
                onActivated: mapping.refresh()
            }
        }

        // The first rows as read, so the person can see the columns line up.
        Label { Layout.fillWidth: true; wrapMode: Text.Wrap; text: qsTr("First rows of the file"); font.pixelSize: Theme.smallSize; color: Theme.textSoft }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: sample.implicitHeight + 2 * Theme.gap
            color: Theme.surfaceAlt
            radius: 6
            ColumnLayout {
                id: sample
                x: Theme.gap
                y: Theme.gap
                width: parent.width - 2 * Theme.gap
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    font.weight: Font.DemiBold
                    font.pixelSize: Theme.smallSize
                    color: Theme.text
                    text: controller.headerLine
                }
                // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
                Column {
                    Layout.fillWidth: true
                    visible: sampleRows.count > 0 // no gap for an empty list, as before
                    spacing: sample.spacing
                    Repeater {
                        id: sampleRows
                        model: controller.sampleLines
                        delegate: Label {
                            required property string modelData
                            width: parent ? parent.width : 0
                            elide: Text.ElideRight
                            font.pixelSize: Theme.smallSize
                            color: Theme.text
                            text: modelData
                        }
                    }
                }
            }
        }
        Label {
            objectName: "importPreview"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: controller.canImport ? Theme.text : Theme.calmWarning
            font.weight: Font.DemiBold
            text: controller.previewText
        }
        // In a Column, not straight in the layout: Qt 6.4 can keep a row the Repeater deleted (docs/ARCHITECTURE.md)
        Column {
            Layout.fillWidth: true
            visible: previewErrorRows.count > 0 // no gap for an empty list, as before
            spacing: mapping.spacing
            Repeater {
                id: previewErrorRows
                model: controller.previewErrors
                delegate: Label {
                    required property string modelData
                    width: parent ? parent.width : 0
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallSize
                    color: Theme.calmWarning
                    text: modelData
                }
            }
        }
        RowLayout {
            WrapButton {
                objectName: "importCommit"
                text: qsTr("Import")
                enabled: controller.canImport
                onClicked: controller.commitImport()
            }
            WrapButton {
                flat: true
                text: qsTr("Cancel")
                onClicked: controller.clearImport()
            }
        }
    }

    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

    // ---- backups
    Label { text: qsTr("Backups"); font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.Wrap }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.textSoft
        text: qsTr("A backup is an encrypted copy of your diary that opens with your passphrase. Choose a folder (a memory card, a synced folder) and Waymark makes one each day it is opened, keeping the newest ones.")
    }
    Label {
        objectName: "backupFolder"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        text: controller.backupFolder.length > 0 ? qsTr("Folder: %1").arg(controller.backupFolder)
                                                 : qsTr("Automatic backups are off: no folder chosen.")
    }
    Label {
        objectName: "lastBackup"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.textSoft
        text: controller.lastBackupText
    }
    InlineError { text: controller.autoBackupError }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        WrapButton {
            objectName: "backupFolderChoose"
            text: controller.backupFolder.length > 0 ? qsTr("Change folder…") : qsTr("Choose a folder…")
            onClicked: backupFolderDialog.open()
        }
        WrapButton {
            visible: controller.backupFolder.length > 0
            flat: true
            text: qsTr("Turn off")
            onClicked: controller.stopBackups()
        }
    }
    GridLayout { // the label above its field when they do not fit side by side (a phone with large text)
        columns: root.width < Theme.scaled(330) ? 1 : 2
        columnSpacing: Theme.gap
        rowSpacing: 0
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Backups to keep")
            color: Theme.text
        }
        SpinBox {
            id: keep
            objectName: "backupKeep"
            from: 1
            to: 365
            value: controller.backupKeep
            editable: true
            Accessible.name: qsTr("How many backups to keep")
            onValueModified: controller.setKeep(value)
        }
    }
    WrapButton {
        objectName: "backupNow"
        text: controller.backupFolder.length > 0 ? qsTr("Back up now") : qsTr("Back up now to a file…")
        onClicked: controller.backupFolder.length > 0 ? controller.backupNow() : backupFileDialog.open()
    }

    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

    // ---- restore
    Label { text: qsTr("Restore a backup"); font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.Wrap }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.textSoft
        text: qsTr("Replaces your diary with a backup. The backup is checked first, and your diary as it is now is kept until you say the restored one is right.")
    }
    InlineError {
        objectName: "restoreStatus"
        good: !controller.restoreFailed
        text: controller.restoreText
    }
    RowLayout {
        visible: controller.restorePending
        WrapButton {
            objectName: "keepRestored"
            text: qsTr("The restored diary is right")
            onClicked: controller.keepRestored()
        }
        WrapButton {
            flat: true
            text: qsTr("Put my previous diary back")
            onClicked: controller.putPreviousBack()
        }
    }
    WrapButton {
        objectName: "restoreChoose"
        text: qsTr("Choose a backup…")
        onClicked: restoreDialog.open()
    }
    ColumnLayout {
        visible: restoreFile.text.length > 0
        Layout.fillWidth: true
        Label { id: restoreFile; Layout.fillWidth: true; elide: Text.ElideMiddle; color: Theme.text; property url url }
        TextField {
            id: restorePass
            implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
            objectName: "restorePassphrase"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("The passphrase the diary had when the backup was made")
            Accessible.name: qsTr("Passphrase of the backup")
        }
        WrapButton {
            text: qsTr("Check the backup")
            enabled: restorePass.text.length > 0
            onClicked: if (controller.checkBackup(restoreFile.url, restorePass.text)) confirmRestore.open()
        }
    }

    InlineError { objectName: "dataError"; text: controller.errorText }
    InlineError { objectName: "dataDone"; good: true; text: controller.doneText }

    FileDialog {
        id: exportFileDialog
        fileMode: FileDialog.SaveFile
        title: qsTr("Export the diary (not encrypted)")
        nameFilters: exportFormat.currentValue === "fhir" ? [qsTr("FHIR JSON (*.json)")] : [qsTr("JSON (*.json)")]
        onAccepted: controller.exportTo(exportFormat.currentValue, selectedFile)
    }
    FolderDialog {
        id: exportFolderDialog
        title: qsTr("Folder for the CSV files (not encrypted)")
        onAccepted: controller.exportTo("csv", selectedFolder)
    }
    FileDialog {
        id: importDialog
        title: qsTr("Spreadsheet saved as CSV")
        nameFilters: [qsTr("CSV files (*.csv *.txt)"), qsTr("All files (*)")]
        onAccepted: controller.loadCsv(selectedFile)
    }
    FolderDialog {
        id: backupFolderDialog
        title: qsTr("Folder for automatic backups")
        onAccepted: controller.setBackups(selectedFolder, keep.value)
    }
    FileDialog {
        id: backupFileDialog
        fileMode: FileDialog.SaveFile
        title: qsTr("Save an encrypted backup")
        nameFilters: [qsTr("Waymark backup (*.wmk)")]
        onAccepted: controller.backupNow(selectedFile)
    }
    FileDialog {
        id: restoreDialog
        title: qsTr("Choose a backup")
        nameFilters: [qsTr("Waymark backup (*.wmk)"), qsTr("All files (*)")]
        onAccepted: {
            restoreFile.url = selectedFile
            restoreFile.text = qsTr("Backup: %1").arg(controller.displayPath(selectedFile))
        }
    }
    Dialog {
        id: confirmRestore
        objectName: "confirmRestore"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(460, parent ? parent.width - 2 * Theme.gapLarge : 460)
        modal: true
        title: qsTr("Replace your diary with this backup?")
        standardButtons: Dialog.Cancel
        DialogKeys {
            dialog: confirmRestore
            onSaved: restoreConfirm.clicked()
        }
        ColumnLayout {
            width: parent.width
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: controller.backupSummary + "\n\n" + qsTr("Your diary as it is now is kept beside it until you say the restored one is right. The diary closes and opens again with the backup's passphrase.")
            }
            WrapButton {
                id: restoreConfirm
                objectName: "restoreConfirm"
                text: qsTr("Replace with the backup")
                onClicked: {
                    confirmRestore.close()
                    controller.restore(restoreFile.url, restorePass.text)
                    restorePass.clear()
                    restoreFile.text = ""
                }
            }
        }
    }
}
