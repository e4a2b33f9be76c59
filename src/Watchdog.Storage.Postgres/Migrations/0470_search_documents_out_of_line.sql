-- A search reads, of each match, only the small columns (sort_at, language_key, the tsvector for a recheck or a rank);
-- the title and text are read for a page's 20 hits. Kept inline (about 2 KB a row), they made counting or sorting a
-- common word's matches read most of the table; moved out of line (TOAST) past 128 bytes a row, the table's pages
-- hold some 20 rows each instead of 3. Rows already stored move when next written (or VACUUM FULL search_documents).
ALTER TABLE search_documents SET (toast_tuple_target = 128);
