<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddDoseDialog</name>
    <message>
        <source>Add a dose</source>
        <translation>Dosis eintragen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Amount in mg</source>
        <translation>Menge in mg</translation>
    </message>
    <message>
        <source>e.g. 12.5</source>
        <translation>z. B. 12,5</translation>
    </message>
    <message>
        <source>Amount in milligrams</source>
        <translation>Menge in Milligramm</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation>Uhrzeit (optional)</translation>
    </message>
    <message>
        <source>e.g. 08:30, 8am or 8:30 pm</source>
        <translation>z. B. 08:30 oder 20:15</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Eingenommen um</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Note about this dose</source>
        <translation>Notiz zu dieser Dosis</translation>
    </message>
    <message>
        <source>Check the amount</source>
        <translation>Menge prüfen</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Yes, save it</source>
        <translation>Ja, speichern</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup was restored.</source>
        <translation>Die Sicherung wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup was restored. Your diary as it was before is kept as %1 until you say the restored one is right.</source>
        <translation>Die Sicherung wurde wiederhergestellt. Dein Tagebuch von vorher bleibt als %1 erhalten, bis du bestätigst, dass das wiederhergestellte stimmt.</translation>
    </message>
    <message>
        <source>The diary from before the restore was deleted.</source>
        <translation>Das Tagebuch von vor der Wiederherstellung wurde gelöscht.</translation>
    </message>
    <message>
        <source>Your diary as it was before the restore is back. Unlock it with its passphrase.</source>
        <translation>Dein Tagebuch von vor der Wiederherstellung ist zurück. Entsperre es mit seiner Passphrase.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>%1, mg</source>
        <translation>%1, mg</translation>
    </message>
    <message>
        <source>Dose, % of highest</source>
        <translation>Dosis, % vom Höchstwert</translation>
    </message>
    <message>
        <source>Symptom load</source>
        <translation>Symptomlast</translation>
    </message>
    <message>
        <source>Switch stage %1 of %2: %3</source>
        <translation>Umstellungsstufe %1 von %2: %3</translation>
    </message>
    <message>
        <source>Back to the previous dose: %1</source>
        <translation>Zurück zur vorherigen Dosis: %1</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>Senkung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day and month</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Symptom load, 7-day mean</source>
        <translation>Symptomlast, 7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Symptom load, daily</source>
        <translation>Symptomlast, täglich</translation>
    </message>
    <message>
        <source>%1 taken</source>
        <translation>%1 genommen</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 geplant</translation>
    </message>
    <message>
        <source>%1 SERT occupancy (modelled, 0–100 %)</source>
        <translation>%1 SERT-Belegung (modelliert, 0–100&#xa0;%)</translation>
    </message>
    <message>
        <source>Wellbeing (0–10)</source>
        <translation>Wohlbefinden (0–10)</translation>
    </message>
    <message>
        <source>Sleep (0–12 h)</source>
        <translation>Schlaf (0–12&#xa0;h)</translation>
    </message>
    <message>
        <source>%1 SERT occupancy (modelled)</source>
        <translation>%1 SERT-Belegung (modelliert)</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>How your symptoms moved as the dose came down.</source>
        <translation>Wie sich deine Symptome verändert haben, als die Dosis sank.</translation>
    </message>
    <message>
        <source>Nothing to chart yet. Log a few days of doses and symptoms and your chart appears here.</source>
        <translation>Noch nichts darzustellen. Trage ein paar Tage Dosen und Symptome ein, dann erscheint hier dein Diagramm.</translation>
    </message>
    <message>
        <source>Log today</source>
        <translation>Heute eintragen</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4&#xa0;Wochen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3&#xa0;Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>All symptoms</source>
        <translation>Alle Symptome</translation>
    </message>
    <message>
        <source>Which symptoms count</source>
        <translation>Welche Symptome zählen</translation>
    </message>
    <message>
        <source>Dose and symptom chart</source>
        <translation>Diagramm der Dosen und Symptome</translation>
    </message>
    <message>
        <source>Symptom load %1 (7-day mean %2)</source>
        <translation>Symptomlast %1 (7-Tage-Mittel %2)</translation>
    </message>
    <message>
        <source>Wellbeing %1 · sleep %2 h</source>
        <translation>Wohlbefinden %1 · Schlaf %2&#xa0;h</translation>
    </message>
    <message>
        <source>Drag to move through time, Ctrl+scroll or pinch to zoom, point at a day to see its values.</source>
        <translation>Ziehen, um durch die Zeit zu gehen; Strg+Mausrad oder zwei Finger zum Zoomen; auf einen Tag zeigen, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <source>Drag to move through time, pinch to zoom, tap a day to see its values.</source>
        <translation>Ziehen, um durch die Zeit zu gehen; mit zwei Fingern zoomen; auf einen Tag tippen, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <source>Over the whole diary: %1</source>
        <translation>Über das ganze Tagebuch: %1</translation>
    </message>
    <message>
        <source>Shaded bands are waves: stretches when your symptoms stayed clearly above your own usual level. Filled triangles mark dose reductions (a cut that held for a week, or a plan step you followed); outlined triangles mark stages of a switch to diazepam. Days with nothing logged are left as gaps. With two medicines, each dose line is drawn as a percentage of its own highest dose.</source>
        <translation>Schattierte Bänder sind Wellen: Zeiten, in denen deine Symptome deutlich über deinem eigenen üblichen Niveau lagen. Gefüllte Dreiecke markieren Dosisreduktionen (eine Senkung, die eine Woche hielt, oder ein Planschritt, dem du gefolgt bist); Dreiecke mit Umriss markieren Stufen einer Umstellung auf Diazepam. Tage ohne Eintrag bleiben Lücken. Bei zwei Medikamenten ist jede Dosislinie in Prozent ihrer eigenen höchsten Dosis gezeichnet.</translation>
    </message>
    <message>
        <source>What follows a reduction</source>
        <translation>Was auf eine Reduktion folgt</translation>
    </message>
    <message>
        <source>Your symptom load from a week before each cut to six weeks after. Each faint line is one reduction; the bold line is the median.</source>
        <translation>Deine Symptomlast von einer Woche vor jeder Senkung bis sechs Wochen danach. Jede blasse Linie ist eine Reduktion, die kräftige Linie der Median.</translation>
    </message>
    <message>
        <source>Symptom load around each reduction</source>
        <translation>Symptomlast um jede Reduktion</translation>
    </message>
    <message>
        <source>As a table</source>
        <translation>Als Tabelle</translation>
    </message>
    <message>
        <source>Week by week, for the range shown above.</source>
        <translation>Woche für Woche, für den oben gezeigten Zeitraum.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>Tabelle ausblenden</translation>
    </message>
    <message>
        <source>Show the chart as a table</source>
        <translation>Diagramm als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Mean load</source>
        <translation>Mittlere Last</translation>
    </message>
    <message>
        <source>Doses at the end of the week</source>
        <translation>Dosen am Ende der Woche</translation>
    </message>
</context>
<context>
    <name>DataController</name>
    <message>
        <source>Exports are not encrypted: anyone who can open the file can read your diary. Keep them somewhere only you can read, and delete them when you no longer need them.</source>
        <translation>Exporte sind nicht verschlüsselt: Wer die Datei öffnen kann, kann dein Tagebuch lesen. Bewahre sie dort auf, wo nur du sie lesen kannst, und lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Noch keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>Letzte Sicherung: %1.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wähle, wo der Export gespeichert wird.</translation>
    </message>
    <message>
        <source>That is your diary itself; choose another name.</source>
        <translation>Das ist dein Tagebuch selbst; wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>Exported to %1. This copy is NOT encrypted: keep it somewhere only you can read.</source>
        <translation>Exportiert nach %1. Diese Kopie ist NICHT verschlüsselt: Bewahre sie dort auf, wo nur du sie lesen kannst.</translation>
    </message>
    <message>
        <source>Choose a folder for backups first.</source>
        <translation>Wähle zuerst einen Ordner für Sicherungen.</translation>
    </message>
    <message>
        <source>Backed up to %1, encrypted with your passphrase.</source>
        <translation>Gesichert nach %1, verschlüsselt mit deiner Passphrase.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(one for every row)</source>
        <translation>(eins für jede Zeile)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>This backup opens and is whole: %1 days with entries, from %2 to %3.</source>
        <translation>Diese Sicherung lässt sich öffnen und ist vollständig: %1&#xa0;Tage mit Einträgen, vom %2 bis %3.</translation>
    </message>
    <message>
        <source>This backup opens and is whole, but holds no entries.</source>
        <translation>Diese Sicherung lässt sich öffnen und ist vollständig, enthält aber keine Einträge.</translation>
    </message>
    <message>
        <source>Check the backup first.</source>
        <translation>Prüfe zuerst die Sicherung.</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>Your diary is yours: take it out, bring entries in, and keep encrypted backups.</source>
        <translation>Dein Tagebuch gehört dir: Exportiere es, importiere Einträge und halte verschlüsselte Sicherungen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>JSON (the whole diary)</source>
        <translation>JSON (das ganze Tagebuch)</translation>
    </message>
    <message>
        <source>CSV (for spreadsheets)</source>
        <translation>CSV (für Tabellen)</translation>
    </message>
    <message>
        <source>FHIR (health records)</source>
        <translation>FHIR (Gesundheitsakten)</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>A folder with one file per table (doses, ratings, days...), to open in a spreadsheet.</source>
        <translation>Ein Ordner mit einer Datei pro Tabelle (Dosen, Bewertungen, Tage …), zum Öffnen in einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>One file in the FHIR R4 standard that health record systems read: medicines, doses, symptom ratings, wellbeing and sleep.</source>
        <translation>Eine Datei im Standard FHIR R4, die Systeme für Gesundheitsakten lesen: Medikamente, Dosen, Symptombewertungen, Wohlbefinden und Schlaf.</translation>
    </message>
    <message>
        <source>One file with everything in the diary; Waymark can make a new diary from it.</source>
        <translation>Eine Datei mit allem aus dem Tagebuch; Waymark kann daraus ein neues Tagebuch erstellen.</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Aus einer Tabelle importieren</translation>
    </message>
    <message>
        <source>Doses (date, time, medicine, mg) or symptoms (date, symptom, severity 0–4) saved as CSV. You see every row before anything is added, and it is one step to undo.</source>
        <translation>Dosen (Datum, Uhrzeit, Medikament, mg) oder Symptome (Datum, Symptom, Stärke 0–4) als CSV gespeichert. Du siehst jede Zeile, bevor etwas hinzugefügt wird, und alles lässt sich mit einem Schritt rückgängig machen.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Andere Datei wählen…</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>CSV-Datei wählen…</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>It holds</source>
        <translation>Sie enthält</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Dosen</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Was die Datei enthält</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Column with the dates</source>
        <translation>Spalte mit dem Datum</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>Geschrieben als</translation>
    </message>
    <message>
        <source>2026-03-31</source>
        <translation>2026-03-31</translation>
    </message>
    <message>
        <source>31/03/2026</source>
        <translation>31/03/2026</translation>
    </message>
    <message>
        <source>03/31/2026</source>
        <translation>03/31/2026</translation>
    </message>
    <message>
        <source>How the dates are written</source>
        <translation>Wie das Datum geschrieben ist</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <source>Column with the times (optional)</source>
        <translation>Spalte mit den Uhrzeiten (optional)</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Column naming the medicine</source>
        <translation>Spalte mit dem Medikament</translation>
    </message>
    <message>
        <source>Every row is</source>
        <translation>Jede Zeile ist</translation>
    </message>
    <message>
        <source>Medicine of every row</source>
        <translation>Medikament jeder Zeile</translation>
    </message>
    <message>
        <source>Dose in mg</source>
        <translation>Dosis in mg</translation>
    </message>
    <message>
        <source>Column with the doses in mg</source>
        <translation>Spalte mit den Dosen in mg</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Column with the symptoms</source>
        <translation>Spalte mit den Symptomen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Column with the severities</source>
        <translation>Spalte mit den Stärken</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of your diary that opens with your passphrase. Choose a folder (a memory card, a synced folder) and Waymark makes one each day it is opened, keeping the newest ones.</source>
        <translation>Eine Sicherung ist eine verschlüsselte Kopie deines Tagebuchs, die sich mit deiner Passphrase öffnen lässt. Wähle einen Ordner (eine Speicherkarte, einen synchronisierten Ordner), dann erstellt Waymark an jedem Tag, an dem es geöffnet wird, eine und behält die neuesten.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Automatic backups are off: no folder chosen.</source>
        <translation>Automatische Sicherungen sind aus: kein Ordner gewählt.</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Ordner ändern…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Aufzubewahrende Sicherungen</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Wie viele Sicherungen aufbewahrt werden</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Back up now to a file…</source>
        <translation>Jetzt in eine Datei sichern…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replaces your diary with a backup. The backup is checked first, and your diary as it is now is kept until you say the restored one is right.</source>
        <translation>Ersetzt dein Tagebuch durch eine Sicherung. Die Sicherung wird zuerst geprüft, und dein jetziges Tagebuch bleibt erhalten, bis du bestätigst, dass das wiederhergestellte stimmt.</translation>
    </message>
    <message>
        <source>The restored diary is right</source>
        <translation>Das wiederhergestellte Tagebuch stimmt</translation>
    </message>
    <message>
        <source>Put my previous diary back</source>
        <translation>Mein vorheriges Tagebuch zurückholen</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Sicherung wählen…</translation>
    </message>
    <message>
        <source>The passphrase the diary had when the backup was made</source>
        <translation>Die Passphrase, die das Tagebuch beim Erstellen der Sicherung hatte</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <source>Export the diary (not encrypted)</source>
        <translation>Tagebuch exportieren (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Folder for the CSV files (not encrypted)</source>
        <translation>Ordner für die CSV-Dateien (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>Spreadsheet saved as CSV</source>
        <translation>Als CSV gespeicherte Tabelle</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Ordner für automatische Sicherungen</translation>
    </message>
    <message>
        <source>Save an encrypted backup</source>
        <translation>Verschlüsselte Sicherung speichern</translation>
    </message>
    <message>
        <source>Waymark backup (*.wmk)</source>
        <translation>Waymark-Sicherung (*.wmk)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>Replace your diary with this backup?</source>
        <translation>Dein Tagebuch durch diese Sicherung ersetzen?</translation>
    </message>
    <message>
        <source>Your diary as it is now is kept beside it until you say the restored one is right. The diary closes and opens again with the backup&apos;s passphrase.</source>
        <translation>Dein jetziges Tagebuch bleibt daneben erhalten, bis du bestätigst, dass das wiederhergestellte stimmt. Das Tagebuch wird geschlossen und mit der Passphrase der Sicherung wieder geöffnet.</translation>
    </message>
    <message>
        <source>Replace with the backup</source>
        <translation>Durch die Sicherung ersetzen</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d</source>
        <translation>ddd, d.</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>MM-dd</source>
        <translation>dd.MM.</translation>
    </message>
</context>
<context>
    <name>DatePickerDialog</name>
    <message>
        <source>Go to a day</source>
        <translation>Zu einem Tag gehen</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
</context>
<context>
    <name>DayController</name>
    <message>
        <source>The diary is locked.</source>
        <translation>Das Tagebuch ist gesperrt.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1&#xa0;Tagen</translation>
    </message>
    <message>
        <source>In the future</source>
        <translation>In der Zukunft</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>absetzen</translation>
    </message>
    <message>
        <source>%1 a day: %2</source>
        <translation>%1 am Tag: %2</translation>
    </message>
    <message>
        <source>%1 in %2 doses</source>
        <translation>%1 in %2 Dosen</translation>
    </message>
    <message>
        <source>conflicting instructions</source>
        <translation>widersprüchliche Anweisungen</translation>
    </message>
    <message>
        <source>after the switch to diazepam</source>
        <translation>nach der Umstellung auf Diazepam</translation>
    </message>
    <message>
        <source>switch to diazepam, stage %1 of %2</source>
        <translation>Umstellung auf Diazepam, Stufe %1 von %2</translation>
    </message>
    <message>
        <source>plan step %1 of %2</source>
        <translation>Planschritt %1 von %2</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>0 mg (stop)</source>
        <translation>0&#xa0;mg (absetzen)</translation>
    </message>
    <message>
        <source>Back to the previous dose: </source>
        <translation>Zurück zur vorherigen Dosis: </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>two sources give different doses of this medicine today; end or archive one on the Plan page, or log what you took with Add dose</source>
        <translation>zwei Quellen geben heute verschiedene Dosen dieses Medikaments vor; beende oder archiviere eine auf der Seite „Plan“ oder trage mit „Dosis eintragen“ ein, was du genommen hast</translation>
    </message>
    <message>
        <source>the plan asks for no dose of this medicine on this day</source>
        <translation>der Plan sieht an diesem Tag keine Dosis dieses Medikaments vor</translation>
    </message>
    <message>
        <source>%1 is more than ten times the largest strength listed for this medicine; check the plan, and log it with Add dose if it is right</source>
        <translation>%1 ist mehr als das Zehnfache der größten für dieses Medikament gelisteten Stärke; prüfe den Plan und trage es mit „Dosis eintragen“ ein, wenn es stimmt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>extreme</source>
        <translation>extrem</translation>
    </message>
    <message>
        <source>there is no earlier dose of this medicine to repeat</source>
        <translation>es gibt keine frühere Dosis dieses Medikaments, die wiederholt werden könnte</translation>
    </message>
    <message>
        <source>choose the medicine you took</source>
        <translation>wähle das Medikament, das du genommen hast</translation>
    </message>
    <message>
        <source>%1 is more than ten times the largest strength listed for this medicine. Is this amount right?</source>
        <translation>%1 ist mehr als das Zehnfache der größten für dieses Medikament gelisteten Stärke. Stimmt diese Menge?</translation>
    </message>
    <message>
        <source>some symptoms are rated above none on this day; clear those ratings first if there were none</source>
        <translation>an diesem Tag sind Symptome höher als „keine“ bewertet; lösche diese Bewertungen zuerst, wenn es keine gab</translation>
    </message>
    <message>
        <source>the time of day is not valid: use HH:mm, e.g. 08:00</source>
        <translation>die Uhrzeit ist ungültig: nutze HH:mm, z. B. 08:00</translation>
    </message>
    <message>
        <source>the plan asks for no dose of this medicine at %1</source>
        <translation>der Plan sieht um %1 keine Dosis dieses Medikaments vor</translation>
    </message>
</context>
<context>
    <name>DoseCard</name>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>No medicines yet. Add the ones you take, then log each dose here with one tap.</source>
        <translation>Noch keine Medikamente. Füge die hinzu, die du nimmst, dann trägst du hier jede Dosis mit einem Tippen ein.</translation>
    </message>
    <message>
        <source>Add your medicines</source>
        <translation>Deine Medikamente hinzufügen</translation>
    </message>
    <message>
        <source>Add your medicines in Settings</source>
        <translation>Füge deine Medikamente in den Einstellungen hinzu</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <source>%1 · logged %2</source>
        <translation>%1 · eingetragen %2</translation>
    </message>
    <message>
        <source>✓ Logged</source>
        <translation>✓ Eingetragen</translation>
    </message>
    <message>
        <source>Take planned dose</source>
        <translation>Geplante Dosis nehmen</translation>
    </message>
    <message>
        <source>Took it</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <source>Took the planned dose of %1: %2</source>
        <translation>Geplante Dosis von %1 genommen: %2</translation>
    </message>
    <message>
        <source>Usual: %1</source>
        <translation>Üblich: %1</translation>
    </message>
    <message>
        <source>Took my usual dose</source>
        <translation>Übliche Dosis genommen</translation>
    </message>
    <message>
        <source>Took my usual dose of %1</source>
        <translation>Meine übliche Dosis von %1 genommen</translation>
    </message>
    <message>
        <source>Logged for this day</source>
        <translation>Für diesen Tag eingetragen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 entfernen</translation>
    </message>
    <message>
        <source>Add a dose…</source>
        <translation>Dosis eintragen…</translation>
    </message>
    <message>
        <source>Add a dose</source>
        <translation>Dosis eintragen</translation>
    </message>
    <message>
        <source>Planned: %1 a day</source>
        <translation>Geplant: %1 am Tag</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Took the %1 dose of %2: %3</source>
        <translation>Dosis um %1 von %2 genommen: %3</translation>
    </message>
</context>
<context>
    <name>DoseMaker</name>
    <message>
        <source>%1 mL of %2 mg/mL</source>
        <translation>%1&#xa0;mL von %2&#xa0;mg/mL</translation>
    </message>
    <message>
        <source>%1 bead (of %2) from a %3 mg capsule</source>
        <translation>%1 Kügelchen (von %2) aus einer %3-mg-Kapsel</translation>
    </message>
    <message>
        <source>%1 beads (of %2) from a %3 mg capsule</source>
        <translation>%1 Kügelchen (von %2) aus einer %3-mg-Kapsel</translation>
    </message>
    <message>
        <source> capsule</source>
        <translation> Kapsel</translation>
    </message>
    <message>
        <source> MR</source>
        <translation> retard</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>absetzen</translation>
    </message>
</context>
<context>
    <name>DoseTimes</name>
    <message>
        <source>morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>Nachmittag</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <source>night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>%1 dose %2 mg → stop</source>
        <translation>Dosis %1: %2&#xa0;mg → Ende</translation>
    </message>
    <message>
        <source>%1 dose %2 → %3 mg</source>
        <translation>Dosis %1: %2 → %3&#xa0;mg</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>; %1 unchanged</source>
        <translation>; %1 unverändert</translation>
    </message>
    <message>
        <source>%1 dose %2 mg → %3 mg diazepam</source>
        <translation>Dosis %1: %2&#xa0;mg → %3&#xa0;mg Diazepam</translation>
    </message>
    <message>
        <source>; %1 already diazepam</source>
        <translation>; %1 schon Diazepam</translation>
    </message>
</context>
<context>
    <name>DoseTimesView</name>
    <message>
        <source>Doses across the day</source>
        <translation>Dosen über den Tag</translation>
    </message>
    <message>
        <source>Step %1, %2: %3. %4</source>
        <translation>Schritt %1, %2: %3. %4</translation>
    </message>
    <message>
        <source>Step %1 · %2 · %3 a day</source>
        <translation>Schritt %1 · %2 · %3 am Tag</translation>
    </message>
    <message>
        <source> · now</source>
        <translation> · jetzt</translation>
    </message>
</context>
<context>
    <name>DrugClass</name>
    <message>
        <source>SSRI</source>
        <translation>SSRI</translation>
    </message>
    <message>
        <source>SNRI</source>
        <translation>SNRI</translation>
    </message>
    <message>
        <source>multimodal</source>
        <translation>multimodal</translation>
    </message>
    <message>
        <source>benzodiazepine</source>
        <translation>Benzodiazepin</translation>
    </message>
    <message>
        <source>z-drug</source>
        <translation>Z-Substanz</translation>
    </message>
</context>
<context>
    <name>DrugEditor</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Edit (%1 forms)</source>
        <translation>Ändern (%1)</translation>
    </message>
    <message>
        <source>Dose, forms and model of %1</source>
        <translation>Dosis, Formen und Modell von %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source> · hidden</source>
        <translation> · ausgeblendet</translation>
    </message>
    <message>
        <source>Dose you take now (mg a day)</source>
        <translation>Jetzige Dosis (mg am Tag)</translation>
    </message>
    <message>
        <source>Dose of %1 you take now, mg a day</source>
        <translation>Jetzige Dosis von %1, mg am Tag</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Forms you have</source>
        <translation>Formen, die du hast</translation>
    </message>
    <message>
        <source> (hidden: not used in plans)</source>
        <translation> (ausgeblendet: in Plänen nicht verwendet)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <source>Also made as (product labelling, S5):</source>
        <translation>Auch erhältlich als (Fachinformation, S5):</translation>
    </message>
    <message>
        <source>+ %1 (syringe 0.1 mL)</source>
        <translation>+ %1 (Spritze 0,1&#xa0;mL)</translation>
    </message>
    <message>
        <source>Modelled effect on the serotonin transporter</source>
        <translation>Modellierte Wirkung auf den Serotonin­transporter</translation>
    </message>
    <message>
        <source>Emax (%)</source>
        <translation>Emax (%)</translation>
    </message>
    <message>
        <source>Maximum occupancy, Emax, in percent</source>
        <translation>Maximale Belegung, Emax, in Prozent</translation>
    </message>
    <message>
        <source>ED50 (mg)</source>
        <translation>ED50 (mg)</translation>
    </message>
    <message>
        <source>Dose giving half the maximum occupancy, ED50, in mg</source>
        <translation>Dosis mit der halben maximalen Belegung, ED50, in mg</translation>
    </message>
    <message>
        <source>Use my values</source>
        <translation>Meine Werte verwenden</translation>
    </message>
    <message>
        <source>Back to S1&apos;s values</source>
        <translation>Zurück zu den Werten aus S1</translation>
    </message>
    <message>
        <source>Times of day you take it</source>
        <translation>Uhrzeiten, zu denen du es nimmst</translation>
    </message>
    <message>
        <source>With several times, Today offers each one to log and a plan can cut one time at a time. None: one usual dose a day.</source>
        <translation>Bei mehreren Uhrzeiten bietet „Heute“ jede einzeln zum Eintragen an, und ein Plan kann eine Uhrzeit nach der anderen senken. Keine: eine übliche Dosis am Tag.</translation>
    </message>
    <message>
        <source>Time of dose %1 of %2</source>
        <translation>Uhrzeit der Dosis %1 von %2</translation>
    </message>
    <message>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <source>mg of %1 at dose %2</source>
        <translation>mg von %1 bei Dosis %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove dose time %1</source>
        <translation>Uhrzeit %1 entfernen</translation>
    </message>
    <message>
        <source>+ Add a time</source>
        <translation>+ Uhrzeit hinzufügen</translation>
    </message>
    <message>
        <source>Save times</source>
        <translation>Uhrzeiten speichern</translation>
    </message>
</context>
<context>
    <name>DrugListModel</name>
    <message>
        <source>Dose you take now: not said yet</source>
        <translation>Jetzige Dosis: noch nicht angegeben</translation>
    </message>
    <message>
        <source>Dose you take now: %1 mg a day (logged on %2)</source>
        <translation>Jetzige Dosis: %1&#xa0;mg am Tag (eingetragen am %2)</translation>
    </message>
    <message>
        <source>You said on %1 that you do not take it now</source>
        <translation>Du hast am %1 angegeben, dass du es jetzt nicht nimmst</translation>
    </message>
    <message>
        <source>Dose you take now: %1 mg a day (you said on %2)</source>
        <translation>Jetzige Dosis: %1&#xa0;mg am Tag (angegeben am %2)</translation>
    </message>
    <message>
        <source>From S1: Emax %1 %, ED50 %2 mg</source>
        <translation>Aus S1: Emax %1&#xa0;%, ED50 %2&#xa0;mg</translation>
    </message>
    <message>
        <source>Splitting: %1 (S5).</source>
        <translation>Teilen: %1 (S5).</translation>
    </message>
    <message>
        <source>Times of day: none given (one usual dose a day)</source>
        <translation>Uhrzeiten: keine angegeben (eine übliche Dosis am Tag)</translation>
    </message>
    <message>
        <source>%1 %2 mg</source>
        <translation>%1 %2&#xa0;mg</translation>
    </message>
    <message>
        <source>Times of day: %1</source>
        <translation>Uhrzeiten: %1</translation>
    </message>
    <message>
        <source>at most %1 dose times a day</source>
        <translation>höchstens %1 Uhrzeiten am Tag</translation>
    </message>
    <message>
        <source>dose time %1: type the time of day, e.g. 08:00</source>
        <translation>Uhrzeit %1: gib die Uhrzeit ein, z. B. 08:00</translation>
    </message>
    <message>
        <source>dose time %1 (%2): type the mg taken then</source>
        <translation>Uhrzeit %1 (%2): gib die mg ein, die du dann nimmst</translation>
    </message>
    <message>
        <source>dose time %1: %2</source>
        <translation>Uhrzeit %1: %2</translation>
    </message>
    <message>
        <source>dose time %1: the amount must be above 0 mg (remove the time instead)</source>
        <translation>Uhrzeit %1: die Menge muss über 0&#xa0;mg liegen (entferne sonst die Uhrzeit)</translation>
    </message>
    <message>
        <source>No times: one usual dose a day.</source>
        <translation>Keine Uhrzeiten: eine übliche Dosis am Tag.</translation>
    </message>
    <message>
        <source>%1 mg a day, at one time.</source>
        <translation>%1&#xa0;mg am Tag, zu einer Uhrzeit.</translation>
    </message>
    <message>
        <source>Adds up to %1 mg a day at %2 times.</source>
        <translation>Zusammen %1&#xa0;mg am Tag zu %2 Uhrzeiten.</translation>
    </message>
</context>
<context>
    <name>DrugNote</name>
    <message>
        <source>One secondary source gives citalopram an ED50 near 3.4 mg instead of 2.33 (S1 provenance, see the sources); with 3.4 mg the modelled occupancy at 20 mg is 71.8 % instead of 75.2 %.</source>
        <translation>Eine Sekundärquelle gibt für Citalopram eine ED50 von etwa 3,4&#xa0;mg statt 2,33 an (Herkunft von S1, siehe die Quellen); mit 3,4&#xa0;mg liegt die modellierte Belegung bei 20&#xa0;mg bei 71,8&#xa0;% statt 75,2&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>drug: no such drug in this diary</source>
        <translation>drug: Dieses Medikament gibt es in diesem Tagebuch nicht</translation>
    </message>
    <message>
        <source>use 1 to 50 points</source>
        <translation>nimm 1 bis 50&#xa0;Punkte</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>gib %1 ein</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the demo diary.</source>
        <translation>Für das Demo-Tagebuch lässt sich kein temporärer Ordner anlegen.</translation>
    </message>
    <message>
        <source>Cannot write a file in %1: %2. Nothing was changed.</source>
        <translation>In %1 lässt sich keine Datei schreiben: %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The disk did not confirm that %1 was saved (%2).</source>
        <translation>Der Datenträger hat nicht bestätigt, dass %1 gespeichert wurde (%2).</translation>
    </message>
    <message>
        <source>Could not %1: the disk is full. Free some space and try again; the diary still holds everything saved before.</source>
        <translation>Konnte nicht %1: Der Datenträger ist voll. Schaffe etwas Platz und versuche es noch einmal; das Tagebuch enthält weiterhin alles, was vorher gespeichert war.</translation>
    </message>
    <message>
        <source>Could not %1: the diary file is damaged (%2). Restore it from a backup.</source>
        <translation>Konnte nicht %1: Die Tagebuchdatei ist beschädigt (%2). Stelle sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Konnte nicht %1: %2</translation>
    </message>
    <message>
        <source>Could not %1: the diary is busy (Waymark or waymark-cli is using it). Try again in a moment; nothing was changed.</source>
        <translation>Konnte nicht %1: Das Tagebuch ist gerade in Benutzung (durch Waymark oder waymark-cli). Versuche es gleich noch einmal; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Waymark will not start: the SQLite library it is linked to is not SQLCipher, so a diary would not be encrypted. Reinstall Waymark with SQLCipher.</source>
        <translation>Waymark startet nicht: Die eingebundene SQLite-Bibliothek ist nicht SQLCipher, ein Tagebuch wäre also nicht verschlüsselt. Installiere Waymark mit SQLCipher neu.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a diary file. Give the path of the diary file itself.</source>
        <translation>%1 ist ein Ordner, keine Tagebuchdatei. Gib den Pfad der Tagebuchdatei selbst an.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied. Check who owns the file and its permissions.</source>
        <translation>%1 lässt sich nicht lesen: Zugriff verweigert. Prüfe, wem die Datei gehört und welche Rechte sie hat.</translation>
    </message>
    <message>
        <source>%1 is %2, not a diary file. Give the path of the diary file itself.</source>
        <translation>%1 ist %2, keine Tagebuchdatei. Gib den Pfad der Tagebuchdatei selbst an.</translation>
    </message>
    <message>
        <source>There is no diary at %1. Check the path, or create a diary first.</source>
        <translation>Unter %1 gibt es kein Tagebuch. Prüfe den Pfad oder lege zuerst ein Tagebuch an.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Waymark diary.</source>
        <translation>%1 ist eine leere Datei, kein Waymark-Tagebuch.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Waymark diary.</source>
        <translation>%1 ist eine unverschlüsselte SQLite-Datenbank, kein Waymark-Tagebuch.</translation>
    </message>
    <message>
        <source>%1 is damaged: its length is not that of a whole diary (it may have been cut short while copying). Restore it from a backup.</source>
        <translation>%1 ist beschädigt: Die Länge entspricht keinem vollständigen Tagebuch (vielleicht wurde die Datei beim Kopieren abgeschnitten). Stelle sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not a Waymark diary.</source>
        <translation>%1 ist eine verschlüsselte Datenbank, aber kein Waymark-Tagebuch.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The diary could not be keyed (SQLCipher error %1).</source>
        <translation>Das Tagebuch ließ sich nicht mit dem Schlüssel öffnen (SQLCipher-Fehler %1).</translation>
    </message>
    <message>
        <source>That passphrase does not open this diary: wrong passphrase, or the start of the file is damaged. Check the passphrase and try again; if you are sure of it, restore the diary from a backup.</source>
        <translation>Diese Passphrase öffnet dieses Tagebuch nicht: falsche Passphrase, oder der Anfang der Datei ist beschädigt. Prüfe die Passphrase und versuche es noch einmal; wenn du dir sicher bist, stelle das Tagebuch aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is damaged. Restore it from a backup.</source>
        <translation>%1 ist beschädigt. Stelle es aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close it there and try again.</source>
        <translation>%1 wird von einem anderen Programm benutzt. Schließe es dort und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>The diary was changed by another program (its passphrase was changed). Lock the diary and open it again; nothing was saved.</source>
        <translation>Das Tagebuch wurde von einem anderen Programm geändert (seine Passphrase wurde geändert). Sperre das Tagebuch und öffne es erneut; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The re-encrypted copy did not verify; nothing was changed.</source>
        <translation>Die neu verschlüsselte Kopie hat die Prüfung nicht bestanden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Another program wrote to the diary during the passphrase change. Nothing was changed; try again.</source>
        <translation>Ein anderes Programm hat während der Änderung der Passphrase in das Tagebuch geschrieben. Nichts wurde geändert; versuche es noch einmal.</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>the demo needs a new, empty diary; choose another file</source>
        <translation>die Demo braucht ein neues, leeres Tagebuch; wähle eine andere Datei</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name (an existing diary is never overwritten).</source>
        <translation>%1 gibt es schon; wähle einen anderen Dateinamen (ein vorhandenes Tagebuch wird nie überschrieben).</translation>
    </message>
    <message>
        <source>The diary was opened read-only.</source>
        <translation>Das Tagebuch wurde nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>drug: this diary already has a drug of that name</source>
        <translation>drug: Dieses Tagebuch hat schon ein Medikament mit diesem Namen</translation>
    </message>
    <message>
        <source>drug: not in the built-in library; give its class (e.g. SSRI, benzodiazepine) to add it as your own drug</source>
        <translation>drug: nicht in der eingebauten Bibliothek; gib seine Klasse an (z. B. SSRI, Benzodiazepin), um es als eigenes Medikament hinzuzufügen</translation>
    </message>
    <message>
        <source>give both Emax and ED50, or neither to go back to the library&apos;s values</source>
        <translation>gib Emax und ED50 beide an, oder keinen von beiden, um zu den Werten der Bibliothek zurückzukehren</translation>
    </message>
    <message>
        <source>Emax is a percentage between 1 and 110</source>
        <translation>Emax ist ein Prozentwert zwischen 1 und 110</translation>
    </message>
    <message>
        <source>ED50 is a dose in mg above 0 and at most 1000</source>
        <translation>ED50 ist eine Dosis in mg über 0 und höchstens 1000</translation>
    </message>
    <message>
        <source>the syringe step must be between 0.01 and 10 mL</source>
        <translation>der Spritzenschritt muss zwischen 0,01 und 10&#xa0;mL liegen</translation>
    </message>
    <message>
        <source>a tablet can be whole only (1), halved (2) or quartered (4)</source>
        <translation>eine Tablette kann nur ganz (1), halbiert (2) oder geviertelt (4) sein</translation>
    </message>
    <message>
        <source>modified-release forms must never be split</source>
        <translation>Formen mit veränderter Freisetzung dürfen nie geteilt werden</translation>
    </message>
    <message>
        <source>capsules cannot be split; count beads instead</source>
        <translation>Kapseln lassen sich nicht teilen; zähle stattdessen Kügelchen</translation>
    </message>
    <message>
        <source>beads per capsule must be between 2 and 10000</source>
        <translation>die Kügelchen pro Kapsel müssen zwischen 2 und 10000 liegen</translation>
    </message>
    <message>
        <source>a valid date is needed</source>
        <translation>ein gültiges Datum wird gebraucht</translation>
    </message>
    <message>
        <source>%1 mg is more than 10 times the largest strength listed for this drug (%2 mg); check the amount, and confirm it if it is right</source>
        <translation>%1&#xa0;mg ist mehr als das Zehnfache der größten für dieses Medikament aufgeführten Stärke (%2&#xa0;mg); prüfe die Menge und bestätige sie, wenn sie stimmt</translation>
    </message>
    <message>
        <source>that formulation does not belong to this drug</source>
        <translation>diese Form gehört nicht zu diesem Medikament</translation>
    </message>
    <message>
        <source>dose: no such dose entry</source>
        <translation>dose: Diesen Doseneintrag gibt es nicht</translation>
    </message>
    <message>
        <source>a dose must be more than 0 mg</source>
        <translation>eine Dosis muss mehr als 0&#xa0;mg sein</translation>
    </message>
    <message>
        <source>symptom: there is already a symptom with that name</source>
        <translation>symptom: Es gibt schon ein Symptom mit diesem Namen</translation>
    </message>
    <message>
        <source>this day has no note to mark for your prescriber; write the note first</source>
        <translation>dieser Tag hat keine Notiz, die du für deine Ärztin / deinen Arzt markieren kannst; schreib zuerst die Notiz</translation>
    </message>
    <message>
        <source>plan: no such plan</source>
        <translation>plan: Diesen Plan gibt es nicht</translation>
    </message>
    <message>
        <source>A stored plan cannot be read.</source>
        <translation>Ein gespeicherter Plan lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>plan: this drug is being switched to diazepam (switch %1); a plan for it would overlap the switch. End or archive the switch first</source>
        <translation>plan: Dieses Medikament wird gerade auf Diazepam umgestellt (Umstellung %1); ein Plan dafür würde sich mit der Umstellung überschneiden. Beende oder archiviere zuerst die Umstellung</translation>
    </message>
    <message>
        <source>switch %1 gives diazepam until %2; a diazepam plan starts on %3 or later (or end the switch first)</source>
        <translation>Umstellung %1 gibt Diazepam bis %2; ein Diazepam-Plan beginnt am %3 oder später (oder beende zuerst die Umstellung)</translation>
    </message>
    <message>
        <source>switch %1 ends at %2 mg diazepam; a diazepam plan after it starts from %2 mg (or end the switch first)</source>
        <translation>Umstellung %1 endet bei %2&#xa0;mg Diazepam; ein Diazepam-Plan danach beginnt bei %2&#xa0;mg (oder beende zuerst die Umstellung)</translation>
    </message>
    <message>
        <source>plan: this drug already has an active plan; adjust it, or archive it first</source>
        <translation>plan: Dieses Medikament hat schon einen aktiven Plan; passe ihn an oder archiviere ihn zuerst</translation>
    </message>
    <message>
        <source>plan: no such active plan</source>
        <translation>plan: Diesen aktiven Plan gibt es nicht</translation>
    </message>
    <message>
        <source>give the plan&apos;s last day</source>
        <translation>gib den letzten Tag des Plans an</translation>
    </message>
    <message>
        <source>A stored switch cannot be read.</source>
        <translation>Eine gespeicherte Umstellung lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>no equivalence table lists this drug</source>
        <translation>keine Äquivalenztabelle führt dieses Medikament</translation>
    </message>
    <message>
        <source>add the tablets, capsules or liquid of this drug that you have first: each stage&apos;s dose is made from them</source>
        <translation>füge zuerst die Tabletten, Kapseln oder Flüssigkeit dieses Medikaments hinzu, die du hast: Die Dosis jeder Stufe wird daraus zusammengestellt</translation>
    </message>
    <message>
        <source>a switch to diazepam is recorded only after you confirm that your prescriber agreed to it</source>
        <translation>eine Umstellung auf Diazepam wird erst eingetragen, wenn du bestätigst, dass deine Ärztin / dein Arzt zugestimmt hat</translation>
    </message>
    <message>
        <source>switch: switch %1 to diazepam is still active; end or archive it before recording another</source>
        <translation>switch: Umstellung %1 auf Diazepam ist noch aktiv; beende oder archiviere sie, bevor du eine weitere einträgst</translation>
    </message>
    <message>
        <source>plans: %1 would overlap the switch; end it (its last day becomes the day before the switch starts) or archive it, then record the switch</source>
        <translation>plans: %1 würde sich mit der Umstellung überschneiden; beende ihn (sein letzter Tag wird der Tag vor Beginn der Umstellung) oder archiviere ihn, dann trag die Umstellung ein</translation>
    </message>
    <message>
        <source>The switch was not stored.</source>
        <translation>Die Umstellung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>A stored switch names a drug the library no longer has.</source>
        <translation>Eine gespeicherte Umstellung nennt ein Medikament, das die Bibliothek nicht mehr hat.</translation>
    </message>
    <message>
        <source>give the switch&apos;s last day</source>
        <translation>gib den letzten Tag der Umstellung an</translation>
    </message>
    <message>
        <source>switch: no such active switch</source>
        <translation>switch: Diese aktive Umstellung gibt es nicht</translation>
    </message>
    <message>
        <source>switch: no such switch, or already archived</source>
        <translation>switch: Diese Umstellung gibt es nicht, oder sie ist schon archiviert</translation>
    </message>
    <message>
        <source>symptom: no symptom with that key; list the keys with `waymark-cli symptoms`</source>
        <translation>symptom: Kein Symptom mit diesem Schlüssel; die Schlüssel listet `waymark-cli symptoms` auf</translation>
    </message>
    <message>
        <source>switch: no such switch</source>
        <translation>switch: Diese Umstellung gibt es nicht</translation>
    </message>
    <message>
        <source>Could not %1: %2. The diary is as it was.</source>
        <translation>Konnte nicht %1: %2. Das Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. A backup keeps the passphrase the diary had when it was made: type that one. Nothing was changed.</source>
        <translation>Diese Passphrase öffnet diese Sicherung nicht. Eine Sicherung behält die Passphrase, die das Tagebuch beim Erstellen hatte: Gib diese ein. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Waymark (format %1; this version reads up to %2). Update Waymark to restore it. Nothing was changed.</source>
        <translation>Diese Sicherung wurde mit einer neueren Version von Waymark erstellt (Format %1; diese Version liest bis %2). Aktualisiere Waymark, um sie wiederherzustellen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This file holds no diary. Nothing was changed.</source>
        <translation>Diese Datei enthält kein Tagebuch. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This backup is damaged (%1), so it was not restored. Try an older backup. Nothing was changed.</source>
        <translation>Diese Sicherung ist beschädigt (%1) und wurde daher nicht wiederhergestellt. Versuche eine ältere Sicherung. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This backup is damaged (a page failed its authentication check), so it was not restored. Try an older backup. Nothing was changed.</source>
        <translation>Diese Sicherung ist beschädigt (eine Seite hat die Echtheitsprüfung nicht bestanden) und wurde daher nicht wiederhergestellt. Versuche eine ältere Sicherung. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not copy the backup beside the diary (is the disk full?). Nothing was changed.</source>
        <translation>Die Sicherung ließ sich nicht neben das Tagebuch kopieren (ist der Datenträger voll?). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>That is not a diary kept by a restore.</source>
        <translation>Das ist kein Tagebuch, das bei einer Wiederherstellung aufbewahrt wurde.</translation>
    </message>
    <message>
        <source>Could not delete %1; delete it yourself when you are sure.</source>
        <translation>%1 ließ sich nicht löschen; lösche es selbst, wenn du dir sicher bist.</translation>
    </message>
    <message>
        <source>There is no diary kept by a restore to put back.</source>
        <translation>Es gibt kein bei einer Wiederherstellung aufbewahrtes Tagebuch, das zurückgeholt werden könnte.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file %2. Fix the file (or save it again from the spreadsheet as CSV UTF-8) and try again; nothing was imported.</source>
        <translation>Zeile %1 der CSV-Datei %2. Korrigiere die Datei (oder speichere sie aus der Tabellenkalkulation erneut als CSV UTF-8) und versuche es noch einmal; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 ließ sich nicht anlegen.</translation>
    </message>
    <message>
        <source>A whole-diary export can only be imported into a new, empty diary; this one already has entries. Import it as a new diary.</source>
        <translation>Ein Export des ganzen Tagebuchs lässt sich nur in ein neues, leeres Tagebuch importieren; dieses hat schon Einträge. Importiere ihn als neues Tagebuch.</translation>
    </message>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation>Die Tabelle %1 hat keine Spalte %2.</translation>
    </message>
    <message>
        <source>A row of %1 refers to a row of %2 that is not in the file.</source>
        <translation>Eine Zeile von %1 verweist auf eine Zeile von %2, die nicht in der Datei ist.</translation>
    </message>
    <message>
        <source>A backup cannot be made in the middle of a change; try again.</source>
        <translation>Mitten in einer Änderung lässt sich keine Sicherung erstellen; versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Cannot write a backup in %1: %2</source>
        <translation>In %1 lässt sich keine Sicherung schreiben: %2</translation>
    </message>
    <message>
        <source>Could not save the backup as %1: %2</source>
        <translation>Die Sicherung ließ sich nicht als %1 speichern: %2</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1 %2. Nothing was created.</source>
        <translation>Diese Datei lässt sich nicht importieren: %1 %2. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>This file is %1 MB; Waymark imports files of up to %2 MB. Check that it is the file you meant (a diary export of ten years is a few MB). Nothing was imported.</source>
        <translation>Diese Datei hat %1 MB; Waymark importiert Dateien bis %2 MB. Prüfe, ob es die gemeinte Datei ist (ein Tagebuchexport über zehn Jahre hat einige MB). Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This file is too large to be a Waymark export (over %1 MB). Nothing was created.</source>
        <translation>Diese Datei ist zu groß für einen Waymark-Export (über %1 MB). Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>This file is not valid JSON (%1 at character %2): it may be cut short or not a Waymark export. Nothing was created.</source>
        <translation>Diese Datei ist kein gültiges JSON (%1 bei Zeichen %2): Vielleicht ist sie abgeschnitten oder kein Waymark-Export. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>This JSON file is not a Waymark diary export (it has no &quot;format&quot;: &quot;%1&quot;). Nothing was created.</source>
        <translation>Diese JSON-Datei ist kein Waymark-Tagebuchexport (sie hat kein &quot;format&quot;: &quot;%1&quot;). Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>This export was made by a newer version of Waymark (diary format %1; this version reads up to %2). Update Waymark to import it. Nothing was created.</source>
        <translation>Dieser Export wurde mit einer neueren Version von Waymark erstellt (Tagebuchformat %1; diese Version liest bis %2). Aktualisiere Waymark, um ihn zu importieren. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>%1 already exists; an import makes a new diary and never replaces a file. Choose another name.</source>
        <translation>%1 gibt es schon; ein Import legt ein neues Tagebuch an und ersetzt nie eine Datei. Wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation>Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Could not save the new diary as %1: %2</source>
        <translation>Das neue Tagebuch ließ sich nicht als %1 speichern: %2</translation>
    </message>
    <message>
        <source>keep between 1 and %1 backups</source>
        <translation>bewahre zwischen 1 und %1 Sicherungen auf</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; choose one that does</source>
        <translation>den Ordner %1 gibt es nicht; wähle einen vorhandenen</translation>
    </message>
    <message>
        <source>The backup folder %1 is not there any more (a removed card or drive?). Choose it again in Settings › Your data.</source>
        <translation>Den Sicherungsordner %1 gibt es nicht mehr (eine entfernte Karte oder ein entferntes Laufwerk?). Wähle ihn in Einstellungen › Deine Daten erneut.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written there; check the folder and the free space.</source>
        <translation>%1 ließ sich nicht schreiben: %2. Dort wurde nichts geschrieben; prüfe den Ordner und den freien Platz.</translation>
    </message>
    <message>
        <source>This diary was made by a newer version of Waymark (format %1; this version reads up to %2). Update Waymark to open it; the file was not changed.</source>
        <translation>Dieses Tagebuch wurde mit einer neueren Version von Waymark erstellt (Format %1; diese Version liest bis %2). Aktualisiere Waymark, um es zu öffnen; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>the margin is 0 to 100 %</source>
        <translation>der Aufschlag liegt zwischen 0 und 100&#xa0;%</translation>
    </message>
    <message>
        <source>this drug is listed in %1 only</source>
        <translation>dieses Medikament steht nur in %1</translation>
    </message>
    <message>
        <source>the drug is already diazepam</source>
        <translation>das Medikament ist schon Diazepam</translation>
    </message>
    <message>
        <source>the current dose must be more than 0 mg</source>
        <translation>die jetzige Dosis muss mehr als 0&#xa0;mg sein</translation>
    </message>
    <message>
        <source>one stage would mean switching all at once on the first day; use 2 to 12 stages</source>
        <translation>eine Stufe hieße, am ersten Tag alles auf einmal umzustellen; nimm 2 bis 12 Stufen</translation>
    </message>
    <message>
        <source>use 2 to 12 stages</source>
        <translation>nimm 2 bis 12 Stufen</translation>
    </message>
    <message>
        <source>each stage lasts 1 to 90 days</source>
        <translation>jede Stufe dauert 1 bis 90&#xa0;Tage</translation>
    </message>
    <message>
        <source>a start date is needed</source>
        <translation>ein Startdatum wird gebraucht</translation>
    </message>
    <message>
        <source>%1 mg equals %2 mg diazepam (%3), less than the smallest diazepam dose the forms make</source>
        <translation>%1&#xa0;mg entsprechen %2&#xa0;mg Diazepam (%3), weniger als die kleinste Diazepam-Dosis, die die Formen herstellen</translation>
    </message>
    <message>
        <source>%1 mg diazepam (%2) needs more than %3 tablets a dose with %4; Waymark makes doses of at most %3 tablets, so it cannot schedule this switch (ask your prescriber)</source>
        <translation>%1&#xa0;mg Diazepam (%2) braucht mit %4 mehr als %3 Tabletten pro Dosis; Waymark stellt Dosen aus höchstens %3 Tabletten zusammen und kann diese Umstellung daher nicht planen (frag deine Ärztin / deinen Arzt)</translation>
    </message>
    <message>
        <source>with %1 the dose of %2 mg cannot be replaced in stages (each stage must cut it to a dose these forms make); %3</source>
        <translation>mit %1 lässt sich die Dosis von %2&#xa0;mg nicht in Stufen ersetzen (jede Stufe muss sie auf eine Dosis senken, die diese Formen herstellen); %3</translation>
    </message>
    <message>
        <source>with %1, %2 mg can be replaced in at most %3 stages (each stage must cut it to a dose these forms make); use %3 stages or fewer, or %4</source>
        <translation>mit %1 lassen sich %2&#xa0;mg in höchstens %3 Stufen ersetzen (jede Stufe muss sie auf eine Dosis senken, die diese Formen herstellen); nimm %3 Stufen oder weniger, oder %4</translation>
    </message>
    <message>
        <source>with %1 dose times a day the switch has %1 stages, each replacing one dose time; use %1 stages (or clear the dose times in Settings › Medicines to choose another number)</source>
        <translation>mit %1 Einnahmezeiten am Tag hat die Umstellung %1 Stufen, von denen jede eine Einnahmezeit ersetzt; nimm %1 Stufen (oder lösche die Einnahmezeiten in Einstellungen › Medikamente, um eine andere Zahl zu wählen)</translation>
    </message>
    <message>
        <source>no forms of the drug were given</source>
        <translation>es wurden keine Formen des Medikaments angegeben</translation>
    </message>
    <message>
        <source>%1 mg at %2 cannot be made from %3; change the amount at that time or add a form</source>
        <translation>%1&#xa0;mg um %2 lassen sich nicht aus %3 herstellen; ändere die Menge zu dieser Zeit oder füge eine Form hinzu</translation>
    </message>
    <message>
        <source>%1 mg at %2 equals %3 mg diazepam (%4), less than the smallest diazepam dose the forms make; diazepam as a 2 mg/5 mL liquid (0.4 mg/mL) would allow it (add diazepam to the diary with that liquid among its forms)</source>
        <translation>%1&#xa0;mg um %2 entsprechen %3&#xa0;mg Diazepam (%4), weniger als die kleinste Diazepam-Dosis, die die Formen herstellen; Diazepam als Flüssigkeit mit 2&#xa0;mg/5&#xa0;mL (0,4&#xa0;mg/mL) würde es ermöglichen (füge Diazepam mit dieser Flüssigkeit unter seinen Formen zum Tagebuch hinzu)</translation>
    </message>
    <message>
        <source>must be between 1 and 6</source>
        <translation>muss zwischen 1 und 6 liegen</translation>
    </message>
    <message>
        <source>a liquid needs a concentration above 0 mg/mL</source>
        <translation>eine Flüssigkeit braucht eine Konzentration über 0&#xa0;mg/mL</translation>
    </message>
    <message>
        <source>the syringe step must be between 0.001 and 100 mL</source>
        <translation>der Spritzenschritt muss zwischen 0,001 und 100&#xa0;mL liegen</translation>
    </message>
    <message>
        <source>a tablet or capsule needs a strength above 0 mg</source>
        <translation>eine Tablette oder Kapsel braucht eine Stärke über 0&#xa0;mg</translation>
    </message>
    <message>
        <source>beads per capsule must be between 2 and 5000</source>
        <translation>die Kügelchen pro Kapsel müssen zwischen 2 und 5000 liegen</translation>
    </message>
    <message>
        <source>add at least one tablet, capsule or liquid the person has</source>
        <translation>füge mindestens eine Tablette, Kapsel oder Flüssigkeit hinzu, die du hast</translation>
    </message>
    <message>
        <source>the dose must be 0 mg or more</source>
        <translation>die Dosis muss 0&#xa0;mg oder mehr sein</translation>
    </message>
    <message>
        <source>the date the step began is missing</source>
        <translation>das Datum, an dem der Schritt begann, fehlt</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>das Datum fehlt</translation>
    </message>
    <message>
        <source>windows need at least 1 day and no more rated days than they have days</source>
        <translation>Zeitfenster brauchen mindestens 1&#xa0;Tag und nicht mehr bewertete Tage, als sie Tage haben</translation>
    </message>
    <message>
        <source>the ratio must be 1 or more and the increase 0 or more</source>
        <translation>das Verhältnis muss 1 oder mehr sein und der Anstieg 0 oder mehr</translation>
    </message>
    <message>
        <source>the plan has not started yet</source>
        <translation>der Plan hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>%1 % is at or above the model&apos;s maximum of %2 %; no dose reaches it</source>
        <translation>%1&#xa0;% liegt auf oder über dem Maximum des Modells von %2&#xa0;%; keine Dosis erreicht das</translation>
    </message>
    <message>
        <source>a hold can only be released on or after the day it began (%1)</source>
        <translation>ein Halten lässt sich erst an oder nach dem Tag beenden, an dem es begann (%1)</translation>
    </message>
    <message>
        <source>the plan is not held until released</source>
        <translation>der Plan wird nicht bis zur Freigabe gehalten</translation>
    </message>
    <message>
        <source>A stored plan cannot be read (%1).</source>
        <translation>Ein gespeicherter Plan lässt sich nicht lesen (%1).</translation>
    </message>
    <message>
        <source>the step interval must be at least 1 day (got %1)</source>
        <translation>der Abstand der Schritte muss mindestens 1&#xa0;Tag sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>the step interval must be at most %1 days</source>
        <translation>der Abstand der Schritte darf höchstens %1&#xa0;Tage sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>the step must be more than 0 mg</source>
        <translation>der Schritt muss mehr als 0&#xa0;mg sein</translation>
    </message>
    <message>
        <source>the step (%1) must be smaller than the dose it starts from (%2)</source>
        <translation>der Schritt (%1) muss kleiner sein als die Dosis, von der er ausgeht (%2)</translation>
    </message>
    <message>
        <source>the percentage must be between 0 and 100 (got %1)</source>
        <translation>der Prozentsatz muss zwischen 0 und 100 liegen (angegeben: %1)</translation>
    </message>
    <message>
        <source>the occupancy drop must be more than 0 points</source>
        <translation>die Senkung der Belegung muss mehr als 0&#xa0;Punkte sein</translation>
    </message>
    <message>
        <source>the occupancy drop (%1 points) must be below the occupancy at %2 (%3 %)</source>
        <translation>die Senkung der Belegung (%1&#xa0;Punkte) muss unter der Belegung bei %2 liegen (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>a custom plan needs at least one dose with a date</source>
        <translation>ein eigener Plan braucht mindestens eine Dosis mit Datum</translation>
    </message>
    <message>
        <source>the date is missing or not a date</source>
        <translation>das Datum fehlt oder ist kein Datum</translation>
    </message>
    <message>
        <source>the first dose must be more than 0 mg</source>
        <translation>die erste Dosis muss mehr als 0&#xa0;mg sein</translation>
    </message>
    <message>
        <source>dates must follow each other (%1 is not after %2)</source>
        <translation>die Daten müssen aufeinander folgen (%1 liegt nicht nach %2)</translation>
    </message>
    <message>
        <source>the schedule never goes up (%1 after %2)</source>
        <translation>der Ablauf steigt nie an (%1 nach %2)</translation>
    </message>
    <message>
        <source>nothing can follow a 0 mg dose</source>
        <translation>auf eine Dosis von 0&#xa0;mg kann nichts folgen</translation>
    </message>
    <message>
        <source>the start date is missing or not a date</source>
        <translation>das Startdatum fehlt oder ist kein Datum</translation>
    </message>
    <message>
        <source>the start dose must be more than 0 mg</source>
        <translation>die Startdosis muss mehr als 0&#xa0;mg sein</translation>
    </message>
    <message>
        <source>the final dose must be 0 mg or more</source>
        <translation>die Enddosis muss 0&#xa0;mg oder mehr sein</translation>
    </message>
    <message>
        <source>the final dose (%1) must be below the start dose (%2)</source>
        <translation>die Enddosis (%1) muss unter der Startdosis (%2) liegen</translation>
    </message>
    <message>
        <source>hyperbolic tapering needs an occupancy fit (Emax, ED50) for this drug; choose another method or enter a fit</source>
        <translation>hyperbolisches Ausschleichen braucht ein Belegungsmodell (Emax, ED50) für dieses Medikament; wähle eine andere Methode oder gib ein Modell ein</translation>
    </message>
    <message>
        <source>Emax must be between 0 and 110 % and ED50 above 0 mg</source>
        <translation>Emax muss zwischen 0 und 110&#xa0;% liegen und ED50 über 0&#xa0;mg</translation>
    </message>
    <message>
        <source>no dose at or below the start dose of %1 can be made from these formulations</source>
        <translation>aus diesen Formen lässt sich keine Dosis bei oder unter der Startdosis von %1 herstellen</translation>
    </message>
    <message>
        <source>no dose below the start dose of %1 can be made from these formulations; add a smaller strength, a tablet that may be split, or a liquid</source>
        <translation>aus diesen Formen lässt sich keine Dosis unter der Startdosis von %1 herstellen; füge eine kleinere Stärke, eine teilbare Tablette oder eine Flüssigkeit hinzu</translation>
    </message>
    <message>
        <source>the plan would need more than %1 steps; choose larger steps or a higher final dose</source>
        <translation>der Plan bräuchte mehr als %1 Schritte; wähle größere Schritte oder eine höhere Enddosis</translation>
    </message>
    <message>
        <source>line %1: %2 cannot be made from these formulations</source>
        <translation>Zeile %1: %2 lässt sich aus diesen Formen nicht herstellen</translation>
    </message>
    <message>
        <source>no step is in force on %1 to %2 (the schedule runs from %3)</source>
        <translation>am %1 gilt kein Schritt, der sich %2 ließe (der Ablauf beginnt am %3)</translation>
    </message>
    <message>
        <source>the plan has reached 0 mg by %1; there is nothing to %2</source>
        <translation>der Plan ist am %1 bei 0&#xa0;mg angekommen; es gibt nichts mehr zu %2</translation>
    </message>
    <message>
        <source>the plan is held until released; release it before changing it further</source>
        <translation>der Plan wird bis zur Freigabe gehalten; gib ihn frei, bevor du ihn weiter änderst</translation>
    </message>
    <message>
        <source>no step is in force on %1 to go back from (the schedule runs from %2)</source>
        <translation>am %1 gilt kein Schritt, von dem aus du zurückgehen könntest (der Ablauf beginnt am %2)</translation>
    </message>
    <message>
        <source>on %1 the plan is at step 1, the dose taken when it began: there is no earlier dose in this plan to go back to</source>
        <translation>am %1 ist der Plan bei Schritt 1, der Dosis zu seinem Beginn: Es gibt in diesem Plan keine frühere Dosis, zu der du zurückgehen könntest</translation>
    </message>
    <message>
        <source>a step back lasts 1 to %1 days</source>
        <translation>ein Schritt zurück dauert 1 bis %1&#xa0;Tage</translation>
    </message>
    <message>
        <source>a step back is released on or after the day it began</source>
        <translation>ein Schritt zurück wird an oder nach dem Tag freigegeben, an dem er begann</translation>
    </message>
    <message>
        <source>a step back lasts at most %1 days</source>
        <translation>ein Schritt zurück dauert höchstens %1&#xa0;Tage</translation>
    </message>
    <message>
        <source>a hold lasts 1 to %1 days</source>
        <translation>ein Halten dauert 1 bis %1&#xa0;Tage</translation>
    </message>
    <message>
        <source>a hold is released on or after the day it began</source>
        <translation>ein Halten wird an oder nach dem Tag freigegeben, an dem es begann</translation>
    </message>
    <message>
        <source>a hold lasts at most %1 days</source>
        <translation>ein Halten dauert höchstens %1&#xa0;Tage</translation>
    </message>
    <message>
        <source>a pause before the plan starts needs a number of days; or move the start date</source>
        <translation>eine Pause vor dem Beginn des Plans braucht eine Anzahl Tage; oder verschiebe das Startdatum</translation>
    </message>
    <message>
        <source>give a new interval, a new step size, or both</source>
        <translation>gib einen neuen Abstand, eine neue Schrittgröße oder beides an</translation>
    </message>
    <message>
        <source>a custom plan has no step size; edit its doses instead</source>
        <translation>ein eigener Plan hat keine Schrittgröße; ändere stattdessen seine Dosen</translation>
    </message>
    <message>
        <source>there is no later step to move to</source>
        <translation>es gibt keinen späteren Schritt, zu dem es weitergehen könnte</translation>
    </message>
    <message>
        <source>there is no step %1 (the schedule has %2)</source>
        <translation>es gibt keinen Schritt %1 (der Ablauf hat %2)</translation>
    </message>
    <message>
        <source>step %1 began on %2, before %3: only future steps can be edited</source>
        <translation>Schritt %1 begann am %2, vor dem %3: Nur künftige Schritte lassen sich ändern</translation>
    </message>
    <message>
        <source>step 1 cannot go above the dose taken now (%1)</source>
        <translation>Schritt 1 kann nicht über der jetzt genommenen Dosis liegen (%1)</translation>
    </message>
    <message>
        <source>%1 does not make a dose below the previous step&apos;s %2</source>
        <translation>%1 ergibt keine Dosis unter den %2 des vorherigen Schritts</translation>
    </message>
    <message>
        <source>the end of the period must be on or after its start</source>
        <translation>das Ende des Zeitraums muss am oder nach seinem Beginn liegen</translation>
    </message>
    <message>
        <source>the number of weeks is 1 to 104</source>
        <translation>die Zahl der Wochen liegt zwischen 1 und 104</translation>
    </message>
    <message>
        <source>The diary is locked.</source>
        <translation>Das Tagebuch ist gesperrt.</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>Das Schreiben des PDF ließ sich nicht beginnen.</translation>
    </message>
    <message>
        <source>Could not write the PDF there (%1). Choose a folder you can write to.</source>
        <translation>Das PDF ließ sich dort nicht schreiben (%1). Wähle einen Ordner, in den du schreiben kannst.</translation>
    </message>
    <message>
        <source>Could not finish writing the PDF (%1); nothing was saved.</source>
        <translation>Das PDF ließ sich nicht fertig schreiben (%1); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Could not replace the diary file: %1. Nothing was changed.</source>
        <translation>Die Tagebuchdatei ließ sich nicht ersetzen: %1. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>nothing was changed, and the diary still holds everything saved before.</source>
        <translation>nichts wurde geändert, und das Tagebuch enthält weiterhin alles, was vorher gespeichert war.</translation>
    </message>
    <message>
        <source>the diary file is read-only (you do not have permission to change it). Make it writable, or open it as the person who owns it, and try again; %1</source>
        <translation>die Tagebuchdatei ist schreibgeschützt (du darfst sie nicht ändern). Mach sie beschreibbar oder öffne sie als die Person, der sie gehört, und versuche es noch einmal; %1</translation>
    </message>
    <message>
        <source>the disk holding the diary is read-only. Copy the diary to a disk you can write to, or mount this one writable, and try again; %1</source>
        <translation>der Datenträger mit dem Tagebuch ist schreibgeschützt. Kopiere das Tagebuch auf einen Datenträger, auf den du schreiben kannst, oder binde diesen beschreibbar ein, und versuche es noch einmal; %1</translation>
    </message>
    <message>
        <source>the folder %1 is read-only (you do not have permission to write there). While saving, Waymark writes a short-lived journal file beside the diary: make the folder writable, or move the diary to a folder you can write to, and try again; %2</source>
        <translation>der Ordner %1 ist schreibgeschützt (du darfst dort nicht schreiben). Beim Speichern schreibt Waymark kurz eine Journaldatei neben das Tagebuch: Mach den Ordner beschreibbar oder verschiebe das Tagebuch in einen Ordner, in den du schreiben kannst, und versuche es noch einmal; %2</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again; %1</source>
        <translation>der Datenträger ist voll. Schaffe etwas Platz und versuche es noch einmal; %1</translation>
    </message>
    <message>
        <source>the diary file has reached the largest file size this program may write (a file-size limit of %1 bytes, &quot;ulimit -f&quot;). Raise or remove the limit and try again; %2</source>
        <translation>die Tagebuchdatei hat die größte Dateigröße erreicht, die dieses Programm schreiben darf (eine Grenze von %1 Bytes, „ulimit -f“). Erhöhe oder entferne die Grenze und versuche es noch einmal; %2</translation>
    </message>
    <message>
        <source>the diary file is too large for this disk (some disks, like FAT32 memory cards, hold files up to 4 GB only). Move the diary to another disk and try again; %1</source>
        <translation>die Tagebuchdatei ist zu groß für diesen Datenträger (manche, wie FAT32-Speicherkarten, fassen nur Dateien bis 4 GB). Verschiebe das Tagebuch auf einen anderen Datenträger und versuche es noch einmal; %1</translation>
    </message>
    <message>
        <source>the disk reported an error (%1). Check that the disk is still there, not full and working, and try again; %2</source>
        <translation>der Datenträger hat einen Fehler gemeldet (%1). Prüfe, ob er noch da ist, nicht voll ist und funktioniert, und versuche es noch einmal; %2</translation>
    </message>
    <message>
        <source>prepare a query</source>
        <translation>eine Abfrage vorbereiten</translation>
    </message>
    <message>
        <source>read or write the diary</source>
        <translation>das Tagebuch lesen oder schreiben</translation>
    </message>
    <message>
        <source>update the diary</source>
        <translation>das Tagebuch aktualisieren</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The diary is damaged (%1). Restore it from a backup.</source>
        <translation>Das Tagebuch ist beschädigt (%1). Stelle es aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>formulation: no such formulation</source>
        <translation>formulation: Diese Form gibt es nicht</translation>
    </message>
    <message>
        <source>read the diary</source>
        <translation>das Tagebuch lesen</translation>
    </message>
    <message>
        <source>The backup copy did not verify, so it was not kept. Try again.</source>
        <translation>Die Sicherungskopie hat die Prüfung nicht bestanden und wurde daher nicht behalten. Versuche es noch einmal.</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>das Datum ist leer</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>das Datum liegt in der Zukunft</translation>
    </message>
    <message>
        <source>the time cannot be read (write it as 08:30 or 8:30 pm)</source>
        <translation>die Uhrzeit lässt sich nicht lesen (schreib sie als 08:30 oder 20:30)</translation>
    </message>
    <message>
        <source>the medicine is empty</source>
        <translation>das Medikament ist leer</translation>
    </message>
    <message>
        <source>the medicine is not in your diary; add it first (same spelling)</source>
        <translation>das Medikament ist nicht in deinem Tagebuch; füge es zuerst hinzu (gleiche Schreibweise)</translation>
    </message>
    <message>
        <source>the dose is not a number of mg above 0 and up to %1</source>
        <translation>die Dosis ist keine Zahl in mg über 0 und bis %1</translation>
    </message>
    <message>
        <source>the dose is more than ten times the largest strength of the medicine; check the mg column</source>
        <translation>die Dosis ist mehr als das Zehnfache der größten Stärke des Medikaments; prüfe die mg-Spalte</translation>
    </message>
    <message>
        <source>the symptom is not one of your diary&apos;s symptoms (use its name or key as Settings and &quot;waymark-cli symptoms&quot; list them)</source>
        <translation>das Symptom gehört nicht zu den Symptomen deines Tagebuchs (nimm seinen Namen oder Schlüssel, wie die Einstellungen und &quot;waymark-cli symptoms&quot; sie auflisten)</translation>
    </message>
    <message>
        <source>the severity is not 0 to 4 or none, mild, moderate, severe, extreme</source>
        <translation>die Stärke ist nicht 0 bis 4 oder none, mild, moderate, severe, extreme</translation>
    </message>
    <message>
        <source>it rates the same symptom on the same day as line %1</source>
        <translation>sie bewertet dasselbe Symptom am selben Tag wie Zeile %1</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pausieren</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>The diary was changed by another program (its passphrase was changed). Lock the diary and open it again; nothing was changed.</source>
        <translation>Das Tagebuch wurde von einem anderen Programm geändert (seine Passphrase wurde geändert). Sperre das Tagebuch und öffne es erneut; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>a %1 mg/mL liquid</source>
        <translation>eine Flüssigkeit mit %1&#xa0;mg/mL</translation>
    </message>
    <message>
        <source>%1 mg capsules</source>
        <translation>%1-mg-Kapseln</translation>
    </message>
    <message>
        <source>%1 mg tablets</source>
        <translation>%1-mg-Tabletten</translation>
    </message>
    <message>
        <source>halved tablets</source>
        <translation>halbierte Tabletten</translation>
    </message>
    <message>
        <source>a smaller strength or a liquid would allow more (ask the pharmacist)</source>
        <translation>eine kleinere Stärke oder eine Flüssigkeit würde mehr ermöglichen (frag in der Apotheke)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 would allow more (add it to the drug&apos;s forms)</source>
        <translation>%1 würde mehr ermöglichen (füge es den Formen des Medikaments hinzu)</translation>
    </message>
    <message>
        <source>diazepam as a 2 mg/5 mL liquid (0.4 mg/mL) would allow more (add diazepam to the diary with that liquid among its forms)</source>
        <translation>Diazepam als Flüssigkeit mit 2&#xa0;mg/5&#xa0;mL (0,4&#xa0;mg/mL) würde mehr ermöglichen (füge Diazepam mit dieser Flüssigkeit unter seinen Formen zum Tagebuch hinzu)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1; or with %2</source>
        <translation>%1; oder so: %2</translation>
    </message>
    <message>
        <source>(%1, at most %2 tablets or capsules a dose)</source>
        <translation>(%1, höchstens %2 Tabletten oder Kapseln pro Dosis)</translation>
    </message>
    <message>
        <source>; the nearest they make: %1</source>
        <translation>; am nächsten liegen: %1</translation>
    </message>
    <message>
        <source>; the nearest they make: %1 and %2</source>
        <translation>; am nächsten liegen: %1 und %2</translation>
    </message>
    <message>
        <source>step 1 must be exactly the dose taken now, and %1 cannot be made from these forms %2</source>
        <translation>Schritt 1 muss genau die jetzige Dosis sein, und %1 lässt sich aus diesen Formen nicht herstellen %2</translation>
    </message>
    <message>
        <source>. No form in the library would make it either: start from a dose these forms make</source>
        <translation>. Auch keine Form aus der Bibliothek würde sie herstellen: Beginne mit einer Dosis, die diese Formen herstellen</translation>
    </message>
    <message>
        <source>. It can be made with %1. Add that form, or start from a dose these forms make</source>
        <translation>. Herstellen lässt sie sich so: %1. Füge diese Form hinzu oder beginne mit einer Dosis, die diese Formen herstellen</translation>
    </message>
    <message>
        <source>step 1 must be exactly the doses taken now, and the %1 dose of %2 cannot be made from these forms %3</source>
        <translation>Schritt 1 muss genau die jetzigen Dosen sein, und die Dosis um %1 von %2 lässt sich aus diesen Formen nicht herstellen %3</translation>
    </message>
    <message>
        <source>. It can be made with %1. Add that form, or change the dose at %2</source>
        <translation>. Herstellen lässt sie sich so: %1. Füge diese Form hinzu oder ändere die Dosis um %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>eine Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>This diary was made by an older version of Waymark and has to be updated once before it can be read, which needs it writable (%1). Open it once where it can be written; nothing was changed.</source>
        <translation>Dieses Tagebuch stammt von einer älteren Version von Waymark und muss einmal aktualisiert werden, bevor es sich lesen lässt; dafür muss es beschreibbar sein (%1). Öffne es einmal dort, wo es geschrieben werden kann; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>plan %1 (the drug being switched)</source>
        <translation>Plan %1 (das Medikament, das umgestellt wird)</translation>
    </message>
    <message>
        <source>plan %1 (diazepam)</source>
        <translation>Plan %1 (Diazepam)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>doses of this drug were logged since it was added</source>
        <translation>seit es hinzugefügt wurde, wurden Dosen dieses Medikaments eingetragen</translation>
    </message>
    <message>
        <source>a plan for this drug was made since it was added</source>
        <translation>seit es hinzugefügt wurde, wurde ein Plan für dieses Medikament erstellt</translation>
    </message>
    <message>
        <source>a switch with this drug was recorded since it was added</source>
        <translation>seit es hinzugefügt wurde, wurde eine Umstellung mit diesem Medikament eingetragen</translation>
    </message>
    <message>
        <source>doses of this form were logged since it was added</source>
        <translation>seit sie hinzugefügt wurde, wurden Dosen dieser Form eingetragen</translation>
    </message>
    <message>
        <source>a symptom of the built-in list is hidden, never removed</source>
        <translation>ein Symptom der eingebauten Liste wird ausgeblendet, nie entfernt</translation>
    </message>
    <message>
        <source>this symptom was rated since it was added</source>
        <translation>seit es hinzugefügt wurde, wurde dieses Symptom bewertet</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>set the current diary aside</source>
        <translation>das aktuelle Tagebuch beiseitelegen</translation>
    </message>
    <message>
        <source>put the backup in place</source>
        <translation>die Sicherung einsetzen</translation>
    </message>
    <message>
        <source>put the previous diary back</source>
        <translation>das vorherige Tagebuch zurücklegen</translation>
    </message>
    <message>
        <source>Row %1 of %2 breaks the diary&apos;s rules (%3).</source>
        <translation>Zeile %1 von %2 verstößt gegen die Regeln des Tagebuchs (%3).</translation>
    </message>
    <message>
        <source>unknown adjustment</source>
        <translation>unbekannte Anpassung</translation>
    </message>
    <message>
        <source>unknown plan format</source>
        <translation>unbekanntes Planformat</translation>
    </message>
    <message>
        <source>unknown method</source>
        <translation>unbekannte Methode</translation>
    </message>
    <message>
        <source>unknown formulation</source>
        <translation>unbekannte Form</translation>
    </message>
    <message>
        <source>a dose time is not a time</source>
        <translation>eine Einnahmezeit ist keine Uhrzeit</translation>
    </message>
    <message>
        <source>unknown spread</source>
        <translation>unbekannte Verteilung</translation>
    </message>
    <message>
        <source>This switch (%1 stage(s)) was recorded by an earlier version, and its stages cannot be made with the forms in the diary (%2). It gives no planned doses: end or archive it, and record it again.</source>
        <translation>Diese Umstellung (%1 Stufe(n)) wurde von einer früheren Version eingetragen, und ihre Stufen lassen sich mit den Formen im Tagebuch nicht herstellen (%2). Sie gibt keine geplanten Dosen vor: Beende oder archiviere sie und trag sie neu ein.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>Your medicines</source>
        <translation>Deine Medika­mente</translation>
    </message>
    <message>
        <source>Add each medicine you take now, with the dose you take and the forms you have, so Today can log a dose with one tap. You can add or change them later in Settings.</source>
        <translation>Füge jedes Medikament hinzu, das du jetzt nimmst, mit deiner Dosis und den Formen, die du hast, damit „Heute“ eine Dosis mit einem Tippen eintragen kann. Du kannst sie später in den Einstellungen hinzufügen oder ändern.</translation>
    </message>
    <message numerus="yes">
        <source>Added: %n medicine(s)</source>
        <translation>
            <numerusform>Hinzugefügt: %n Medikament</numerusform>
            <numerusform>Hinzugefügt: %n Medikamente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mg a day</source>
        <translation>%1&#xa0;mg am Tag</translation>
    </message>
    <message>
        <source>Your usual symptoms</source>
        <translation>Deine üblichen Symptome</translation>
    </message>
    <message>
        <source>Tap the ones you usually have: Today shows them first, and can show only them. The others stay one tap away, and you can change this later in Settings.</source>
        <translation>Tippe die an, die du üblicherweise hast: „Heute“ zeigt sie zuerst und kann nur sie zeigen. Die anderen bleiben ein Tippen entfernt, und du kannst das später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>%1 is one I usually have</source>
        <translation>%1 habe ich üblicherweise</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to your medicines</source>
        <translation>Zurück zu deinen Medikamenten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip adding medicines for now</source>
        <translation>Medikamente vorerst nicht hinzufügen</translation>
    </message>
    <message>
        <source>Next: symptoms</source>
        <translation>Weiter: Symptome</translation>
    </message>
    <message>
        <source>Done: go to Today</source>
        <translation>Fertig: zu „Heute“</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Add form</source>
        <translation>Form hinzufügen</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <source>Capsule</source>
        <translation>Kapsel</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Flüssigkeit</translation>
    </message>
    <message>
        <source>Kind of form</source>
        <translation>Art der Form</translation>
    </message>
    <message>
        <source>mg per mL</source>
        <translation>mg pro mL</translation>
    </message>
    <message>
        <source>Strength in mg</source>
        <translation>Stärke in mg</translation>
    </message>
    <message>
        <source>Whole only</source>
        <translation>Nur ganz</translation>
    </message>
    <message>
        <source>Halves</source>
        <translation>Halbe</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Viertel</translation>
    </message>
    <message>
        <source>Can be split into</source>
        <translation>Teilbar in</translation>
    </message>
    <message>
        <source>Modified release</source>
        <translation>Retardiert</translation>
    </message>
    <message>
        <source>Syringe step (mL)</source>
        <translation>Spritzenschritt (mL)</translation>
    </message>
    <message>
        <source>Smallest syringe step in mL</source>
        <translation>Kleinster Spritzenschritt in mL</translation>
    </message>
</context>
<context>
    <name>Formulation</name>
    <message>
        <source>%1 mg/mL liquid</source>
        <translation>%1&#xa0;mg/mL Flüssigkeit</translation>
    </message>
    <message>
        <source> (syringe %1 mL)</source>
        <translation> (Spritze %1&#xa0;mL)</translation>
    </message>
    <message>
        <source>%1 mg capsule</source>
        <translation>%1-mg-Kapsel</translation>
    </message>
    <message>
        <source>%1 mg tablet</source>
        <translation>%1-mg-Tablette</translation>
    </message>
    <message>
        <source>modified release, do not split</source>
        <translation>retardiert, nicht teilen</translation>
    </message>
    <message>
        <source>halves</source>
        <translation>Hälften</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>Viertel</translation>
    </message>
    <message>
        <source>%1 beads</source>
        <translation>%1 Kügelchen</translation>
    </message>
</context>
<context>
    <name>FormulationModel</name>
    <message>
        <source>Choose tablet, capsule or liquid.</source>
        <translation>Wähle Tablette, Kapsel oder Flüssigkeit.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Modelled effect on the serotonin transporter (occupancy) at each step: %1.</source>
        <translation>Modellierte Wirkung auf den Serotonintransporter (Belegung) bei jedem Schritt: %1.</translation>
    </message>
    <message>
        <source>Each step cuts %1, but drops %2 points of occupancy: the same mg cut removes more of the effect as the dose falls, so the last steps are the hardest.</source>
        <translation>Jeder Schritt senkt um %1, die Belegung fällt dabei aber um %2&#xa0;Punkte: Dieselbe Senkung in mg nimmt umso mehr von der Wirkung weg, je niedriger die Dosis ist, deshalb sind die letzten Schritte die schwersten.</translation>
    </message>
    <message>
        <source>Each step cuts %1, which is a larger share of what is left each time (%2 of the dose before it): the last steps are the hardest.</source>
        <translation>Jeder Schritt senkt um %1, und das ist jedes Mal ein größerer Anteil dessen, was übrig ist (%2 der Dosis davor): Die letzten Schritte sind die schwersten.</translation>
    </message>
    <message>
        <source>within that range</source>
        <translation>innerhalb dieses Bereichs</translation>
    </message>
    <message>
        <source>faster than that range</source>
        <translation>schneller als dieser Bereich</translation>
    </message>
    <message>
        <source>slower than that range</source>
        <translation>langsamer als dieser Bereich</translation>
    </message>
    <message>
        <source>outside that range</source>
        <translation>außerhalb dieses Bereichs</translation>
    </message>
    <message>
        <source>This plan cuts %1 of the dose every %2 days: %3.</source>
        <translation>Dieser Plan senkt die Dosis alle %2&#xa0;Tage um %1: %3.</translation>
    </message>
    <message>
        <source>Stopping from %1 drops %2 points of modelled occupancy where each step drops %3: stopping from %4 or less would drop no more than one step (a smaller final dose; the forms must make it).</source>
        <translation>Das Absetzen ab %1 senkt die modellierte Belegung um %2&#xa0;Punkte, während jeder Schritt sie um %3 senkt: Ein Absetzen ab %4 oder weniger wäre nicht mehr als ein Schritt (eine kleinere letzte Dosis; deine Formen müssen sie herstellen können).</translation>
    </message>
    <message>
        <source>Stopping from %1 cuts more than one step of %2: stopping from %2 or less would not (a smaller final dose; the forms must make it).</source>
        <translation>Das Absetzen ab %1 ist mehr als ein Schritt von %2: Ein Absetzen ab %2 oder weniger wäre es nicht (eine kleinere letzte Dosis; deine Formen müssen sie herstellen können).</translation>
    </message>
    <message>
        <source> (%1 points of modelled occupancy)</source>
        <translation> (%1&#xa0;Punkte modellierter Belegung)</translation>
    </message>
    <message>
        <source>Stopping from %1 is a 100 % cut%2; the guidance above says the last dose before stopping may need to be below 1 mg (a smaller final dose; the forms must make it).</source>
        <translation>Das Absetzen ab %1 ist eine Senkung um 100 Prozent%2; laut der Leitlinie oben muss die letzte Dosis vor dem Absetzen eventuell unter 1&#xa0;mg liegen (eine kleinere letzte Dosis; deine Formen müssen sie herstellen können).</translation>
    </message>
    <message>
        <source>Stopping from %1 is a 100 % cut%2.</source>
        <translation>Das Absetzen ab %1 ist eine Senkung um 100 Prozent%2.</translation>
    </message>
    <message>
        <source>Published guidance is to cut 10–25 % of the most recent dose every 2–4 weeks, so the cuts get smaller as the dose falls; the last dose before stopping may need to be below 1 mg.</source>
        <translation>Veröffentlichte Leitlinien empfehlen, alle 2–4&#xa0;Wochen um 10–25&#xa0;% der zuletzt genommenen Dosis zu senken, sodass die Schritte kleiner werden, je niedriger die Dosis ist; die letzte Dosis vor dem Absetzen muss eventuell unter 1&#xa0;mg liegen.</translation>
    </message>
    <message>
        <source>The same number of mg each step is a larger share of what is left each time, so linear cuts make withdrawal worse as the dose gets lower: the last steps are the hardest. Published guidance prefers cuts of 10–25 % of the most recent dose every 2–4 weeks.</source>
        <translation>Dieselbe Menge mg ist bei jedem Schritt ein größerer Anteil dessen, was übrig ist; deshalb verstärken lineare Schritte die Absetzbeschwerden, je niedriger die Dosis wird: Die letzten Schritte sind die schwersten. Veröffentlichte Leitlinien bevorzugen Senkungen um 10–25&#xa0;% der zuletzt genommenen Dosis alle 2–4&#xa0;Wochen.</translation>
    </message>
    <message>
        <source>Each step lowers the modelled effect on the serotonin transporter (occupancy) by the same number of points, so the mg cuts shrink as the dose falls. The model (Emax, ED50) is fitted to imaging studies, not measured in you.</source>
        <translation>Jeder Schritt senkt die modellierte Wirkung auf den Serotonintransporter (Belegung) um gleich viele Punkte, deshalb werden die Senkungen in mg kleiner, je niedriger die Dosis ist. Das Modell (Emax, ED50) beruht auf Bildgebungsstudien und wurde nicht bei dir gemessen.</translation>
    </message>
    <message>
        <source>; occupancy fit: source S1</source>
        <translation>; Belegungsmodell: Quelle S1</translation>
    </message>
    <message>
        <source>The doses and dates your prescriber wrote down. Each step is checked against the cut the letter itself asks.</source>
        <translation>Die Dosen und Daten, die deine Ärztin / dein Arzt aufgeschrieben hat. Jeder Schritt wird mit der Senkung verglichen, die das Schreiben selbst vorgibt.</translation>
    </message>
</context>
<context>
    <name>HalfLife</name>
    <message>
        <source>96-144 (norfluoxetine 96-384)</source>
        <translation>96–144 (Norfluoxetin 96–384)</translation>
    </message>
    <message>
        <source>5 (O-desmethylvenlafaxine 11)</source>
        <translation>5 (O-Desmethylvenlafaxin 11)</translation>
    </message>
    <message>
        <source>20-100 (active metabolite 36-200)</source>
        <translation>20–100 (aktiver Metabolit 36–200)</translation>
    </message>
    <message>
        <source>5-30 (active metabolite 36-200)</source>
        <translation>5–30 (aktiver Metabolit 36–200)</translation>
    </message>
    <message>
        <source>36-200 (as desmethyldiazepam)</source>
        <translation>36–200 (als Desmethyldiazepam)</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) recorded</source>
        <translation>
            <numerusform>%n Tag eingetragen</numerusform>
            <numerusform>%n Tage eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Note marked for my prescriber</source>
        <translation>Notiz für meine Ärztin / meinen Arzt markiert</translation>
    </message>
    <message>
        <source>safety item</source>
        <translation>Sicherheitspunkt</translation>
    </message>
    <message>
        <source>for prescriber</source>
        <translation>für Ärztin/Arzt</translation>
    </message>
    <message>
        <source>Has a note</source>
        <translation>Hat eine Notiz</translation>
    </message>
    <message>
        <source>No doses logged</source>
        <translation>Keine Dosen eingetragen</translation>
    </message>
    <message>
        <source>symptoms not rated</source>
        <translation>Symptome nicht bewertet</translation>
    </message>
    <message>
        <source>no symptoms</source>
        <translation>keine Symptome</translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s)</source>
        <translation>
            <numerusform>%n Symptom</numerusform>
            <numerusform>%n Symptome</numerusform>
        </translation>
    </message>
    <message>
        <source> (load %1)</source>
        <translation> (Symptomlast %1)</translation>
    </message>
    <message>
        <source>wellbeing %1/10</source>
        <translation>Wohlbefinden %1/10</translation>
    </message>
    <message>
        <source>slept %1 h</source>
        <translation>%1&#xa0;h geschlafen</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Days you log on the Today page appear here.</source>
        <translation>Noch nichts eingetragen. Tage, die du auf der Seite „Heute“ einträgst, erscheinen hier.</translation>
    </message>
    <message>
        <source>Log today</source>
        <translation>Heute eintragen</translation>
    </message>
</context>
<context>
    <name>HoldSuggestion</name>
    <message>
        <source>before the plan began</source>
        <translation>vor Beginn des Plans</translation>
    </message>
    <message>
        <source>before this step began</source>
        <translation>vor Beginn dieses Schritts</translation>
    </message>
    <message>
        <source>in the %1 days %2</source>
        <translation>in den %1&#xa0;Tagen %2</translation>
    </message>
    <message>
        <source>Not enough ratings %1 to compare with (%2 of the %3 needed).</source>
        <translation>Nicht genug Bewertungen %1 zum Vergleichen (%2 der %3 nötigen).</translation>
    </message>
    <message>
        <source>Not enough recent ratings to compare (%1 of the %2 needed in the last %3 days).</source>
        <translation>Nicht genug neue Bewertungen zum Vergleichen (%1 der %2 nötigen in den letzten %3&#xa0;Tagen).</translation>
    </message>
    <message>
        <source>Your symptom load over the last %1 days (%2 a day) is well above your level %3 (%4 a day); you might hold at this dose until it settles.</source>
        <translation>Deine Symptomlast der letzten %1&#xa0;Tage (%2 am Tag) liegt deutlich über deinem Niveau %3 (%4 am Tag); du könntest bei dieser Dosis bleiben, bis es sich beruhigt.</translation>
    </message>
    <message>
        <source>Your symptom load over the last %1 days (%2 a day) is not well above your level %3 (%4 a day).</source>
        <translation>Deine Symptomlast der letzten %1&#xa0;Tage (%2 am Tag) liegt nicht deutlich über deinem Niveau %3 (%4 am Tag).</translation>
    </message>
</context>
<context>
    <name>HoldSuggestionPanel</name>
    <message>
        <source>You might hold this step</source>
        <translation>Du könntest diesen Schritt halten</translation>
    </message>
    <message>
        <source>Your symptom load over the last 7 days averages %1; in the 14 days %3 it averaged %2.</source>
        <translation>Deine Symptomlast liegt in den letzten 7&#xa0;Tagen im Schnitt bei %1; in den 14&#xa0;Tagen %3 lag sie im Schnitt bei %2.</translation>
    </message>
    <message>
        <source>Hold this step…</source>
        <translation>Diesen Schritt halten…</translation>
    </message>
    <message>
        <source>Hold suggestion: %1</source>
        <translation>Vorschlag zum Halten: %1</translation>
    </message>
    <message>
        <source>How the hold suggestion is worked out</source>
        <translation>Wie der Vorschlag zum Halten berechnet wird</translation>
    </message>
    <message>
        <source>How this is worked out</source>
        <translation>Wie das berechnet wird</translation>
    </message>
    <message>
        <source>Suggest a hold at</source>
        <translation>Halten vorschlagen ab</translation>
    </message>
    <message>
        <source>How many times the baseline the recent load must reach</source>
        <translation>Das Wievielfache der Ausgangslast die jüngste Last erreichen muss</translation>
    </message>
    <message>
        <source>the baseline and at least</source>
        <translation>der Ausgangslast und mindestens</translation>
    </message>
    <message>
        <source>How many points above the baseline the recent load must be</source>
        <translation>Um wie viele Punkte die jüngste Last über der Ausgangslast liegen muss</translation>
    </message>
    <message>
        <source>points above it.</source>
        <translation>Punkte darüber.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>has a NUL byte: it is not a text file</source>
        <translation>enthält ein NUL-Byte, ist also keine Textdatei</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>has a quote (&quot;) inside a field that does not start with one; a quote in a field must be doubled and the field quoted</source>
        <translation>enthält ein Anführungszeichen (&quot;) in einem Feld, das nicht mit einem beginnt; ein Anführungszeichen in einem Feld muss verdoppelt und das Feld in Anführungszeichen gesetzt werden</translation>
    </message>
    <message>
        <source>has text after the closing quote of a field</source>
        <translation>enthält Text nach dem schließenden Anführungszeichen eines Felds</translation>
    </message>
    <message>
        <source>opens a quote (&quot;) that is never closed: the file may be cut short</source>
        <translation>öffnet ein Anführungszeichen (&quot;), das nie geschlossen wird: Die Datei ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <source>the date does not exist or is outside 1900 to 2200</source>
        <translation>das Datum gibt es nicht oder es liegt außerhalb von 1900 bis 2200</translation>
    </message>
    <message>
        <source>the date is not written YYYY-MM-DD (choose another date order if the file writes dates differently)</source>
        <translation>das Datum ist nicht als JJJJ-MM-TT geschrieben (wähle eine andere Datumsreihenfolge, wenn die Datei Daten anders schreibt)</translation>
    </message>
    <message>
        <source>the date is not written day/month/year</source>
        <translation>das Datum ist nicht als Tag/Monat/Jahr geschrieben</translation>
    </message>
    <message>
        <source>the date is not written month/day/year</source>
        <translation>das Datum ist nicht als Monat/Tag/Jahr geschrieben</translation>
    </message>
    <message>
        <source>%1 of %2 rows cannot be read; fix them (or the column mapping) and try again. Nothing is imported until every row can be read.</source>
        <translation>%1 von %2 Zeilen lassen sich nicht lesen; korrigiere sie (oder die Zuordnung der Spalten) und versuche es noch einmal. Nichts wird importiert, solange nicht jede Zeile lesbar ist.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in your diary.</source>
        <translation>Nichts zu importieren: Jede Zeile ist schon in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Zeile %1: %2.</translation>
    </message>
    <message>
        <source>More rows cannot be read; only the first %1 are listed.</source>
        <translation>Weitere Zeilen lassen sich nicht lesen; nur die ersten %1 sind aufgeführt.</translation>
    </message>
    <message>
        <source>Choose the column that holds the dates.</source>
        <translation>Wähle die Spalte mit den Daten.</translation>
    </message>
    <message>
        <source>Choose the column that holds the doses in mg.</source>
        <translation>Wähle die Spalte mit den Dosen in mg.</translation>
    </message>
    <message>
        <source>Choose the column naming the medicine, or one medicine for every row.</source>
        <translation>Wähle die Spalte mit dem Medikament oder ein Medikament für jede Zeile.</translation>
    </message>
    <message>
        <source>Choose the columns that hold the symptom and its severity.</source>
        <translation>Wähle die Spalten mit dem Symptom und seiner Stärke.</translation>
    </message>
    <message>
        <source>The medicine chosen for every row is not in your diary; add it first.</source>
        <translation>Das für jede Zeile gewählte Medikament ist nicht in deinem Tagebuch; füge es zuerst hinzu.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Die Datei hat keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <source>1 dose to add</source>
        <translation>1 Dosis hinzuzufügen</translation>
    </message>
    <message>
        <source>%1 doses to add</source>
        <translation>%1 Dosen hinzuzufügen</translation>
    </message>
    <message>
        <source>1 symptom rating to set</source>
        <translation>1 Symptombewertung einzutragen</translation>
    </message>
    <message>
        <source>%1 symptom ratings to set</source>
        <translation>%1 Symptombewertungen einzutragen</translation>
    </message>
    <message>
        <source>1 of them changes a rating already in your diary</source>
        <translation>1 davon ändert eine Bewertung, die schon in deinem Tagebuch steht</translation>
    </message>
    <message>
        <source>%1 of them change a rating already in your diary</source>
        <translation>%1 davon ändern eine Bewertung, die schon in deinem Tagebuch steht</translation>
    </message>
    <message>
        <source>1 row already in your diary (skipped)</source>
        <translation>1 Zeile schon in deinem Tagebuch (übersprungen)</translation>
    </message>
    <message>
        <source>%1 rows already in your diary (skipped)</source>
        <translation>%1 Zeilen schon in deinem Tagebuch (übersprungen)</translation>
    </message>
    <message>
        <source>is empty, but it must have a value</source>
        <translation>ist leer, braucht aber einen Wert</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>sollte eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>should be true or false</source>
        <translation>sollte true oder false sein</translation>
    </message>
    <message>
        <source>should be a number</source>
        <translation>sollte eine Zahl sein</translation>
    </message>
    <message>
        <source>should be a JSON object</source>
        <translation>sollte ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>should be a date written YYYY-MM-DD</source>
        <translation>sollte ein Datum in der Form JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>is a date outside the years 1900 to 2200</source>
        <translation>ist ein Datum außerhalb der Jahre 1900 bis 2200</translation>
    </message>
    <message>
        <source>should be a time written HH:MM</source>
        <translation>sollte eine Uhrzeit in der Form HH:MM sein</translation>
    </message>
    <message>
        <source>should be text</source>
        <translation>sollte Text sein</translation>
    </message>
    <message>
        <source>is far too long</source>
        <translation>ist viel zu lang</translation>
    </message>
    <message>
        <source>its format_version or schema_version</source>
        <translation>ihre format_version oder schema_version</translation>
    </message>
    <message>
        <source>is not a version Waymark made</source>
        <translation>ist keine Version, die Waymark erstellt hat</translation>
    </message>
    <message>
        <source>&quot;tables&quot;</source>
        <translation>„tables“</translation>
    </message>
    <message>
        <source>should be an object with one list per table</source>
        <translation>sollte ein Objekt mit einer Liste pro Tabelle sein</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot;</source>
        <translation>die Tabelle „%1“</translation>
    </message>
    <message>
        <source>is not part of a diary</source>
        <translation>gehört nicht zu einem Tagebuch</translation>
    </message>
    <message>
        <source>should be a list of rows</source>
        <translation>sollte eine Liste von Zeilen sein</translation>
    </message>
    <message>
        <source>row %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
    <message>
        <source>should be an object</source>
        <translation>sollte ein Objekt sein</translation>
    </message>
    <message>
        <source>has a column &quot;%1&quot; that %2 does not have</source>
        <translation>hat eine Spalte „%1“, die %2 nicht hat</translation>
    </message>
    <message>
        <source>has no column &quot;%1&quot;</source>
        <translation>hat keine Spalte „%1“</translation>
    </message>
    <message>
        <source>%1, column %2,</source>
        <translation>%1, Spalte %2,</translation>
    </message>
</context>
<context>
    <name>LiquidNote</name>
    <message>
        <source>oral solution US</source>
        <translation>Lösung zum Einnehmen, USA</translation>
    </message>
    <message>
        <source>oral drops EU; drops are ~25% more bioavailable than tablets</source>
        <translation>Tropfen zum Einnehmen, EU; Tropfen sind etwa 25&#xa0;% besser bioverfügbar als Tabletten</translation>
    </message>
    <message>
        <source>oral drops EU</source>
        <translation>Tropfen zum Einnehmen, EU</translation>
    </message>
    <message>
        <source>oral solution</source>
        <translation>Lösung zum Einnehmen</translation>
    </message>
    <message>
        <source>oral suspension</source>
        <translation>Suspension zum Einnehmen</translation>
    </message>
    <message>
        <source>oral concentrate</source>
        <translation>Konzentrat zum Einnehmen</translation>
    </message>
    <message>
        <source>oral solution UK</source>
        <translation>Lösung zum Einnehmen, Großbritannien</translation>
    </message>
    <message>
        <source>oral solutions</source>
        <translation>Lösungen zum Einnehmen</translation>
    </message>
    <message>
        <source>oral concentrate US</source>
        <translation>Konzentrat zum Einnehmen, USA</translation>
    </message>
    <message>
        <source>oral solutions UK</source>
        <translation>Lösungen zum Einnehmen, Großbritannien</translation>
    </message>
    <message>
        <source>oral suspension UK</source>
        <translation>Suspension zum Einnehmen, Großbritannien</translation>
    </message>
    <message>
        <source>oral suspensions UK</source>
        <translation>Suspensionen zum Einnehmen, Großbritannien</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Waymark (demo)</source>
        <translation>Waymark (Demo)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>phone tab bar: six fit in 360 px</comment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>phone tab bar: six fit in 360 px</comment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Charts</source>
        <comment>phone tab bar: six fit in 360 px</comment>
        <translation>Kurven</translation>
    </message>
    <message>
        <source>History</source>
        <comment>phone tab bar: six fit in 360 px</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>phone tab bar: six fit in 360 px</comment>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>phone tab bar: six fit in 360 px</comment>
        <translation>Setup</translation>
    </message>
</context>
<context>
    <name>MedicineAddForm</name>
    <message>
        <source>Add a medicine</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>Another medicine (not in the list)</source>
        <translation>Anderes Medikament (nicht in der Liste)</translation>
    </message>
    <message>
        <source>Medicine to add</source>
        <translation>Hinzuzufügendes Medikament</translation>
    </message>
    <message>
        <source>Name of the medicine</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <source>Name of another medicine</source>
        <translation>Name eines anderen Medikaments</translation>
    </message>
    <message>
        <source>Kind, e.g. SSRI</source>
        <translation>Art, z. B. SSRI</translation>
    </message>
    <message>
        <source>Kind of medicine</source>
        <translation>Art des Medikaments</translation>
    </message>
    <message>
        <source>Dose you take now, mg a day (0 if you do not take it now)</source>
        <translation>Jetzige Dosis, mg am Tag (0, wenn du es jetzt nicht nimmst)</translation>
    </message>
    <message>
        <source>Dose you take now, mg a day</source>
        <translation>Jetzige Dosis, mg am Tag</translation>
    </message>
    <message>
        <source>mg a day</source>
        <translation>mg am Tag</translation>
    </message>
    <message>
        <source>Which forms do you have? Add each tablet, capsule or liquid below.</source>
        <translation>Welche Formen hast du? Füge unten jede Tablette, Kapsel oder Flüssigkeit hinzu.</translation>
    </message>
    <message>
        <source>Which forms do you have? The usual strengths are ticked (product labelling, S5; they vary by country): untick what you do not have. Plans only use what is ticked.</source>
        <translation>Welche Formen hast du? Die üblichen Stärken sind angehakt (Fachinformation, S5; sie unterscheiden sich je nach Land): Entferne den Haken bei allem, was du nicht hast. Pläne verwenden nur, was angehakt ist.</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>%1 mg/mL liquid</source>
        <translation>%1&#xa0;mg/mL Flüssigkeit</translation>
    </message>
    <message>
        <source> (syringe %1 mL)</source>
        <translation> (Spritze %1&#xa0;mL)</translation>
    </message>
    <message>
        <source>%1 mg %2</source>
        <translation>%1&#xa0;mg %2</translation>
    </message>
    <message>
        <source> (modified release, do not split)</source>
        <translation> (retardiert, nicht teilen)</translation>
    </message>
    <message>
        <source> (halves)</source>
        <translation> (Hälften)</translation>
    </message>
    <message>
        <source> (quarters)</source>
        <translation> (Viertel)</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>von dir hinzugefügt</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Medikament hinzufügen</translation>
    </message>
</context>
<context>
    <name>MedicineFacts</name>
    <message>
        <source>Sørensen et al. 2022</source>
        <translation>Sørensen et al. 2022</translation>
    </message>
    <message>
        <source>Ashton 2007</source>
        <translation>Ashton 2007</translation>
    </message>
    <message>
        <source>VA/DoD 2021</source>
        <translation>VA/DoD 2021</translation>
    </message>
    <message>
        <source>NHS Scotland</source>
        <translation>NHS Scotland</translation>
    </message>
    <message>
        <source>product labelling</source>
        <translation>Fachinformation</translation>
    </message>
    <message>
        <source>half-life %1 h</source>
        <translation>Halbwertszeit %1&#xa0;h</translation>
    </message>
    <message>
        <source>half-life %1 h (%2, %3)</source>
        <translation>Halbwertszeit %1&#xa0;h (%2, %3)</translation>
    </message>
    <message>
        <source>No modelled effect on the serotonin transporter for this medicine: plans by equal drops in it (hyperbolic) are not available. You can type an Emax and ED50 from a source you trust.</source>
        <translation>Keine modellierte Wirkung auf den Serotonintransporter für dieses Medikament: Pläne mit gleichen Schritten darin (hyperbolisch) sind nicht verfügbar. Du kannst Emax und ED50 aus einer Quelle eingeben, der du vertraust.</translation>
    </message>
    <message>
        <source>Maximum occupancy (Emax) %1 %, dose giving half of it (ED50) %2 mg</source>
        <translation>Maximale Belegung (Emax) %1&#xa0;%, Dosis mit der Hälfte davon (ED50) %2&#xa0;mg</translation>
    </message>
    <message>
        <source>%1: your values.</source>
        <translation>%1: deine Werte.</translation>
    </message>
    <message>
        <source>%1: from S1 (Sørensen et al. 2022, as published by a public antidepressant calculator; not checked against the paper&apos;s own table). Modelled, never a measurement.</source>
        <translation>%1: aus S1 (Sørensen et al. 2022, wie von einem öffentlichen Antidepressiva-Rechner veröffentlicht; nicht mit der Tabelle der Arbeit selbst abgeglichen). Modelliert, nie gemessen.</translation>
    </message>
    <message>
        <source>modelled occupancy (your values)</source>
        <translation>modellierte Belegung (deine Werte)</translation>
    </message>
    <message>
        <source>modelled occupancy (S1, Sørensen et al. 2022)</source>
        <translation>modellierte Belegung (S1, Sørensen et al. 2022)</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Demo diary: made-up data.</source>
        <translation>Demo-Tagebuch: erfundene Daten.</translation>
    </message>
    <message>
        <source>Encrypted on this device. No account, no network.</source>
        <translation>Verschlüsselt auf diesem Gerät. Kein Konto, kein Netzwerk.</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>Lock the diary now</source>
        <translation>Tagebuch jetzt sperren</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Jetzt sperren (Strg+L)</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything you want to remember about this day. Saved when you leave the field.</source>
        <translation>Alles, was du dir zu diesem Tag merken willst. Wird gespeichert, wenn du das Feld verlässt.</translation>
    </message>
    <message>
        <source>How the day went, what helped…</source>
        <translation>Wie der Tag war, was geholfen hat …</translation>
    </message>
    <message>
        <source>Note for this day</source>
        <translation>Notiz zu diesem Tag</translation>
    </message>
    <message>
        <source>For my prescriber</source>
        <translation>Für meine Ärztin / meinen Arzt</translation>
    </message>
    <message>
        <source>The summary you share lists the notes marked for your prescriber.</source>
        <translation>Die Zusammenfassung, die du teilst, listet die für deine Ärztin / deinen Arzt markierten Notizen.</translation>
    </message>
    <message>
        <source>Mark this note for my prescriber</source>
        <translation>Diese Notiz für meine Ärztin / meinen Arzt markieren</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock the diary now</source>
        <translation>Tagebuch jetzt sperren</translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <source>What published guidance says about this method</source>
        <translation>Was veröffentlichte Leitlinien zu dieser Methode sagen</translation>
    </message>
    <message>
        <source>Published guidance on this method</source>
        <translation>Veröffentlichte Leitlinien zu dieser Methode</translation>
    </message>
    <message>
        <source>(Source: %1)</source>
        <translation>(Quelle: %1)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n step(s) cut more than 1.5 times what was asked: see the warning on each.</source>
        <translation>
            <numerusform>⚠ %n Schritt senkt mehr als 1,5-mal so stark wie gewünscht: siehe die Warnung dort.</numerusform>
            <numerusform>⚠ %n Schritte senken mehr als 1,5-mal so stark wie gewünscht: siehe die Warnung bei jedem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold this step…</source>
        <translation>Diesen Schritt halten…</translation>
    </message>
    <message>
        <source>Release the hold…</source>
        <translation>Halten beenden…</translation>
    </message>
    <message>
        <source>Pause the plan…</source>
        <translation>Plan pausieren…</translation>
    </message>
    <message>
        <source>Slow down…</source>
        <translation>Verlangsamen…</translation>
    </message>
    <message>
        <source>Next step now…</source>
        <translation>Nächster Schritt jetzt…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivieren…</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <source>Hyperbolic: %1 points less modelled occupancy every %2</source>
        <translation>Hyperbolisch: %1&#xa0;Punkte weniger modellierte Belegung alle %2</translation>
    </message>
    <message>
        <source>Percent: %1 % less than the previous dose every %2</source>
        <translation>Prozent: %1&#xa0;% weniger als die vorherige Dosis alle %2</translation>
    </message>
    <message>
        <source>Linear: %1 mg less every %2</source>
        <translation>Linear: %1&#xa0;mg weniger alle %2</translation>
    </message>
    <message>
        <source>Custom: the doses and dates from your prescriber&apos;s letter (%1 lines)</source>
        <translation>Eigener Plan: Dosen und Termine aus dem Schreiben deiner Ärztin / deines Arztes (%1 Zeilen)</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <source>How this is worked out: your baseline is the average daily symptom load (the sum of your symptom ratings) over the %1 days before the step you are on began (before the plan started, while you are on step 1), so each cut is compared with how you were just before it; the recent load is the average over the last %2 days. Waymark suggests a hold when the recent load is at least %3 times the baseline and at least %4 points above it, with at least %5 rated days in the baseline and %6 in the last week. You can change the two thresholds below. It is a suggestion only: nothing changes unless you choose to hold.</source>
        <translation>So wird das berechnet: Deine Ausgangslast ist die mittlere tägliche Symptomlast (die Summe deiner Symptombewertungen) über die %1&#xa0;Tage, bevor dein jetziger Schritt begann (vor dem Planstart, solange du bei Schritt 1 bist), damit jede Senkung mit deinem Befinden kurz davor verglichen wird; die jüngste Last ist der Mittelwert der letzten %2&#xa0;Tage. Waymark schlägt Halten vor, wenn die jüngste Last mindestens das %3-Fache der Ausgangslast und mindestens %4&#xa0;Punkte darüber liegt, mit mindestens %5 bewerteten Tagen in der Ausgangszeit und %6 in der letzten Woche. Die zwei Schwellen kannst du unten ändern. Es ist nur ein Vorschlag: Nichts ändert sich, wenn du nicht selbst Halten wählst.</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>Occupancy is the modelled effect on the serotonin transporter, from a fitted curve (maximum Emax %1 %, half of it at ED50 %2 mg; %3), never measured.</source>
        <translation>Die Belegung ist die modellierte Wirkung auf den Serotonintransporter, aus einer angepassten Kurve (Maximum Emax %1&#xa0;%, die Hälfte bei ED50 %2&#xa0;mg; %3), nie gemessen.</translation>
    </message>
    <message>
        <source>from S1, Sørensen et al. 2022</source>
        <translation>aus S1, Sørensen et al. 2022</translation>
    </message>
    <message>
        <source>your values</source>
        <translation>deine Werte</translation>
    </message>
    <message>
        <source>Starts on %1 at %2.</source>
        <translation>Beginnt am %1 mit %2.</translation>
    </message>
    <message>
        <source>Finished: 0 mg since %1.</source>
        <translation>Abgeschlossen: 0&#xa0;mg seit %1.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, held until you release it.</source>
        <translation>Schritt %1 von %2: %3, gehalten, bis du es beendest.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 until %4.</source>
        <translation>Schritt %1 von %2: %3 bis %4.</translation>
    </message>
</context>
<context>
    <name>PlanCreateDialog</name>
    <message>
        <source>New taper plan</source>
        <translation>Neuer Ausschleichplan</translation>
    </message>
    <message>
        <source>A plan is something to agree with your prescriber. Waymark does not give medical advice.</source>
        <translation>Einen Plan stimmst du mit deiner Ärztin / deinem Arzt ab. Waymark gibt keinen medizinischen Rat.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Hyperbolic: equal drops in modelled occupancy</source>
        <translation>Hyperbolisch: gleiche Schritte in der modellierten Belegung</translation>
    </message>
    <message>
        <source>Percent of the previous dose</source>
        <translation>Prozent der vorherigen Dosis</translation>
    </message>
    <message>
        <source>Linear: the same mg each step</source>
        <translation>Linear: gleiche mg bei jedem Schritt</translation>
    </message>
    <message>
        <source>Custom: dates and doses from a letter</source>
        <translation>Eigener Plan: Datum und Dosis aus einem Schreiben</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Stop below %1 mg instead</source>
        <translation>Stattdessen unter %1&#xa0;mg absetzen</translation>
    </message>
    <message>
        <source>Dose now (mg)</source>
        <translation>Jetzige Dosis (mg)</translation>
    </message>
    <message>
        <source>Start dose in mg</source>
        <translation>Anfangsdosis in mg</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Days per step</source>
        <translation>Tage pro Schritt</translation>
    </message>
    <message>
        <source>Step (points)</source>
        <translation>Schritt (Punkte)</translation>
    </message>
    <message>
        <source>Step (%)</source>
        <translation>Schritt (%)</translation>
    </message>
    <message>
        <source>Step (mg)</source>
        <translation>Schritt (mg)</translation>
    </message>
    <message>
        <source>Stop below (mg)</source>
        <translation>Absetzen unter (mg)</translation>
    </message>
    <message>
        <source>Final dose: below this the next step is 0 mg</source>
        <translation>Letzte Dosis: darunter ist der nächste Schritt 0&#xa0;mg</translation>
    </message>
    <message>
        <source>Each step: %1. Once the method&apos;s dose falls below &quot;stop below&quot;, the next step is 0 mg.</source>
        <translation>Jeder Schritt: %1. Sobald die Dosis der Methode unter „absetzen unter“ fällt, ist der nächste Schritt 0&#xa0;mg.</translation>
    </message>
    <message>
        <source>One line per change, as your prescriber wrote it: the date it starts and the dose in mg, e.g. 2026-04-01 15</source>
        <translation>Eine Zeile pro Änderung, wie deine Ärztin / dein Arzt sie geschrieben hat: das Datum, ab dem sie gilt, und die Dosis in mg, z. B. 2026-04-01 15</translation>
    </message>
    <message>
        <source>Dates and doses from your prescriber</source>
        <translation>Datum und Dosis von deiner Ärztin / deinem Arzt</translation>
    </message>
    <message>
        <source>Days for the last step</source>
        <translation>Tage für den letzten Schritt</translation>
    </message>
    <message>
        <source>What you have to make each dose</source>
        <translation>Womit du jede Dosis zusammenstellst</translation>
    </message>
    <message>
        <source>No tablets, capsules or liquid listed for this medicine yet.</source>
        <translation>Für dieses Medikament sind noch keine Tabletten, Kapseln oder Flüssigkeiten eingetragen.</translation>
    </message>
    <message>
        <source>Add a form you have</source>
        <translation>Eine Form hinzufügen, die du hast</translation>
    </message>
    <message>
        <source>Add a form you have (a liquid, another strength)</source>
        <translation>Eine Form hinzufügen, die du hast (eine Flüssigkeit, eine andere Stärke)</translation>
    </message>
    <message>
        <source>+ %1 (syringe 0.1 mL)</source>
        <translation>+ %1 (Spritze 0,1&#xa0;mL)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Back to the forms I have</source>
        <translation>Zurück zu meinen Formen</translation>
    </message>
    <message>
        <source>The preview appears once the fields above make a schedule.</source>
        <translation>Die Vorschau erscheint, sobald die Felder oben einen Plan ergeben.</translation>
    </message>
    <message>
        <source>I have read the warnings and want this plan as it is</source>
        <translation>Ich habe die Warnungen gelesen und will diesen Plan so</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save with warnings</source>
        <translation>Mit Warnungen speichern</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <source>One dose a day. Taken at several times a day? Add the times in Settings › Medicines and each step says the amount at each time.</source>
        <translation>Eine Dosis am Tag. Nimmst du es mehrmals am Tag? Trage die Uhrzeiten unter Einstellungen › Medikamente ein, dann nennt jeder Schritt die Menge zu jeder Uhrzeit.</translation>
    </message>
    <message>
        <source>Plan each dose time: %1</source>
        <translation>Jede Uhrzeit planen: %1</translation>
    </message>
    <message>
        <source>Cut one dose time at a time (the others stay as they are)</source>
        <translation>Eine Uhrzeit nach der anderen senken (die anderen bleiben gleich)</translation>
    </message>
    <message>
        <source>Cut every dose time a little (in proportion)</source>
        <translation>Jede Uhrzeit ein wenig senken (anteilig)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>PlanDailyCard</name>
    <message>
        <source>%1 day to day</source>
        <translation>%1&#xa0;Tag für Tag</translation>
    </message>
    <message>
        <source>Doses at each time, what to ask the pharmacy for, the calendar, and going back a step. A plan to agree with your prescriber.</source>
        <translation>Dosen zu jeder Uhrzeit, was du in der Apotheke verlangst, der Kalender und ein Schritt zurück. Ein Plan, den du mit deiner Ärztin / deinem Arzt abstimmst.</translation>
    </message>
    <message>
        <source>Save to a calendar file…</source>
        <translation>In eine Kalenderdatei speichern…</translation>
    </message>
    <message>
        <source>Put the doses in the events</source>
        <translation>Dosen in die Termine schreiben</translation>
    </message>
    <message>
        <source>Back to the previous dose…</source>
        <translation>Zurück zur vorherigen Dosis…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Back to the previous dose</source>
        <translation>Zurück zur vorherigen Dosis</translation>
    </message>
    <message>
        <source>From today the plan stays at that dose until you release it, then continues with the dose you are leaving. Waymark never suggests this: do it only when your prescriber agreed.</source>
        <translation>Ab heute bleibt der Plan bei dieser Dosis, bis du das Halten beendest, und geht dann mit der Dosis weiter, die du verlässt. Waymark schlägt das nie vor: Tu es nur, wenn deine Ärztin / dein Arzt zugestimmt hat.</translation>
    </message>
    <message>
        <source>My prescriber agreed</source>
        <translation>Meine Ärztin / mein Arzt hat zugestimmt</translation>
    </message>
    <message>
        <source>Go back until I release it</source>
        <translation>Zurückgehen, bis ich es beende</translation>
    </message>
</context>
<context>
    <name>PlanDailyController</name>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Back to the previous dose (prescriber agreed)</source>
        <translation>Zurück zur vorherigen Dosis (ärztlich abgestimmt)</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 days</source>
        <translation>%1 bis %2 · %3&#xa0;Tage</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Dieser Schritt</translation>
    </message>
    <message numerus="yes">
        <source>Next %n week(s)</source>
        <translation>
            <numerusform>Nächste Woche</numerusform>
            <numerusform>Nächste %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Ganzer Plan</translation>
    </message>
    <message>
        <source>Back to %1 a day, step %2&apos;s dose (now %3)</source>
        <translation>Zurück auf %1 am Tag, die Dosis von Schritt %2 (jetzt %3)</translation>
    </message>
    <message>
        <source>Going back to the previous dose is recorded once your prescriber agreed: tick the box to say they did.</source>
        <translation>Die Rückkehr zur vorherigen Dosis wird eingetragen, sobald deine Ärztin / dein Arzt zugestimmt hat: Setze den Haken, um das zu bestätigen.</translation>
    </message>
    <message>
        <source>There is no plan to export.</source>
        <translation>Es gibt keinen Plan zum Exportieren.</translation>
    </message>
    <message>
        <source>Choose where to save the calendar file.</source>
        <translation>Wähle, wo die Kalenderdatei gespeichert wird.</translation>
    </message>
    <message>
        <source>The calendar could not be saved there (%1). Choose another folder.</source>
        <translation>Der Kalender konnte dort nicht gespeichert werden (%1). Wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved. The events include the doses: calendars sync to other services.</source>
        <translation>Gespeichert. Die Termine enthalten die Dosen: Kalender werden mit anderen Diensten synchronisiert.</translation>
    </message>
    <message>
        <source>Saved. The events say only &quot;Waymark: step N begins&quot;.</source>
        <translation>Gespeichert. Die Termine sagen nur „Waymark: Schritt N beginnt“.</translation>
    </message>
</context>
<context>
    <name>PlanDraft</name>
    <message>
        <source>No modelled effect on the serotonin transporter for this medicine: a plan by equal drops in it (hyperbolic) is not available.</source>
        <translation>Keine modellierte Wirkung auf den Serotonintransporter für dieses Medikament: Ein Plan mit gleichen Schritten darin (hyperbolisch) ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Modelled effect on the serotonin transporter (occupancy) with maximum occupancy Emax %1 % and ED50 %2 mg (the dose giving half of it), %3. Modelled values, never measurements; change them in Settings › Medicines.</source>
        <translation>Modellierte Wirkung auf den Serotonintransporter (Belegung) mit maximaler Belegung Emax %1&#xa0;% und ED50 %2&#xa0;mg (die Dosis mit der Hälfte davon), %3. Modellierte Werte, nie Messungen; ändern kannst du sie unter Einstellungen › Medikamente.</translation>
    </message>
    <message>
        <source>your values</source>
        <translation>deine Werte</translation>
    </message>
    <message>
        <source>from S1 (Sørensen et al. 2022)</source>
        <translation>aus S1 (Sørensen et al. 2022)</translation>
    </message>
    <message>
        <source>1 step cuts more than 1.5 times what you asked: see the warning on it.</source>
        <translation>1 Schritt senkt mehr als 1,5-mal so stark wie gewünscht: siehe die Warnung dort.</translation>
    </message>
    <message>
        <source>%1 steps cut more than 1.5 times what you asked: see the warnings on them.</source>
        <translation>%1 Schritte senken mehr als 1,5-mal so stark wie gewünscht: siehe die Warnungen dort.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Use %1 %2</source>
        <translation>%1 %2 verwenden</translation>
    </message>
    <message>
        <source>With %1, step 1 can be exactly the dose you take now.</source>
        <translation>Mit %1 kann Schritt 1 genau deine jetzige Dosis sein.</translation>
    </message>
    <message>
        <source>With %1, the doses in between can be made: no step cuts more than asked.</source>
        <translation>Mit %1 lassen sich die Dosen dazwischen zusammenstellen: Kein Schritt senkt stärker als gewünscht.</translation>
    </message>
    <message>
        <source>With %1, %2 of %3 steps still cut more than asked.</source>
        <translation>Mit %1 senken %2 von %3 Schritten noch stärker als gewünscht.</translation>
    </message>
    <message>
        <source>In this preview: %1. Saving the plan adds it to your forms of this medicine; get it from your pharmacy or prescriber before the step that needs it.</source>
        <translation>In dieser Vorschau: %1. Beim Speichern des Plans kommt es zu deinen Formen dieses Medikaments hinzu; besorge es in der Apotheke oder bei deiner Ärztin / deinem Arzt vor dem Schritt, der es braucht.</translation>
    </message>
    <message>
        <source>mg less each step</source>
        <translation>mg weniger pro Schritt</translation>
    </message>
    <message>
        <source>% of the previous dose each step</source>
        <translation>% der vorherigen Dosis pro Schritt</translation>
    </message>
    <message>
        <source>points of modelled occupancy each step</source>
        <translation>Punkte modellierter Belegung pro Schritt</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <source>%1 steps; 0 mg from %2, about %3 months after the start</source>
        <translation>%1 Schritte; 0&#xa0;mg ab %2, etwa %3&#xa0;Monate nach dem Start</translation>
    </message>
    <message>
        <source>Some steps cut more than 1.5 times what you asked (see the warnings on them). Use the suggested form, or confirm that you want this plan as it is.</source>
        <translation>Einige Schritte senken mehr als 1,5-mal so stark wie gewünscht (siehe die Warnungen dort). Verwende die vorgeschlagene Form oder bestätige, dass du diesen Plan so willst.</translation>
    </message>
    <message>
        <source>%1 %2 mg</source>
        <translation>%1 %2&#xa0;mg</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Taper plans</source>
        <translation>Ausschleichpläne</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Neuer Plan…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Make a new taper plan</source>
        <translation>Neuen Ausschleichplan erstellen</translation>
    </message>
    <message>
        <source>A plan is something to agree with your prescriber. Waymark does not give medical advice.</source>
        <translation>Einen Plan stimmst du mit deiner Ärztin / deinem Arzt ab. Waymark gibt keinen medizinischen Rat.</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Noch kein Plan</translation>
    </message>
    <message>
        <source>Make a plan for a medicine you want to come off: choose how the dose comes down, see every step before you save it, and keep it beside your diary.</source>
        <translation>Erstelle einen Plan für ein Medikament, das du absetzen willst: Wähle, wie die Dosis sinkt, sieh jeden Schritt vor dem Speichern und behalte ihn neben deinem Tagebuch.</translation>
    </message>
    <message>
        <source>A plan is made for one of your medicines, from the dose you take now and the forms you have. Add your medicines first.</source>
        <translation>Ein Plan wird für eines deiner Medikamente erstellt, aus deiner jetzigen Dosis und den Formen, die du hast. Füge zuerst deine Medikamente hinzu.</translation>
    </message>
    <message>
        <source>Make a plan…</source>
        <translation>Plan erstellen…</translation>
    </message>
    <message>
        <source>Add your medicines</source>
        <translation>Deine Medikamente hinzufügen</translation>
    </message>
    <message>
        <source>Hold this step</source>
        <translation>Diesen Schritt halten</translation>
    </message>
    <message>
        <source>Pause the plan</source>
        <translation>Plan pausieren</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>Halten beenden</translation>
    </message>
    <message>
        <source>Slow down the rest</source>
        <translation>Den Rest verlangsamen</translation>
    </message>
    <message>
        <source>Start the next step now</source>
        <translation>Nächsten Schritt jetzt beginnen</translation>
    </message>
    <message>
        <source>Change the dose of step %1</source>
        <translation>Dosis von Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Archive this plan</source>
        <translation>Diesen Plan archivieren</translation>
    </message>
    <message>
        <source>Stay at today&apos;s dose of %1 for longer. Every later step moves by the same number of days.</source>
        <translation>Länger bei der heutigen Dosis von %1 bleiben. Jeder spätere Schritt verschiebt sich um dieselbe Zahl von Tagen.</translation>
    </message>
    <message>
        <source>Pause the whole %1 plan from today. Every later step moves by the same number of days.</source>
        <translation>Den ganzen Plan für %1 ab heute pausieren. Jeder spätere Schritt verschiebt sich um dieselbe Zahl von Tagen.</translation>
    </message>
    <message>
        <source>End the hold of %1 today. The rest of the step and the later steps follow from today.</source>
        <translation>Das Halten von %1 heute beenden. Der Rest des Schritts und die späteren Schritte folgen ab heute.</translation>
    </message>
    <message>
        <source>From the next step of %1 on: a longer interval or smaller steps. Leave a field empty to keep it.</source>
        <translation>Ab dem nächsten Schritt von %1: ein längerer Abstand oder kleinere Schritte. Lass ein Feld leer, um es zu behalten.</translation>
    </message>
    <message>
        <source>End the current step of %1 yesterday and start the next one today.</source>
        <translation>Den jetzigen Schritt von %1 gestern beenden und den nächsten heute beginnen.</translation>
    </message>
    <message>
        <source>Set the dose of this future step of %1. It is rounded to what you can make and stays below the step before; 0 stops there.</source>
        <translation>Die Dosis dieses künftigen Schritts von %1 festlegen. Sie wird auf das gerundet, was du zusammenstellen kannst, und bleibt unter dem Schritt davor; 0 setzt dort ab.</translation>
    </message>
    <message>
        <source>The %1 plan stays in the diary but asks for no more doses. You can then make a new plan for it.</source>
        <translation>Der Plan für %1 bleibt im Tagebuch, sieht aber keine Dosen mehr vor. Danach kannst du einen neuen Plan dafür erstellen.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Days to hold</source>
        <translation>Tage halten</translation>
    </message>
    <message>
        <source>Until I release it</source>
        <translation>Bis ich es beende</translation>
    </message>
    <message>
        <source>Days per step (now %1)</source>
        <translation>Tage pro Schritt (jetzt %1)</translation>
    </message>
    <message>
        <source>Step size in %1 (now %2)</source>
        <translation>Schrittgröße in %1 (jetzt %2)</translation>
    </message>
    <message>
        <source>New dose in mg</source>
        <translation>Neue Dosis in mg</translation>
    </message>
    <message>
        <source>Agree changes with your prescriber. Steps already taken stay as they were.</source>
        <translation>Stimme Änderungen mit deiner Ärztin / deinem Arzt ab. Bereits gemachte Schritte bleiben, wie sie waren.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Change pace</source>
        <translation>Tempo ändern</translation>
    </message>
    <message>
        <source>Start next step</source>
        <translation>Nächsten Schritt beginnen</translation>
    </message>
    <message>
        <source>Change dose</source>
        <translation>Dosis ändern</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PlanStepModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>your values</source>
        <translation>deine Werte</translation>
    </message>
    <message>
        <source>%1 % occupancy (modelled, %2)</source>
        <translation>%1&#xa0;% Belegung (modelliert, %2)</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>absetzen</translation>
    </message>
    <message>
        <source>stop: the method&apos;s %1 mg is below the last dose you can make or your final dose</source>
        <translation>absetzen: die %1&#xa0;mg der Methode liegen unter der kleinsten Dosis, die du zusammenstellen kannst, oder unter deiner letzten Dosis</translation>
    </message>
    <message>
        <source>dose set by you (method: %1 mg)</source>
        <translation>von dir festgelegte Dosis (Methode: %1&#xa0;mg)</translation>
    </message>
    <message>
        <source>exactly the method&apos;s dose</source>
        <translation>genau die Dosis der Methode</translation>
    </message>
    <message>
        <source>rounded from %1 mg (%2%3 mg</source>
        <translation>gerundet von %1&#xa0;mg (%2%3&#xa0;mg</translation>
    </message>
    <message>
        <source>%1 at the planned dose</source>
        <translation>%1 mit der geplanten Dosis</translation>
    </message>
    <message>
        <source>, %1 at another dose</source>
        <translation>, %1 mit anderer Dosis</translation>
    </message>
    <message>
        <source>, %1 not logged</source>
        <translation>, %1 nicht eingetragen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1, held until you release it</source>
        <translation>ab %1, gehalten, bis du es beendest</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>cut %1 %</source>
        <translation>%1&#xa0;% gesenkt</translation>
    </message>
    <message>
        <source> · %1 points less modelled occupancy</source>
        <translation> · %1&#xa0;Punkte weniger modellierte Belegung</translation>
    </message>
    <message>
        <source>held until released</source>
        <translation>gehalten bis zum Beenden</translation>
    </message>
    <message>
        <source>held %1 longer</source>
        <translation>%1 länger gehalten</translation>
    </message>
    <message>
        <source>%1 %2 mg</source>
        <translation>%1 %2&#xa0;mg</translation>
    </message>
</context>
<context>
    <name>PlanSwitch</name>
    <message>
        <source>now, before the switch</source>
        <translation>jetzt, vor der Umstellung</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>stop %1</source>
        <translation>%1 absetzen</translation>
    </message>
    <message>
        <source>together %1 mg as diazepam</source>
        <translation>zusammen %1&#xa0;mg als Diazepam</translation>
    </message>
    <message>
        <source>Each stage&apos;s doses are ones you can make with your tablets or liquid. Diazepam is rounded down, so a stage&apos;s total never goes above %1 mg (the %2 value for %3 mg); %4 is rounded to the nearest dose you can make. After %5, diazepam %6 mg alone: a diazepam taper plan can start on %7.</source>
        <translation>Die Dosen jeder Stufe lassen sich mit deinen Tabletten oder deiner Flüssigkeit zusammenstellen. Diazepam wird abgerundet, sodass die Summe einer Stufe nie über %1&#xa0;mg liegt (der Wert von %2 für %3&#xa0;mg); %4 wird auf die nächste Dosis gerundet, die du zusammenstellen kannst. Nach %5 Diazepam %6&#xa0;mg allein: Ein Ausschleichplan für Diazepam kann am %7 beginnen.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Archiviert.</translation>
    </message>
    <message>
        <source>Ended; its last day was %1.</source>
        <translation>Beendet; der letzte Tag war der %1.</translation>
    </message>
    <message>
        <source>Stages done: diazepam %1 mg alone until a diazepam plan takes over, or you end the switch.</source>
        <translation>Stufen erledigt: Diazepam %1&#xa0;mg allein, bis ein Diazepam-Plan übernimmt oder du die Umstellung beendest.</translation>
    </message>
    <message>
        <source>Active.</source>
        <translation>Aktiv.</translation>
    </message>
    <message>
        <source>%1 %2 mg to diazepam %3 mg</source>
        <translation>%1 %2&#xa0;mg auf Diazepam %3&#xa0;mg</translation>
    </message>
    <message>
        <source>Equivalence: %1</source>
        <translation>Äquivalenz: %1</translation>
    </message>
    <message>
        <source>Recorded on %1 after you confirmed your prescriber agreed.</source>
        <translation>Am %1 eingetragen, nachdem du bestätigt hast, dass deine Ärztin / dein Arzt zugestimmt hat.</translation>
    </message>
    <message>
        <source>%1 mg %2 = 10 mg diazepam</source>
        <translation>%1&#xa0;mg %2 = 10&#xa0;mg Diazepam</translation>
    </message>
    <message>
        <source>%1 %2 mg becomes %3 mg diazepam in %4 stages of %5, using %6.</source>
        <translation>%1 %2&#xa0;mg wird zu %3&#xa0;mg Diazepam in %4 Stufen von %5, mit %6.</translation>
    </message>
    <message>
        <source>the %1 plan</source>
        <translation>der Plan für %1</translation>
    </message>
    <message>
        <source>You have an active taper plan that would overlap the switch (%1). Planned doses are never added up, so choose what happens to it: end it (its last day becomes %2) or archive it.</source>
        <translation>Du hast einen aktiven Ausschleichplan, der sich mit der Umstellung überschneiden würde (%1). Geplante Dosen werden nie addiert, wähle also, was mit ihm geschieht: beenden (sein letzter Tag wird der %2) oder archivieren.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source> mg diazepam</source>
        <translation> mg Diazepam</translation>
    </message>
    <message>
        <source>no diazepam yet</source>
        <translation>noch kein Diazepam</translation>
    </message>
</context>
<context>
    <name>PlanSwitchCard</name>
    <message>
        <source>Switching to diazepam</source>
        <translation>Umstellung auf Diazepam</translation>
    </message>
    <message>
        <source>Some people switch to diazepam before tapering, replacing the dose in stages. The published equivalence tables differ, by up to two times for some medicines, so both are shown. A switch is something to agree with your prescriber; Waymark does not give medical advice.</source>
        <translation>Manche stellen vor dem Ausschleichen auf Diazepam um und ersetzen die Dosis in Stufen. Die veröffentlichten Äquivalenztabellen unterscheiden sich, bei manchen Medikamenten bis um das Doppelte, darum werden beide gezeigt. Eine Umstellung stimmst du mit deiner Ärztin / deinem Arzt ab; Waymark gibt keinen medizinischen Rat.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Dose now (mg)</source>
        <translation>Jetzige Dosis (mg)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Days per stage</source>
        <translation>Tage pro Stufe</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <source>End the plan the day before the switch starts (its record stays)</source>
        <translation>Den Plan am Tag vor Beginn der Umstellung beenden (sein Eintrag bleibt)</translation>
    </message>
    <message>
        <source>Archive the plan</source>
        <translation>Den Plan archivieren</translation>
    </message>
    <message>
        <source>My prescriber agreed to this switch</source>
        <translation>Meine Ärztin / mein Arzt hat dieser Umstellung zugestimmt</translation>
    </message>
    <message>
        <source>Record the switch</source>
        <translation>Umstellung eintragen</translation>
    </message>
    <message>
        <source>End the switch today</source>
        <translation>Umstellung heute beenden</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>PlannedDose</name>
    <message>
        <source>plan %1, step %2</source>
        <translation>Plan %1, Schritt %2</translation>
    </message>
    <message>
        <source>switch %1, after its last stage</source>
        <translation>Umstellung %1, nach ihrer letzten Stufe</translation>
    </message>
    <message>
        <source>switch %1, stage %2 of %3</source>
        <translation>Umstellung %1, Stufe %2 von %3</translation>
    </message>
    <message>
        <source>%1 mg (%2)</source>
        <translation>%1&#xa0;mg (%2)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Two sources give a dose of this drug for this day: %1. They are not added up; end or archive one of them.</source>
        <translation>Zwei Quellen geben für diesen Tag eine Dosis dieses Medikaments vor: %1. Sie werden nicht zusammengezählt; beende oder archiviere eine davon.</translation>
    </message>
    <message>
        <source>%1 sources give a dose of this drug for this day: %2. They are not added up; end or archive one of them.</source>
        <translation>%1 Quellen geben für diesen Tag eine Dosis dieses Medikaments vor: %2. Sie werden nicht zusammengezählt; beende oder archiviere eine davon.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The diary is locked.</source>
        <translation>Das Tagebuch ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>ReminderPrompt</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Erinnerung schließen</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsCard</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>A reminder only ever says &quot;How was today?&quot; or &quot;The dose reminder you set.&quot; It never shows your medicines or what you wrote, so nothing private appears on a lock screen.</source>
        <translation>Eine Erinnerung sagt immer nur „Wie war heute?“ oder „Die Dosis-Erinnerung, die du eingestellt hast.“ Sie zeigt nie deine Medikamente oder was du geschrieben hast, daher erscheint nichts Privates auf einem Sperrbildschirm.</translation>
    </message>
    <message>
        <source>Time of: %1</source>
        <translation>Uhrzeit für: %1</translation>
    </message>
    <message>
        <source>Every day: &quot;How was today?&quot;</source>
        <translation>Jeden Tag: „Wie war heute?“</translation>
    </message>
    <message>
        <source>Dose reminder, while a plan gives a dose</source>
        <translation>Dosis-Erinnerung, solange ein Plan eine Dosis vorsieht</translation>
    </message>
    <message>
        <source>No plan gives a dose today, so the dose reminder waits until one does.</source>
        <translation>Heute sieht kein Plan eine Dosis vor, daher wartet die Dosis-Erinnerung, bis einer es tut.</translation>
    </message>
    <message>
        <source>Reminders come while Waymark is open or in the background. Where the system has no notifications, a quiet line at the top of the window shows them.</source>
        <translation>Erinnerungen kommen, solange Waymark geöffnet ist oder im Hintergrund läuft. Wo das System keine Benachrichtigungen hat, zeigt eine ruhige Zeile oben im Fenster sie an.</translation>
    </message>
    <message>
        <source>Notifications for Waymark are turned off in the system settings, so no reminder can show. Turn them on there to get your reminders.</source>
        <translation>Benachrichtigungen für Waymark sind in den Systemeinstellungen ausgeschaltet, daher kann keine Erinnerung erscheinen. Schalte sie dort ein, um deine Erinnerungen zu bekommen.</translation>
    </message>
    <message>
        <source>Reminders come at their time, also while Waymark is closed.</source>
        <translation>Erinnerungen kommen zu ihrer Zeit, auch wenn Waymark geschlossen ist.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>How was today?</source>
        <translation>Wie war heute?</translation>
    </message>
    <message>
        <source>Waymark reminder</source>
        <translation>Waymark-Erinnerung</translation>
    </message>
    <message>
        <source>A moment to note your day in Waymark.</source>
        <translation>Ein Moment, um deinen Tag in Waymark einzutragen.</translation>
    </message>
    <message>
        <source>The dose reminder you set.</source>
        <translation>Die Dosis-Erinnerung, die du eingestellt hast.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source> every %1 days</source>
        <translation> alle %1&#xa0;Tage</translation>
    </message>
    <message>
        <source>linear: %1 less each step%2</source>
        <translation>linear: %1 weniger pro Schritt%2</translation>
    </message>
    <message>
        <source>percent: %1 % of the previous dose each step%2</source>
        <translation>prozentual: %1&#xa0;% der vorherigen Dosis pro Schritt%2</translation>
    </message>
    <message>
        <source>hyperbolic: %1 points of modelled occupancy each step%2</source>
        <translation>hyperbolisch: %1&#xa0;Punkte modellierter Belegung pro Schritt%2</translation>
    </message>
    <message>
        <source>custom: the doses and dates the prescriber wrote down</source>
        <translation>eigener Plan: die Dosen und Daten, die die Ärztin / der Arzt aufgeschrieben hat</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>%1 from %2 for %3 days</source>
        <translation>%1 ab %2 für %3&#xa0;Tage</translation>
    </message>
    <message>
        <source>%1 from %2 until %3</source>
        <translation>%1 vom %2 bis %3</translation>
    </message>
    <message>
        <source>%1 from %2 until released (still open)</source>
        <translation>%1 ab %2 bis zur Freigabe (noch offen)</translation>
    </message>
    <message>
        <source>Waymark does not give medical advice: this summary records what the person logged, and any plan in it is a proposal to agree with their prescriber.</source>
        <translation>Waymark gibt keinen medizinischen Rat: Diese Zusammenfassung gibt wieder, was die Person eingetragen hat, und jeder Plan darin ist ein Vorschlag, der mit der behandelnden Ärztin / dem behandelnden Arzt abzustimmen ist.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>extreme</source>
        <translation>extrem</translation>
    </message>
    <message>
        <source>the summary needs the first day of its range</source>
        <translation>die Zusammenfassung braucht den ersten Tag ihres Zeitraums</translation>
    </message>
    <message>
        <source>the summary needs the last day of its range</source>
        <translation>die Zusammenfassung braucht den letzten Tag ihres Zeitraums</translation>
    </message>
    <message>
        <source>the range ends before it starts; give an end on or after its start</source>
        <translation>der Zeitraum endet, bevor er beginnt; gib ein Ende am oder nach dem Beginn an</translation>
    </message>
    <message>
        <source>the range is longer than 20 years; choose a shorter one</source>
        <translation>der Zeitraum ist länger als 20 Jahre; wähle einen kürzeren</translation>
    </message>
    <message>
        <source>Something was logged on %1 of the %2 days from %3 to %4; symptoms on %5.</source>
        <translation>An %1 der %2&#xa0;Tage vom %3 bis %4 wurde etwas eingetragen, Symptome an %5.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>about %1 diazepam</source>
        <translation>etwa %1 Diazepam</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1: none logged since %2 (last dose %3 a day)</source>
        <translation>%1: seit %2 nichts eingetragen (letzte Dosis %3 am Tag)</translation>
    </message>
    <message>
        <source>%1 %2 a day</source>
        <translation>%1 %2 am Tag</translation>
    </message>
    <message>
        <source>, as logged on the last day of the range</source>
        <translation>, wie am letzten Tag des Zeitraums eingetragen</translation>
    </message>
    <message>
        <source>, as last logged on %1</source>
        <translation>, zuletzt eingetragen am %1</translation>
    </message>
    <message>
        <source>%1 plan (%2), %3 steps%4 from %5.</source>
        <translation>Plan für %1 (%2), %3 Schritte%4 ab %5.</translation>
    </message>
    <message>
        <source> known so far</source>
        <translation> (bisher bekannt)</translation>
    </message>
    <message>
        <source>On %1 it had not begun; step 1 is %2 from %3.</source>
        <translation>Am %1 hatte er noch nicht begonnen; Schritt 1 ist %2 ab %3.</translation>
    </message>
    <message>
        <source>On %1: step %2 of %3, %4 a day since %5</source>
        <translation>Am %1: Schritt %2 von %3, %4 am Tag seit %5</translation>
    </message>
    <message>
        <source> (modelled occupancy %1 %)</source>
        <translation> (modellierte Belegung %1&#xa0;%)</translation>
    </message>
    <message>
        <source>; next change on %1 to %2.</source>
        <translation>; nächste Änderung am %1 auf %2.</translation>
    </message>
    <message>
        <source>; held until released, so the next change has no date yet.</source>
        <translation>; gehalten bis zur Freigabe, daher hat die nächste Änderung noch kein Datum.</translation>
    </message>
    <message>
        <source>; this is the end of the plan.</source>
        <translation>; das ist das Ende des Plans.</translation>
    </message>
    <message>
        <source>; this is the last step.</source>
        <translation>; das ist der letzte Schritt.</translation>
    </message>
    <message>
        <source>Holds: %1.</source>
        <translation>Halten: %1.</translation>
    </message>
    <message>
        <source>Step %1, from %2: %3</source>
        <translation>Schritt %1, ab %2: %3</translation>
    </message>
    <message>
        <source>back to the previous dose (prescriber agreed)</source>
        <translation>zurück zur vorherigen Dosis (ärztlich abgestimmt)</translation>
    </message>
    <message>
        <source>Supply for the next %1 weeks</source>
        <translation>Vorrat für die nächsten %1&#xa0;Wochen</translation>
    </message>
    <message>
        <source>Switch from %1 to diazepam in %2 stages every %3 days from %4 to %5, under %6 (%7 mg equal to 10 mg diazepam); final dose %8 diazepam.</source>
        <translation>Umstellung von %1 auf Diazepam in %2 Stufen alle %3&#xa0;Tage vom %4 bis %5, nach %6 (%7&#xa0;mg entsprechen 10&#xa0;mg Diazepam); Enddosis %8 Diazepam.</translation>
    </message>
    <message>
        <source> Ended on %1.</source>
        <translation> Beendet am %1.</translation>
    </message>
    <message>
        <source> (plan step %1)</source>
        <translation> (Planschritt %1)</translation>
    </message>
    <message>
        <source> (logged)</source>
        <translation> (eingetragen)</translation>
    </message>
    <message>
        <source>switch stage %1 of %2: </source>
        <translation>Umstellungsstufe %1 von %2: </translation>
    </message>
    <message>
        <source>too few ratings to tell</source>
        <translation>zu wenige Bewertungen für eine Aussage</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>easing</source>
        <translation>nachlassend</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source> (mean %1, then %2)</source>
        <translation> (Mittel %1, dann %2)</translation>
    </message>
    <message>
        <source>%1: on %2 of %3 rated days, worst %4 (%5); %6</source>
        <translation>%1: an %2 von %3 bewerteten Tagen, am stärksten %4 (%5); %6</translation>
    </message>
    <message>
        <source>%1: %2 of the %3 planned days as planned; %4 missed, %5 lower, %6 higher; %7 not logged.</source>
        <translation>%1: %2 der %3 geplanten Tage wie geplant; %4 ausgelassen, %5 niedriger, %6 höher; %7 nicht eingetragen.</translation>
    </message>
    <message>
        <source>Modelled serotonin-transporter occupancy of %1 (plan steps): Emax %2 %, ED50 %3, occupancy = Emax × dose / (ED50 + dose); %4.</source>
        <translation>Modellierte Serotonintransporter-Belegung von %1 (Planschritte): Emax %2&#xa0;%, ED50 %3, Belegung = Emax × Dosis / (ED50 + Dosis); %4.</translation>
    </message>
    <message>
        <source>values entered by the person or their prescriber</source>
        <translation>Werte, die die Person oder ihre Ärztin / ihr Arzt eingegeben hat</translation>
    </message>
    <message>
        <source>library values, source S1</source>
        <translation>Werte der Bibliothek, Quelle S1</translation>
    </message>
    <message>
        <source>Symptom load is the sum of the day&apos;s severities (0 none to 4 extreme) of the symptoms rated; reductions, waves and the reduction response are computed by Waymark&apos;s trajectory model from the logged doses and ratings (docs/ARCHITECTURE.md, &quot;Charts&quot;).</source>
        <translation>Die Symptomlast ist die Summe der Stärken (0 keine bis 4 extrem) der an einem Tag bewerteten Symptome; Reduktionen, Wellen und die Reaktion auf Reduktionen berechnet das Verlaufsmodell von Waymark aus den eingetragenen Dosen und Bewertungen (docs/ARCHITECTURE.md, „Charts“).</translation>
    </message>
    <message>
        <source>Drug history as logged in Waymark, up to %1</source>
        <translation>Medikamentenverlauf, wie in Waymark eingetragen, bis %1</translation>
    </message>
    <message>
        <source>No doses logged.</source>
        <translation>Keine Dosen eingetragen.</translation>
    </message>
    <message>
        <source> (switch to diazepam, stage %1 of %2)</source>
        <translation> (Umstellung auf Diazepam, Stufe %1 von %2)</translation>
    </message>
    <message>
        <source>%1 → %2 a day%3</source>
        <translation>%1 → %2 am Tag%3</translation>
    </message>
    <message>
        <source>%1 → %2 a day (increase)</source>
        <translation>%1 → %2 am Tag (Erhöhung)</translation>
    </message>
    <message>
        <source>  %1  first logged: %2 a day</source>
        <translation>  %1  zuerst eingetragen: %2 am Tag</translation>
    </message>
    <message>
        <source>  %1  none logged since (last dose %2 a day on %3)</source>
        <translation>  %1  seitdem nichts eingetragen (letzte Dosis %2 am Tag am %3)</translation>
    </message>
    <message>
        <source>  now: %1 a day, since %2 (last logged on %3)</source>
        <translation>  jetzt: %1 am Tag, seit %2 (zuletzt eingetragen am %3)</translation>
    </message>
    <message>
        <source>%1 plan: step %2 of %3, %4 a day since %5.</source>
        <translation>Plan für %1: Schritt %2 von %3, %4 am Tag seit %5.</translation>
    </message>
    <message>
        <source>Waymark summary %1 to %2</source>
        <translation>Waymark-Zusammenfassung %1 bis %2</translation>
    </message>
    <message>
        <source>Notes marked for the prescriber, in full</source>
        <translation>Für die Ärztin / den Arzt markierte Notizen, vollständig</translation>
    </message>
    <message>
        <source>Tapering summary for the prescriber</source>
        <translation>Zusammenfassung zum Ausschleichen für Ärztin / Arzt</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation>Geburtsdatum: %1</translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation>Zeitraum: %1 bis %2</translation>
    </message>
    <message>
        <source>Made on %1 with Waymark</source>
        <translation>Erstellt am %1 mit Waymark</translation>
    </message>
    <message>
        <source>Taking now</source>
        <translation>Nimmt jetzt</translation>
    </message>
    <message>
        <source>No doses logged up to the end of the range.</source>
        <translation>Bis zum Ende des Zeitraums keine Dosen eingetragen.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No active taper plan.</source>
        <translation>Kein aktiver Ausschleichplan.</translation>
    </message>
    <message>
        <source>Symptoms in the range</source>
        <translation>Symptome im Zeitraum</translation>
    </message>
    <message>
        <source>No symptom rated mild or worse in the range.</source>
        <translation>Kein Symptom im Zeitraum als leicht oder stärker bewertet.</translation>
    </message>
    <message>
        <source>Most frequent — %1</source>
        <translation>Am häufigsten — %1</translation>
    </message>
    <message>
        <source>Most severe — %1</source>
        <translation>Am stärksten — %1</translation>
    </message>
    <message>
        <source>Safety items rated moderate or worse</source>
        <translation>Sicherheitsrelevante Punkte, als mittel oder stärker bewertet</translation>
    </message>
    <message>
        <source>and %1 more (marked ! in the day-by-day table)</source>
        <translation>und %1 weitere (mit ! markiert in der Tabelle Tag für Tag)</translation>
    </message>
    <message>
        <source>None in the range.</source>
        <translation>Keine im Zeitraum.</translation>
    </message>
    <message>
        <source>Doses against the plan</source>
        <translation>Dosen im Vergleich zum Plan</translation>
    </message>
    <message>
        <source>No plan gave doses in the range, so there is nothing to compare.</source>
        <translation>Im Zeitraum gab kein Plan Dosen vor, es gibt also nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Notes marked for the prescriber</source>
        <translation>Für die Ärztin / den Arzt markierte Notizen</translation>
    </message>
    <message>
        <source>and %1 more, in full after the day-by-day table</source>
        <translation>und %1 weitere, vollständig nach der Tabelle Tag für Tag</translation>
    </message>
    <message>
        <source>No note was marked for the prescriber in the range.</source>
        <translation>Im Zeitraum wurde keine Notiz für die Ärztin / den Arzt markiert.</translation>
    </message>
    <message>
        <source>Doses and symptoms, %1 to %2</source>
        <translation>Dosen und Symptome, %1 bis %2</translation>
    </message>
    <message>
        <source>▲ dotted line: a reduction; shaded: a wave (symptoms above the person&apos;s own calm level); dots on top: notes.</source>
        <translation>▲ gepunktete Linie: eine Reduktion; schattiert: eine Welle (Symptome über dem eigenen ruhigen Niveau der Person); Punkte oben: Notizen.</translation>
    </message>
    <message>
        <source>After a reduction</source>
        <translation>Nach einer Reduktion</translation>
    </message>
    <message>
        <source>The small chart: symptom load from 7 days before to 42 days after each reduction (thin lines) and their median (bold); day 0 is the cut.</source>
        <translation>Das kleine Diagramm: Symptomlast von 7&#xa0;Tagen vor bis 42&#xa0;Tage nach jeder Reduktion (dünne Linien) und ihr Median (fett); Tag 0 ist die Senkung.</translation>
    </message>
    <message>
        <source>Changes in the range: %1</source>
        <translation>Änderungen im Zeitraum: %1</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <source>Dose: mg taken that day (×N: in N doses), the plan&apos;s dose in brackets. Load: the sum of the day&apos;s symptom severities (0 none to 4 extreme). ! a safety item rated moderate or worse; P a note marked for the prescriber.</source>
        <translation>Dosis: an dem Tag genommene mg (×N: in N Dosen), die Dosis des Plans in Klammern. Last: die Summe der Symptomstärken des Tages (0 keine bis 4 extrem). ! ein sicherheitsrelevanter Punkt, als mittel oder stärker bewertet; P eine für die Ärztin / den Arzt markierte Notiz.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Befinden</translation>
    </message>
    <message>
        <source>Sleep h</source>
        <translation>Schlaf h</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>nichts eingetragen</translation>
    </message>
    <message>
        <source>nothing logged (%1 days)</source>
        <translation>nichts eingetragen (%1&#xa0;Tage)</translation>
    </message>
    <message>
        <source>Symptoms week by week</source>
        <translation>Symptome Woche für Woche</translation>
    </message>
    <message>
        <source>Mean severity on the days each symptom was rated (0 none to 4 extreme); the symptoms present most often in the range.</source>
        <translation>Mittlere Stärke an den Tagen, an denen das Symptom bewertet wurde (0 keine bis 4 extrem); die im Zeitraum am häufigsten vorhandenen Symptome.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Days rated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Mean load</source>
        <translation>Last Ø</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 plan: every step</source>
        <translation>Plan für %1: alle Schritte</translation>
    </message>
    <message>
        <source>%1. Doses are what the person&apos;s forms make; occupancy is modelled (see Sources).</source>
        <translation>%1. Die Dosen sind die, die die Formen der Person herstellen; die Belegung ist modelliert (siehe Quellen).</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Senk.</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>How to make it / note</source>
        <translation>So wird sie hergestellt / Hinweis</translation>
    </message>
    <message>
        <source> — see the note below</source>
        <translation> — siehe Hinweis unten</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source> (held %1 days)</source>
        <translation> (%1&#xa0;Tage gehalten)</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>The shaded step is the one in force on %1.</source>
        <translation>Der schattierte Schritt gilt am %1.</translation>
    </message>
    <message>
        <source>%1: doses across the day</source>
        <translation>%1: Dosen über den Tag</translation>
    </message>
    <message>
        <source>A half tablet still uses a whole tablet; counts are for the plan as it stands.</source>
        <translation>Eine halbe Tablette verbraucht trotzdem eine ganze; die Mengen gelten für den Plan in seiner jetzigen Form.</translation>
    </message>
    <message>
        <source>Dose changes found in the range</source>
        <translation>Im Zeitraum gefundene Dosisänderungen</translation>
    </message>
    <message>
        <source>Days not as planned</source>
        <translation>Tage nicht wie geplant</translation>
    </message>
    <message>
        <source>%1: %2 %3 taken, %4 planned</source>
        <translation>%1: %2 %3 genommen, %4 geplant</translation>
    </message>
    <message>
        <source>and %1 more days (see the day-by-day table)</source>
        <translation>und %1 weitere Tage (siehe Tabelle Tag für Tag)</translation>
    </message>
    <message>
        <source>Sources and method</source>
        <translation>Quellen und Methode</translation>
    </message>
    <message>
        <source>Waymark summary</source>
        <translation>Waymark-Zusammenfassung</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 · not medical advice</source>
        <translation>%1 · kein medizinischer Rat</translation>
    </message>
</context>
<context>
    <name>SafetyCard</name>
    <message>
        <source>Looking after yourself</source>
        <translation>Pass auf dich auf</translation>
    </message>
    <message>
        <source>You rated %1 as %2. Please contact your prescriber, or if you are in danger call %3 or your local emergency number.</source>
        <translation>Du hast %1 als %2 bewertet. Bitte wende dich an deine Ärztin / deinen Arzt, oder ruf in Gefahr %3 oder deine örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>You rated %1 as %2. Please contact your prescriber, or if you are in danger call your local emergency number.</source>
        <translation>Du hast %1 als %2 bewertet. Bitte wende dich an deine Ärztin / deinen Arzt, oder ruf in Gefahr deine örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>You can add a crisis line number in Settings, under Safety, so it shows here.</source>
        <translation>Du kannst in den Einstellungen unter „Sicherheit“ eine Nummer für Krisenhilfe eintragen, dann erscheint sie hier.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>the %1 mg tablets cut in quarters</source>
        <translation>die %1-mg-Tabletten geviertelt</translation>
    </message>
    <message>
        <source>a %1 mg/mL liquid of this drug, measured with a %2 mL syringe</source>
        <translation>eine Flüssigkeit dieses Medikaments mit %1&#xa0;mg/mL, abgemessen mit einer %2-mL-Spritze</translation>
    </message>
    <message>
        <source>%1 mg capsules</source>
        <translation>%1-mg-Kapseln</translation>
    </message>
    <message>
        <source>%1 mg tablets (in halves)</source>
        <translation>%1-mg-Tabletten (halbiert)</translation>
    </message>
    <message>
        <source>%1 mg tablets</source>
        <translation>%1-mg-Tabletten</translation>
    </message>
    <message>
        <source>Step 1 is %1, below the %2 taken now: these forms cannot make %2 (this plan was saved before step 1 had to be exactly the dose taken now).</source>
        <translation>Schritt 1 ist %1, unter den jetzt genommenen %2: Diese Formen können %2 nicht herstellen (dieser Plan wurde gespeichert, bevor Schritt 1 genau die jetzt genommene Dosis sein musste).</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source> points of modelled occupancy</source>
        <translation> Punkte modellierter Belegung</translation>
    </message>
    <message>
        <source>the letter asks %1%2</source>
        <translation>das Schreiben %1%2 vorsieht</translation>
    </message>
    <message>
        <source>%1%2 was asked</source>
        <translation>%1%2 vorgesehen war</translation>
    </message>
    <message>
        <source>%1%2 were asked</source>
        <translation>%1%2 vorgesehen waren</translation>
    </message>
    <message>
        <source>Stopping from %1 cuts %2%3 where %4</source>
        <translation>Das Absetzen ab %1 senkt um %2%3, wo %4</translation>
    </message>
    <message>
        <source>This step cuts %1%2 (%3 to %4) where %5</source>
        <translation>Dieser Schritt senkt um %1%2 (%3 auf %4), wo %5</translation>
    </message>
    <message>
        <source>: this dose was set by hand.</source>
        <translation>: Diese Dosis wurde von Hand festgelegt.</translation>
    </message>
    <message>
        <source>: the step before it was skipped.</source>
        <translation>: Der Schritt davor wurde übersprungen.</translation>
    </message>
    <message>
        <source>: the plan stops here because the method&apos;s next dose (%1) is below the final dose chosen (%2); a smaller final dose would make the last step smaller.</source>
        <translation>: Der Plan endet hier, weil die nächste Dosis der Methode (%1) unter der gewählten Enddosis (%2) liegt; eine kleinere Enddosis würde den letzten Schritt verkleinern.</translation>
    </message>
    <message>
        <source>: these forms make nothing between %1 and 0 mg.</source>
        <translation>: Diese Formen stellen nichts zwischen %1 und 0&#xa0;mg her.</translation>
    </message>
    <message>
        <source>: these forms cannot make the doses in between.</source>
        <translation>: Diese Formen können die Dosen dazwischen nicht herstellen.</translation>
    </message>
    <message>
        <source>Kept for %1 days instead of %2</source>
        <translation>%1 statt %2&#xa0;Tage beibehalten</translation>
    </message>
    <message>
        <source>Kept longer than one step</source>
        <translation>Länger als einen Schritt beibehalten</translation>
    </message>
    <message>
        <source>: the letter&apos;s %1 from %2 cannot be made below %3 with these forms, so %3 is kept until the letter&apos;s next dose that can.</source>
        <translation>: Die %1 des Schreibens ab %2 lassen sich mit diesen Formen nicht unter %3 herstellen, daher bleibt es bei %3 bis zur nächsten Dosis des Schreibens, die sich herstellen lässt.</translation>
    </message>
    <message>
        <source>the dose the method asks in between (%1) cannot</source>
        <translation>die Dosis, die die Methode dazwischen vorsieht (%1), lässt sich</translation>
    </message>
    <message>
        <source>the %1 doses the method asks in between (down to %2) cannot</source>
        <translation>die %1 Dosen, die die Methode dazwischen vorsieht (bis hinunter zu %2), lassen sich</translation>
    </message>
    <message>
        <source>: %1 be made below %2 with these forms, so %2 is kept until the method&apos;s dose comes nearer a smaller dose they make.</source>
        <translation>: %1 mit diesen Formen nicht unter %2 herstellen, daher bleibt es bei %2, bis die Dosis der Methode näher an eine kleinere Dosis kommt, die sie herstellen.</translation>
    </message>
    <message>
        <source> No form in the library makes finer doses than these; a finer syringe or a more dilute liquid (ask your pharmacist) would.</source>
        <translation> Keine Form in der Bibliothek stellt feinere Dosen her als diese; eine feinere Spritze oder eine stärker verdünnte Flüssigkeit (frag in deiner Apotheke) würde es.</translation>
    </message>
    <message>
        <source> With %1, they can be made: recomputed with it, no step down to %2 cuts more than asked.</source>
        <translation> Mit %1 lassen sie sich herstellen: Damit neu berechnet, senkt kein Schritt bis %2 mehr als vorgesehen.</translation>
    </message>
    <message>
        <source> With %1, more of them can be made: recomputed with it, %2 of %3 such steps down to %4 remain.</source>
        <translation> Mit %1 lassen sich mehr davon herstellen: Damit neu berechnet, bleiben %2 von %3 solchen Schritten bis %4.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Die beiden Passphrasen sind nicht gleich. Gib sie noch einmal ein.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Gib deine Passphrase ein.</translation>
    </message>
    <message>
        <source>That passphrase does not open this diary: wrong passphrase, or the start of the file is damaged. Check the passphrase; if you are sure of it, restore the diary from a backup.</source>
        <translation>Diese Passphrase öffnet dieses Tagebuch nicht: falsche Passphrase, oder der Anfang der Datei ist beschädigt. Prüfe die Passphrase; wenn du dir sicher bist, stelle das Tagebuch aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>The diary is locked.</source>
        <translation>Das Tagebuch ist gesperrt.</translation>
    </message>
    <message>
        <source>That is not the current passphrase.</source>
        <translation>Das ist nicht die jetzige Passphrase.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Die beiden neuen Passphrasen sind nicht gleich.</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Passphrase geändert. Verwende ab jetzt die neue.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>The switch shows or hides a medicine on Today. Hiding it keeps everything you logged for it.</source>
        <translation>Der Schalter zeigt oder verbirgt ein Medikament auf „Heute“. Beim Verbergen bleibt alles erhalten, was du dafür eingetragen hast.</translation>
    </message>
    <message>
        <source>No medicines yet. Add each one you take below, with the dose you take now and the forms you have: Today then logs a dose with one tap, and Plan can make a plan from it.</source>
        <translation>Noch keine Medikamente. Füge unten jedes hinzu, das du nimmst, mit deiner jetzigen Dosis und den Formen, die du hast: Dann trägt „Heute“ eine Dosis mit einem Tippen ein, und „Plan“ kann daraus einen Plan erstellen.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>A crisis line for your country, shown if you rate a safety symptom as moderate or worse.</source>
        <translation>Eine Krisenhotline für dein Land, die erscheint, wenn du ein Sicherheitssymptom als mittel oder stärker bewertest.</translation>
    </message>
    <message>
        <source>Crisis line number, e.g. 116 123</source>
        <translation>Nummer der Krisenhilfe, z. B. 0800 111 0 111</translation>
    </message>
    <message>
        <source>Crisis line number</source>
        <translation>Nummer der Krisenhilfe</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Privacy and lock</source>
        <translation>Privatsphäre und Sperre</translation>
    </message>
    <message>
        <source>Your diary is encrypted on this device. There is no account and nothing is sent anywhere.</source>
        <translation>Dein Tagebuch ist auf diesem Gerät verschlüsselt. Es gibt kein Konto, und nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Lock after I have not used it for</source>
        <translation>Sperren, wenn ich es nicht benutzt habe seit</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>Automatische Sperre</translation>
    </message>
    <message>
        <source>Lock when I switch away from Waymark or minimise it</source>
        <translation>Sperren, wenn ich Waymark verlasse oder minimiere</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Jetzige Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>If you forget this passphrase, nobody can recover your diary: not us, not anyone.</source>
        <translation>Wenn du diese Passphrase vergisst, kann niemand dein Tagebuch wieder­herstellen: nicht wir, niemand.</translation>
    </message>
    <message>
        <source>Symptom list</source>
        <translation>Symptomliste</translation>
    </message>
    <message>
        <source>Mark the ones you usually have so Today shows them first. The switch shows or hides a symptom; hiding one never deletes what you recorded.</source>
        <translation>Markiere die, die du üblicherweise hast, damit „Heute“ sie zuerst zeigt. Der Schalter zeigt oder verbirgt ein Symptom; Verbergen löscht nie, was du eingetragen hast.</translation>
    </message>
    <message>
        <source>Hide the list</source>
        <translation>Liste ausblenden</translation>
    </message>
    <message>
        <source>Edit the list (%1 symptoms)</source>
        <translation>Liste bearbeiten (%1 Symptome)</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Üblich</translation>
    </message>
    <message>
        <source>%1 is one I usually have</source>
        <translation>%1 habe ich üblicherweise</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Add a symptom</source>
        <translation>Symptom hinzufügen</translation>
    </message>
    <message>
        <source>Symptom name</source>
        <translation>Name des Symptoms</translation>
    </message>
    <message>
        <source>New symptom name</source>
        <translation>Name des neuen Symptoms</translation>
    </message>
    <message>
        <source>Group of the new symptom</source>
        <translation>Gruppe des neuen Symptoms</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>About and sources</source>
        <translation>Über Waymark und Quellen</translation>
    </message>
    <message>
        <source>Waymark %1</source>
        <translation>Waymark %1</translation>
    </message>
    <message>
        <source>Waymark does not give medical advice. Any plan to reduce a medicine is to be agreed with your prescriber.</source>
        <translation>Waymark gibt keinen medizinischen Rat. Jeden Plan, ein Medikament zu reduzieren, stimmst du mit deiner Ärztin / deinem Arzt ab.</translation>
    </message>
    <message>
        <source>Hide the sources</source>
        <translation>Quellen ausblenden</translation>
    </message>
    <message>
        <source>Show the sources of the medicine facts</source>
        <translation>Quellen der Angaben zu Medikamenten zeigen</translation>
    </message>
</context>
<context>
    <name>ShareController</name>
    <message>
        <source>Chart of doses and symptoms</source>
        <translation>Diagramm der Dosen und Symptome</translation>
    </message>
    <message>
        <source>Most frequent and most severe symptoms</source>
        <translation>Häufigste und stärkste Symptome</translation>
    </message>
    <message>
        <source>Safety items rated moderate or worse</source>
        <translation>Sicherheits­punkte, bewertet als mittel oder stärker</translation>
    </message>
    <message>
        <source>Doses against the plan</source>
        <translation>Dosen verglichen mit dem Plan</translation>
    </message>
    <message>
        <source>Notes marked for my prescriber</source>
        <translation>Für meine Ärztin / meinen Arzt markierte Notizen</translation>
    </message>
    <message>
        <source>Day-by-day table</source>
        <translation>Tabelle Tag für Tag</translation>
    </message>
    <message>
        <source>The start of every day&apos;s note in that table</source>
        <translation>Der Anfang der Notiz jedes Tages in dieser Tabelle</translation>
    </message>
    <message>
        <source>Symptoms week by week</source>
        <translation>Symptome Woche für Woche</translation>
    </message>
    <message>
        <source>Every step of the plan</source>
        <translation>Jeder Schritt des Plans</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). </source>
        <translation>
            <numerusform>%n Seite. </numerusform>
            <numerusform>%n Seiten. </numerusform>
        </translation>
    </message>
    <message>
        <source>The diary is locked.</source>
        <translation>Das Tagebuch ist gesperrt.</translation>
    </message>
    <message>
        <source>Saved the summary (%1). The PDF is not encrypted: share it only with people you choose.</source>
        <translation>Zusammenfassung gespeichert (%1). Das PDF ist nicht verschlüsselt: Teile es nur mit Menschen, die du auswählst.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>The drug history is on the clipboard.</source>
        <translation>Der Medikamentenverlauf ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>A summary for your prescriber, made on this device. Nothing is sent anywhere.</source>
        <translation>Eine Zusammenfassung für deine Ärztin / deinen Arzt, auf diesem Gerät erstellt. Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Summary for your prescriber</source>
        <translation>Zusammen­fassung für deine Ärztin / deinen Arzt</translation>
    </message>
    <message>
        <source>A PDF. Page 1 can be read in two minutes; the pages after it hold the day-by-day detail.</source>
        <translation>Ein PDF. Seite 1 ist in zwei Minuten gelesen; die Seiten danach enthalten die Einzelheiten Tag für Tag.</translation>
    </message>
    <message>
        <source>Days to include</source>
        <translation>Einzuschließende Tage</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Vom %1</translation>
    </message>
    <message>
        <source>First day: %1. Change</source>
        <translation>Erster Tag: %1. Ändern</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Last day: %1. Change</source>
        <translation>Letzter Tag: %1. Ändern</translation>
    </message>
    <message>
        <source>Since the plan began</source>
        <translation>Seit Beginn des Plans</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>About you (left out unless you tick them)</source>
        <translation>Über dich (weggelassen, außer du hakst es an)</translation>
    </message>
    <message>
        <source>Print my name</source>
        <translation>Meinen Namen drucken</translation>
    </message>
    <message>
        <source>Your name as your prescriber knows it</source>
        <translation>Dein Name, wie deine Ärztin / dein Arzt ihn kennt</translation>
    </message>
    <message>
        <source>Name to print</source>
        <translation>Zu druckender Name</translation>
    </message>
    <message>
        <source>Print my date of birth</source>
        <translation>Mein Geburtsdatum drucken</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Date of birth, as year-month-day</source>
        <translation>Geburtsdatum, als Jahr-Monat-Tag</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Was enthalten ist</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: keep it, or share it, only where you choose.</source>
        <translation>Das PDF ist nicht verschlüsselt: Bewahre es nur dort auf oder teile es nur dort, wo du es willst.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Page %1 of %2 of the summary</source>
        <translation>Seite %1 von %2 der Zusammenfassung</translation>
    </message>
    <message>
        <source>Drug history as text</source>
        <translation>Medikamenten­verlauf als Text</translation>
    </message>
    <message>
        <source>For a new clinician or a tapering forum: each drug, its changes and the dose now.</source>
        <translation>Für neue Behandelnde oder ein Forum zum Ausschleichen: jedes Medikament, seine Änderungen und die jetzige Dosis.</translation>
    </message>
    <message>
        <source>Drug history</source>
        <translation>Medikamentenverlauf</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Occupancy = Emax x dose / (ED50 + dose). The Emax/ED50 values are those of the public antidepressant calculator mkotsollaris/antidepressantscalculator (2023), which cites this paper; they could not be checked against the paper&apos;s own table, and one secondary source gives citalopram an ED50 near 3.4 mg instead of 2.33. Shown as modelled values, editable in Settings › Medicines (&quot;your values&quot;), never as a measurement. Sanity check: the citalopram row gives 75.2 % at 20 mg; PET measured 77 % (Meyer et al., Am J Psychiatry 2001;158:1843–9).</source>
        <translation>Belegung = Emax × Dosis / (ED50 + Dosis). Die Werte für Emax und ED50 stammen aus dem öffentlichen Antidepressiva-Rechner mkotsollaris/antidepressantscalculator (2023), der diese Arbeit zitiert; an der Tabelle der Arbeit selbst ließen sie sich nicht prüfen, und eine Sekundärquelle gibt für Citalopram eine ED50 von etwa 3,4&#xa0;mg statt 2,33 an. Gezeigt als modellierte Werte, änderbar unter Einstellungen › Medikamente („deine Werte“), nie als Messwert. Plausibilitätsprüfung: Die Zeile für Citalopram ergibt 75,2&#xa0;% bei 20&#xa0;mg; in der PET gemessen wurden 77&#xa0;% (Meyer et al., Am J Psychiatry 2001;158:1843–9).</translation>
    </message>
    <message>
        <source>mg equal to 10 mg oral diazepam.</source>
        <translation>mg, die 10&#xa0;mg Diazepam zum Einnehmen entsprechen.</translation>
    </message>
    <message>
        <source>table of approximate equivalents to 10 mg oral diazepam. Rates alprazolam, clonazepam and lorazepam half as potent as Ashton does.</source>
        <translation>Tabelle der ungefähren Entsprechungen zu 10&#xa0;mg Diazepam zum Einnehmen. Bewertet Alprazolam, Clonazepam und Lorazepam halb so stark wie Ashton.</translation>
    </message>
    <message>
        <source>per 5 mg diazepam (doubled here), with half-lives.</source>
        <translation>pro 5&#xa0;mg Diazepam (hier verdoppelt), mit Halbwertszeiten.</translation>
    </message>
    <message>
        <source>Product labelling (common strengths and liquid forms; vary by country). Half-lives are typical adult values.</source>
        <translation>Fachinformationen (übliche Stärken und flüssige Formen; je nach Land verschieden). Halbwertszeiten sind typische Werte für Erwachsene.</translation>
    </message>
</context>
<context>
    <name>SplitNote</name>
    <message>
        <source>plain tablets scored in some markets</source>
        <translation>normale Tabletten, in manchen Ländern mit Bruchkerbe</translation>
    </message>
    <message>
        <source>plain tablets</source>
        <translation>normale Tabletten</translation>
    </message>
    <message>
        <source>capsules cannot be split; tablets 10/20 exist</source>
        <translation>Kapseln lassen sich nicht teilen; es gibt Tabletten zu 10 und 20&#xa0;mg</translation>
    </message>
    <message>
        <source>plain tablets; CR/ER tablets must not be split</source>
        <translation>normale Tabletten; Retardtabletten (CR/ER) dürfen nicht geteilt werden</translation>
    </message>
    <message>
        <source>XR capsules: beads can be counted; IR tablets exist</source>
        <translation>Retardkapseln (XR): Die Kügelchen lassen sich abzählen; es gibt auch schnell freisetzende Tabletten</translation>
    </message>
    <message>
        <source>capsules: beads can be counted</source>
        <translation>Kapseln: Die Kügelchen lassen sich abzählen</translation>
    </message>
    <message>
        <source>must not be split</source>
        <translation>darf nicht geteilt werden</translation>
    </message>
    <message>
        <source>2 mg tablets halve to 1 mg steps</source>
        <translation>2-mg-Tabletten ergeben halbiert Schritte von 1&#xa0;mg</translation>
    </message>
    <message>
        <source>plain tablets; XR must not be split</source>
        <translation>normale Tabletten; Retardformen (XR) dürfen nicht geteilt werden</translation>
    </message>
    <message>
        <source>capsules cannot be split</source>
        <translation>Kapseln lassen sich nicht teilen</translation>
    </message>
</context>
<context>
    <name>StepCompact</name>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>genommen</translation>
    </message>
    <message>
        <source>Change dose…</source>
        <translation>Dosis ändern…</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>Step %1, %2, %3, %4</source>
        <translation>Schritt %1, %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>StepTableHeader</name>
    <message>
        <source>Step</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How to make it</source>
        <translation>Wie zusammenstellen</translation>
    </message>
    <message>
        <source>Modelled occupancy</source>
        <translation>Modellierte Belegung</translation>
    </message>
    <message>
        <source>Cut, rounding and days logged</source>
        <translation>Senkung, Rundung, Tage</translation>
    </message>
</context>
<context>
    <name>StepTableRow</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>genommen</translation>
    </message>
    <message>
        <source>Change the dose of step %1</source>
        <translation>Dosis von Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Change dose…</source>
        <translation>Dosis ändern…</translation>
    </message>
</context>
<context>
    <name>Supply</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 (%2 to %3, %4 days, with a %5 % margin)</source>
        <translation>%1 (%2 bis %3, %4&#xa0;Tage, mit %5&#xa0;% Aufschlag)</translation>
    </message>
    <message>
        <source>Held until released: %1 mg a day is counted to %2.</source>
        <translation>Gehalten bis zur Freigabe: %1&#xa0;mg am Tag sind bis %2 gerechnet.</translation>
    </message>
    <message>
        <source>%1 mL of %2</source>
        <translation>%1&#xa0;mL von %2</translation>
    </message>
</context>
<context>
    <name>SupplyPanel</name>
    <message>
        <source>What to ask the pharmacy for</source>
        <translation>Was du in der Apotheke verlangst</translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation>Wochen im Voraus</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Reserve %</translation>
    </message>
    <message>
        <source>Margin in percent</source>
        <translation>Reserve in Prozent</translation>
    </message>
    <message>
        <source>The other half of a split tablet is taken at a later dose; a piece left over still needs a whole tablet. Liquids are rounded up to whole mL.</source>
        <translation>Die andere Hälfte einer geteilten Tablette wird bei einer späteren Dosis genommen; für ein übriges Stück braucht es trotzdem eine ganze Tablette. Flüssigkeiten werden auf ganze mL aufgerundet.</translation>
    </message>
</context>
<context>
    <name>Symptom</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Gastrointestinal</source>
        <translation>Magen und Darm</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Gleichgewicht</translation>
    </message>
    <message>
        <source>Sensory</source>
        <translation>Sinne</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Affective</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>Psychosis</source>
        <translation>Psychose</translation>
    </message>
    <message>
        <source>Flu-like symptoms</source>
        <translation>Grippeähnliche Beschwerden</translation>
    </message>
    <message>
        <source>Sweating or flushing</source>
        <translation>Schwitzen oder Hitzewallungen</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <source>Muscle aches</source>
        <translation>Muskel­schmerzen</translation>
    </message>
    <message>
        <source>Fatigue, lack of energy</source>
        <translation>Erschöpfung, Energiemangel</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Steifheit</translation>
    </message>
    <message>
        <source>Palpitations, racing heart</source>
        <translation>Herzklopfen, Herzrasen</translation>
    </message>
    <message>
        <source>Skin rash or itching</source>
        <translation>Hautausschlag oder Juckreiz</translation>
    </message>
    <message>
        <source>Seizure or convulsion</source>
        <translation>Krampfanfall</translation>
    </message>
    <message>
        <source>Stomach pain or cramps</source>
        <translation>Bauchschmerzen oder Krämpfe</translation>
    </message>
    <message>
        <source>Nausea or vomiting</source>
        <translation>Übelkeit oder Erbrechen</translation>
    </message>
    <message>
        <source>Loss of appetite</source>
        <translation>Appetit­losigkeit</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Durchfall</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Verstopfung</translation>
    </message>
    <message>
        <source>Trouble sleeping</source>
        <translation>Schlaf­störungen</translation>
    </message>
    <message>
        <source>Nightmares or vivid dreams</source>
        <translation>Albträume oder lebhafte Träume</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation>Schwindel</translation>
    </message>
    <message>
        <source>Light-headedness</source>
        <translation>Benommenheit</translation>
    </message>
    <message>
        <source>Vertigo (spinning)</source>
        <translation>Drehschwindel</translation>
    </message>
    <message>
        <source>Unsteadiness (ataxia)</source>
        <translation>Unsicherer Gang (Ataxie)</translation>
    </message>
    <message>
        <source>Electric-shock sensations (&quot;brain zaps&quot;)</source>
        <translation>Stromschlag­gefühle („Brain Zaps“)</translation>
    </message>
    <message>
        <source>Blurred vision</source>
        <translation>Verschwommenes Sehen</translation>
    </message>
    <message>
        <source>Sore eyes</source>
        <translation>Schmerzende Augen</translation>
    </message>
    <message>
        <source>Pins and needles, tingling</source>
        <translation>Kribbeln, Ameisenlaufen</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheits­gefühl</translation>
    </message>
    <message>
        <source>Sensitivity to light, sound, touch or smell</source>
        <translation>Empfind­lichkeit für Licht, Geräusche, Berührung oder Gerüche</translation>
    </message>
    <message>
        <source>Ringing in the ears (tinnitus)</source>
        <translation>Ohrgeräusche (Tinnitus)</translation>
    </message>
    <message>
        <source>Altered or metallic taste</source>
        <translation>Veränderter oder metallischer Geschmack</translation>
    </message>
    <message>
        <source>Tremor, shaking</source>
        <translation>Zittern</translation>
    </message>
    <message>
        <source>Muscle twitches or jerks</source>
        <translation>Muskelzucken</translation>
    </message>
    <message>
        <source>Restless legs</source>
        <translation>Unruhige Beine (Restless Legs)</translation>
    </message>
    <message>
        <source>Inner restlessness, unable to sit still (akathisia)</source>
        <translation>Innere Unruhe, nicht still sitzen können (Akathisie)</translation>
    </message>
    <message>
        <source>Anxiety, nervousness</source>
        <translation>Angst, Nervosität</translation>
    </message>
    <message>
        <source>Panic attacks</source>
        <translation>Panikattacken</translation>
    </message>
    <message>
        <source>Irritability, agitation</source>
        <translation>Reizbarkeit, Anspannung</translation>
    </message>
    <message>
        <source>Low mood</source>
        <translation>Gedrückte Stimmung</translation>
    </message>
    <message>
        <source>Mood swings, crying spells</source>
        <translation>Stimmungs­schwankungen, Weinanfälle</translation>
    </message>
    <message>
        <source>Anger outbursts</source>
        <translation>Wutausbrüche</translation>
    </message>
    <message>
        <source>Emotional numbness</source>
        <translation>Gefühl­losigkeit</translation>
    </message>
    <message>
        <source>Feeling unreal or detached (depersonalisation)</source>
        <translation>Gefühl von Unwirklichkeit oder Abgetrenntheit (Depersonali­sation)</translation>
    </message>
    <message>
        <source>Poor concentration, brain fog</source>
        <translation>Konzentrations­probleme, Gehirnnebel</translation>
    </message>
    <message>
        <source>Memory problems</source>
        <translation>Gedächtnis­probleme</translation>
    </message>
    <message>
        <source>Thoughts of suicide or self-harm</source>
        <translation>Gedanken an Suizid oder Selbst­verletzung</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Verwirrtheit</translation>
    </message>
    <message>
        <source>Seeing or hearing things others don&apos;t</source>
        <translation>Dinge sehen oder hören, die andere nicht wahrnehmen</translation>
    </message>
    <message>
        <source>Feeling suspicious or persecuted</source>
        <translation>Misstrauen oder Gefühl, verfolgt zu werden</translation>
    </message>
    <message>
        <source>My symptoms</source>
        <translation>Meine Symptome</translation>
    </message>
</context>
<context>
    <name>SymptomCard</name>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>Tap how strong each one is today. Each tap is saved.</source>
        <translation>Tippe an, wie stark jedes heute ist. Jedes Tippen wird gespeichert.</translation>
    </message>
    <message>
        <source>Tap how strong each one was %1. Each tap is saved.</source>
        <translation>Tippe an, wie stark jedes %1 war. Jedes Tippen wird gespeichert.</translation>
    </message>
    <message>
        <source>No symptoms today</source>
        <translation>Heute keine Symptome</translation>
    </message>
    <message>
        <source>No symptoms on this day</source>
        <translation>An diesem Tag keine Symptome</translation>
    </message>
    <message>
        <source>No symptoms %1: rate every symptom not yet rated as none</source>
        <translation>Keine Symptome %1: jedes noch nicht bewertete Symptom als „keine“ bewerten</translation>
    </message>
    <message>
        <source>Every symptom not yet rated is saved as none; ratings already given stay.</source>
        <translation>Jedes noch nicht bewertete Symptom wird als „keine“ gespeichert; schon gegebene Bewertungen bleiben.</translation>
    </message>
    <message>
        <source>✓ No symptoms %1: every symptom is rated none.</source>
        <translation>✓ Keine Symptome %1: Jedes Symptom ist als „keine“ bewertet.</translation>
    </message>
    <message>
        <source>Search symptoms</source>
        <translation>Symptome suchen</translation>
    </message>
    <message>
        <source>Only the ones I usually have</source>
        <translation>Nur die, die ich üblicherweise habe</translation>
    </message>
    <message>
        <source>The safety items are always on the list.</source>
        <translation>Die Sicherheitspunkte sind immer in der Liste.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Clear the rating of %1: not rated</source>
        <translation>Bewertung von %1 löschen: nicht bewertet</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No symptom matches &quot;%1&quot;.</source>
        <translation>Kein Symptom passt zu „%1“.</translation>
    </message>
    <message>
        <source>Turn off the filter above to see every symptom.</source>
        <translation>Schalte den Filter oben aus, um jedes Symptom zu sehen.</translation>
    </message>
    <message>
        <source>Show all %1 other symptoms</source>
        <translation>Alle %1 anderen Symptome zeigen</translation>
    </message>
</context>
<context>
    <name>SymptomListModel</name>
    <message>
        <source>%1 is a safety item: it stays on Today so a change can be noticed early</source>
        <translation>%1 ist ein Sicherheitspunkt: Es bleibt auf „Heute“, damit eine Veränderung früh auffällt</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation>Extrem</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go to date…</source>
        <translation>Zu Datum gehen…</translation>
    </message>
    <message>
        <source>Date…</source>
        <translation>Datum…</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Zurück zu heute</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>Trajectory</name>
    <message>
        <source>%1 of %2 days logged</source>
        <translation>%1 von %2&#xa0;Tagen eingetragen</translation>
    </message>
    <message>
        <source>After the last reduction</source>
        <translation>Nach der letzten Reduktion</translation>
    </message>
    <message>
        <source>After the last %1 reductions</source>
        <translation>Nach den letzten %1 Reduktionen</translation>
    </message>
    <message>
        <source>No dose reduction with enough diary days around it yet.</source>
        <translation>Noch keine Dosisreduktion mit genug eingetragenen Tagen davor und danach.</translation>
    </message>
    <message>
        <source>%1, symptoms did not rise clearly above the week before.</source>
        <translation>%1 stiegen die Symptome nicht deutlich über die Woche davor.</translation>
    </message>
    <message>
        <source>After %1 of the last %2 reductions</source>
        <translation>Nach %1 der letzten %2 Reduktionen</translation>
    </message>
    <message>
        <source>%1, symptoms rose</source>
        <translation>%1 stiegen die Symptome</translation>
    </message>
    <message>
        <source> on median day %1</source>
        <translation> im Median an Tag %1</translation>
    </message>
    <message>
        <source> and settled by median day %1</source>
        <translation> und klangen im Median bis Tag %1 ab</translation>
    </message>
    <message>
        <source> and had not settled within six weeks</source>
        <translation> und waren nach sechs Wochen noch nicht abgeklungen</translation>
    </message>
    <message>
        <source> and have not settled yet</source>
        <translation> und sind noch nicht abgeklungen</translation>
    </message>
    <message>
        <source>%1 had not settled within six weeks</source>
        <translation>bei %1 waren sie nach sechs Wochen noch nicht abgeklungen</translation>
    </message>
    <message>
        <source>1 is too recent to tell</source>
        <translation>bei 1 ist es noch zu früh, um das zu sagen</translation>
    </message>
    <message>
        <source>%1 are too recent to tell</source>
        <translation>bei %1 ist es noch zu früh, um das zu sagen</translation>
    </message>
    <message>
        <source>1 was followed by a step back to the previous dose</source>
        <translation>auf 1 folgte ein Schritt zurück zur vorherigen Dosis</translation>
    </message>
    <message>
        <source>%1 were followed by a step back to the previous dose</source>
        <translation>auf %1 folgte ein Schritt zurück zur vorherigen Dosis</translation>
    </message>
    <message>
        <source> Symptoms were logged on %1 of the %2 days around it.</source>
        <translation> Symptome wurden an %1 der %2&#xa0;Tage um sie herum eingetragen.</translation>
    </message>
    <message>
        <source> Symptoms were logged on %1 of the %2 days around them.</source>
        <translation> Symptome wurden an %1 der %2&#xa0;Tage um sie herum eingetragen.</translation>
    </message>
    <message>
        <source>No waves: symptoms have not stayed clearly above your usual level for 3 days or more (%1).</source>
        <translation>Keine Wellen: Deine Symptome lagen nicht 3&#xa0;Tage oder länger deutlich über deinem üblichen Niveau (%1).</translation>
    </message>
    <message>
        <source>1 wave of symptoms above your usual level, lasting %1 days</source>
        <translation>1 Welle von Symptomen über deinem üblichen Niveau, %1&#xa0;Tage lang</translation>
    </message>
    <message>
        <source>%1 waves of symptoms above your usual level, lasting a median of %2 days</source>
        <translation>%1 Wellen von Symptomen über deinem üblichen Niveau, im Median %2&#xa0;Tage lang</translation>
    </message>
    <message>
        <source>, with calmer windows of a median %1 days between them</source>
        <translation>, dazwischen ruhigere Phasen von im Median %1&#xa0;Tagen</translation>
    </message>
    <message>
        <source>; it is still going on</source>
        <translation>; sie hält noch an</translation>
    </message>
    <message>
        <source>; the last is still going on</source>
        <translation>; die letzte hält noch an</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>No symptoms</source>
        <translation>Keine Symptome</translation>
    </message>
    <message>
        <source>Dose taken now changed</source>
        <translation>Jetzige Dosis geändert</translation>
    </message>
    <message>
        <source>Dose times cleared</source>
        <translation>Uhrzeiten entfernt</translation>
    </message>
    <message>
        <source>Dose times set</source>
        <translation>Uhrzeiten gespeichert</translation>
    </message>
    <message>
        <source>Hold suggestion changed</source>
        <translation>Vorschlag zum Halten geändert</translation>
    </message>
    <message>
        <source>Crisis line number changed</source>
        <translation>Nummer der Krisenhilfe geändert</translation>
    </message>
    <message>
        <source>Dose logged</source>
        <translation>Dosis eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>%n doses logged</source>
        <translation>
            <numerusform>%n Dosis eingetragen</numerusform>
            <numerusform>%n Dosen eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Dose removed</source>
        <translation>Dosis entfernt</translation>
    </message>
    <message>
        <source>Ratings changed</source>
        <translation>Bewertungen geändert</translation>
    </message>
    <message>
        <source>Symptom rated</source>
        <translation>Symptom bewertet</translation>
    </message>
    <message>
        <source>Rating cleared</source>
        <translation>Bewertung entfernt</translation>
    </message>
    <message>
        <source>Wellbeing changed</source>
        <translation>Befinden geändert</translation>
    </message>
    <message>
        <source>Sleep changed</source>
        <translation>Schlaf geändert</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Notiz geändert</translation>
    </message>
    <message>
        <source>Note marked for your prescriber</source>
        <translation>Notiz für deine Ärztin / deinen Arzt markiert</translation>
    </message>
    <message>
        <source>Note no longer marked for your prescriber</source>
        <translation>Notiz nicht mehr für deine Ärztin / deinen Arzt markiert</translation>
    </message>
    <message>
        <source>Medicine hidden</source>
        <translation>Medikament ausgeblendet</translation>
    </message>
    <message>
        <source>Medicine shown</source>
        <translation>Medikament eingeblendet</translation>
    </message>
    <message>
        <source>Supply margin changed</source>
        <translation>Vorratsreserve geändert</translation>
    </message>
    <message>
        <source>Form hidden</source>
        <translation>Form ausgeblendet</translation>
    </message>
    <message>
        <source>Form shown</source>
        <translation>Form eingeblendet</translation>
    </message>
    <message>
        <source>Symptom hidden</source>
        <translation>Symptom ausgeblendet</translation>
    </message>
    <message>
        <source>Symptom shown</source>
        <translation>Symptom eingeblendet</translation>
    </message>
    <message>
        <source>Symptom added to your usual ones</source>
        <translation>Symptom zu deinen üblichen hinzugefügt</translation>
    </message>
    <message>
        <source>Symptom removed from your usual ones</source>
        <translation>Symptom aus deinen üblichen entfernt</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>Plan gespeichert</translation>
    </message>
    <message>
        <source>Plan adjusted</source>
        <translation>Plan angepasst</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>Halten beendet</translation>
    </message>
    <message>
        <source>Plan archived</source>
        <translation>Plan archiviert</translation>
    </message>
    <message>
        <source>Medicine added</source>
        <translation>Medikament hinzugefügt</translation>
    </message>
    <message>
        <source>Form added</source>
        <translation>Form hinzugefügt</translation>
    </message>
    <message>
        <source>Symptom added</source>
        <translation>Symptom hinzugefügt</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <source>Switch recorded</source>
        <translation>Umstellung gespeichert</translation>
    </message>
    <message>
        <source>Switch ended</source>
        <translation>Umstellung beendet</translation>
    </message>
    <message>
        <source>Switch archived</source>
        <translation>Umstellung archiviert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries</source>
        <translation>
            <numerusform>%n Eintrag importiert</numerusform>
            <numerusform>%n Einträge importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Close the undo bar</source>
        <translation>Leiste zum Rückgängigmachen schließen</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>This can no longer be undone: %1</source>
        <translation>Das lässt sich nicht mehr rückgängig machen: %1</translation>
    </message>
    <message>
        <source>This can no longer be redone: %1</source>
        <translation>Das lässt sich nicht mehr wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Your private tapering diary</source>
        <translation>Dein privates Tagebuch zum Ausschleichen</translation>
    </message>
    <message>
        <source>Create your diary</source>
        <translation>Tagebuch erstellen</translation>
    </message>
    <message>
        <source>Unlock your diary</source>
        <translation>Tagebuch entsperren</translation>
    </message>
    <message>
        <source>Choose a passphrase. You will type it each time you open Waymark.</source>
        <translation>Wähle eine Passphrase. Du gibst sie jedes Mal ein, wenn du Waymark öffnest.</translation>
    </message>
    <message>
        <source>Locked after a while without use, to keep it private. Type your passphrase to open it again.</source>
        <translation>Nach einer Weile ohne Nutzung gesperrt, damit es privat bleibt. Gib deine Passphrase ein, um es wieder zu öffnen.</translation>
    </message>
    <message>
        <source>Locked when Waymark was hidden, as you chose. Type your passphrase to open it again.</source>
        <translation>Gesperrt, als Waymark verborgen wurde, wie du es gewählt hast. Gib deine Passphrase ein, um es wieder zu öffnen.</translation>
    </message>
    <message>
        <source>Type your passphrase to open it.</source>
        <translation>Gib deine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Zeigen, was ich tippe</translation>
    </message>
    <message>
        <source>Show the passphrase as I type it</source>
        <translation>Passphrase beim Tippen zeigen</translation>
    </message>
    <message>
        <source>If you forget this passphrase, nobody can recover your diary: not us, not anyone.</source>
        <translation>Wenn du diese Passphrase vergisst, kann niemand dein Tagebuch wieder­herstellen: nicht wir, niemand.</translation>
    </message>
    <message>
        <source>Create diary</source>
        <translation>Tagebuch erstellen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Open the demo diary again</source>
        <translation>Demo-Tagebuch neu öffnen</translation>
    </message>
    <message>
        <source>Your diary is encrypted and stays on this device. No account, no network, no tracking.</source>
        <translation>Dein Tagebuch ist verschlüsselt und bleibt auf diesem Gerät. Kein Konto, kein Netzwerk, kein Tracking.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31</source>
        <translation>„%1“ ist kein Datum; schreibe es als JJJJ-MM-TT, z. B. 2026-03-31</translation>
    </message>
    <message>
        <source>%1 does not exist in the calendar</source>
        <translation>%1 gibt es im Kalender nicht</translation>
    </message>
    <message>
        <source>%1 is outside the years 1900 to 2200</source>
        <translation>%1 liegt außerhalb der Jahre 1900 bis 2200</translation>
    </message>
    <message>
        <source>write it as 08:30, 20:15, 8am or 8:30 pm</source>
        <translation>schreibe sie als 08:30 oder 20:15</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; %2</source>
        <translation>„%1“ ist keine Uhrzeit; %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: with am or pm the hour goes from 1 to 12; %2</source>
        <translation>„%1“ ist keine Uhrzeit: Mit am oder pm geht die Stunde von 1 bis 12; %2</translation>
    </message>
    <message>
        <source>%1 is not a time of day (00:00 to 23:59)</source>
        <translation>%1 ist keine Tageszeit (00:00 bis 23:59)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the dose must be a number of mg</source>
        <translation>die Dosis muss eine Zahl in mg sein</translation>
    </message>
    <message>
        <source>the dose must be more than 0 mg</source>
        <translation>die Dosis muss größer als 0&#xa0;mg sein</translation>
    </message>
    <message>
        <source>%1 mg is more than any single dose could be (limit %2 mg); check the amount</source>
        <translation>%1&#xa0;mg ist mehr, als eine einzelne Dosis sein kann (Grenze %2&#xa0;mg); prüfe die Menge</translation>
    </message>
    <message>
        <source>the dose is below 0.001 mg, the smallest amount the diary records</source>
        <translation>die Dosis liegt unter 0,001&#xa0;mg, der kleinsten Menge, die das Tagebuch speichert</translation>
    </message>
    <message>
        <source>%1 is out of range; use 0 none, 1 mild, 2 moderate, 3 severe, 4 extreme</source>
        <translation>%1 liegt außerhalb des Bereichs; verwende 0 keine, 1 leicht, 2 mittel, 3 stark, 4 extrem</translation>
    </message>
    <message>
        <source>%1 is out of range; use 0 (worst) to 10 (best)</source>
        <translation>%1 liegt außerhalb des Bereichs; verwende 0 (am schlechtesten) bis 10 (am besten)</translation>
    </message>
    <message>
        <source>hours slept must be between 0 and %1</source>
        <translation>die geschlafenen Stunden müssen zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>type the hours slept, e.g. 7.25 or 7:15</source>
        <translation>gib die geschlafenen Stunden ein, z. B. 7,25 oder 7:15</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: minutes go from 0 to 59; write it as 7:15 or 7.25</source>
        <translation>„%1“: Minuten gehen von 0 bis 59; schreibe es als 7:15 oder 7,25</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours; write it as 7.25 or 7:15</source>
        <translation>„%1“ ist keine Zahl von Stunden; schreibe es als 7,25 oder 7:15</translation>
    </message>
    <message>
        <source>the note has %1 characters; the limit is %2, please shorten it</source>
        <translation>die Notiz hat %1 Zeichen; die Grenze ist %2, bitte kürze sie</translation>
    </message>
    <message>
        <source>the note contains a control character; remove it</source>
        <translation>die Notiz enthält ein Steuerzeichen; entferne es</translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation>ein Name wird gebraucht</translation>
    </message>
    <message>
        <source>the name is longer than %1 characters</source>
        <translation>der Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>der Name enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>use at least %1 characters; several unrelated words are easy to remember and hard to guess</source>
        <translation>verwende mindestens %1 Zeichen; mehrere zusammenhanglose Wörter sind leicht zu merken und schwer zu erraten</translation>
    </message>
    <message>
        <source>the passphrase is longer than 1024 characters</source>
        <translation>die Passphrase ist länger als 1024 Zeichen</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>Choose a passphrase: several unrelated words work well.</source>
        <translation>Wähle eine Passphrase: Mehrere zusammenhanglose Wörter eignen sich gut.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Zu kurz: Verwende mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>give the dose times as TIME=MG, e.g. 08:00=0.5,14:00=0.5,22:00=0.5</source>
        <translation>gib die Dosiszeiten als ZEIT=MG an, z. B. 08:00=0.5,14:00=0.5,22:00=0.5</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not TIME=MG (e.g. 08:00=0.5)</source>
        <translation>„%1“ ist nicht ZEIT=MG (z. B. 08:00=0.5)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day (use HH:MM, e.g. 08:00 or 22:30)</source>
        <translation>„%1“ ist keine Tageszeit (verwende HH:MM, z. B. 08:00 oder 22:30)</translation>
    </message>
    <message>
        <source>the amount at %1 must be a number of mg above 0</source>
        <translation>die Menge um %1 muss eine Zahl in mg über 0 sein</translation>
    </message>
    <message>
        <source>at most %1 dose times a day</source>
        <translation>höchstens %1 Dosiszeiten am Tag</translation>
    </message>
    <message>
        <source>dose time %1 is not a time of day</source>
        <translation>Dosiszeit %1 ist keine Tageszeit</translation>
    </message>
    <message>
        <source>the amount at %1 must be above 0 mg</source>
        <translation>die Menge um %1 muss über 0&#xa0;mg liegen</translation>
    </message>
    <message>
        <source>%1 is given twice; give each time once</source>
        <translation>%1 ist doppelt angegeben; gib jede Uhrzeit nur einmal an</translation>
    </message>
    <message>
        <source>dose times must be in order of the day</source>
        <translation>die Dosiszeiten müssen in der Reihenfolge des Tages stehen</translation>
    </message>
    <message>
        <source>the dose times add up to %1 mg but the day&apos;s dose is %2 mg; they must be the same</source>
        <translation>die Dosiszeiten ergeben zusammen %1&#xa0;mg, die Tagesdosis ist aber %2&#xa0;mg; beide müssen gleich sein</translation>
    </message>
    <message>
        <source>the passphrase holds characters that are not valid text</source>
        <translation>die Passphrase enthält Zeichen, die kein gültiger Text sind</translation>
    </message>
</context>
<context>
    <name>Waymark</name>
    <message>
        <source>No diary entries to chart yet.</source>
        <translation>Noch keine Tagebucheinträge für ein Diagramm.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <source>%1 stayed at %2</source>
        <translation>%1 blieb bei %2</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3</source>
        <translation>%1 ging von %2 auf %3</translation>
    </message>
    <message>
        <source> The 7-day mean symptom load ranged from %1 to %2.</source>
        <translation> Das 7-Tage-Mittel der Symptomlast lag zwischen %1 und %2.</translation>
    </message>
    <message>
        <source> Symptoms were logged on %1 of these %2 days.</source>
        <translation> Symptome wurden an %1 dieser %2&#xa0;Tage eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source> %n wave(s) shaded.</source>
        <translation>
            <numerusform> %n Welle ist schattiert.</numerusform>
            <numerusform> %n Wellen sind schattiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>no dose logged</source>
        <translation>keine Dosis eingetragen</translation>
    </message>
    <message>
        <source>choose tablet, capsule or liquid</source>
        <translation>wähle Tablette, Kapsel oder Flüssigkeit</translation>
    </message>
    <message>
        <source>say what kind of medicine it is (e.g. SSRI, benzodiazepine)</source>
        <translation>gib an, welche Art Medikament es ist (z. B. SSRI, Benzodiazepin)</translation>
    </message>
    <message>
        <source>type the mg you take a day now (0 if you do not take it now)</source>
        <translation>gib die mg ein, die du jetzt am Tag nimmst (0, wenn du es jetzt nicht nimmst)</translation>
    </message>
    <message>
        <source>tick at least one form you have (tablets, capsules or a liquid), or add one</source>
        <translation>hake mindestens eine Form an, die du hast (Tabletten, Kapseln oder eine Flüssigkeit), oder füge eine hinzu</translation>
    </message>
    <message>
        <source>The diary is locked.</source>
        <translation>Das Tagebuch ist gesperrt.</translation>
    </message>
    <message>
        <source>use a factor between 1.1 and 5</source>
        <translation>verwende einen Faktor zwischen 1,1 und 5</translation>
    </message>
    <message>
        <source>type a whole number of days</source>
        <translation>gib eine ganze Zahl von Tagen ein</translation>
    </message>
    <message>
        <source>give a new interval, a new step size, or both</source>
        <translation>gib einen neuen Abstand, eine neue Schrittgröße oder beides an</translation>
    </message>
    <message>
        <source>line %1: write a date and a dose, e.g. 2026-04-01 15</source>
        <translation>Zeile %1: schreibe ein Datum und eine Dosis, z. B. 2026-04-01 15</translation>
    </message>
    <message>
        <source>choose the medicine this plan is for</source>
        <translation>wähle das Medikament, für das dieser Plan ist</translation>
    </message>
    <message>
        <source>choose a method</source>
        <translation>wähle eine Methode</translation>
    </message>
    <message>
        <source>type a whole number of days, e.g. 28</source>
        <translation>gib eine ganze Zahl von Tagen ein, z. B. 28</translation>
    </message>
    <message>
        <source>the dose you take now, in mg</source>
        <translation>die Dosis, die du jetzt nimmst, in mg</translation>
    </message>
    <message>
        <source>how much each step is</source>
        <translation>wie groß jeder Schritt ist</translation>
    </message>
    <message>
        <source>no medicine in this diary is in an equivalence table</source>
        <translation>kein Medikament in diesem Tagebuch steht in einer Äquivalenztabelle</translation>
    </message>
    <message>
        <source>no equivalence table lists this medicine</source>
        <translation>keine Äquivalenztabelle führt dieses Medikament</translation>
    </message>
    <message>
        <source>type the dose you take now, in mg</source>
        <translation>gib die Dosis, die du jetzt nimmst, in mg ein</translation>
    </message>
    <message>
        <source>Cannot make the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>give the date of birth as YYYY-MM-DD</source>
        <translation>gib das Geburtsdatum als JJJJ-MM-TT an</translation>
    </message>
</context>
<context>
    <name>WeekStrip</name>
    <message>
        <source>This week: the plan&apos;s dose, and what you logged</source>
        <translation>Diese Woche: die Dosis des Plans und was du eingetragen hast</translation>
    </message>
    <message>
        <source>%1: planned %2, logged %3</source>
        <translation>%1: geplant %2, eingetragen %3</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>kein Plan</translation>
    </message>
    <message>
        <source>✓ taken</source>
        <translation>✓ wie geplant</translation>
    </message>
</context>
<context>
    <name>WellbeingSleepCard</name>
    <message>
        <source>How are you overall?</source>
        <translation>Wie geht es dir insgesamt?</translation>
    </message>
    <message>
        <source>%1 is the worst you can imagine, %2 the best.</source>
        <translation>%1 ist das Schlimmste, das du dir vorstellen kannst, %2 das Beste.</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Wohlbefinden</translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation>Geschlafene Stunden</translation>
    </message>
    <message>
        <source>Clear hours slept</source>
        <translation>Geschlafene Stunden löschen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht eingetragen</translation>
    </message>
    <message>
        <source>A quarter hour less sleep</source>
        <translation>Eine Viertelstunde weniger Schlaf</translation>
    </message>
    <message>
        <source>Hours slept, e.g. 7.25 or 7:15</source>
        <translation>Geschlafene Stunden, z. B. 7,25 oder 7:15</translation>
    </message>
    <message>
        <source>A quarter hour more sleep</source>
        <translation>Eine Viertelstunde mehr Schlaf</translation>
    </message>
</context>
</TS>
