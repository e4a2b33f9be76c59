-- Search takes the query language of standing queries: tag: and source: filter on these (lower-cased; source_names
-- holds the host with its parent domains, the site name and the source id, see ArticleSourceNames).
ALTER TABLE search_documents
    ADD COLUMN tags         text[] NOT NULL DEFAULT '{}',
    ADD COLUMN source_names text[] NOT NULL DEFAULT '{}';
CREATE INDEX search_documents_tags ON search_documents USING GIN (tags);
CREATE INDEX search_documents_source_names ON search_documents USING GIN (source_names);

-- Documents indexed before have neither yet: the indexer puts every article in again.
UPDATE articles SET indexed = false WHERE indexed;
