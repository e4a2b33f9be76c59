-- Search indexes Watchdog's own word keys (the embedded index's and the matcher's) instead of PostgreSQL's
-- dictionaries: the application builds each article's tsvector (SearchVector) and keys query words the same way,
-- per language key (ru, kk, en, und — ArticleFields.LanguageKey). The generated column and its configuration go.
ALTER TABLE search_documents DROP COLUMN document;
ALTER TABLE search_documents DROP COLUMN config;
ALTER TABLE search_documents
    ADD COLUMN language_key text     NOT NULL DEFAULT 'und',
    ADD COLUMN document     tsvector NOT NULL DEFAULT ''::tsvector;
ALTER TABLE search_documents ALTER COLUMN language_key DROP DEFAULT, ALTER COLUMN document DROP DEFAULT;
CREATE INDEX search_documents_document ON search_documents USING GIN (document);

-- Rows indexed before have an empty vector until the indexer puts every article in again.
UPDATE articles SET indexed = false WHERE indexed;
