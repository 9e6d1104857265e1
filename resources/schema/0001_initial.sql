-- Annalist schema version 1: articles, full-text index, tags.

CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL DEFAULT '',
    author           TEXT NOT NULL DEFAULT '',
    url              TEXT NOT NULL DEFAULT '',
    published        TEXT,                              -- ISO 8601 date, NULL when unknown
    published_source TEXT NOT NULL DEFAULT 'none'
                     CHECK (published_source IN ('none', 'metadata', 'text', 'user')),
    imported_at      TEXT NOT NULL,                     -- ISO 8601 date-time, UTC
    file_path        TEXT NOT NULL,
    format           TEXT NOT NULL,
    original         TEXT NOT NULL,                     -- the file's text exactly as decoded
    content          TEXT,                              -- readable text when it differs from original
    content_hash     TEXT NOT NULL
);

CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_title ON articles (title COLLATE NOCASE);
CREATE INDEX articles_source ON articles (source COLLATE NOCASE);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_imported_at ON articles (imported_at);

-- What the index sees: the readable text, falling back to the original.
CREATE VIEW article_text AS
    SELECT id, title, coalesce(content, original) AS body FROM articles;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = 'article_text', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Titles weigh five times the body in the ranking.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body)
    VALUES (new.id, new.title, coalesce(new.content, new.original));
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, coalesce(old.content, old.original));
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, content, original ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, coalesce(old.content, old.original));
    INSERT INTO articles_fts (rowid, title, body)
    VALUES (new.id, new.title, coalesce(new.content, new.original));
END;

CREATE TABLE tags (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,                            -- full path, e.g. 'policy/export-controls'
    color     TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES tags (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX tags_name ON tags (name COLLATE NOCASE);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags (tag_id);
