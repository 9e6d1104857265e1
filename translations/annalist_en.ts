<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Annalist::AnnotationsPane</name>
    <message numerus="yes">
        <location filename="../views/annotationspane.cpp" line="+239"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n orphaned</numerusform>
            <numerusform>%n orphaned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>Exported %n annotation to %1</numerusform>
            <numerusform>Exported %n annotations to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::ArticleListModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/articlelistmodel.cpp" line="+205"/>
        <source>%n copy(s)</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n near-duplicate copy(s) of this article, e.g. the same wire story in another bundle. Sort by this column to list them together.</source>
        <translation>
            <numerusform>%n near-duplicate copy of this article, e.g. the same wire story in another bundle. Sort by this column to list them together.</numerusform>
            <numerusform>%n near-duplicate copies of this article, e.g. the same wire story in another bundle. Sort by this column to list them together.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::ArticleListPane</name>
    <message numerus="yes">
        <location filename="../views/articlelistpane.cpp" line="+190"/>
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%n matching article</numerusform>
            <numerusform>%n matching articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::DiffDialog</name>
    <message numerus="yes">
        <location filename="../views/diffdialog.cpp" line="+157"/>
        <source>%n word(s) only in the first version (struck through)</source>
        <translation>
            <numerusform>%n word only in the first version (struck through)</numerusform>
            <numerusform>%n words only in the first version (struck through)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n word(s) only in the second version (highlighted)</source>
        <translation>
            <numerusform>%n word only in the second version (highlighted)</numerusform>
            <numerusform>%n words only in the second version (highlighted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::DossierExportDialog</name>
    <message numerus="yes">
        <location filename="../views/dossierexportdialog.cpp" line="+36"/>
        <source>Selected articles (%n)</source>
        <translation>
            <numerusform>Selected articles (%n)</numerusform>
            <numerusform>Selected articles (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>All articles in the list (%n)</source>
        <translation>
            <numerusform>All articles in the list (%n)</numerusform>
            <numerusform>All articles in the list (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Current search result (%n)</source>
        <translation>
            <numerusform>Current search result (%n)</numerusform>
            <numerusform>Current search result (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::EntityCommands</name>
    <message numerus="yes">
        <location filename="../app/commands/entitycommands.cpp" line="+256"/>
        <source>Correction recorded; %n article(s) re-extracted.</source>
        <translation>
            <numerusform>Correction recorded; %n article re-extracted.</numerusform>
            <numerusform>Correction recorded; %n articles re-extracted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::EntityModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/entitymodel.cpp" line="+227"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::EntitySidebar</name>
    <message numerus="yes">
        <location filename="../views/entitysidebarreview.cpp" line="+151"/>
        <source>Ignore %n Entities</source>
        <translation>
            <numerusform>Ignore %n Entity</numerusform>
            <numerusform>Ignore %n Entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::ExportWorkbench</name>
    <message numerus="yes">
        <location filename="../views/exportworkbench.cpp" line="+118"/>
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>Exported %n page to %1</numerusform>
            <numerusform>Exported %n pages to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::ImportCommand</name>
    <message numerus="yes">
        <location filename="../app/commands/importcommand.cpp" line="+87"/>
        <source>entities and dates found in %n article(s)</source>
        <translation>
            <numerusform>entities and dates found in %n article</numerusform>
            <numerusform>entities and dates found in %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::Ingest</name>
    <message numerus="yes">
        <location filename="../models/ingest/textdecoder.cpp" line="+252"/>
        <source>%n malformed UTF-16 code unit(s) replaced</source>
        <translation>
            <numerusform>%n malformed UTF-16 code unit replaced</numerusform>
            <numerusform>%n malformed UTF-16 code units replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n byte(s) that are not valid UTF-8 decoded as Latin-1 (Windows-1252)</source>
        <translation>
            <numerusform>%n byte that is not valid UTF-8 decoded as Latin-1 (Windows-1252)</numerusform>
            <numerusform>%n bytes that are not valid UTF-8 decoded as Latin-1 (Windows-1252)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::IngestProgress</name>
    <message numerus="yes">
        <location filename="../models/pipeline/ingestprogress.cpp" line="+103"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Importing %1 / %Ln file(s)</source>
        <translation>
            <numerusform>Importing %1 / %Ln file</numerusform>
            <numerusform>Importing %1 / %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Extracting %1 / %Ln article(s)</source>
        <translation>
            <numerusform>Extracting %1 / %Ln article</numerusform>
            <numerusform>Extracting %1 / %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="+532"/>
        <source>Found entities and dates in %n article(s)</source>
        <translation>
            <numerusform>Found entities and dates in %n article</numerusform>
            <numerusform>Found entities and dates in %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>Imported %n article</numerusform>
            <numerusform>Imported %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n duplicate skipped</numerusform>
            <numerusform>, %n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n file(s) of unknown type skipped</source>
        <translation>
            <numerusform>, %n file of unknown type skipped</numerusform>
            <numerusform>, %n files of unknown type skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::QuickTagPopup</name>
    <message numerus="yes">
        <location filename="../views/quicktagpopup.cpp" line="+73"/>
        <source>Type a tag for %n article(s); Enter adds it, Escape closes.</source>
        <translation>
            <numerusform>Type a tag for %n article; Enter adds it, Escape closes.</numerusform>
            <numerusform>Type a tag for %n articles; Enter adds it, Escape closes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Enter tags %n article(s) with “%1”.</source>
        <translation>
            <numerusform>Enter tags %n article with “%1”.</numerusform>
            <numerusform>Enter tags %n articles with “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Enter creates the tag “%1” and tags %n article(s).</source>
        <translation>
            <numerusform>Enter creates the tag “%1” and tags %n article.</numerusform>
            <numerusform>Enter creates the tag “%1” and tags %n articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::RelatedEntityModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/relatedentitymodel.cpp" line="+92"/>
        <source>%1 (%2): together in %n sentence(s)</source>
        <translation>
            <numerusform>%1 (%2): together in %n sentence</numerusform>
            <numerusform>%1 (%2): together in %n sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n article(s)</source>
        <translation>
            <numerusform>in %n article</numerusform>
            <numerusform>in %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::TagCommands</name>
    <message numerus="yes">
        <location filename="../views/tagcommands.cpp" line="+20"/>
        <source>Tag %n article(s) “%1”</source>
        <translation>
            <numerusform>Tag %n article “%1”</numerusform>
            <numerusform>Tag %n articles “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Remove Tag “%1” from %n Article(s)</source>
        <translation>
            <numerusform>Remove Tag “%1” from %n Article</numerusform>
            <numerusform>Remove Tag “%1” from %n Articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::TagPane</name>
    <message numerus="yes">
        <location filename="../views/tagpane.cpp" line="+376"/>
        <source>Delete the tag “%1” and its %n subtag(s)?</source>
        <translation>
            <numerusform>Delete the tag “%1” and its %n subtag?</numerusform>
            <numerusform>Delete the tag “%1” and its %n subtags?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n article(s) carry them; the articles themselves stay.</source>
        <translation>
            <numerusform>%n article carries them; the articles themselves stay.</numerusform>
            <numerusform>%n articles carry them; the articles themselves stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n article(s) carry it; the articles themselves stay.</source>
        <translation>
            <numerusform>%n article carries it; the articles themselves stay.</numerusform>
            <numerusform>%n articles carry it; the articles themselves stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::TagTreeModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/tagtreemodel.cpp" line="+125"/>
        <source>%1 — %n article(s)</source>
        <translation>
            <numerusform>%1 — %n article</numerusform>
            <numerusform>%1 — %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::TimelineWidget</name>
    <message numerus="yes">
        <location filename="../views/timelinewidget.cpp" line="+289"/>
        <source>%Ln dated event(s) from %1 to %2</source>
        <translation>
            <numerusform>%Ln dated event from %1 to %2</numerusform>
            <numerusform>%Ln dated events from %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierText</name>
    <message numerus="yes">
        <location filename="../models/export/dossierdocuments.cpp" line="+144"/>
        <source>%n annotation(s) could not be placed in this text (the passage is no longer found) and are not shown.</source>
        <translation>
            <numerusform>%n annotation could not be placed in this text (the passage is no longer found) and is not shown.</numerusform>
            <numerusform>%n annotations could not be placed in this text (the passage is no longer found) and are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/export/dossierpages.cpp" line="+70"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../models/export/dossierwriter.cpp" line="+190"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n distinct entit(ies) mentioned</source>
        <translation>
            <numerusform>%n distinct entity mentioned</numerusform>
            <numerusform>%n distinct entities mentioned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>%n dated event(s) from %1 to %2; publication dates in amber.</source>
        <translation>
            <numerusform>%n dated event from %1 to %2; publication dates in amber.</numerusform>
            <numerusform>%n dated events from %1 to %2; publication dates in amber.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/export/dossierspec.cpp" line="+42"/>
        <source>%n selected article(s)</source>
        <translation>
            <numerusform>%n selected article</numerusform>
            <numerusform>%n selected articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewAction</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/entityreview.cpp" line="+70"/>
        <source>Merge %n entities into “%1”</source>
        <translation>
            <numerusform>Merge %n entity into “%1”</numerusform>
            <numerusform>Merge %n entities into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <location line="+17"/>
        <source>Ignore %n entities</source>
        <translation>
            <numerusform>Ignore %n entity</numerusform>
            <numerusform>Ignore %n entities</numerusform>
        </translation>
    </message>
</context>
</TS>
