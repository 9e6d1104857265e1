-- Annalist schema version 2: what the extraction engine found, and the analyst's corrections.

ALTER TABLE articles ADD COLUMN extracted INTEGER NOT NULL DEFAULT 0; -- 1 once entities and dates are stored

CREATE TABLE entities (
    id   INTEGER PRIMARY KEY,
    type TEXT NOT NULL CHECK (type IN ('PERSON', 'ORG', 'PLACE', 'PRODUCT', 'EVENT')),
    name TEXT NOT NULL                                  -- canonical name
);
CREATE UNIQUE INDEX entities_type_name ON entities (type, name);

CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;

CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,                        -- UTF-16 offset into the article's body
    length     INTEGER NOT NULL,
    text       TEXT NOT NULL,
    sentence   INTEGER NOT NULL DEFAULT -1                -- index of the sentence in the article
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE timexes (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    length     INTEGER NOT NULL,
    text       TEXT NOT NULL,
    value      TEXT NOT NULL,                           -- TIMEX3 value: 2025-01, PAST_REF, ...
    begin_date TEXT,                                    -- span the value covers; NULL for *_REF
    end_date   TEXT,
    sentence_start  INTEGER NOT NULL DEFAULT -1,        -- the sentence it came from
    sentence_length INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX timexes_article ON timexes (article_id);
CREATE INDEX timexes_span ON timexes (begin_date, end_date);

-- The analyst's corrections, applied by the extraction engine on top of its built-in knowledge.
CREATE TABLE user_dictionary (
    id         INTEGER PRIMARY KEY,
    action     TEXT NOT NULL CHECK (action IN ('alias', 'rename', 'type', 'ignore', 'merge')),
    name       TEXT NOT NULL,
    target     TEXT NOT NULL DEFAULT '',
    type       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX user_dictionary_name ON user_dictionary (name);
