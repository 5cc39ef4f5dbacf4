// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline of waymark_bench_chart: a plain Qt Charts ChartView with the same four series as
// Waymark's main chart (daily load, 7-day mean, two doses as step-like lines). Filled from C++.
import QtQuick
import QtCharts

ChartView {
    width: 1280
    height: 800
    antialiasing: true
    legend.alignment: Qt.AlignBottom
    animationOptions: ChartView.NoAnimation

    // Reached from C++ (the series and axes are not QObject children of the view).
    property var axisXObject: axisX
    property var axisDoseObject: axisDose
    property var axisLoadObject: axisLoad
    property var loadSeries: load
    property var mean7Series: mean7
    property var dose0Series: dose0
    property var dose1Series: dose1

    DateTimeAxis { id: axisX; objectName: "axisX"; format: "MMM yyyy"; tickCount: 8 }
    ValueAxis { id: axisDose; objectName: "axisDose"; titleText: "mg" }
    ValueAxis { id: axisLoad; objectName: "axisLoad"; titleText: "symptom load" }

    LineSeries { id: mean7; objectName: "mean7"; name: "Symptom load, 7-day mean"; axisX: axisX; axisY: axisLoad; width: 2.5 }
    LineSeries { id: load; objectName: "load"; name: "Symptom load, daily"; axisX: axisX; axisY: axisLoad; width: 1 }
    LineSeries { id: dose0; objectName: "dose0"; name: "Sertraline taken"; axisX: axisX; axisYRight: axisDose; width: 2 }
    LineSeries { id: dose1; objectName: "dose1"; name: "Diazepam taken"; axisX: axisX; axisYRight: axisDose; width: 2 }
}
