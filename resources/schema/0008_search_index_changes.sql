-- Annalist schema version 8: a counter of articles whose indexed text changed or went away.
--
-- The search ranking keeps every article's length in tokens in memory (FtsRank) and reads only
-- the rows added since its last look. New articles get higher ids, so that is enough unless an
-- article's title or text changed or it was deleted: then this counter moves and the lengths
-- are read again.
CREATE TABLE search_index_changes (changes INTEGER NOT NULL);
INSERT INTO search_index_changes (changes) VALUES (0);

CREATE TRIGGER search_index_changes_delete AFTER DELETE ON articles BEGIN
    UPDATE search_index_changes SET changes = changes + 1;
END;

CREATE TRIGGER search_index_changes_update AFTER UPDATE OF title, content, original ON articles BEGIN
    UPDATE search_index_changes SET changes = changes + 1;
END;
