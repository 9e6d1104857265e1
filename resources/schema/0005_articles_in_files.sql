-- Annalist schema version 5: several articles per file, cleaned text, near-duplicates.
--
-- original is now the article's own stretch of its file's decoded text, [range_start,
-- range_end) in UTF-16 units; content is the cleaned text that is searched and extracted, and
-- offset_map (see ingest/offsetmap.h) maps positions between the two. Mentions and dates are
-- stored in original positions, so highlights land on what the analyst sees.

ALTER TABLE articles ADD COLUMN range_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN range_end INTEGER;                -- NULL: the whole file
ALTER TABLE articles ADD COLUMN offset_map BLOB;                  -- NULL: content is original
ALTER TABLE articles ADD COLUMN page_starts TEXT;                 -- JSON [[offset, page], ...] for PDFs
ALTER TABLE articles ADD COLUMN signature BLOB;                   -- MinHash of the content
ALTER TABLE articles ADD COLUMN duplicate_of INTEGER REFERENCES articles (id) ON DELETE SET NULL;
ALTER TABLE articles ADD COLUMN similarity REAL;                  -- estimated Jaccard with duplicate_of

CREATE INDEX articles_duplicate_of ON articles (duplicate_of);
