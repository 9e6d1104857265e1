-- Annalist schema version 4: indexes for the article list's Format and File columns.
--
-- Without them, sorting 100k articles by format or file scanned the whole articles table
-- (the text is stored in it) and took about a second; the other columns had indexes already.
CREATE INDEX articles_format ON articles (format);
CREATE INDEX articles_file_path ON articles (file_path);
