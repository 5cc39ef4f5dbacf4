// SPDX-License-Identifier: GPL-3.0-or-later
// The minimal Qt Quick Controls app of waymark_bench_minimal: what an unlock page needs, no more,
// in a window of the app benchmark's size. Its second page (`benchPage`, made on request after
// the first frame) is the baseline of making and drawing Today: a scrolling column with as many
// controls of the same kinds (46 named rows of five radio buttons, a few buttons and fields),
// plain Qt Quick Controls without the app's components, controllers or data.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    title: "Minimal"

    ColumnLayout {
        visible: !page.active
        anchors.centerIn: parent
        width: 360 - 48
        spacing: 12

        Label {
            text: "Unlock"
            font.pixelSize: 24
        }
        TextField {
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: "Passphrase"
        }
        Button {
            Layout.fillWidth: true
            text: "Unlock"
        }
    }

    Loader {
        id: page
        objectName: "benchPage"
        active: false
        anchors.fill: parent
        sourceComponent: Flickable {
            contentHeight: column.implicitHeight + 48
            clip: true
            ScrollBar.vertical: ScrollBar {}
            ColumnLayout {
                id: column
                x: 24
                y: 24
                width: parent.width - 48
                spacing: 8
                Label { text: "Today"; font.pixelSize: 24 }
                Label { text: "Tuesday 30 June 2026" }
                RowLayout {
                    Button { text: "Previous day"; flat: true }
                    Item { Layout.fillWidth: true }
                    Button { text: "Go to date…"; flat: true }
                    Button { text: "Next day"; flat: true }
                }
                Repeater { // medicines: a line and two buttons each
                    model: 2
                    RowLayout {
                        required property int index
                        Label { Layout.fillWidth: true; text: "Medicine " + parent.index + ": 50 mg at 08:00" }
                        Button { text: "Log usual dose" }
                        Button { text: "Add dose" }
                    }
                }
                Label { text: "Wellbeing" }
                RowLayout {
                    Repeater { model: 11; RadioButton { required property int index; text: index } }
                }
                TextField { Layout.fillWidth: true; placeholderText: "Hours slept" }
                TextArea { Layout.fillWidth: true; placeholderText: "Note" }
                Label { text: "Symptoms" }
                TextField { Layout.fillWidth: true; placeholderText: "Search symptoms" }
                Switch { text: "Only the ones I usually have" }
                Repeater {
                    model: 46
                    ColumnLayout {
                        required property int index
                        Layout.fillWidth: true
                        RowLayout {
                            Label { Layout.fillWidth: true; text: "Symptom " + parent.parent.index; wrapMode: Text.Wrap }
                            Label { text: "not rated"; font.italic: true }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Repeater {
                                model: ["none", "mild", "moderate", "severe", "extreme"]
                                RadioButton { required property string modelData; Layout.fillWidth: true; text: modelData }
                            }
                        }
                    }
                }
            }
        }
    }
}
