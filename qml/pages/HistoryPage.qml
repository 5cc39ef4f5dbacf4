// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** The recorded days, newest first; a tap opens that day for editing. The model reads the newest
 *  months first and older ones as the list scrolls to its end (HistoryModel.fetchMore). */
Item {
    id: root
    property bool wide: true
    signal openDay(string date)

    HistoryModel {
        id: history
    }

    // Why the history could not be read (the diary busy or damaged), over the bottom of the list.
    Pane {
        objectName: "historyError"
        visible: history.errorText.length > 0
        z: 1
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        InlineError {
            width: parent.width
            text: history.errorText
        }
    }

    ListView {
        id: list
        objectName: "historyList"
        anchors.fill: parent
        // Rows only once the list has a width: laid out at zero width (a page the StackLayout has
        // not sized yet) every row is tiny, so the list made them all, fetched older months at
        // once and then kept re-laying out its rows frame after frame (waymark_bench_app saw it).
        model: width > 0 ? history : null
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        readonly property int columnWidth: Math.min(width - 2 * (root.wide ? Theme.gapHuge : Theme.gapLarge - 4), Theme.maxContentWidth)
        readonly property int columnX: (width - columnWidth) / 2
        // A header that grows above the first row (its text wrapping once laid out at a large text
        // size) would start cut at the top: a list still at its top shows all of it.
        readonly property real headerHeight: headerItem ? headerItem.height : 0
        property real shownHeaderHeight: 0
        onHeaderHeightChanged: {
            if (contentY <= originY + Math.max(0, headerHeight - shownHeaderHeight) + 1)
                positionViewAtBeginning()
            shownHeaderHeight = headerHeight
        }

        header: Item {
            width: list.width
            height: headerColumn.implicitHeight + Theme.gapLarge + Theme.gap
            PageHeader {
                id: headerColumn
                x: list.columnX
                y: Theme.gapLarge
                width: list.columnWidth
                availableWidth: width // not in a layout: its width is set above
                title: qsTr("History")
                subtitle: qsTr("%n day(s) recorded", "", history.dayCount) // the whole diary, not only the rows read so far
                lock: !root.wide
            }
        }

        footer: Item { width: list.width; height: Theme.gapLarge }

        delegate: Item {
            id: row
            required property var model
            required property int index
            width: list.width
            height: card.height + 6

            ItemDelegate {
                id: card
                objectName: "historyRow_" + row.model.date
                x: list.columnX
                width: list.columnWidth
                height: content.implicitHeight + 2 * 14
                padding: 0
                verticalPadding: 0
                horizontalPadding: 0
                topInset: 0
                bottomInset: 0
                Accessible.name: row.model.dateLabel + ". " + summary.text
                                 + (row.model.noteForPrescriber ? ". " + qsTr("Note marked for my prescriber") : "")
                onClicked: root.openDay(row.model.date)
                background: Rectangle {
                    radius: 10
                    color: card.hovered ? Theme.surfaceAlt : Theme.surface
                    border.color: Theme.border
                }
                contentItem: Item {
                    RowLayout {
                        id: content
                        x: 14
                        y: 14
                        width: card.width - 28
                        spacing: Theme.gapLarge
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Flow { // the marks go under the date when the text is large
                                Layout.fillWidth: true
                                spacing: Theme.gap
                                Label {
                                    objectName: "historyDate_" + row.model.date
                                    // a long date at large text wraps within the row (beside it: the wellbeing bar)
                                    width: Math.min(implicitWidth, parent.width)
                                    wrapMode: Text.Wrap
                                    text: row.model.dateLabel
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                }
                                Rectangle {
                                    visible: row.model.safetyFlag
                                    radius: height / 2
                                    color: Theme.safetyBackground
                                    border.color: Theme.safetyBorder
                                    implicitWidth: safetyLabel.implicitWidth + 14
                                    implicitHeight: safetyLabel.implicitHeight + 4
                                    Label {
                                        id: safetyLabel
                                        anchors.centerIn: parent
                                        text: qsTr("safety item")
                                        font.pixelSize: Theme.smallSize - 1
                                        color: Theme.calmWarning
                                    }
                                }
                                Label {
                                    objectName: "historyPrescriberMark_" + row.model.date
                                    visible: row.model.noteForPrescriber
                                    text: qsTr("for prescriber")
                                    font.pixelSize: Theme.smallSize
                                    color: Theme.accentStrong
                                    Accessible.name: qsTr("Note marked for my prescriber")
                                }
                                Label {
                                    objectName: "historyNoteMark_" + row.model.date
                                    // always in the row, empty without a note: a RowLayout does not
                                    // place an item that turns visible while the page is hidden (it
                                    // then sat at the row's start, over the date's first letter)
                                    text: row.model.hasNote ? "✎" : ""
                                    color: Theme.textSoft
                                    Accessible.name: qsTr("Has a note")
                                    Accessible.ignored: !row.model.hasNote
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                text: row.model.dosesText.length > 0 ? row.model.dosesText : qsTr("No doses logged")
                                color: row.model.dosesText.length > 0 ? Theme.text : Theme.textSoft
                                font.pixelSize: Theme.bodySize - 1
                                wrapMode: Text.Wrap
                            }
                            Label {
                                objectName: "historySymptoms_" + row.model.date
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                color: Theme.textSoft
                                font.pixelSize: Theme.smallSize
                                text: summary.parts[0]
                            }
                            Label {
                                visible: text.length > 0
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                color: Theme.textSoft
                                font.pixelSize: Theme.smallSize
                                text: summary.parts.slice(1).join("  ·  ")
                            }
                            QtObject {
                                id: summary
                                readonly property var parts: {
                                    const out = []
                                    const m = row.model
                                    out.push(m.symptomsRated === 0 ? qsTr("symptoms not rated")
                                             : m.symptomsPresent === 0 ? qsTr("no symptoms")
                                             : qsTr("%n symptom(s)", "", m.symptomsPresent)
                                               + qsTr(" (load %1)").arg(m.symptomLoad))
                                    if (m.wellbeing >= 0)
                                        out.push(qsTr("wellbeing %1/10").arg(m.wellbeing))
                                    if (m.sleepHours >= 0)
                                        out.push(qsTr("slept %1 h").arg(m.sleepText))
                                    return out
                                }
                                readonly property string text: parts.join(", ")
                            }
                        }
                        Rectangle {
                            // wellbeing at a glance: a small bar, taller is better
                            visible: row.model.wellbeing >= 0
                            Layout.preferredWidth: 6
                            Layout.preferredHeight: 40
                            radius: 3
                            color: Theme.surfaceAlt
                            Rectangle {
                                anchors.bottom: parent.bottom
                                width: parent.width
                                radius: 3
                                height: parent.height * Math.max(0.08, row.model.wellbeing / 10)
                                color: Theme.accent
                            }
                        }
                    }
                }
            }
        }

        Column {
            visible: list.count === 0
            anchors.centerIn: parent
            width: Math.min(parent.width - 48, 420)
            spacing: Theme.gap
            Label {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.textSoft
                text: qsTr("Nothing recorded yet. Days you log on the Today page appear here.")
            }
            Button {
                objectName: "historyLogToday"
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Log today")
                highlighted: true
                onClicked: root.openDay(Session.today)
            }
        }
    }
}
