// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/** How symptoms moved as the dose came down, and what follows each reduction. */
Item {
    id: root
    property bool wide: true
    /** The person asked to go and log today (from the empty state). */
    signal logToday()
    readonly property alias controller: charts

    ChartController {
        id: charts
        active: root.visible // rebuilt lazily: only while the page is shown
    }

    ScrollPage {
        id: flick
        objectName: "chartsFlick"
        anchors.fill: parent
        wide: root.wide
        maxContentWidth: Theme.maxWideContentWidth

        PageHeader {
            title: qsTr("Charts")
            subtitle: qsTr("How your symptoms moved as the dose came down.")
            lock: !root.wide
        }

        Card {
            visible: charts.empty
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSoft
                text: qsTr("Nothing to chart yet. Log a few days of doses and symptoms and your chart appears here.")
            }
            Button {
                objectName: "chartsLogToday"
                text: qsTr("Log today")
                highlighted: true
                onClicked: root.logToday()
            }
        }

        Card {
            id: mainCard
            visible: !charts.empty
            spacing: Theme.gap

            // Range and symptom group.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Repeater {
                    model: [
                        { key: "4w", label: qsTr("4 weeks") },
                        { key: "3m", label: qsTr("3 months") },
                        { key: "1y", label: qsTr("1 year") },
                        { key: "all", label: qsTr("All") }
                    ]
                    delegate: Chip {
                        required property var modelData
                        objectName: "range_" + modelData.key
                        text: modelData.label
                        checked: charts.range === modelData.key
                        Accessible.name: qsTr("Show %1").arg(modelData.label)
                        onClicked: charts.range = modelData.key
                    }
                }
                ComboBox {
                    id: groupBox
                    height: 48 // a touch target; the box is drawn 36 px high
                    topInset: 6
                    bottomInset: 6
                    objectName: "groupBox"
                    // as wide as its longest group name (at least as before), at most the line
                    implicitContentWidthPolicy: ComboBox.WidestText
                    width: Math.min(Math.max(root.wide ? 220 : 180, implicitWidth), parent.width)
                    font.pixelSize: Theme.smallSize + 1
                    model: [qsTr("All symptoms")].concat(charts.groupNames)
                    Accessible.name: qsTr("Which symptoms count")
                    onActivated: (index) => charts.group = index === 0 ? "" : charts.groups[index - 1]
                }
            }

            Label {
                Layout.fillWidth: true
                text: charts.rangeLabel
                wrapMode: Text.Wrap
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
            }

            Item {
                Layout.fillWidth: true
                Layout.preferredHeight: root.wide ? Math.max(320, Math.min(460, root.height * 0.5)) : 300

                TrajectoryChart {
                    id: mainChart
                    objectName: "mainChart"
                    anchors.fill: parent
                    controller: charts
                    kind: "main"
                    dark: Theme.dark
                    fontScale: Theme.fontScale
                    Accessible.role: Accessible.Chart
                    Accessible.name: qsTr("Dose and symptom chart")
                    Accessible.description: charts.viewSummary

                    PinchHandler {
                        target: null
                        property real last: 1
                        onActiveChanged: last = 1
                        onActiveScaleChanged: {
                            charts.zoom(last / activeScale, 0.5)
                            last = activeScale
                        }
                    }
                }

                // The highlighted day's values.
                Rectangle {
                    id: tip
                    readonly property var values: mainChart.hoverDate ? charts.valuesAt(mainChart.hoverDate) : ({})
                    visible: mainChart.hoverDate !== "" && values.date !== undefined
                    width: tipColumn.implicitWidth + 20
                    height: tipColumn.implicitHeight + 14
                    x: Math.min(Math.max(0, mainChart.hoverX + 12), parent.width - width)
                    y: mainChart.plotArea.y + 4
                    radius: 8
                    color: Theme.surface
                    border.color: Theme.border
                    opacity: 0.96
                    ColumnLayout {
                        id: tipColumn
                        x: 10
                        y: 7
                        spacing: 1
                        Label { text: tip.values.date || ""; font.weight: Font.DemiBold; color: Theme.text; font.pixelSize: Theme.smallSize }
                        Label { text: qsTr("Symptom load %1 (7-day mean %2)").arg(tip.values.load).arg(tip.values.mean7); color: Theme.text; font.pixelSize: Theme.smallSize }
                        Label { text: tip.values.doses || ""; color: Theme.textSoft; font.pixelSize: Theme.smallSize }
                        Label { text: qsTr("Wellbeing %1 · sleep %2 h").arg(tip.values.wellbeing).arg(tip.values.sleep); color: Theme.textSoft; font.pixelSize: Theme.smallSize }
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
                text: root.wide ? qsTr("Drag to move through time, Ctrl+scroll or pinch to zoom, point at a day to see its values.")
                                : qsTr("Drag to move through time, pinch to zoom, tap a day to see its values.")
            }

            // Legend: each entry switches its series on or off.
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: charts.legend
                    delegate: Chip {
                        required property var modelData
                        objectName: "legend_" + modelData.key
                        text: modelData.label
                        checked: modelData.visible
                        font.pixelSize: Theme.smallSize
                        swatch: mainChart.seriesColor(modelData.colorIndex)
                        swatchHeight: modelData.style === "bold" ? 4 : (modelData.style === "faint" ? 2 : 3)
                        swatchOpacity: modelData.style === "faint" ? 0.5 : 1
                        swatchDashed: modelData.style === "dashed"
                        Accessible.name: (checked ? qsTr("Hide %1") : qsTr("Show %1")).arg(modelData.label)
                        onClicked: charts.toggle(modelData.key)
                    }
                }
            }

            Label {
                objectName: "viewSummary"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: charts.viewSummary + (charts.wavesSummary ? " " + qsTr("Over the whole diary: %1").arg(charts.wavesSummary) : "")
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSoft
                font.pixelSize: Theme.smallSize
                text: qsTr("Shaded bands are waves: stretches when your symptoms stayed clearly above your own usual level. Filled triangles mark dose reductions (a cut that held for a week, or a plan step you followed); outlined triangles mark stages of a switch to diazepam. Days with nothing logged are left as gaps. With two medicines, each dose line is drawn as a percentage of its own highest dose.")
            }
        }

        Card {
            visible: !charts.empty
            spacing: Theme.gap
            SectionTitle {
                text: qsTr("What follows a reduction")
                subtitle: qsTr("Your symptom load from a week before each cut to six weeks after. Each faint line is one reduction; the bold line is the median.")
            }
            Label {
                objectName: "reductionSummary"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize + 1
                font.weight: Font.DemiBold
                color: Theme.text
                text: charts.reductionSummary
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            TrajectoryChart {
                objectName: "responseChart"
                // Without a reduction there is nothing to draw: the sentence says so.
                visible: charts.reductionCount > 0
                Layout.fillWidth: true
                Layout.preferredHeight: root.wide ? 260 : 200
                controller: charts
                kind: "response"
                dark: Theme.dark
                fontScale: Theme.fontScale
                Accessible.role: Accessible.Chart
                Accessible.name: qsTr("Symptom load around each reduction")
                Accessible.description: charts.reductionSummary
            }
        }

        Card {
            visible: !charts.empty
            spacing: Theme.gap
            GridLayout {
                // the button beside the heading while the heading fits on one line there and the
                // line under it on two, else under them (measured: German at a large text size)
                readonly property real room: (parent ? parent.width : 0) - columnSpacing - tableToggle.implicitWidth
                Layout.fillWidth: true
                columns: Math.ceil(tableHeading.advanceWidth) + 1 <= room && tableSubtitle.advanceWidth <= 2 * room ? 2 : 1
                columnSpacing: Theme.gap
                rowSpacing: 0
                TextMetrics {
                    id: tableHeading
                    font.pixelSize: Theme.headingSize // as SectionTitle's
                    font.weight: Font.DemiBold
                    text: tableTitle.text
                }
                TextMetrics {
                    id: tableSubtitle
                    font.pixelSize: Theme.smallSize
                    text: tableTitle.subtitle
                }
                SectionTitle {
                    id: tableTitle
                    text: qsTr("As a table")
                    subtitle: qsTr("Week by week, for the range shown above.")
                }
                Button {
                    id: tableToggle
                    objectName: "tableToggle"
                    flat: true
                    checkable: true
                    text: checked ? qsTr("Hide") : qsTr("Show")
                    Accessible.name: checked ? qsTr("Hide the table") : qsTr("Show the chart as a table")
                }
            }
            // A new table whenever its rows change (a Repeater of one, the cells' model fixed for its
            // life): Qt 6.4's layouts can keep a cell a Repeater deleted (docs/ARCHITECTURE.md)
            Column {
                visible: tableToggle.checked
                Layout.fillWidth: true
                Repeater {
                    model: [tableToggle.checked ? charts.table : []]
                    delegate: GridLayout {
                        id: table
                        required property var modelData
                        width: parent ? parent.width : 0
                        columns: 3
                        columnSpacing: Theme.gapLarge
                        rowSpacing: 4
                        Label { text: qsTr("Week"); font.weight: Font.DemiBold; color: Theme.text }
                        Label { text: qsTr("Mean load"); font.weight: Font.DemiBold; color: Theme.text }
                        Label { text: qsTr("Doses at the end of the week"); font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.Wrap }
                        Repeater {
                            // One cell per item: week, mean load, doses; row after row.
                            model: table.modelData.reduce((cells, row) => cells.concat([row.week, row.meanLoad, row.doses || "–"]), [])
                            delegate: Label {
                                required property var modelData
                                required property int index
                                Layout.fillWidth: index % 3 === 2
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.pixelSize: Theme.smallSize
                                text: modelData
                            }
                        }
                    }
                }
            }
        }
        Item { Layout.preferredHeight: Theme.gap }
    }
}
