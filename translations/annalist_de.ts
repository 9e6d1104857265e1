<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Annalist::ArticleListModel</name>
    <message>
        <location filename="../models/itemmodels/articlelistmodel.cpp" line="+119"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Annalist::ArticleListPane</name>
    <message>
        <location filename="../views/articlelistpane.cpp" line="+25"/>
        <source>Search text: words, &quot;phrases&quot;, prefix*, AND, OR, NOT, ( )</source>
        <translation>Text suchen: Wörter, &quot;Wortgruppen&quot;, Präfix*, AND, OR, NOT, ( )</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-text search</source>
        <translation>Volltextsuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by title or source</source>
        <translation>Nach Titel oder Quelle filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter articles</source>
        <translation>Artikel filtern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Search problem: %1</source>
        <translation>Problem mit der Suche: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%n passender Artikel</numerusform>
            <numerusform>%n passende Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>Annalist::ArticleStore</name>
    <message>
        <location filename="../models/store/articlestore.cpp" line="+58"/>
        <source>Character %1: %2</source>
        <translation>Zeichen %1: %2</translation>
    </message>
    <message>
        <location line="+201"/>
        <location line="+95"/>
        <location line="+26"/>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
</context>
<context>
    <name>Annalist::CommandRegistry</name>
    <message>
        <location filename="../app/commands/commandregistry.cpp" line="+38"/>
        <source>Usage: annalist [--db FILE] [PATH...]
       annalist COMMAND [OPTIONS]

Without a command, opens the window (and imports any PATH given).

Commands (run without a window):
</source>
        <translation>Aufruf: annalist [--db FILE] [PATH...]
        annalist COMMAND [OPTIONS]

Ohne Befehl wird das Fenster geöffnet (und jeder angegebene PATH importiert).

Befehle (laufen ohne Fenster):
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
&apos;annalist COMMAND --help&apos; describes a command&apos;s options.
</source>
        <translation>
&apos;annalist COMMAND --help&apos; beschreibt die Optionen eines Befehls.
</translation>
    </message>
</context>
<context>
    <name>Annalist::CommandSupport</name>
    <message>
        <location filename="../app/commands/commandsupport.cpp" line="+23"/>
        <source>Database file to use (default: %1).</source>
        <translation>Zu verwendende Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write one JSON document (an array of objects) to stdout.</source>
        <translation>Ein JSON-Dokument (ein Array von Objekten) auf stdout ausgeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no database at %1</source>
        <translation>keine Datenbank unter %1</translation>
    </message>
</context>
<context>
    <name>Annalist::Database</name>
    <message>
        <location filename="../models/store/database.cpp" line="+54"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an Annalist database: %2</source>
        <translation>%1 ist keine Annalist-Datenbank: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot configure the database: %1</source>
        <translation>Die Datenbank kann nicht eingerichtet werden: %1</translation>
    </message>
