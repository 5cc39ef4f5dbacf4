// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Waymark

/** The window: the unlock screen while locked, otherwise the pages with a rail or a tab bar. */
ApplicationWindow {
    id: root
    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: Session.demo ? qsTr("Waymark (demo)") : "Waymark"

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accentStrong
    Material.primary: Theme.accentStrong
    Material.background: Theme.background
    Material.foreground: Theme.text
    color: Theme.background
    font.pixelSize: Theme.bodySize
    font.capitalization: Font.MixedCase // calmer than Material's upper-case buttons

    header: ReminderPrompt {} // a reminder no notification service could show

    Shortcut {
        sequence: "Ctrl+L"
        enabled: Session.state === Session.Unlocked
        onActivated: Session.lock()
    }

    /** After a diary is created: "medicines", then "symptoms" (FirstRunPage), then the pages. */
    property string firstRunStep: Session.startPage.startsWith("firstrun-") ? Session.startPage.substring(9) : ""
    /** No diary yet when the window opened or since: the next unlock is its creation. */
    property bool creatingDiary: false

    Component.onCompleted: creatingDiary = Session.state === Session.NoDiary
    // A new language: QML text follows at once (retranslate); the pages are built again so that the
    // text the controllers made (dates, plan steps, messages) is in the new language too.
    Connections {
        target: Preferences
        function onLanguageChanged() {
            if (Session.state !== Session.Unlocked || root.firstRunStep.length > 0)
                return
            Session.startPage = "settings" // where the rebuilt pages open
            content.active = false
            content.active = true
        }
    }
    Connections {
        target: Session
        function onStateChanged() {
            if (Session.state === Session.NoDiary) {
                root.creatingDiary = true
            } else if (Session.state === Session.Unlocked && root.creatingDiary) {
                root.creatingDiary = false
                root.firstRunStep = "medicines"
            } else if (Session.state !== Session.Unlocked) {
                root.firstRunStep = "" // locked half way: the steps are in Settings too
            }
        }
    }

    Loader {
        id: content
        anchors.fill: parent
        sourceComponent: Session.state !== Session.Unlocked ? unlockComponent
                         : root.firstRunStep.length > 0 ? firstRunComponent : shellComponent
    }

    FocusRing { // the keyboard focus, visible on every control and kept in view
        anchors.fill: parent
    }

    Component {
        id: unlockComponent
        UnlockPage {}
    }

    Component {
        id: firstRunComponent
        FirstRunPage {}
    }
    // back to the pages when the person is done (the page moves through its steps by itself)
    Connections {
        target: root.firstRunStep.length > 0 ? content.item : null
        ignoreUnknownSignals: true
        function onFinished() { root.firstRunStep = "" }
    }

    Component {
        id: shellComponent
        Item {
            id: shell
            readonly property bool wide: width >= 720
            readonly property var pageNames: ["today", "plan", "charts", "history", "share", "settings"]
            property int currentIndex: Math.max(0, pageNames.indexOf(Session.startPage))
            // Each page is made on its first visit and kept afterwards (its place, its open dialogs):
            // unlocking builds only the page shown, not six pages and every model behind them.
            property int visited: 1 << currentIndex
            onCurrentIndexChanged: visited |= 1 << currentIndex

            /** The page at index, made now if it was not visited yet. */
            function page(index) {
                visited |= 1 << index
                return pages.children[index].item
            }
            function openDay(date) {
                page(0).date = date
                currentIndex = 0
            }
            function showToday() {
                page(0).showToday()
            }
            function openMedicines() {
                currentIndex = pageNames.indexOf("settings")
                page(currentIndex).showMedicines()
            }

            RowLayout {
                anchors.fill: parent
                spacing: 0

                NavRail {
                    visible: shell.wide
                    Layout.fillHeight: true
                    pages: [qsTr("Today"), qsTr("Plan"), qsTr("Charts"), qsTr("History"), qsTr("Share"), qsTr("Settings")]
                    currentIndex: shell.currentIndex
                    onActivated: (index) => { if (index === 0) shell.showToday(); shell.currentIndex = index }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: 0

                    StackLayout {
                        id: pages
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        currentIndex: shell.currentIndex

                        // (the pages' settings and signals are wired from here: a page's own component
                        // cannot name the shell, which is made by a component of its own)
                        Loader {
                            id: todayLoader
                            active: (shell.visited & 1 << 0) !== 0
                            sourceComponent: TodayPage {
                                date: Session.startDate
                            }
                            Binding { target: todayLoader.item; property: "wide"; value: shell.wide; when: todayLoader.item !== null }
                            Connections {
                                target: todayLoader.item
                                ignoreUnknownSignals: true
                                function onAddMedicines() { shell.openMedicines() }
                            }
                        }
                        Loader {
                            id: planLoader
                            active: (shell.visited & 1 << 1) !== 0
                            sourceComponent: PlanPage {}
                            Binding { target: planLoader.item; property: "wide"; value: shell.wide; when: planLoader.item !== null }
                            Connections {
                                target: planLoader.item
                                ignoreUnknownSignals: true
                                function onOpenSettings() { shell.openMedicines() }
                            }
                        }
                        Loader {
                            id: chartsLoader
                            active: (shell.visited & 1 << 2) !== 0
                            sourceComponent: ChartsPage {}
                            Binding { target: chartsLoader.item; property: "wide"; value: shell.wide; when: chartsLoader.item !== null }
                            Connections {
                                target: chartsLoader.item
                                ignoreUnknownSignals: true
                                function onLogToday() { shell.currentIndex = 0; shell.showToday() }
                            }
                        }
                        Loader {
                            id: historyLoader
                            active: (shell.visited & 1 << 3) !== 0
                            sourceComponent: HistoryPage {}
                            Binding { target: historyLoader.item; property: "wide"; value: shell.wide; when: historyLoader.item !== null }
                            Connections {
                                target: historyLoader.item
                                ignoreUnknownSignals: true
                                function onOpenDay(date) { shell.openDay(date) }
                            }
                        }
                        Loader {
                            id: shareLoader
                            active: (shell.visited & 1 << 4) !== 0
                            sourceComponent: SharePage {}
                            Binding { target: shareLoader.item; property: "wide"; value: shell.wide; when: shareLoader.item !== null }
                        }
                        Loader {
                            id: settingsLoader
                            active: (shell.visited & 1 << 5) !== 0
                            sourceComponent: SettingsPage {}
                            Binding { target: settingsLoader.item; property: "wide"; value: shell.wide; when: settingsLoader.item !== null }
                        }
                    }

                    // Undo after a change, under the page (above the tabs, beside the rail): it takes
                    // its own room, so it covers none of the page; Ctrl+Z / Ctrl+Shift+Z live in it
                    UndoBar {
                        Layout.fillWidth: true
                    }

                    // The phone's tabs: one row of six while the labels fit, else rows of three (or two),
                    // so with large text every tab stays on screen and none scrolls out of sight.
                    Rectangle {
                        id: tabs
                        visible: !shell.wide
                        Layout.fillWidth: true
                        implicitHeight: tabGrid.implicitHeight
                        color: Theme.surface
                        readonly property int labelSize: width < 420 ? Theme.smallSize : Theme.bodySize
                        readonly property real widest: { // the widest label's button, as it asks for itself
                            let w = 0;
                            for (let i = 0; i < tabGrid.children.length; ++i)
                                w = Math.max(w, tabGrid.children[i].implicitWidth);
                            return w;
                        }
                        function choose(button) {
                            if (button.page === 0)
                                shell.showToday();
                            else
                                shell.currentIndex = button.page;
                            // the click toggled `checked`; the shell's page decides it again
                            button.checked = Qt.binding(() => shell.currentIndex === button.page);
                        }
                        GridLayout {
                            id: tabGrid
                            width: parent.width
                            columns: tabs.widest * 6 <= tabs.width ? 6 : tabs.widest * 3 <= tabs.width ? 3 : 2
                            rowSpacing: 0
                            columnSpacing: 0
                            TabButton { text: qsTr("Today", "phone tab bar: six fit in 360 px"); readonly property int page: 0; checkable: true; autoExclusive: false; checked: shell.currentIndex === page; font.pixelSize: tabs.labelSize; focusPolicy: Qt.StrongFocus; leftPadding: 2; rightPadding: 2; Layout.fillWidth: true; Layout.preferredWidth: 1; onClicked: tabs.choose(this) }
                            TabButton { text: qsTr("Plan", "phone tab bar: six fit in 360 px"); readonly property int page: 1; checkable: true; autoExclusive: false; checked: shell.currentIndex === page; font.pixelSize: tabs.labelSize; focusPolicy: Qt.StrongFocus; leftPadding: 2; rightPadding: 2; Layout.fillWidth: true; Layout.preferredWidth: 1; onClicked: tabs.choose(this) }
                            TabButton { text: qsTr("Charts", "phone tab bar: six fit in 360 px"); readonly property int page: 2; checkable: true; autoExclusive: false; checked: shell.currentIndex === page; font.pixelSize: tabs.labelSize; focusPolicy: Qt.StrongFocus; leftPadding: 2; rightPadding: 2; Layout.fillWidth: true; Layout.preferredWidth: 1; onClicked: tabs.choose(this) }
                            TabButton { text: qsTr("History", "phone tab bar: six fit in 360 px"); readonly property int page: 3; checkable: true; autoExclusive: false; checked: shell.currentIndex === page; font.pixelSize: tabs.labelSize; focusPolicy: Qt.StrongFocus; leftPadding: 2; rightPadding: 2; Layout.fillWidth: true; Layout.preferredWidth: 1; onClicked: tabs.choose(this) }
                            TabButton { text: qsTr("Share", "phone tab bar: six fit in 360 px"); readonly property int page: 4; checkable: true; autoExclusive: false; checked: shell.currentIndex === page; font.pixelSize: tabs.labelSize; focusPolicy: Qt.StrongFocus; leftPadding: 2; rightPadding: 2; Layout.fillWidth: true; Layout.preferredWidth: 1; onClicked: tabs.choose(this) }
                            TabButton { text: qsTr("Settings", "phone tab bar: six fit in 360 px"); readonly property int page: 5; checkable: true; autoExclusive: false; checked: shell.currentIndex === page; font.pixelSize: tabs.labelSize; focusPolicy: Qt.StrongFocus; leftPadding: 2; rightPadding: 2; Layout.fillWidth: true; Layout.preferredWidth: 1; onClicked: tabs.choose(this) }
                        }
                        Rectangle { // the chosen tab's mark, as a one-row tab bar draws it
                            readonly property Item current: shell.currentIndex < tabGrid.children.length ? tabGrid.children[shell.currentIndex] : null
                            visible: current !== null
                            x: current ? current.x : 0
                            y: current ? current.y + current.height - height : 0
                            width: current ? current.width : 0
                            height: 2
                            color: Theme.accent
                        }
                    }
                }
            }
        }
    }
}
