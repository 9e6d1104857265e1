<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Annalist::AnalystEditor</name>
    <message>
        <location filename="../models/itemmodels/analysteditor.cpp" line="+119"/>
        <location line="+30"/>
        <source>Type a tag name; use / for levels, as in policy/export-controls.</source>
        <translation>Geben Sie einen Schlagwortnamen ein; / trennt Ebenen, wie in policy/export-controls.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+22"/>
        <location line="+44"/>
        <location line="+20"/>
        <location line="+25"/>
        <location line="+16"/>
        <location line="+32"/>
        <location line="+17"/>
        <location line="+10"/>
        <location line="+19"/>
        <location line="+11"/>
        <location line="+12"/>
        <location line="+22"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>A tag “%1” exists already.</source>
        <translation>Ein Schlagwort „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tag cannot move below itself.</source>
        <translation>Ein Schlagwort kann nicht unter sich selbst verschoben werden.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The database did not accept the change: %1</source>
        <translation>Die Datenbank hat die Änderung nicht angenommen: %1</translation>
    </message>
    <message>
        <location line="+312"/>
        <location line="+17"/>
        <source>Give the search a name.</source>
        <translation>Geben Sie der Suche einen Namen.</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationCommands</name>
    <message>
        <location filename="../app/commands/annotationcommands.cpp" line="+23"/>
        <source>The article&apos;s id (see &apos;annalist list&apos;).</source>
        <translation>Die ID des Artikels (siehe &apos;annalist list&apos;).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no article %1</source>
        <translation>es gibt keinen Artikel %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add tags to an article or remove them (tags are paths: policy/export-controls).</source>
        <translation>Einem Artikel Schlagwörter hinzufügen oder sie entfernen (Schlagwörter sind Pfade: policy/export-controls).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Missing parent tags are created. All changes are made together or not at all; the article&apos;s tags are printed afterwards.</source>
        <translation>Fehlende übergeordnete Schlagwörter werden angelegt. Alle Änderungen werden gemeinsam oder gar nicht vorgenommen; anschließend werden die Schlagwörter des Artikels ausgegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag the article (may be repeated).</source>
        <translation>Dem Artikel ein Schlagwort geben (wiederholbar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take a tag off the article (may be repeated).</source>
        <translation>Ein Schlagwort vom Artikel entfernen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>annalist tag: give --add TAG or --remove TAG.</source>
        <translation>annalist tag: --add TAG oder --remove TAG angeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>annalist tag: “%1” is not a tag name.</source>
        <translation>annalist tag: „%1“ ist kein Schlagwortname.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>annalist tag: article %1 is not tagged “%2”; nothing was changed.</source>
        <translation>annalist tag: Artikel %1 hat das Schlagwort „%2“ nicht; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Highlight a passage of an article, with tags and a note.</source>
        <translation>Eine Textstelle eines Artikels markieren, mit Schlagwörtern und einer Notiz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passage is given in UTF-16 positions of the article&apos;s original text, as the reader shows it. Prints the new annotation&apos;s id.</source>
        <translation>Die Textstelle wird in UTF-16-Positionen des Originaltexts des Artikels angegeben, wie die Leseansicht ihn zeigt. Gibt die ID der neuen Annotation aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the passage begins.</source>
        <translation>Wo die Textstelle beginnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long the passage is.</source>
        <translation>Wie lang die Textstelle ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight colour: %1 (default yellow).</source>
        <translation>Markierungsfarbe: %1 (Standard: yellow).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag the passage (may be repeated).</source>
        <translation>Der Textstelle ein Schlagwort geben (wiederholbar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note on the passage.</source>
        <translation>Eine Notiz zur Textstelle.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>annalist annotate: “%1” is not a highlight colour; choose one of %2.</source>
        <translation>annalist annotate: „%1“ ist keine Markierungsfarbe; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>annalist annotate: “%1” is not a tag name.</source>
        <translation>annalist annotate: „%1“ ist kein Schlagwortname.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>List the highlighted passages, their notes and tags.</source>
        <translation>Die markierten Textstellen mit ihren Notizen und Schlagwörtern auflisten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status is anchored, fuzzy (found again after the text changed) or orphaned (no longer found; kept with its quote).</source>
        <translation>status ist anchored (verankert), fuzzy (nach Änderung des Texts wiedergefunden) oder orphaned (nicht mehr gefunden; mit ihrem Zitat aufbewahrt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only passages with this tag or one below it.</source>
        <translation>Nur Textstellen mit diesem Schlagwort oder einem darunter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only passages of this article.</source>
        <translation>Nur Textstellen dieses Artikels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only passages highlighted in this colour.</source>
        <translation>Nur Textstellen, die in dieser Farbe markiert sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only passages whose quote or note matches (search syntax).</source>
        <translation>Nur Textstellen, deren Zitat oder Notiz passt (Suchsyntax).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>annalist annotations: “%1” is not a tag name.</source>
        <translation>annalist annotations: „%1“ ist kein Schlagwortname.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>annalist annotations: “%1” is not a highlight colour; choose one of %2.</source>
        <translation>annalist annotations: „%1“ ist keine Markierungsfarbe; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No annotations.</source>
        <translation>Keine Annotationen.</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationDialog</name>
    <message>
        <location filename="../views/annotationdialog.cpp" line="+55"/>
        <source>Highlight</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Comma-separated, e.g. policy/export-controls</source>
        <translation>Durch Kommas getrennt, z. B. policy/export-controls</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your note on this passage</source>
        <translation>Ihre Notiz zu dieser Textstelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationEditor</name>
    <message>
        <location filename="../models/itemmodels/annotationeditor.cpp" line="+65"/>
        <location line="+21"/>
        <location line="+20"/>
        <location line="+14"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationExport</name>
    <message>
        <location filename="../models/itemmodels/annotationexport.cpp" line="+79"/>
        <location line="+7"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationListModel</name>
    <message>
        <location filename="../models/itemmodels/annotationlistmodel.cpp" line="+192"/>
        <source>Anchored</source>
        <translation>Verankert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-anchored</source>
        <translation>Neu verankert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Created %1, changed %2</source>
        <translation>Erstellt %1, geändert %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passage was not found in the article&apos;s current text; the quote is kept here.</source>
        <translation>Die Textstelle wurde im aktuellen Text des Artikels nicht gefunden; das Zitat wird hier aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The article&apos;s text changed; the passage was found again nearby or approximately.</source>
        <translation>Der Text des Artikels hat sich geändert; die Textstelle wurde in der Nähe oder annähernd wiedergefunden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationStore</name>
    <message>
        <location filename="../models/store/annotationstore.cpp" line="+124"/>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An annotation needs a passage of at least one character.</source>
        <translation>Eine Annotation braucht eine Textstelle von mindestens einem Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passage %1–%2 lies outside the article&apos;s text (%3 characters).</source>
        <translation>Die Textstelle %1–%2 liegt außerhalb des Artikeltexts (%3 Zeichen).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“%1” is not a highlight colour; choose one of %2.</source>
        <translation>„%1“ ist keine Markierungsfarbe; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Only a stored annotation can be restored.</source>
        <translation>Nur eine gespeicherte Annotation kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+16"/>
        <source>There is no annotation %1.</source>
        <translation>Es gibt keine Annotation %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Character %1: %2</source>
        <translation>Zeichen %1: %2</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationWorkbench</name>
    <message>
        <location filename="../views/annotationworkbench.cpp" line="+32"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Highlight Selection</source>
        <translation>Auswahl &amp;markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight with &amp;Note…</source>
        <translation>Mit &amp;Notiz markieren…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ctrl+H</source>
        <comment>Highlight Selection</comment>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight the selected passage in the current colour</source>
        <translation>Die ausgewählte Textstelle in der aktuellen Farbe markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+H</source>
        <comment>Highlight with Note</comment>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight the selected passage with a colour, tags and a note</source>
        <translation>Die ausgewählte Textstelle mit Farbe, Schlagwörtern und Notiz markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight &amp;Colour</source>
        <translation>Markierungs&amp;farbe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The highlight was not changed: %1</source>
        <translation>Die Markierung wurde nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The highlights of this article could not be read: %1</source>
        <translation>Die Markierungen dieses Artikels konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+43"/>
        <source>The highlight could not be read: %1</source>
        <translation>Die Markierung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Edit Highlight</source>
        <translation>Markierung bearbeiten</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This passage is no longer found in the article&apos;s text: “%1”</source>
        <translation>Diese Textstelle wird im Text des Artikels nicht mehr gefunden: „%1“</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationsPane</name>
    <message>
        <location filename="../views/annotationspane.cpp" line="+80"/>
        <source>Search quotes and notes</source>
        <translation>Zitate und Notizen durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only annotations with this tag (or a tag below it)</source>
        <translation>Nur Annotationen mit diesem Schlagwort (oder einem darunter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only highlights of this colour</source>
        <translation>Nur Markierungen in dieser Farbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only passages that mention this entity</source>
        <translation>Nur Textstellen, die diese Entität erwähnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the listed annotations</source>
        <translation>Die aufgelisteten Annotationen exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As &amp;CSV…</source>
        <translation>Als &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;JSON…</source>
        <translation>Als &amp;JSON…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Delete Highlight</source>
        <translation>Markierung löschen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any colour</source>
        <translation>Beliebige Farbe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any entity</source>
        <translation>Beliebige Entität</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n verwaist</numerusform>
            <numerusform>%n verwaist</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Open at Passage</source>
        <translation>An der Textstelle ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Highlight…</source>
        <translation>Markierung &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Highlight</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>%n Annotation nach %1 exportiert</numerusform>
            <numerusform>%n Annotationen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
</context>
<context>
    <name>Annalist::ArticleEditCommand</name>
    <message>
        <location filename="../views/articleeditcommand.cpp" line="+20"/>
        <source>Split “%1”</source>
        <translation>„%1“ teilen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Join “%1”</source>
        <translation>„%1“ zusammenfügen</translation>
    </message>
</context>
<context>
    <name>Annalist::ArticleListModel</name>
    <message>
        <location filename="../models/itemmodels/articlelistmodel.cpp" line="+191"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>≈ copy of #%1</source>
        <translation>≈ Kopie von #%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n copy(s)</source>
        <translation>
            <numerusform>%n Kopie</numerusform>
            <numerusform>%n Kopien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A near-duplicate of article #%1: about %2% of its wording is the same. Show Differences (context menu) compares the two.</source>
        <translation>Ein Beinahe-Duplikat von Artikel #%1: etwa %2 % des Wortlauts sind gleich. Unterschiede anzeigen (Kontextmenü) vergleicht die beiden.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n near-duplicate copy(s) of this article, e.g. the same wire story in another bundle. Sort by this column to list them together.</source>
        <translation>
            <numerusform>%n Beinahe-Duplikat dieses Artikels, z. B. dieselbe Agenturmeldung in einem anderen Paket. Sortieren Sie nach dieser Spalte, um sie zusammen aufzulisten.</numerusform>
            <numerusform>%n Beinahe-Duplikate dieses Artikels, z. B. dieselbe Agenturmeldung in einem anderen Paket. Sortieren Sie nach dieser Spalte, um sie zusammen aufzulisten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1
Tags: %2</source>
        <translation>%1
Schlagwörter: %2</translation>
    </message>
    <message>
        <location line="+24"/>
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
    <message>
        <location line="+2"/>
        <source>Copies</source>
        <translation>Kopien</translation>
    </message>
</context>
<context>
    <name>Annalist::ArticleListPane</name>
    <message>
        <location filename="../views/articlelistpane.cpp" line="+27"/>
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
        <location line="+139"/>
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
    <name>Annalist::ArticleSplitJoin</name>
    <message>
        <location filename="../models/pipeline/articlesplitjoin.cpp" line="+91"/>
        <source>Only text articles can be split; “%1” was read from a %2 file.</source>
        <translation>Nur Textartikel können geteilt werden; „%1“ wurde aus einer %2-Datei gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place the cursor between two stretches of text to split the article there.</source>
        <translation>Setzen Sie den Cursor zwischen zwei Textabschnitte, um den Artikel dort zu teilen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>An article cannot be joined with itself.</source>
        <translation>Ein Artikel kann nicht mit sich selbst zusammengefügt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only articles that follow each other in the same file can be joined: “%1” and “%2” do not.</source>
        <translation>Nur Artikel, die in derselben Datei aufeinander folgen, können zusammengefügt werden: „%1“ und „%2“ tun das nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only text articles can be joined.</source>
        <translation>Nur Textartikel können zusammengefügt werden.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The text between “%1” and “%2” has to be read from %3, which is no longer the file they were imported from%4.</source>
        <translation>Der Text zwischen „%1“ und „%2“ muss aus %3 gelesen werden, das nicht mehr die Datei ist, aus der sie importiert wurden%4.</translation>
    </message>
</context>
<context>
    <name>Annalist::ArticleStore</name>
    <message>
        <location filename="../models/store/articlestore.cpp" line="+62"/>
        <source>Character %1: %2</source>
        <translation>Zeichen %1: %2</translation>
    </message>
    <message>
        <location line="+351"/>
        <location line="+102"/>
        <location line="+31"/>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
</context>
<context>
    <name>Annalist::CommandRegistry</name>
    <message>
        <location filename="../app/commands/commandregistry.cpp" line="+49"/>
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
    <message>
        <location line="+26"/>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 takes a whole number of at least %2, not “%3”.</source>
        <translation>--%1 erwartet eine ganze Zahl von mindestens %2, nicht „%3“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
</context>
<context>
    <name>Annalist::Database</name>
    <message>
        <location filename="../models/store/database.cpp" line="+58"/>
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
    <message>
        <location line="+13"/>
        <source>Cannot set up the database&apos;s functions: %1</source>
        <translation>Die Funktionen der Datenbank lassen sich nicht einrichten: %1</translation>
    </message>
</context>
<context>
    <name>Annalist::DiffDialog</name>
    <message>
        <location filename="../views/diffdialog.cpp" line="+52"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First version</source>
        <translation>Erste Fassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second version</source>
        <translation>Zweite Fassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Comparing…</source>
        <translation>Vergleich läuft…</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+1"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences: #%1 and #%2</source>
        <translation>Unterschiede: #%1 und #%2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The two versions have the same words.</source>
        <translation>Die beiden Fassungen haben dieselben Wörter.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n word(s) only in the first version (struck through)</source>
        <translation>
            <numerusform>%n Wort nur in der ersten Fassung (durchgestrichen)</numerusform>
            <numerusform>%n Wörter nur in der ersten Fassung (durchgestrichen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n word(s) only in the second version (highlighted)</source>
        <translation>
            <numerusform>%n Wort nur in der zweiten Fassung (hervorgehoben)</numerusform>
            <numerusform>%n Wörter nur in der zweiten Fassung (hervorgehoben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::DossierExportDialog</name>
    <message>
        <location filename="../views/dossierexportdialog.cpp" line="+25"/>
        <source>Export Annotated PDF</source>
        <translation>Annotiertes PDF exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current article: %1</source>
        <translation>Aktueller Artikel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current article (none shown)</source>
        <translation>Aktueller Artikel (keiner angezeigt)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Selected articles (%n)</source>
        <translation>
            <numerusform>Ausgewählte Artikel (%n)</numerusform>
            <numerusform>Ausgewählte Artikel (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles tagged</source>
        <translation>Artikel mit Schlagwort</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>All articles in the list (%n)</source>
        <translation>
            <numerusform>Alle Artikel der Liste (%n)</numerusform>
            <numerusform>Alle Artikel der Liste (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Current search result (%n)</source>
        <translation>
            <numerusform>Aktuelles Suchergebnis (%n)</numerusform>
            <numerusform>Aktuelles Suchergebnis (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Include</source>
        <translation>Einschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes (numbered, in the margin)</source>
        <translation>Notizen (nummeriert, am Rand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity colours in the text</source>
        <translation>Entitätsfarben im Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syntax colours (quotes, figures, citations, links)</source>
        <translation>Syntaxfarben (Zitate, Zahlen, Quellenverweise, Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index of entities with page numbers</source>
        <translation>Entitätsregister mit Seitenzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline of the articles&apos; dates</source>
        <translation>Zeitleiste der Datumsangaben der Artikel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This build has no KSyntaxHighlighting.</source>
        <translation>Dieser Build enthält kein KSyntaxHighlighting.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name, for the cover and the PDF comments</source>
        <translation>Ihr Name, für das Deckblatt und die PDF-Kommentare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The article “%1”</source>
        <translation>Der Artikel „%1“</translation>
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
    <name>Annalist::ExportCommands</name>
    <message>
        <location filename="../app/commands/exportcommands.cpp" line="+23"/>
        <source>Export this article (repeat for several, in that order).</source>
        <translation>Diesen Artikel exportieren (für mehrere wiederholen, in dieser Reihenfolge).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the articles carrying this tag or a tag below it.</source>
        <translation>Die Artikel mit diesem Schlagwort oder einem darunter exportieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the articles this search finds (search syntax).</source>
        <translation>Die Artikel exportieren, die diese Suche findet (Suchsyntax).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>give one scope: --article, --tag or --query</source>
        <translation>einen Umfang angeben: --article, --tag oder --query</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>&apos;%1&apos; ist keine Artikel-ID</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export articles as an annotated PDF dossier (highlights, notes, entity index, timeline).</source>
        <translation>Artikel als annotiertes PDF-Dossier exportieren (Markierungen, Notizen, Entitätsregister, Zeitleiste).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the dossier.</source>
        <translation>Titel des Dossiers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The analyst&apos;s name (cover, PDF metadata, comments).</source>
        <translation>Der Name des Analysten (Deckblatt, PDF-Metadaten, Kommentare).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Papierformat: a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neither colour entities in the text nor add the entity index.</source>
        <translation>Entitäten im Text weder einfärben noch das Entitätsregister anfügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour quotes, figures, citations and links as the source view does (builds with KSyntaxHighlighting).</source>
        <translation>Zitate, Zahlen, Quellenverweise und Links wie in der Ansicht „Artikeltext“ einfärben (Builds mit KSyntaxHighlighting).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highlights only, without note markers and notes.</source>
        <translation>Nur Markierungen, ohne Notizzeichen und Notizen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out the entity index.</source>
        <translation>Das Entitätsregister weglassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the timeline figure.</source>
        <translation>Die Zeitleisten-Grafik weglassen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>say what to export: --article ID, --tag TAG or --query QUERY</source>
        <translation>angeben, was exportiert werden soll: --article ID, --tag TAG oder --query QUERY</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--out FILE.pdf is required</source>
        <translation>--out FILE.pdf ist erforderlich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown paper size &apos;%1&apos; (a4 or letter)</source>
        <translation>unbekanntes Papierformat &apos;%1&apos; (a4 oder letter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this build has no KSyntaxHighlighting, so --syntax-colors is not available</source>
        <translation>dieser Build enthält kein KSyntaxHighlighting, daher ist --syntax-colors nicht verfügbar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrote %1: %2 pages, %3 articles, %4 annotations.</source>
        <translation>%1 geschrieben: %2 Seiten, %3 Artikel, %4 Annotationen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export annotations or entities as JSON.</source>
        <translation>Annotationen oder Entitäten als JSON exportieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export annotations or entities as CSV.</source>
        <translation>Annotationen oder Entitäten als CSV exportieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Without a scope, every article is exported.</source>
        <translation>Ohne Umfangsangabe wird jeder Artikel exportiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotations (default) or entities.</source>
        <translation>annotations (Standard) oder entities.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to FILE instead of stdout.</source>
        <translation>In FILE statt auf stdout schreiben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--what is &apos;annotations&apos; or &apos;entities&apos;, not &apos;%1&apos;</source>
        <translation>--what ist &apos;annotations&apos; oder &apos;entities&apos;, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Annalist::ExportWorkbench</name>
    <message>
        <location filename="../views/exportworkbench.cpp" line="+46"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotated &amp;PDF…</source>
        <translation>Annotiertes &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <comment>Export Annotated PDF</comment>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotations as &amp;CSV…</source>
        <translation>Annotationen als &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotations as &amp;JSON…</source>
        <translation>Annotationen als &amp;JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Entities as CSV…</source>
        <translation>&amp;Entitäten als CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entities as JS&amp;ON…</source>
        <translation>Entitäten als JS&amp;ON…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+99"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>An export is running already.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <location line="+25"/>
        <source>Export Annotated PDF</source>
        <translation>Annotiertes PDF exportieren</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Laying out the dossier…</source>
        <translation>Dossier wird gesetzt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>%n Seite nach %1 exportiert</numerusform>
            <numerusform>%n Seiten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export Annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Entities</source>
        <translation>Entitäten exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
    <message numerus="yes">
        <location line="+22"/>
        <source>entities and dates found in %n article(s)</source>
        <translation>
            <numerusform>Entitäten und Datumsangaben in %n Artikel gefunden</numerusform>
            <numerusform>Entitäten und Datumsangaben in %n Artikeln gefunden</numerusform>
        </translation>
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
        <location filename="../views/importprogress.cpp" line="+24"/>
        <source>Stop Import</source>
        <translation>Import beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the import after the files in progress; what is imported stays</source>
        <translation>Den Import nach den gerade verarbeiteten Dateien beenden; bereits Importiertes bleibt erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause Extraction</source>
        <translation>Extraktion pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause extraction; it resumes with the next import or start</source>
        <translation>Extraktion pausieren; sie wird beim nächsten Import oder Start fortgesetzt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stopping the import…</source>
        <translation>Import wird beendet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pausing extraction…</source>
        <translation>Extraktion wird pausiert…</translation>
    </message>
</context>
<context>
    <name>Annalist::ImportRunner</name>
    <message>
        <location filename="../models/pipeline/importrunner.cpp" line="+263"/>
        <source>not stored: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The article list&apos;s sort indexes could not be built yet (%1); the next start builds them.</source>
        <translation>Die Sortierindizes der Artikelliste konnten noch nicht erstellt werden (%1); der nächste Start erstellt sie.</translation>
    </message>
    <message>
        <location line="-65"/>
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
    <name>Annalist::IngestProgress</name>
    <message>
        <location filename="../models/pipeline/ingestprogress.cpp" line="+101"/>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute verbleibend</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>noch etwa %n Stunde</numerusform>
            <numerusform>noch etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for files…</source>
        <translation>Dateien werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Importing %1 / %Ln file(s)</source>
        <translation>
            <numerusform>Import: %1 / %Ln Datei</numerusform>
            <numerusform>Import: %1 / %Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extracting entities and dates…</source>
        <translation>Entitäten und Datumsangaben werden extrahiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Extracting %1 / %Ln article(s)</source>
        <translation>
            <numerusform>Extraktion: %1 / %Ln Artikel</numerusform>
            <numerusform>Extraktion: %1 / %Ln Artikel</numerusform>
        </translation>
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
        <source>Search text, titles, notes and tags, with field filters (tag:, entity:, date:...).</source>
        <translation>Text, Titel, Notizen und Schlagwörter durchsuchen, mit Feldfiltern (tag:, entity:, date:...).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>
Words, &quot;quoted phrases&quot;, prefix*, AND, OR, NOT (also alone: NOT source:AFP) and parentheses;
a word matches an article&apos;s title or text, a note or quote of its passages, or its tags.
Field filters:
  tag:policy/export-controls   the tag or one below it
  entity:&quot;Zhipu AI&quot;            an entity mentioned (name or alias; entity:Zhip* for a prefix)
  type:PRODUCT                 an entity of the type PERSON, ORG, PLACE, PRODUCT or EVENT
  date:2025-01..2025-06        an event or the publication date in the range
                               (also date:2025, date:2025-03-01.., date:..2025-06)
  source:AFP                   the source contains the text
  has:note, has:annotation, has:tag</source>
        <translation>
Wörter, &quot;Wortgruppen in Anführungszeichen&quot;, Präfix*, AND, OR, NOT (auch allein: NOT source:AFP) und Klammern;
ein Wort passt auf Titel oder Text eines Artikels, eine Notiz oder ein Zitat seiner Textstellen oder seine Schlagwörter.
Feldfilter:
  tag:policy/export-controls   das Schlagwort oder eines darunter
  entity:&quot;Zhipu AI&quot;            eine erwähnte Entität (Name oder Alias; entity:Zhip* für ein Präfix)
  type:PRODUCT                 eine Entität vom Typ PERSON, ORG, PLACE, PRODUCT oder EVENT
  date:2025-01..2025-06        ein Ereignis oder das Veröffentlichungsdatum im Zeitraum
                               (auch date:2025, date:2025-03-01.., date:..2025-06)
  source:AFP                   die Quelle enthält den Text
  has:note, has:annotation, has:tag</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../app/mainwindow.cpp" line="+135"/>
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
        <location line="+231"/>
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
        <location line="+5"/>
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
        <location line="+2"/>
        <source>Next Search &amp;Hit</source>
        <translation>Nächs&amp;ter Suchtreffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F8</source>
        <comment>Next Search Hit</comment>
        <translation>F8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next place where the list&apos;s search matches the shown article</source>
        <translation>Zur nächsten Stelle im angezeigten Artikel, auf die die Suche der Liste zutrifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Search H&amp;it</source>
        <translation>Vorheri&amp;ger Suchtreffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+F8</source>
        <comment>Previous Search Hit</comment>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Sp&amp;lit Article at Cursor</source>
        <translation>Artikel am Cursor &amp;teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+K</source>
        <comment>Split Article at Cursor</comment>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut the shown article in two where the cursor is in its text (undoable)</source>
        <translation>Den angezeigten Artikel an der Cursorposition in zwei Teile schneiden (rückgängig machbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join Selected Articles</source>
        <translation>Ausgewählte Artikel &amp;zusammenfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+J</source>
        <comment>Join Selected Articles</comment>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join two articles that follow each other in the same file (undoable)</source>
        <translation>Zwei Artikel zusammenfügen, die in derselben Datei aufeinander folgen (rückgängig machbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Differences</source>
        <translation>Unt&amp;erschiede anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+D</source>
        <comment>Show Differences</comment>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare two selected articles, or a near-duplicate copy with its first version, word by word</source>
        <translation>Zwei ausgewählte Artikel oder ein Beinahe-Duplikat mit seiner ersten Fassung Wort für Wort vergleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+38"/>
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
        <location line="+24"/>
        <source>The sample articles could not be copied to %1.</source>
        <translation>Die Beispielartikel konnten nicht nach %1 kopiert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — Annalist</source>
        <translation>%1 — Annalist</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The article could not be read: %1</source>
        <translation>Der Artikel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+102"/>
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
    <name>Annalist::MetadataDialog</name>
    <message>
        <location filename="../views/metadatadialog.cpp" line="+24"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article Metadata</source>
        <translation>Artikel-Metadaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The publication date is not known: relative dates in the text stay unresolved</source>
        <translation>Das Veröffentlichungsdatum ist nicht bekannt: Relative Datumsangaben im Text bleiben unaufgelöst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new publication date re-reads the article&apos;s relative dates (“last week”, “in April”) against it.</source>
        <translation>Ein neues Veröffentlichungsdatum löst die relativen Datumsangaben des Artikels („letzte Woche“, „im April“) neu auf.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The title cannot be empty.</source>
        <translation>Der Titel darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The URL must be complete, as in https://example.org/story.</source>
        <translation>Die URL muss vollständig sein, wie in https://example.org/story.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must start with http://, https:// or file://.</source>
        <translation>Die URL muss mit http://, https:// oder file:// beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL has no host name.</source>
        <translation>Die URL hat keinen Hostnamen.</translation>
    </message>
</context>
<context>
    <name>Annalist::MetadataEditor</name>
    <message>
        <location filename="../models/pipeline/metadataeditor.cpp" line="+45"/>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The title cannot be empty.</source>
        <translation>Der Titel darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a web address: write it in full, as in https://example.com/story.</source>
        <translation>„%1“ ist keine Webadresse: Schreiben Sie sie vollständig, wie in https://example.com/story.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The publication date %1 is more than a year ahead; dates after %2 are refused.</source>
        <translation>Das Veröffentlichungsdatum %1 liegt mehr als ein Jahr in der Zukunft; Daten nach dem %2 werden abgelehnt.</translation>
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
    <name>Annalist::QuickTagPopup</name>
    <message>
        <location filename="../views/quicktagpopup.cpp" line="+24"/>
        <source>Tag, e.g. policy/export-controls</source>
        <translation>Schlagwort, z. B. policy/export-controls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag to add</source>
        <translation>Hinzuzufügendes Schlagwort</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Type a tag for %n article(s); Enter adds it, Escape closes.</source>
        <translation>
            <numerusform>Schlagwort für %n Artikel eingeben; Eingabe fügt es hinzu, Esc schließt.</numerusform>
            <numerusform>Schlagwort für %n Artikel eingeben; Eingabe fügt es hinzu, Esc schließt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Enter tags %n article(s) with “%1”.</source>
        <translation>
            <numerusform>Eingabe versieht %n Artikel mit „%1“.</numerusform>
            <numerusform>Eingabe versieht %n Artikel mit „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Enter creates the tag “%1” and tags %n article(s).</source>
        <translation>
            <numerusform>Eingabe legt das Schlagwort „%1“ an und weist es %n Artikel zu.</numerusform>
            <numerusform>Eingabe legt das Schlagwort „%1“ an und weist es %n Artikeln zu.</numerusform>
        </translation>
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
    <name>Annalist::SavedSearchStore</name>
    <message>
        <location filename="../models/store/savedsearchstore.cpp" line="+41"/>
        <location line="+33"/>
        <source>A saved search needs a name.</source>
        <translation>Eine gespeicherte Suche braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Character %1: %2</source>
        <translation>Zeichen %1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A saved search named “%1” exists already.</source>
        <translation>Eine gespeicherte Suche namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>There is no saved search %1.</source>
        <translation>Es gibt keine gespeicherte Suche %1.</translation>
    </message>
</context>
<context>
    <name>Annalist::SearchQuery</name>
    <message>
        <location filename="../models/store/searchquery.cpp" line="+61"/>
        <source>The quotation mark is not closed.</source>
        <translation>Das Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quoted phrase is empty.</source>
        <translation>Die Wortgruppe in Anführungszeichen ist leer.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A * must follow the beginning of a word, as in regulat*.</source>
        <translation>Ein * muss auf einen Wortanfang folgen, wie in regulier*.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A date range is written 2025-01..2025-06, 2025-03.. or ..2025-06.</source>
        <translation>Ein Zeitraum wird als 2025-01..2025-06, 2025-03.. oder ..2025-06 geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>“%1” is not a date: write a year, a month or a day, as in 2025, 2025-03 or 2025-03-14.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie ein Jahr, einen Monat oder einen Tag, wie in 2025, 2025-03 oder 2025-03-14.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The date range ends before it begins.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no field “%1”: use tag:, entity:, type:, date:, source: or has: (to search for the text itself, put it in quotes).</source>
        <translation>Es gibt kein Feld „%1“: Verwenden Sie tag:, entity:, type:, date:, source: oder has: (um nach dem Text selbst zu suchen, setzen Sie ihn in Anführungszeichen).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: needs a value, as in %2.</source>
        <translation>%1: braucht einen Wert, wie in %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A * is only possible with tag:, entity: and source:.</source>
        <translation>Ein * ist nur mit tag:, entity: und source: möglich.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A tag needs a name, as in tag:policy/export-controls.</source>
        <translation>Ein Schlagwort braucht einen Namen, wie in tag:policy/export-controls.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not an entity type: use PERSON, ORG, PLACE, PRODUCT or EVENT.</source>
        <translation>„%1“ ist kein Entitätstyp: Verwenden Sie PERSON, ORG, PLACE, PRODUCT oder EVENT.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>has: takes note, annotation or tag, not “%1”.</source>
        <translation>has: erwartet note, annotation oder tag, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type a word to search for.</source>
        <translation>Geben Sie ein Suchwort ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+137"/>
        <source>This closing parenthesis has no opening one.</source>
        <translation>Zu dieser schließenden Klammer gibt es keine öffnende.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Unexpected text here.</source>
        <translation>Unerwarteter Text an dieser Stelle.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The parentheses are empty.</source>
        <translation>Die Klammern sind leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This parenthesis is not closed.</source>
        <translation>Diese Klammer wird nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../views/sourceviewentities.cpp" line="+138"/>
        <source>Entity Marks</source>
        <translation>Entitätsmarkierungen</translation>
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
    <message>
        <location filename="../views/sourceviewpassages.cpp" line="+108"/>
        <source>Edit Highlight…</source>
        <translation>Markierung bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight Colour</source>
        <translation>Markierungsfarbe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete Highlight</source>
        <translation>Markierung löschen</translation>
    </message>
</context>
<context>
    <name>Annalist::SplitJoinCommands</name>
    <message>
        <location filename="../app/commands/splitjoincommands.cpp" line="+18"/>
        <source>Leave entities and dates of the changed articles to the next extraction instead of finding them before returning.</source>
        <translation>Entitäten und Datumsangaben der geänderten Artikel der nächsten Extraktion überlassen, statt sie vor dem Beenden zu finden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>annalist %1: --%2 needs a number of at least %3.</source>
        <translation>annalist %1: --%2 braucht eine Zahl von mindestens %3.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Split an article in two at an offset of its original text.</source>
        <translation>Einen Artikel an einem Offset seines Originaltexts in zwei Teile teilen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prints the id of the new article, which holds the text from OFFSET on.</source>
        <translation>Gibt die ID des neuen Artikels aus, der den Text ab OFFSET enthält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The article to split.</source>
        <translation>Der zu teilende Artikel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the second part begins: UTF-16 offset into the article&apos;s original text, as `annalist list --json` ranges count.</source>
        <translation>Wo der zweite Teil beginnt: UTF-16-Offset im Originaltext des Artikels, so gezählt wie die Bereiche von `annalist list --json`.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Join two articles that follow each other in the same file.</source>
        <translation>Zwei Artikel zusammenfügen, die in derselben Datei aufeinander folgen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The earlier of the two keeps its id and title and prints it; the other is removed.</source>
        <translation>Der frühere der beiden behält seine ID und seinen Titel und gibt die ID aus; der andere wird entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One of the two articles.</source>
        <translation>Einer der beiden Artikel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other article.</source>
        <translation>Der andere Artikel.</translation>
    </message>
</context>
<context>
    <name>Annalist::SplitJoinStore</name>
    <message>
        <location filename="../models/store/splitjoinstore.cpp" line="+195"/>
        <source>An article to be changed no longer exists.</source>
        <translation>Ein zu ändernder Artikel existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The text of “%1” would be the same as article #%2&apos;s.</source>
        <translation>Der Text von „%1“ wäre derselbe wie der von Artikel #%2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+119"/>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
</context>
<context>
    <name>Annalist::Sqlite</name>
    <message>
        <location filename="../models/store/sqlitehandle.cpp" line="+14"/>
        <source>The connection is not an SQLite database.</source>
        <translation>Die Verbindung ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This SQLite has no full-text search (FTS5).</source>
        <translation>Diese SQLite-Version hat keine Volltextsuche (FTS5).</translation>
    </message>
</context>
<context>
    <name>Annalist::TagCommands</name>
    <message numerus="yes">
        <location filename="../views/tagcommands.cpp" line="+20"/>
        <source>Tag %n article(s) “%1”</source>
        <translation>
            <numerusform>%n Artikel mit „%1“ verschlagworten</numerusform>
            <numerusform>%n Artikel mit „%1“ verschlagworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Remove Tag “%1” from %n Article(s)</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %n Artikel entfernen</numerusform>
            <numerusform>Schlagwort „%1“ von %n Artikeln entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Tag “%1”</source>
        <translation>Neues Schlagwort „%1“</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rename Tag “%1” to “%2”</source>
        <translation>Schlagwort „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Recolour Tag “%1”</source>
        <translation>Farbe von Schlagwort „%1“ ändern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete Tag “%1”</source>
        <translation>Schlagwort „%1“ löschen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit Metadata of “%1”</source>
        <translation>Metadaten von „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>Annalist::TagPane</name>
    <message>
        <location filename="../views/tagpane.cpp" line="+53"/>
        <location line="+381"/>
        <source>New Tag…</source>
        <translation>Neues Schlagwort…</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any</source>
        <translation>Eines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a tag; use / for levels, as in policy/export-controls</source>
        <translation>Ein Schlagwort anlegen; / trennt Ebenen, wie in policy/export-controls</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the articles that carry every selected tag</source>
        <translation>Die Artikel auflisten, die alle ausgewählten Schlagwörter tragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the articles that carry any of the selected tags</source>
        <translation>Die Artikel auflisten, die eines der ausgewählten Schlagwörter tragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear the tag filter</source>
        <translation>Den Schlagwortfilter aufheben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+36"/>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Match:</source>
        <translation>Treffer:</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Save what you typed in the search box with Edit ▸ Save Search…</source>
        <translation>Speichern Sie Ihre Eingabe im Suchfeld mit Bearbeiten ▸ Suche speichern…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tags yet. Create one with New Tag…, or select articles and press Ctrl+T.</source>
        <translation>Noch keine Schlagwörter. Legen Sie eines mit Neues Schlagwort… an, oder wählen Sie Artikel aus und drücken Sie Ctrl+T.</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>Delete the tag “%1” and its %n subtag(s)?</source>
        <translation>
            <numerusform>Das Schlagwort „%1“ und sein %n Unterschlagwort löschen?</numerusform>
            <numerusform>Das Schlagwort „%1“ und seine %n Unterschlagwörter löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the tag “%1”?</source>
        <translation>Das Schlagwort „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n article(s) carry them; the articles themselves stay.</source>
        <translation>
            <numerusform>%n Artikel trägt sie; der Artikel selbst bleibt erhalten.</numerusform>
            <numerusform>%n Artikel tragen sie; die Artikel selbst bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n article(s) carry it; the articles themselves stay.</source>
        <translation>
            <numerusform>%n Artikel trägt es; der Artikel selbst bleibt erhalten.</numerusform>
            <numerusform>%n Artikel tragen es; die Artikel selbst bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No article carries it.</source>
        <translation>Kein Artikel trägt es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Bearbeiten ▸ Rückgängig stellt es wieder her.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New Tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag name (use / for levels, as in policy/export-controls):</source>
        <translation>Schlagwortname (/ trennt Ebenen, wie in policy/export-controls):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename Tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New path for “%1” (its subtags move along):</source>
        <translation>Neuer Pfad für „%1“ (seine Unterschlagwörter wandern mit):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a tag to rename, recolour or delete it</source>
        <translation>Wählen Sie ein Schlagwort aus, um es umzubenennen, umzufärben oder zu löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Subtag of “%1”…</source>
        <translation>Neues Unterschlagwort von „%1“…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename “%1”…</source>
        <translation>„%1“ umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default Colour</source>
        <translation>Standardfarbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “%1”…</source>
        <translation>„%1“ löschen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename Saved Search</source>
        <translation>Gespeicherte Suche umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Saved Search</source>
        <translation>Gespeicherte Suche löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the saved search “%1”?</source>
        <translation>Die gespeicherte Suche „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>Annalist::TagStore</name>
    <message>
        <location filename="../models/store/tagstore.cpp" line="+105"/>
        <location line="+156"/>
        <location line="+23"/>
        <location line="+28"/>
        <location line="+95"/>
        <source>There is no tag %1.</source>
        <translation>Es gibt kein Schlagwort %1.</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>There is no tag “%1”.</source>
        <translation>Es gibt kein Schlagwort „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+49"/>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+117"/>
        <source>“%1” is not a colour of the form #rrggbb.</source>
        <translation>„%1“ ist keine Farbe der Form #rrggbb.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>A tag cannot move below itself.</source>
        <translation>Ein Schlagwort kann nicht unter sich selbst verschoben werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A tag named “%1” exists already.</source>
        <translation>Ein Schlagwort namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The tag “%1” cannot be restored: a tag with its name exists again.</source>
        <translation>Das Schlagwort „%1“ kann nicht wiederhergestellt werden: Es gibt wieder ein Schlagwort mit diesem Namen.</translation>
    </message>
</context>
<context>
    <name>Annalist::TagTreeModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/tagtreemodel.cpp" line="+125"/>
        <source>%1 — %n article(s)</source>
        <translation>
            <numerusform>%1 — %n Artikel</numerusform>
            <numerusform>%1 — %n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Annalist::TagWorkbench</name>
    <message>
        <location filename="../views/tagworkbench.cpp" line="+38"/>
        <location line="+30"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Tag Selected Articles…</source>
        <translation>Ausgewählte Artikel &amp;verschlagworten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T</source>
        <comment>Tag Selected Articles</comment>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected articles a tag, typed with completion (undoable)</source>
        <translation>Den ausgewählten Artikeln ein Schlagwort geben, mit Vervollständigung (rückgängig machbar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Article &amp;Metadata…</source>
        <translation>Artikel-Metadaten &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+M</source>
        <comment>Edit Article Metadata</comment>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the title, source, author, URL or publication date (undoable)</source>
        <translation>Titel, Quelle, Autor, URL oder Veröffentlichungsdatum korrigieren (rückgängig machbar)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sa&amp;ve Search…</source>
        <translation>Suche s&amp;peichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the search box&apos;s query under a name in the Tags pane</source>
        <translation>Die Suchanfrage des Suchfelds unter einem Namen im Bereich Schlagwörter aufbewahren</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Select articles to tag them</source>
        <translation>Wählen Sie Artikel aus, um sie zu verschlagworten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>%1 (%2 of %3 have it)</source>
        <translation>%1 (%2 von %3 haben es)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select the articles to tag first.</source>
        <translation>Wählen Sie zuerst die zu verschlagwortenden Artikel aus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The article&apos;s metadata could not be read: %1</source>
        <translation>Die Metadaten des Artikels konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+26"/>
        <source>Type a search in the search box first; then save it under a name.</source>
        <translation>Geben Sie zuerst eine Suche in das Suchfeld ein; speichern Sie sie dann unter einem Namen.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+7"/>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Name for “%1”:</source>
        <translation>Name für „%1“:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A saved search “%1” exists (%2). Replace its query?</source>
        <translation>Eine gespeicherte Suche „%1“ existiert bereits (%2). Ihre Suchanfrage ersetzen?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved the search “%1”.</source>
        <translation>Die Suche „%1“ wurde gespeichert.</translation>
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
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln dated event(s) from %1 to %2</source>
        <translation>
            <numerusform>%Ln datiertes Ereignis von %1 bis %2</numerusform>
            <numerusform>%Ln datierte Ereignisse von %1 bis %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateAnnotationCommand</name>
    <message>
        <location filename="../views/annotationcommands.cpp" line="+20"/>
        <source>Highlight “%1”</source>
        <translation>„%1“ markieren</translation>
    </message>
</context>
<context>
    <name>DeleteAnnotationCommand</name>
    <message>
        <location line="+93"/>
        <source>Delete highlight</source>
        <translation>Markierung löschen</translation>
    </message>
</context>
<context>
    <name>DossierText</name>
    <message>
        <location filename="../models/export/dossierdata.cpp" line="+76"/>
        <source>There is no tag “%1”.</source>
        <translation>Es gibt kein Schlagwort „%1“.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing to export: the scope (%1) holds no article.</source>
        <translation>Nichts zu exportieren: Der Umfang (%1) enthält keinen Artikel.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <location filename="../models/export/dossierdocuments.cpp" line="+73"/>
        <source>ARTICLE %1 OF %2</source>
        <translation>ARTIKEL %1 VON %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../models/export/dossierwriter.cpp" line="+192"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n annotation(s) could not be placed in this text (the passage is no longer found) and are not shown.</source>
        <translation>
            <numerusform>%n Annotation konnte in diesem Text nicht platziert werden (die Textstelle wird nicht mehr gefunden) und wird nicht angezeigt.</numerusform>
            <numerusform>%n Annotationen konnten in diesem Text nicht platziert werden (die Textstelle wird nicht mehr gefunden) und werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+145"/>
        <location filename="../models/export/dossierpages.cpp" line="+69"/>
        <location filename="../models/export/dossierwriter.cpp" line="+103"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../models/export/dossierwriter.cpp" line="-97"/>
        <location line="+137"/>
        <source>Index of entities</source>
        <translation>Entitätsregister</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People, organisations, places, products and events by their canonical name, with the pages that mention them.</source>
        <translation>Personen, Organisationen, Orte, Produkte und Ereignisse unter ihrem Hauptnamen, mit den Seiten, die sie erwähnen.</translation>
    </message>
    <message>
        <location filename="../models/export/dossierjob.cpp" line="+23"/>
        <location filename="../models/export/dossierwriter.cpp" line="-45"/>
        <location line="+8"/>
        <location line="+32"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/export/dossierpages.cpp" line="-22"/>
        <source>ANNOTATED DOSSIER</source>
        <translation>ANNOTIERTES DOSSIER</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../models/export/dossierwriter.cpp" line="-156"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n distinct entit(ies) mentioned</source>
        <translation>
            <numerusform>%n unterschiedliche Entität erwähnt</numerusform>
            <numerusform>%n unterschiedliche Entitäten erwähnt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>HOW TO READ</source>
        <translation>LESEHINWEISE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlighted passages carry the analyst&apos;s colour; a small number after a passage refers to its note in the margin (or at the end of the article). Each highlight is also a PDF comment.</source>
        <translation>Markierte Textstellen tragen die Farbe des Analysten; eine kleine Zahl nach einer Textstelle verweist auf ihre Notiz am Rand (oder am Ende des Artikels). Jede Markierung ist auch ein PDF-Kommentar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prepared with Annalist</source>
        <translation>Erstellt mit Annalist</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../models/export/dossierwriter.cpp" line="+10"/>
        <location line="+143"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The exported articles mention no dates that can be placed on a timeline.</source>
        <translation>Die exportierten Artikel erwähnen keine Datumsangaben, die sich auf einer Zeitleiste einordnen lassen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n dated event(s) from %1 to %2; publication dates in amber.</source>
        <translation>
            <numerusform>%n datiertes Ereignis von %1 bis %2; Veröffentlichungsdaten in Bernsteingelb.</numerusform>
            <numerusform>%n datierte Ereignisse von %1 bis %2; Veröffentlichungsdaten in Bernsteingelb.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../models/export/dossierspec.cpp" line="+17"/>
        <location line="+2"/>
        <source>Dossier: %1</source>
        <translation>Dossier: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotated dossier</source>
        <translation>Annotiertes Dossier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Articles tagged “%1”</source>
        <translation>Artikel mit dem Schlagwort „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Search result for “%1”</source>
        <translation>Suchergebnis für „%1“</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The articles listed</source>
        <translation>Die aufgelisteten Artikel</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n selected article(s)</source>
        <translation>
            <numerusform>%n ausgewählter Artikel</numerusform>
            <numerusform>%n ausgewählte Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/export/dossierwriter.cpp" line="-280"/>
        <source>Nothing to export: no article.</source>
        <translation>Nichts zu exportieren: kein Artikel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Could not write the PDF “%1”.</source>
        <translation>Das PDF „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Could not finish the PDF “%1”.</source>
        <translation>Das PDF „%1“ konnte nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/export/pdfannotator.cpp" line="+72"/>
        <source>The annotated PDF could not be written: %1</source>
        <translation>Das annotierte PDF konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>qpdf could not set the annotations&apos; tags: %1</source>
        <translation>qpdf konnte die Schlagwörter der Anmerkungen nicht setzen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The written PDF could not be read back for annotating.</source>
        <translation>Das geschriebene PDF konnte zum Annotieren nicht wieder eingelesen werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The written PDF has no page %1.</source>
        <translation>Das geschriebene PDF hat keine Seite %1.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Poppler could not save the annotated PDF (error %1).</source>
        <translation>Poppler konnte das annotierte PDF nicht speichern (Fehler %1).</translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <location filename="../views/annotationcommands.cpp" line="-48"/>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change highlight colour</source>
        <translation>Markierungsfarbe ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit highlight tags</source>
        <translation>Schlagwörter der Markierung bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit highlight</source>
        <translation>Markierung bearbeiten</translation>
    </message>
</context>
<context>
    <name>HighlightColors</name>
    <message>
        <location filename="../views/highlightcolors.cpp" line="+59"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
</context>
<context>
    <name>PassageHighlights</name>
    <message>
        <location filename="../views/passagehighlights.cpp" line="+132"/>
        <source>%1 highlight</source>
        <translation>Markierung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found again after the text changed</source>
        <translation>Nach Änderung des Texts wiedergefunden</translation>
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
        <location line="+165"/>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../models/timeline/timelinepainter.cpp" line="+89"/>
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
        <location filename="../app/main.cpp" line="+62"/>
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
