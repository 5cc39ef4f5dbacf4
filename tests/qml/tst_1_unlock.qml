// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Waymark

Item {
    id: root
    width: 400
    height: 720

    UnlockPage {
        id: page
        anchors.fill: parent
    }

    TestCase {
        name: "Unlock"
        when: windowShown

        readonly property string passphrase: "correct horse battery staple"

        function type(field, text) {
            field.forceActiveFocus()
            field.text = text
        }

        // The create card must not move while the person types or when a message appears: a
        // click aimed at one field or button would land on another.
        function test_0_create_card_does_not_jump() {
            compare(Session.state, Session.NoDiary)
            const pass = findChild(page, "passphraseField")
            const again = findChild(page, "againField")
            const button = findChild(page, "submitButton")
            function where(item) { return item.mapToItem(root, 0, 0) }
            const againAt = where(again), buttonAt = where(button)
            for (const text of ["a", "short", "correct horse", "correct horse battery staple and more"]) {
                type(pass, text)
                waitForRendering(page)
                compare(where(again).y, againAt.y, "the second field stays put while typing \"" + text + "\"")
                compare(where(button).y, buttonAt.y, "the button stays put while typing")
            }
            type(again, "something else entirely here")
            mouseClick(button)
            verify(findChild(page, "unlockError").text.length > 0)
            waitForRendering(page)
            compare(where(button).y, buttonAt.y, "the button stays put when a message appears")
            type(pass, "")
            type(again, "")
            Session.clearError()
        }

        function test_1_create_rejects_mismatch() {
            compare(Session.state, Session.NoDiary)
            const pass = findChild(page, "passphraseField")
            const again = findChild(page, "againField")
            verify(again.visible, "first run asks for the passphrase twice")
            type(pass, passphrase)
            type(again, "correct horse battery stapler")
            mouseClick(findChild(page, "submitButton"))
            compare(Session.state, Session.NoDiary)
            compare(findChild(page, "unlockError").text, "The two passphrases are not the same. Type them again.")
        }

        function test_2_create_shows_hint_and_creates() {
            const pass = findChild(page, "passphraseField")
            type(pass, "short")
            verify(findChild(page, "hintLabel").text.indexOf("Too short") === 0)
            type(pass, passphrase)
            type(findChild(page, "againField"), passphrase)
            mouseClick(findChild(page, "submitButton"))
            compare(Session.state, Session.Unlocked)
            compare(Session.errorText, "")
            Session.lock()
            compare(Session.state, Session.Locked)
        }

        function test_3_wrong_then_right_passphrase() {
            tryCompare(findChild(page, "againField"), "visible", false)
            const pass = findChild(page, "passphraseField")
            type(pass, "not my passphrase at all")
            mouseClick(findChild(page, "submitButton"))
            compare(Session.state, Session.Locked)
            verify(findChild(page, "unlockError").text.startsWith("That passphrase does not open this diary: wrong passphrase, or the start of the file is damaged."))
            type(pass, passphrase)
            mouseClick(findChild(page, "submitButton"))
            compare(Session.state, Session.Unlocked)
            compare(findChild(page, "unlockError").text, "")
        }
    }
}
