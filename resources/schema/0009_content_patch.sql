-- Annalist schema version 9: an imported article's readable text may be kept as a patch.
--
-- content_patch holds the edits that turn original into the readable text (see ContentPatch);
-- content then stays NULL. The readable text is annalist_content(original, content,
-- content_patch), an SQL function every Annalist connection has. Articles stored before keep
-- their content as it is.
ALTER TABLE articles ADD COLUMN content_patch BLOB;

DROP VIEW article_text;
CREATE VIEW article_text AS
    SELECT id, title, annalist_content(original, content, content_patch) AS body FROM articles;

DROP TRIGGER articles_fts_delete;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, annalist_content(old.original, old.content, old.content_patch));
END;

DROP TRIGGER articles_fts_update;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, content, original, content_patch ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, annalist_content(old.original, old.content, old.content_patch));
    INSERT INTO articles_fts (rowid, title, body)
    VALUES (new.id, new.title, annalist_content(new.original, new.content, new.content_patch));
END;

DROP TRIGGER search_index_changes_update;
CREATE TRIGGER search_index_changes_update AFTER UPDATE OF title, content, original, content_patch ON articles BEGIN
    UPDATE search_index_changes SET changes = changes + 1;
END;
