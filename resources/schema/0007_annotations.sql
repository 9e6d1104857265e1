-- Annalist schema version 7: the analyst's working layer — passage annotations, their tags,
-- saved searches, and tag colours/paths kept as the tag manager needs them.
--
-- An annotation is anchored by its offsets into the article's original text plus the quoted
-- text and some context either side, so it can be found again when the text changes
-- (exact, then fuzzy) and is flagged 'orphaned' rather than silently lost or moved.

CREATE TABLE annotations (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,                       -- UTF-16 offset into articles.original
    length      INTEGER NOT NULL CHECK (length > 0),
    quote       TEXT NOT NULL,                          -- the passage as it was when annotated
    prefix      TEXT NOT NULL DEFAULT '',               -- up to 32 characters before it
    suffix      TEXT NOT NULL DEFAULT '',               -- up to 32 characters after it
    color       TEXT NOT NULL DEFAULT 'yellow',         -- a palette name (see store/annotationstore.h)
    note        TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'anchored'
                CHECK (status IN ('anchored', 'fuzzy', 'orphaned')),
    created_at  TEXT NOT NULL,                          -- ISO 8601 date-time, UTC
    modified_at TEXT NOT NULL
);
CREATE INDEX annotations_article ON annotations (article_id, start);

CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX annotation_tags_tag ON annotation_tags (tag_id);

-- Notes and quotes are searched like article text.
CREATE VIRTUAL TABLE annotations_fts USING fts5 (
    quote, note,
    content = 'annotations', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO annotations_fts (rowid, quote, note) VALUES (new.id, new.quote, new.note);
END;
CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO annotations_fts (annotations_fts, rowid, quote, note)
    VALUES ('delete', old.id, old.quote, old.note);
END;
CREATE TRIGGER annotations_fts_update AFTER UPDATE OF quote, note ON annotations BEGIN
    INSERT INTO annotations_fts (annotations_fts, rowid, quote, note)
    VALUES ('delete', old.id, old.quote, old.note);
    INSERT INTO annotations_fts (rowid, quote, note) VALUES (new.id, new.quote, new.note);
END;

CREATE TABLE saved_searches (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,
    query TEXT NOT NULL
);
CREATE UNIQUE INDEX saved_searches_name ON saved_searches (name COLLATE NOCASE);
