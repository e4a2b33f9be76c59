-- Articles that are posts on a social platform or forum: the platform (telegram, mastodon, phpbb…) as a column to
-- filter on, and the rest of what the post showed (post id, author handle and name, forwarded from, reposted by,
-- engagement counts) as one JSON object, kept as text so the SQL is shared with SQLite. Both stay NULL for articles
-- from feeds and pages.
ALTER TABLE articles ADD COLUMN platform text;
ALTER TABLE articles ADD COLUMN social text;
CREATE INDEX articles_platform ON articles (platform, id) WHERE platform IS NOT NULL;
