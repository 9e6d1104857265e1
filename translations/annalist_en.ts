<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Annalist::ArticleListPane</name>
    <message numerus="yes">
        <location filename="../views/articlelistpane.cpp" line="+154"/>
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
    <name>Annalist::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="+358"/>
        <source>Found entities and dates in %n article(s)</source>
        <translation>
            <numerusform>Found entities and dates in %n article</numerusform>
            <numerusform>Found entities and dates in %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
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
