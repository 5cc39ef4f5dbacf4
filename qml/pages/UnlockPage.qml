// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Waymark

/** First run (create a diary) or unlock an existing one. */
Item {
    id: root
    readonly property bool creating: Session.state === Session.NoDiary
    property var hint: Session.passphraseHint(passphrase.text)

    Component.onCompleted: passphrase.forceActiveFocus()

    FontMetrics {
        id: fontMetrics
        font.pixelSize: Theme.smallSize + 1
    }

    ScrollPage {
        anchors.fill: parent
        centred: true
        maxContentWidth: 440
        margin: Theme.gapHuge

        Label {
            text: "Waymark"
            font.pixelSize: Theme.scaled(32)
            font.weight: Font.DemiBold
            color: Theme.accent
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            fontSizeMode: Text.HorizontalFit // one word: smaller rather than cut on a narrow phone
            minimumPixelSize: Theme.titleSize // never below the titles, the largest text elsewhere
            /** The name as a logo: made to fit (tst_accessibility's text-size check allows it). */
            readonly property bool mayShrink: true
        }
        Label {
            text: qsTr("Your private tapering diary")
            font.pixelSize: Theme.bodySize + 1
            color: Theme.textSoft
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.bottomMargin: Theme.gap
        }

        Card {
            spacing: Theme.gap + 4
            SectionTitle {
                text: root.creating ? qsTr("Create your diary") : qsTr("Unlock your diary")
                subtitle: root.creating ? qsTr("Choose a passphrase. You will type it each time you open Waymark.")
                                        : Session.lockedByIdle
                                          ? qsTr("Locked after a while without use, to keep it private. Type your passphrase to open it again.")
                                          : Session.lockedWhenHidden
                                            ? qsTr("Locked when Waymark was hidden, as you chose. Type your passphrase to open it again.")
                                            : qsTr("Type your passphrase to open it.")
            }
            TextField {
                id: passphrase
                implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                objectName: "passphraseField"
                Layout.fillWidth: true
                echoMode: showPassphrase.checked ? TextInput.Normal : TextInput.Password
                placeholderText: qsTr("Passphrase")
                Accessible.name: qsTr("Passphrase")
                onTextChanged: Session.clearError()
                onAccepted: root.creating ? again.forceActiveFocus() : root.submit()
            }
            ColumnLayout {
                visible: root.creating
                Layout.fillWidth: true
                spacing: 4
                Row {
                    spacing: 4
                    Repeater {
                        model: 4
                        Rectangle {
                            required property int index
                            width: 40
                            height: 5
                            radius: 2
                            color: index < root.hint.score ? Theme.accent : Theme.border
                        }
                    }
                }
                Label {
                    objectName: "hintLabel"
                    Layout.fillWidth: true
                    // Two lines kept free whatever the hint says, so the fields below never
                    // move while the person types (a click meant for one would land in another).
                    Layout.minimumHeight: Math.ceil(2 * fontMetrics.lineSpacing) + 2
                    wrapMode: Text.Wrap
                    text: root.hint.text
                    font.pixelSize: Theme.smallSize
                    color: Theme.textSoft
                }
            }
            TextField {
                id: again
                implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
                objectName: "againField"
                visible: root.creating
                Layout.fillWidth: true
                echoMode: showPassphrase.checked ? TextInput.Normal : TextInput.Password
                placeholderText: qsTr("The same passphrase again")
                Accessible.name: qsTr("Passphrase again")
                onTextChanged: Session.clearError()
                onAccepted: root.submit()
            }
            WrapCheckBox {
                id: showPassphrase
                text: qsTr("Show what I type")
                font.pixelSize: Theme.smallSize + 1
                Layout.topMargin: -Theme.gap
                Accessible.name: qsTr("Show the passphrase as I type it")
            }
            InlineError {
                objectName: "unlockError"
                text: Session.errorText
                // While creating, the space for a message is kept (the button does not jump
                // down under the pointer when a message appears).
                visible: root.creating || text.length > 0
                Layout.minimumHeight: root.creating ? Math.ceil(2 * fontMetrics.lineSpacing) + 2 : 0
                Layout.topMargin: root.creating ? -Theme.gap : 0
            }
            Rectangle {
                visible: root.creating
                Layout.fillWidth: true
                implicitHeight: warning.implicitHeight + 2 * Theme.gap + 4
                radius: 8
                color: Theme.safetyBackground
                border.color: Theme.safetyBorder
                Label {
                    id: warning
                    x: Theme.gap + 4
                    y: Theme.gap + 2
                    width: parent.width - 2 * (Theme.gap + 4)
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: qsTr("If you forget this passphrase, nobody can recover your diary: not us, not anyone.")
                }
            }
            WrapButton {
                objectName: "submitButton"
                Layout.maximumWidth: Infinity // the whole column, as before
                highlighted: true
                Material.elevation: 0
                text: root.creating ? qsTr("Create diary") : qsTr("Unlock")
                Accessible.name: text
                onClicked: root.submit()
            }
            Button {
                id: demoAgain
                visible: Session.demo && !root.creating
                Layout.fillWidth: true
                flat: true
                text: qsTr("Open the demo diary again")
                contentItem: Label { // wraps at large text sizes
                    text: demoAgain.text
                    font: demoAgain.font
                    color: Theme.text
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                onClicked: Session.unlockDemo()
            }
        }

        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: Theme.textSoft
            text: qsTr("Your diary is encrypted and stays on this device. No account, no network, no tracking.")
        }
    }

    function submit() {
        if (creating) {
            if (Session.createDiary(passphrase.text, again.text)) {
                passphrase.clear()
                again.clear()
            }
        } else {
            if (Session.unlock(passphrase.text))
                passphrase.clear()
            else
                passphrase.selectAll()
        }
    }
}
