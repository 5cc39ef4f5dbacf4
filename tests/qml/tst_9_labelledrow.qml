// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtTest
import Waymark

// LabelledRow: the text beside its control while both fit (the text's longest word, and its line up
// to textMinimum), else the text above the control; measured, so a long German word stacks it.
Item {
    id: root
    width: 800
    height: 600

    ColumnLayout {
        id: column
        width: 600
        LabelledRow {
            id: row
            text: "Colours"
            Rectangle {
                implicitWidth: 200
                implicitHeight: 48
                width: parent.width
            }
        }
        Label {
            id: after
            text: "below"
        }
    }

    TestCase {
        name: "LabelledRow"
        when: windowShown

        function text() {
            return findChild(row, "labelledRowText")
        }
        function controlX() {
            return row.control.mapToItem(row, 0, 0).x
        }
        function controlY() {
            return row.control.mapToItem(row, 0, 0).y
        }
        function settle() {
            wait(50) // the row hands a new height to its column on a zero-interval timer
        }

        function init() {
            row.text = "Colours"
            row.fill = false
            row.controlAtEnd = false
            row.textMinimum = Theme.scaled(140)
            column.width = 600
            settle()
        }

        function test_beside() {
            verify(row.beside)
            compare(controlX() + row.control.width, row.width, "the control at the end")
            compare(row.control.width, 200)
            verify(text().width <= row.width - 200 - Theme.gapLarge)
            compare(row.height, 48)
            verify(after.y >= row.y + row.height, "the next item under the row")
        }

        function test_stackedWhenNarrow() {
            column.width = 200
            settle()
            verify(!row.beside)
            compare(text().width, 200)
            compare(controlX(), 0)
            compare(controlY(), text().height + 4)
            compare(row.height, text().height + 4 + 48)
            verify(after.y >= row.y + row.height, "the next item under the taller row")
            column.width = 600
            settle()
            verify(row.beside, "beside again when there is room")
            compare(row.height, 48)
        }

        function test_fillAndEnd() {
            column.width = 200
            row.fill = true
            settle()
            compare(row.control.width, 200, "as wide as the row under the text")
            row.fill = false
            row.controlAtEnd = true
            settle()
            compare(controlX(), 0, "a control as wide as the row starts at 0")
            column.width = 250 // room for 34 px beside the control: too little for "Colours"
            settle()
            verify(!row.beside)
            compare(controlX() + row.control.width, 250, "under the text, at the end")
        }

        function test_longWordStacks() {
            // the room beside a 200 px control is 600 - 200 - gapLarge; one word wider than that
            row.text = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen"
            row.textMinimum = 10
            settle()
            verify(!row.beside, "a word that does not fit beside the control puts the text above")
            // broken at soft hyphens, each part fits: beside again
            row.text = "Donau\u00addampfschiff\u00adfahrts\u00adgesellschafts\u00adkapitäns\u00admützen\u00adabzeichen"
            settle()
            verify(row.beside)
        }

        function test_lineMinimum() {
            // a long sentence keeps textMinimum beside the control, or goes above it
            row.text = "Lock when I switch away from Waymark or minimise it"
            column.width = 400 // 184 px beside the control: less than the sentence's line
            row.textMinimum = 600
            settle()
            verify(!row.beside)
            row.textMinimum = 100
            settle()
            verify(row.beside)
        }
    }
}
