<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FirstRunPage</name>
    <message numerus="yes">
        <source>Added: %n medicine(s)</source>
        <translation>
            <numerusform>Added: %n medicine</numerusform>
            <numerusform>Added: %n medicines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n day(s) recorded</source>
        <translation>
            <numerusform>%n day recorded</numerusform>
            <numerusform>%n days recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s)</source>
        <translation>
            <numerusform>%n symptom</numerusform>
            <numerusform>%n symptoms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message numerus="yes">
        <source>⚠ %n step(s) cut more than 1.5 times what was asked: see the warning on each.</source>
        <translation>
            <numerusform>⚠ %n step cuts more than 1.5 times what was asked: see the warning on it.</numerusform>
            <numerusform>⚠ %n steps cut more than 1.5 times what was asked: see the warnings on them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDailyController</name>
    <message numerus="yes">
        <source>Next %n week(s)</source>
        <translation>
            <numerusform>Next week</numerusform>
            <numerusform>Next %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanStepModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareController</name>
    <message numerus="yes">
        <source>%n page(s). </source>
        <translation>
            <numerusform>%n page. </numerusform>
            <numerusform>%n pages. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>%n doses logged</source>
        <translation>
            <numerusform>%n dose logged</numerusform>
            <numerusform>%n doses logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries</source>
        <translation>
            <numerusform>Imported %n entry</numerusform>
            <numerusform>Imported %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waymark</name>
    <message numerus="yes">
        <source> %n wave(s) shaded.</source>
        <translation>
            <numerusform> %n wave is shaded.</numerusform>
            <numerusform> %n waves are shaded.</numerusform>
        </translation>
    </message>
</context>
</TS>
