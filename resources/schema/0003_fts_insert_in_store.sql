-- Annalist schema version 3: ArticleStore writes the full-text row of a new article itself.
--
-- An AFTER INSERT trigger that writes to articles_fts makes each INSERT INTO articles a
-- multi-statement write with a statement savepoint, and FTS5 writes its pending index data
-- out at every savepoint: one tiny segment per article and constant merging, which made a
-- bulk import about twice as slow as plain FTS5 inserts. Updates and deletes stay on triggers.
DROP TRIGGER articles_fts_insert;
