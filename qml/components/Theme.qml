// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Waymark

/** Colours, spacing and type sizes: calm, soft teal accent, light and dark. */
QtObject {
    readonly property bool dark: Preferences.theme === "dark"

    readonly property color accent: dark ? "#6cc4bd" : "#2b7a80"
    /** Fill of highlighted buttons and chosen segments: dark enough for white text in both themes. */
    readonly property color accentStrong: dark ? "#287d78" : "#2b7a80"
    readonly property color accentSoft: dark ? "#1f3b3c" : "#dcefee"
    readonly property color textOnAccent: "#ffffff"
    readonly property color background: dark ? "#14181b" : "#f3f6f6"
    readonly property color surface: dark ? "#1e2327" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#272e33" : "#edf2f2"
    readonly property color text: dark ? "#e5eaec" : "#1c2427"
    readonly property color textSoft: dark ? "#a7b2b7" : "#54636a"
    readonly property color border: dark ? "#353d42" : "#d9e2e4"
    readonly property color safetyBackground: dark ? "#2f2a1e" : "#fdf4e3"
    readonly property color safetyBorder: dark ? "#7d6a43" : "#e4c68f"
    readonly property color calmWarning: dark ? "#e9c08a" : "#8a5a14"
    readonly property color success: dark ? "#8fd3a8" : "#2f7a4f"

    readonly property int gap: 8
    readonly property int gapLarge: 16
    readonly property int gapHuge: 24
    readonly property int radius: 12
    readonly property int maxContentWidth: 760
    readonly property int maxWideContentWidth: 1240

    /** The person's text size (1 = 100 %, up to 2.5): every size below follows it. */
    readonly property real fontScale: Preferences.fontScale
    readonly property int bodySize: Math.round(15 * fontScale)
    readonly property int smallSize: Math.round(13 * fontScale)
    readonly property int headingSize: Math.round(17 * fontScale)
    readonly property int titleSize: Math.round(22 * fontScale)
    /** A size of the design (px at 100 %) at the person's text size. */
    function scaled(px: real): int {
        return Math.round(px * fontScale)
    }

    readonly property var severityNames: [qsTr("None"), qsTr("Mild"), qsTr("Moderate"), qsTr("Severe"), qsTr("Extreme")]

    /** Fill of a chosen severity segment: deeper teal-blue with severity, never alarm red. */
    function severityColor(severity) {
        const light = ["#cfe3e4", "#a9d4d3", "#7fb9c4", "#5b93b5", "#4d6fa3"]
        const darkc = ["#3a4a4d", "#2f6463", "#35707f", "#3d5f8a", "#4a4f8f"]
        return (dark ? darkc : light)[Math.max(0, Math.min(4, severity))]
    }
    function severityTextColor(severity) {
        if (dark)
            return "#f1f5f6"
        return severity >= 4 ? "#ffffff" : "#14282b" // 4.5:1 or more on each fill (tst_accessibility)
    }
}
