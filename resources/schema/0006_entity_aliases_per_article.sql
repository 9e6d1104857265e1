-- Annalist schema version 6: aliases are stored per article, like mentions.
--
-- They were stored per entity and only ever added, so re-extracting an article (after a review
-- action, or undoing one) could not take back an alias only that article had produced: undoing
-- a merge left the merged name behind as an alias. Now re-extraction replaces an article's
-- aliases together with its mentions, and an entity's aliases are those of its articles.

DROP TABLE entity_aliases;
CREATE TABLE entity_aliases (
    entity_id  INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias, article_id)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_article ON entity_aliases (article_id);

-- The aliases come back with the next (background, resumable) extraction.
UPDATE articles SET extracted = 0;
