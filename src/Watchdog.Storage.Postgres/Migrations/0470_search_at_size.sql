-- Search at size. A search reads, of each match, only small columns and the tsvector; the title and text are read
-- for a page's 20 hits. So the title and text move out of line (TOAST) past 128 bytes a row, while the tsvector stays
-- in the row (storage MAIN: compressed, moved out only when a row would not fit a page), where reading it costs a
-- decompression rather than a TOAST lookup, and the planner's page counts reflect what reading rows costs.
ALTER TABLE search_documents SET (toast_tuple_target = 128);
ALTER TABLE search_documents ALTER COLUMN document SET STORAGE MAIN;
-- lz4 decompresses several times faster than pglz; a server built without it keeps pglz.
DO $$
BEGIN
    ALTER TABLE search_documents ALTER COLUMN document SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    RAISE NOTICE 'lz4 is not available: search_documents.document stays pglz-compressed';
END $$;

-- Every vector now carries its language as a lexeme (SearchVector.LanguageLexeme), which a query of words requires
-- inside its tsquery; documents indexed before lack it until the indexer puts every article in again.
UPDATE articles SET indexed = false WHERE indexed;