</context>
<context>
    <name>Annalist::EntityCommands</name>
    <message>
        <location filename="../app/commands/entitycommands.cpp" line="+27"/>
        <source>List the people, organisations, places, products and events found.</source>
        <translation>Die gefundenen Personen, Organisationen, Orte, Produkte und Ereignisse auflisten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the entities of article ID.</source>
        <translation>Nur die Entitäten des Artikels ID.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>annalist entities: --article needs a positive article id.</source>
        <translation>annalist entities: --article braucht eine positive Artikel-ID.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>List dated events with the span each covers and its sentence.</source>
        <translation>Datierte Ereignisse mit ihrem Zeitraum und dem zugehörigen Satz auflisten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only events whose span ends on or after DATE (YYYY-MM-DD).</source>
        <translation>Nur Ereignisse, deren Zeitraum am oder nach DATE (JJJJ-MM-TT) endet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only events whose span begins on or before DATE (YYYY-MM-DD).</source>
        <translation>Nur Ereignisse, deren Zeitraum am oder vor DATE (JJJJ-MM-TT) beginnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only events of articles that mention NAME.</source>
        <translation>Nur Ereignisse aus Artikeln, die NAME erwähnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>annalist timeline: --%1 needs a date like 2026-01-31, not &quot;%2&quot;.</source>
        <translation>annalist timeline: --%1 braucht ein Datum wie 2026-01-31, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Merge entities into one: --into NAME NAME...</source>
        <translation>Entitäten zu einer zusammenführen: --into NAME NAME...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename an entity: NAME NEW-NAME</source>
        <translation>Eine Entität umbenennen: NAME NEW-NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change an entity&apos;s type: NAME PERSON|ORG|PLACE|PRODUCT|EVENT</source>
        <translation>Den Typ einer Entität ändern: NAME PERSON|ORG|PLACE|PRODUCT|EVENT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never show these names as entities again: NAME...</source>
        <translation>Diese Namen nie wieder als Entitäten anzeigen: NAME...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The entity the others become.</source>
        <translation>Die Entität, in der die anderen aufgehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity names (canonical names or aliases).</source>
        <translation>Entitätsnamen (Hauptnamen oder Aliasnamen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give --into NAME and at least one NAME to merge into it</source>
        <translation>--into NAME und mindestens einen NAME angeben, der darin aufgehen soll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the current NAME and the NEW-NAME</source>
        <translation>den aktuellen NAME und den NEW-NAME angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a NAME and one of PERSON, ORG, PLACE, PRODUCT, EVENT</source>
        <translation>einen NAME und einen der Typen PERSON, ORG, PLACE, PRODUCT, EVENT angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give at least one NAME</source>
        <translation>mindestens einen NAME angeben</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Correction recorded; %n article(s) re-extracted.</source>
        <translation>
            <numerusform>Korrektur gespeichert; %n Artikel neu extrahiert.</numerusform>
            <numerusform>Korrektur gespeichert; %n Artikel neu extrahiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::EntityModel</name>
    <message>
        <location filename="../models/itemmodels/entitymodel.cpp" line="+226"/>
        <source>Also: %1</source>
        <translation>Auch genannt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Annalist::EntitySidebar</name>
    <message>
        <location filename="../views/entitysidebar.cpp" line="+48"/>
        <location line="+222"/>
        <source>This article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+222"/>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+1"/>
        <source>Previous mention</source>
        <translation>Vorherige Erwähnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Next mention</source>
        <translation>Nächste Erwähnung</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+194"/>
        <source>Filter entities…</source>
        <translation>Entitäten filtern…</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+114"/>
        <source>Related entities</source>
        <translation>Verwandte Entitäten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Related to %1</source>
        <translation>Verwandt mit %1</translation>
    </message>
    <message>
        <location filename="../views/entitysidebarreview.cpp" line="+88"/>
        <source>Show Articles Mentioning All</source>
        <translation>Artikel anzeigen, die alle erwähnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show Articles</source>
        <translation>Artikel anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename Entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add Alias…</source>
        <translation>Alias hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another name of “%1”:</source>
        <translation>Weiterer Name für „%1“:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove Alias</source>
        <translation>Alias entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split Alias Out</source>
        <translation>Alias abtrennen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Merge Selected</source>
        <translation>Auswahl zusammenführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge Selected into “%1”</source>
        <translation>Auswahl in „%1“ zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select several entities, or drag one onto another</source>
        <translation>Wählen Sie mehrere Entitäten aus oder ziehen Sie eine auf eine andere</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Ignore %n Entities</source>
        <translation>
            <numerusform>%n Entität ignorieren</numerusform>
            <numerusform>%n Entitäten ignorieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
</context>
<context>
    <name>Annalist::ExtractCommand</name>
    <message>
        <location filename="../app/commands/extractcommand.cpp" line="+35"/>
        <source>Find entities and dates in text files (no database).</source>
        <translation>Entitäten und Datumsangaben in Textdateien finden (ohne Datenbank).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write one JSON object per file, one per line (JSON Lines).</source>
        <translation>Ein JSON-Objekt pro Datei ausgeben, eines pro Zeile (JSON Lines).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication date that relative dates resolve against (overrides the date found in the text).</source>
        <translation>Veröffentlichungsdatum, auf das sich relative Datumsangaben beziehen (ersetzt das im Text gefundene Datum).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text files to read.</source>
        <translation>Zu lesende Textdateien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>annalist extract: no FILE given.</source>
        <translation>annalist extract: keine Datei (FILE) angegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>annalist extract: --dct wants a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>annalist extract: --dct erwartet ein Datum im Format JJJJ-MM-TT, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>Annalist::FilterChips</name>
    <message>
        <location filename="../views/filterchips.cpp" line="+36"/>
        <source>Entity filters</source>
        <translation>Entitätsfilter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Remove the filter “%1”</source>
        <translation>Den Filter „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>Annalist::FindBar</name>
    <message>
        <location filename="../views/findbar.cpp" line="+31"/>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous match (Shift+Return)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (Return)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aa</source>
        <comment>find bar: match case toggle</comment>
        <translation>Aa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+210"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>Annalist::ImportCommand</name>
    <message>
        <location filename="../app/commands/importcommand.cpp" line="+16"/>
        <source>Import files and folders (txt, md, html, pdf, eml, docx).</source>
        <translation>Dateien und Ordner importieren (txt, md, html, pdf, eml, docx).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files or folders to import.</source>
        <translation>Zu importierende Dateien oder Ordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only store the articles; find entities and dates later (the window does it, or the next import).</source>
        <translation>Nur die Artikel speichern; Entitäten und Datumsangaben später finden (das übernimmt das Fenster oder der nächste Import).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>annalist import: no PATH given.</source>
        <translation>annalist import: kein Pfad (PATH) angegeben.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 imported, %2 duplicates, %3 failed, %4 skipped (%5 files read)</source>
        <translation>%1 importiert, %2 Duplikate, %3 fehlgeschlagen, %4 übersprungen (%5 Dateien gelesen)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>entities and dates found in %1 articles</source>
        <translation>Entitäten und Datumsangaben in %1 Artikeln gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  duplicate of #%1: %2</source>
        <translation>  Duplikat von #%1: %2</translation>
    </message>
</context>
<context>
    <name>Annalist::ImportProgress</name>
    <message>
        <location filename="../views/importprogress.cpp" line="+20"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the import after the files in progress; what is imported stays</source>
        <translation>Den Import nach den gerade verarbeiteten Dateien beenden; bereits Importiertes bleibt erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause extraction; it resumes with the next import or start</source>
        <translation>Extraktion pausieren; sie wird beim nächsten Import oder Start fortgesetzt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Extracting entities and dates: %1 / %2 articles</source>
        <translation>Entitäten und Datumsangaben werden extrahiert: %1 / %2 Artikel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing %1 / %2 files</source>
        <translation>%1 / %2 Dateien werden importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 / %2 files · %3</source>
        <translation>%1 / %2 Dateien werden importiert · %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looking for files…</source>
        <translation>Dateien werden gesucht…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extracting entities and dates…</source>
        <translation>Entitäten und Datumsangaben werden extrahiert…</translation>
    </message>
</context>
<context>
    <name>Annalist::ImportRunner</name>
    <message>
        <location filename="../models/pipeline/importrunner.cpp" line="+207"/>
        <source>not stored: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>not stored: the database refused the batch (%1)</source>
        <translation>nicht gespeichert: die Datenbank hat den Stapel abgelehnt (%1)</translation>
    </message>
</context>
<context>
    <name>Annalist::Ingest</name>
    <message>
        <location filename="../models/ingest/decodedimport.cpp" line="+17"/>
        <source>empty file (only whitespace)</source>
        <translation>leere Datei (nur Leerraum)</translation>
    </message>
    <message>
        <location filename="../models/ingest/filecollector.cpp" line="+29"/>
        <source>broken symbolic link</source>
        <translation>defekter symbolischer Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../models/ingest/importer.cpp" line="+68"/>
        <source>unknown file type (no suffix)</source>
        <translation>unbekannter Dateityp (keine Endung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/ingest/importer.cpp" line="+1"/>
        <source>unknown file type (.%1)</source>
        <translation>unbekannter Dateityp (.%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not readable (permission denied)</source>
        <translation>nicht lesbar (Zugriff verweigert)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>folder not readable (permission denied)</source>
        <translation>Ordner nicht lesbar (Zugriff verweigert)</translation>
    </message>
    <message>
        <location filename="../models/ingest/htmlimporter.cpp" line="+49"/>
        <source>the page&apos;s charset &quot;%1&quot; is not supported; decoded as %2</source>
        <translation>der Zeichensatz „%1“ der Seite wird nicht unterstützt; als %2 dekodiert</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>could not parse the HTML</source>
        <translation>das HTML konnte nicht verarbeitet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no readable text in the HTML page</source>
        <translation>kein lesbarer Text in der HTML-Seite</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="+6"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file too large (%1 MB; at most %2 MB are read)</source>
        <translation>Datei zu groß (%1 MB; höchstens %2 MB werden gelesen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/ingest/textdecoder.cpp" line="+73"/>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ZIP archive or office document</source>
        <translation>ein ZIP-Archiv oder Office-Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gzip archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an old Office document</source>
        <translation>ein altes Office-Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a RAR archive</source>
        <translation>ein RAR-Archiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 7-Zip archive</source>
        <translation>ein 7-Zip-Archiv</translation>
    </message>
    <message>
        <location filename="../models/ingest/docximporter.cpp" line="+30"/>
        <source>the XML declares a DTD, which a .docx never does</source>
        <translation>das XML deklariert eine DTD, was eine .docx-Datei nie tut</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>not a Word document (no word/document.xml in the archive)</source>
        <translation>kein Word-Dokument (word/document.xml fehlt im Archiv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document expands to more than %1 MB or compresses suspiciously well (a zip bomb?)</source>
        <translation>das Dokument wird entpackt größer als %1 MB oder ist verdächtig stark komprimiert (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document is encrypted</source>
        <translation>das Dokument ist verschlüsselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document is damaged (the archive cannot be read)</source>
        <translation>das Dokument ist beschädigt (das Archiv kann nicht gelesen werden)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../models/ingest/emlimporter.cpp" line="+122"/>
        <location filename="../models/ingest/pdfimporter.cpp" line="+151"/>
        <location filename="../models/ingest/textdecoder.cpp" line="+153"/>
        <location line="+19"/>
        <location line="+9"/>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a .docx archive: a password-protected document or an old Word (.doc) file</source>
        <translation>kein .docx-Archiv: ein passwortgeschütztes Dokument oder eine alte Word-Datei (.doc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a valid .docx file: %1</source>
        <translation>keine gültige .docx-Datei: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the document&apos;s XML is damaged: %1</source>
        <translation>das XML des Dokuments ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the document has no text</source>
        <translation>das Dokument enthält keinen Text</translation>
    </message>
    <message>
        <location filename="../models/ingest/textdecoder.cpp" line="-20"/>
        <source>UTF-32 text is not supported; save the file as UTF-8</source>
        <translation>UTF-32-Text wird nicht unterstützt; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n malformed UTF-16 code unit(s) replaced</source>
        <translation>
            <numerusform>%n fehlerhafte UTF-16-Codeeinheit ersetzt</numerusform>
            <numerusform>%n fehlerhafte UTF-16-Codeeinheiten ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>binary file, not text (looks like %1)</source>
        <translation>Binärdatei, kein Text (sieht aus wie %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>binary file, not text</source>
        <translation>Binärdatei, kein Text</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not valid UTF-8, decoded as Latin-1 (Windows-1252)</source>
        <translation>kein gültiges UTF-8, als Latin-1 (Windows-1252) dekodiert</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n byte(s) that are not valid UTF-8 decoded as Latin-1 (Windows-1252)</source>
        <translation>
            <numerusform>%n Byte, das kein gültiges UTF-8 ist, als Latin-1 (Windows-1252) dekodiert</numerusform>
            <numerusform>%n Bytes, die kein gültiges UTF-8 sind, als Latin-1 (Windows-1252) dekodiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ingest/ziparchive.cpp" line="+19"/>
        <source>not a zip archive (%1)</source>
        <translation>kein ZIP-Archiv (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the archive has more than %1 entries</source>
        <translation>das Archiv enthält mehr als %1 Einträge</translation>
    </message>
    <message>
        <location filename="../models/ingest/emlimporter.cpp" line="-20"/>
        <source>the e-mail&apos;s body is empty</source>
        <translation>der Inhalt der E-Mail ist leer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not an e-mail message (no header lines)</source>
        <translation>keine E-Mail-Nachricht (keine Kopfzeilen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the e-mail has no text or HTML body</source>
        <translation>die E-Mail hat keinen Text- oder HTML-Inhalt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the e-mail&apos;s HTML body has no readable text</source>
        <translation>der HTML-Inhalt der E-Mail enthält keinen lesbaren Text</translation>
    </message>
    <message>
        <location filename="../models/ingest/pdfimporter.cpp" line="+5"/>
        <source>not a PDF file (no %PDF header)</source>
        <translation>keine PDF-Datei (kein %PDF-Header)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF is damaged or truncated and cannot be read</source>
        <translation>die PDF-Datei ist beschädigt oder abgeschnitten und kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF is password-protected; remove the password (or print it to a new PDF) to import it</source>
        <translation>die PDF-Datei ist passwortgeschützt; entfernen Sie das Passwort (oder drucken Sie sie in eine neue PDF-Datei), um sie zu importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF has no pages (damaged or truncated?)</source>
        <translation>die PDF-Datei hat keine Seiten (beschädigt oder abgeschnitten?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF has %1 pages; only the first %2 were read</source>
        <translation>die PDF-Datei hat %1 Seiten; nur die ersten %2 wurden gelesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PDF has no text layer (scanned or image-only pages); text recognition (OCR) is not supported</source>
        <translation>die PDF-Datei hat keine Textebene (gescannte oder reine Bildseiten); Texterkennung (OCR) wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 pages have no text (scanned images?)</source>
        <translation>%1 von %2 Seiten enthalten keinen Text (gescannte Bilder?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF seems truncated (no end-of-file marker); text may be missing</source>
        <translation>die PDF-Datei scheint abgeschnitten zu sein (keine Dateiende-Markierung); möglicherweise fehlt Text</translation>
    </message>
</context>
<context>
    <name>Annalist::Language</name>
    <message>
        <location filename="../app/language.cpp" line="+14"/>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>Annalist::ListCommand</name>
    <message>
        <location filename="../app/commands/listcommand.cpp" line="+17"/>
        <source>List the articles in the database.</source>
        <translation>Die Artikel in der Datenbank auflisten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>annalist list: unexpected argument %1</source>
        <translation>annalist list: unerwartetes Argument %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Full-text search: words, &quot;phrases&quot;, prefix*, AND, OR, NOT, parentheses.</source>
        <translation>Volltextsuche: Wörter, &quot;Wortgruppen&quot;, Präfix*, AND, OR, NOT, Klammern.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show at most N hits (default 50).</source>
        <translation>Höchstens N Treffer anzeigen (Standard: 50).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to search for.</source>
        <translation>Wonach gesucht werden soll.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>annalist search: give a QUERY and a positive --limit.</source>
        <translation>annalist search: eine QUERY und ein positives --limit angeben.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
</context>
<context>
    <name>Annalist::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+127"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <comment>Import Files</comment>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Folder…</source>
        <translation>O&amp;rdner importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Previous</source>
        <translation>Rückwärts s&amp;uchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search Articles</source>
        <translation>Artikel &amp;durchsuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Shift+F</source>
        <comment>Search Articles</comment>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Annalist</source>
        <translation>Ü&amp;ber Annalist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the import to finish or cancel it before switching databases.</source>
        <translation>Warten Sie, bis der Import abgeschlossen ist, oder brechen Sie ihn ab, bevor Sie die Datenbank wechseln.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annalist could not open %1.

%2</source>
        <translation>Annalist konnte %1 nicht öffnen.

%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Extraction stopped: %1</source>
        <translation>Extraktion angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Found entities and dates in %n article(s)</source>
        <translation>
            <numerusform>Entitäten und Datumsangaben in %n Artikel gefunden</numerusform>
            <numerusform>Entitäten und Datumsangaben in %n Artikeln gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The sample articles could not be copied to %1.</source>
        <translation>Die Beispielartikel konnten nicht nach %1 kopiert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — Annalist</source>
        <translation>%1 — Annalist</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The article could not be read: %1</source>
        <translation>Der Artikel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>%n Artikel importiert</numerusform>
            <numerusform>%n Artikel importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n Duplikat übersprungen</numerusform>
            <numerusform>, %n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n file(s) of unknown type skipped</source>
        <translation>
            <numerusform>, %n Datei unbekannten Typs übersprungen</numerusform>
            <numerusform>, %n Dateien unbekannten Typs übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.pdf *.eml *.docx);;All files (*)</source>
        <translation>Artikel (*.txt *.text *.md *.markdown *.html *.htm *.pdf *.eml *.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Duplicate of article #%1: %2</source>
        <translation>Duplikat von Artikel #%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annalist databases (*.db *.sqlite);;All files (*)</source>
        <translation>Annalist-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be replaced.</source>
        <translation>%1 konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source text is coloured with KDE Syntax-Highlighting %1.</source>
        <translation>Der Quelltext wird mit KDE Syntax-Highlighting %1 eingefärbt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This build has no KDE Syntax-Highlighting: articles are shown without format colouring.</source>
        <translation>Dieser Build enthält kein KDE Syntax-Highlighting: Artikel werden ohne Formateinfärbung angezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Annalist</source>
        <translation>Über Annalist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;A research browser for analysts: import articles, search them, read them.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;Database: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;Ein Recherche-Browser für Analysten: Artikel importieren, durchsuchen und lesen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft unter Qt %3).&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;Datenbank: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language changes the next time Annalist starts.</source>
        <translation>Die Sprache wird beim nächsten Start von Annalist gewechselt.</translation>
    </message>
</context>
<context>
    <name>Annalist::Migrator</name>
    <message>
        <location filename="../models/store/migrator.cpp" line="+65"/>
        <source>This database was written by a newer version of Annalist (schema version %1; this version knows versions up to %2). It was not changed. Open it with a newer Annalist.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Annalist geschrieben (Schemaversion %1; diese Version kennt Versionen bis %2). Sie wurde nicht verändert. Öffnen Sie sie mit einer neueren Version von Annalist.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read migration %1.</source>
        <translation>Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>Migration auf Schemaversion %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Annalist::RelatedEntityModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/relatedentitymodel.cpp" line="+92"/>
        <source>%1 (%2): together in %n sentence(s)</source>
        <translation>
            <numerusform>%1 (%2): gemeinsam in %n Satz</numerusform>
            <numerusform>%1 (%2): gemeinsam in %n Sätzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n article(s)</source>
        <translation>
            <numerusform>in %n Artikel</numerusform>
            <numerusform>in %n Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sentences mentioning both</source>
        <translation>Sätze, die beide erwähnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles mentioning both</source>
        <translation>Artikel, die beide erwähnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Annalist::SearchQuery</name>
    <message>
        <location filename="../models/store/searchquery.cpp" line="+45"/>
        <source>The quotation mark is not closed.</source>
        <translation>Das Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quoted phrase is empty.</source>
        <translation>Die Wortgruppe in Anführungszeichen ist leer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A * must follow the beginning of a word, as in regulat*.</source>
        <translation>Ein * muss auf einen Wortanfang folgen, wie in regulier*.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type a word to search for.</source>
        <translation>Geben Sie ein Suchwort ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+97"/>
        <source>This closing parenthesis has no opening one.</source>
        <translation>Zu dieser schließenden Klammer gibt es keine öffnende.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Unexpected text here.</source>
        <translation>Unerwarteter Text an dieser Stelle.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The parentheses are empty.</source>
        <translation>Die Klammern sind leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This parenthesis is not closed.</source>
        <translation>Diese Klammer wird nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NOT excludes words from a match: put a word before it, as in chips NOT memory.</source>
        <translation>NOT schließt Wörter aus einem Treffer aus: Setzen Sie ein Wort davor, wie in Chips NOT Speicher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a word on both sides.</source>
        <translation>%1 braucht auf beiden Seiten ein Wort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The query ends too early: a word is missing.</source>
        <translation>Die Suchanfrage endet zu früh: Es fehlt ein Wort.</translation>
    </message>
</context>
<context>
    <name>Annalist::SourceView</name>
    <message>
        <location filename="../views/sourceviewentities.cpp" line="+135"/>
        <source>Highlight</source>
        <translation>Hervorheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
</context>
<context>
    <name>Annalist::TimelineWidget</name>
    <message>
        <location filename="../views/timelinewidget.cpp" line="+31"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all events (Home)</source>
        <translation>Alle Ereignisse anzeigen (Pos1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the selected date range (Esc)</source>
        <translation>Den ausgewählten Zeitraum aufheben (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fit timeline to all events</source>
        <translation>Zeitleiste an alle Ereignisse anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear selected date range</source>
        <translation>Ausgewählten Zeitraum aufheben</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No dated events</source>
        <translation>Keine datierten Ereignisse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 dated events from %2 to %3</source>
        <translation>%1 datierte Ereignisse von %2 bis %3</translation>
    </message>
</context>
<context>
    <name>ReviewAction</name>
    <message>
        <location filename="../models/itemmodels/entityreview.cpp" line="+39"/>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change type of “%1” to %2</source>
        <translation>Typ von „%1“ in %2 ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add alias “%1” to “%2”</source>
        <translation>Alias „%1“ zu „%2“ hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove alias “%1” from “%2”</source>
        <translation>Alias „%1“ von „%2“ entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split “%1” out of “%2”</source>
        <translation>„%1“ aus „%2“ abtrennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ in „%2“ zusammenführen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Merge %n entities into “%1”</source>
        <translation>
            <numerusform>%n Entität in „%1“ zusammenführen</numerusform>
            <numerusform>%n Entitäten in „%1“ zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+17"/>
        <source>Ignore “%1”</source>
        <translation>„%1“ ignorieren</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <location line="+17"/>
        <source>Ignore %n entities</source>
        <translation>
            <numerusform>%n Entität ignorieren</numerusform>
            <numerusform>%n Entitäten ignorieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+23"/>
        <source>Could not save the correction.</source>
        <translation>Die Korrektur konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+18"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>SourceOverlays</name>
    <message>
        <location filename="../views/sourceoverlays.cpp" line="+24"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../views/timelinepainter.cpp" line="+89"/>
        <source>No dated events</source>
        <translation>Keine datierten Ereignisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No events in this range</source>
        <translation>Keine Ereignisse in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Date in text</source>
        <translation>Datum im Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected article</source>
        <translation>Ausgewählter Artikel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 events in view</source>
        <translation>%1 Ereignisse sichtbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · histogram: events per %1 px, vague dates spread over their span</source>
        <translation> · Histogramm: Ereignisse pro %1 px, ungenaue Datumsangaben über ihren Zeitraum verteilt</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>peak %1</source>
        <translation>Spitzenwert %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+45"/>
        <source>Annalist, a research browser for analysts.</source>
        <translation>Annalist, ein Recherche-Browser für Analysten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files or folders to import.</source>
        <translation>Zu importierende Dateien oder Ordner.</translation>
    </message>
</context>
</TS>
