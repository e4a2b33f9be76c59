-- Search at size. Of each match a search needs only small columns (sort_at, language_key) once the GIN index has
-- decided the match by itself (see SearchVector.LanguageLexeme); the tsvector is read again only to rank the newest
-- candidates or recheck a phrase, and the title and text only for a page's hits. So everything large moves out of
-- line (TOAST) past 128 bytes a row: a row is about 150 bytes instead of 2–5 KB, and counting or sorting a common
-- word's matches reads that many fewer pages. Rows already stored move when next written (or VACUUM FULL).
ALTER TABLE search_documents SET (toast_tuple_target = 128);
-- lz4 decompresses several times faster than pglz when a tsvector is read back; a server built without it keeps pglz.
DO $$
BEGIN
    ALTER TABLE search_documents ALTER COLUMN document SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    RAISE NOTICE 'lz4 is not available: search_documents.document stays pglz-compressed';
END $$;

-- Every vector now carries its language as a lexeme (SearchVector.LanguageLexeme), which a query of words requires
-- inside its tsquery; documents indexed before lack it until the indexer puts every article in again.
UPDATE articles SET indexed = false WHERE indexed;
