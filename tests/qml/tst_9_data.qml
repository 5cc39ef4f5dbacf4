// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Waymark

/** Settings › Your data as the page shows it (the work itself is tested in tst_datacontroller.cpp). */
Item {
    id: root
    width: 360
    height: 640

    SettingsPage {
        id: page
        anchors.fill: parent
        wide: false
    }

    TestCase {
        name: "YourData"
        when: windowShown

        function initTestCase() {
            if (Session.state !== Session.Unlocked)
                verify(Session.unlock("correct horse battery staple"))
        }

        function test_section_offers_export_backup_and_restore_within_a_phone_width() {
            const section = findChild(page, "dataSection")
            verify(section)
            for (const name of ["exportFormat", "exportButton", "importChoose", "backupFolderChoose", "backupKeep",
                                "backupNow", "restoreChoose"]) {
                const item = findChild(section, name)
                verify(item, name)
                verify(item.visible, name)
                // Nothing sticks out of the card on a phone.
                const right = item.mapToItem(section, item.width, 0).x
                verify(right <= section.width, name + " ends at " + right + " of " + section.width)
            }
            compare(findChild(section, "importMapping").visible, false) // until a file is chosen
            compare(findChild(section, "backupFolder").text, "Automatic backups are off: no folder chosen.")
            compare(findChild(section, "backupNow").text, "Back up now to a file…")
        }
    }
}
