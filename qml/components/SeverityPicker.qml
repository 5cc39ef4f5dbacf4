// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark

/**
 * A compact segmented control: one segment per value. Used for symptom severity (0-4, named) and
 * for wellbeing (0-10). Emits picked(value); the owner saves and feeds back `value`. The
 * segments are one radio group for assistive technology and the keyboard (see the delegate).
 */
Item {
    id: root
    property int value: -1
    property var labels: Theme.severityNames
    property string accessibleName
    property bool severityColours: true
    /** At least 48 px (a touch target); taller when the text is larger. */
    property int segmentHeight: Math.max(48, labelMetrics.height + 12)
    signal picked(int value)

    /** The segments' font, and the widest label in it: a segment is never narrower than 48 px or its label. */
    readonly property int labelPixelSize: labels.length > 6 ? Theme.bodySize - 1 : Theme.smallSize
    readonly property real segmentMinimumWidth: {
        // also what makes this follow the text size (advanceWidth is a call): the metrics' own
        // font, so the measure is taken after it changed, not before
        if (labelMetrics.font.pixelSize <= 0)
            return 48
        let widest = 0
        for (const label of labels)
            widest = Math.max(widest, labelMetrics.advanceWidth(label))
        return Math.max(48, Math.ceil(widest) + 8)
    }
    /** As few rows as the segments fit in, evenly filled (a phone: wellbeing's 11 numbers as 4, 4 and 3). */
    readonly property int maxColumns: Math.max(1, Math.min(labels.length,
                                                          Math.floor((width - 4 + 2) / (segmentMinimumWidth + 2))))
    readonly property int rows: Math.ceil(labels.length / maxColumns)
    readonly property int columns: Math.ceil(labels.length / rows)

    FontMetrics {
        id: labelMetrics
        font.pixelSize: root.labelPixelSize
        font.weight: Font.DemiBold
    }

    implicitWidth: labels.length * Math.max(64, segmentMinimumWidth)
    implicitHeight: rows * segmentHeight + (rows - 1) * 2 + 4
    Layout.fillWidth: true
    // The rows follow the width a layout gives, so the height changes while that layout is being
    // laid out, which it then misses (Qt 6.4): handed to it once that is done.
    property real settledHeight: implicitHeight
    onImplicitHeightChanged: settle.restart()
    Layout.preferredHeight: settledHeight
    Timer {
        id: settle
        interval: 0
        onTriggered: root.settledHeight = root.implicitHeight
    }

    Rectangle {
        anchors.fill: parent
        radius: 8
        color: Theme.surfaceAlt
        border.color: Theme.border
    }

    Grid {
        id: segments
        anchors.fill: parent
        anchors.margins: 2
        spacing: 2
        columns: root.columns
        Repeater {
            id: repeater
            model: root.labels.length
            // One radio group: each segment is a RadioButton (a screen reader hears "Headache: Mild,
            // radio button, checked, 2 of 5"). One Tab stop per picker (the chosen segment, else
            // the first); the arrow keys move between segments, Space or Enter picks one. Arrows
            // do not pick by themselves: every pick is saved, so moving never rates by accident.
            delegate: RadioButton {
                id: segment
                required property int index
                objectName: "segment" + segment.index
                readonly property bool chosen: root.value === segment.index
                width: (root.width - 4 - (root.columns - 1) * 2) / root.columns
                height: root.segmentHeight
                padding: 0
                spacing: 0
                indicator: null
                // checkable, so assistive technology hears "checked"; the owner saves the pick and
                // feeds `value` back, and `checked` goes back to following it after each click
                autoExclusive: false
                checked: segment.chosen
                focusPolicy: segment.index === (root.value >= 0 ? root.value : 0) ? Qt.StrongFocus : Qt.ClickFocus
                Accessible.name: root.accessibleName + ": " + root.labels[segment.index]
                onClicked: root.pickAt(segment.index)
                Keys.onReturnPressed: root.pickAt(segment.index)
                Keys.onEnterPressed: root.pickAt(segment.index)
                Keys.onLeftPressed: root.moveFocus(segment.index - 1)
                Keys.onUpPressed: root.moveFocus(segment.index - 1)
                Keys.onRightPressed: root.moveFocus(segment.index + 1)
                Keys.onDownPressed: root.moveFocus(segment.index + 1)
                Keys.onPressed: (event) => {
                    if (event.key === Qt.Key_Home)
                        root.moveFocus(0)
                    else if (event.key === Qt.Key_End)
                        root.moveFocus(root.labels.length - 1)
                    else
                        return
                    event.accepted = true
                }
                background: Rectangle { // the focus ring is the window's (components/FocusRing.qml)
                    radius: 6
                    color: segment.chosen
                           ? (root.severityColours ? Theme.severityColor(segment.index) : Theme.accentStrong)
                           : (segment.hovered ? Theme.accentSoft : "transparent")
                }
                contentItem: Text {
                    text: root.labels[segment.index]
                    font.pixelSize: root.labelPixelSize
                    font.weight: segment.chosen ? Font.DemiBold : Font.Normal
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 10
                    color: segment.chosen
                           ? (root.severityColours ? Theme.severityTextColor(segment.index) : Theme.textOnAccent)
                           : Theme.textSoft
                }
            }
        }
    }

    /** Picks segment i; its `checked` follows `value` again (a click set it by hand). */
    function pickAt(i) {
        root.picked(i)
        const item = repeater.itemAt(i)
        if (item)
            item.checked = Qt.binding(() => item.chosen)
    }

    /** Moves the keyboard focus to segment i (kept inside the group). */
    function moveFocus(i) {
        const item = repeater.itemAt(Math.max(0, Math.min(root.labels.length - 1, i)))
        if (item)
            item.forceActiveFocus(Qt.TabFocusReason)
    }
}
