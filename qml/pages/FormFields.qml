// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** The fields that describe one form of a medicine (tablet, capsule or liquid) and a button to add it.
 *  The owner decides where it goes (the diary, or a list not saved yet): submitted() hands it over,
 *  and clear() empties the fields once it was taken. */
Flow {
    id: root
    property string buttonText: qsTr("Add form")
    /** Emitted with kind "tablet", "capsule" or "liquid"; strength is mg (mg/mL for a liquid). */
    signal submitted(string kind, string strength, int split, bool modifiedRelease, string syringe)
    signal edited()

    function clear() {
        strength.clear()
        syringe.text = "0.1"
    }

    spacing: Theme.gap

    ComboBox {
        id: kind
        objectName: "formKind"
        width: Math.min(Theme.scaled(130), root.width)
        model: [qsTr("Tablet"), qsTr("Capsule"), qsTr("Liquid")]
        Accessible.name: qsTr("Kind of form")
        onActivated: root.edited()
    }
    TextField {
        id: strength
        implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
        objectName: "formStrength"
        width: Math.min(Theme.scaled(150), root.width)
        placeholderText: kind.currentIndex === 2 ? qsTr("mg per mL") : qsTr("Strength in mg")
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        Accessible.name: placeholderText
        onTextEdited: root.edited()
    }
    ComboBox {
        id: split
        objectName: "formSplit"
        visible: kind.currentIndex === 0 && !mr.checked
        width: Math.min(Theme.scaled(150), root.width)
        model: [qsTr("Whole only"), qsTr("Halves"), qsTr("Quarters")]
        Accessible.name: qsTr("Can be split into")
    }
    WrapCheckBox {
        id: mr
        visible: kind.currentIndex !== 2
        width: Math.min(implicitWidth, root.width)
        text: qsTr("Modified release")
    }
    Row {
        visible: kind.currentIndex === 2
        spacing: 4
        Label {
            width: Math.min(implicitWidth, root.width - syringe.width - parent.spacing)
            wrapMode: Text.Wrap
            text: qsTr("Syringe step (mL)")
            color: Theme.textSoft
            font.pixelSize: Theme.smallSize
            anchors.verticalCenter: parent.verticalCenter
        }
        TextField {
            id: syringe
            implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a 48 px touch target
            objectName: "formSyringe"
            width: Theme.scaled(70)
            text: "0.1"
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("Smallest syringe step in mL")
        }
    }
    WrapButton {
        objectName: "formSubmit"
        width: Math.min(implicitWidth, root.width)
        text: root.buttonText
        enabled: strength.text.length > 0
        onClicked: root.submitted(["tablet", "capsule", "liquid"][kind.currentIndex], strength.text,
                                  kind.currentIndex === 0 && !mr.checked ? [1, 2, 4][split.currentIndex] : 1,
                                  kind.currentIndex !== 2 && mr.checked, kind.currentIndex === 2 ? syringe.text : "")
    }
}
