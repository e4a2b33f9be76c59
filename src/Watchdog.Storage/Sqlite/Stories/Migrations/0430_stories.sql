-- Stories: each article's story, given once at ingest (so ids mean the same in every answer), and each story's words and span.

CREATE TABLE stories (
    id         INTEGER PRIMARY KEY,
    label      TEXT    NOT NULL DEFAULT '[]',
    languages  TEXT    NOT NULL DEFAULT '[]',
    first_seen INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL,
    size       INTEGER NOT NULL
);

-- simhash: the 64-bit fingerprint of the text as a signed integer (reprints are a few bits from what they copy).
CREATE TABLE article_stories (
    article_id   INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id     INTEGER NOT NULL,
    simhash      INTEGER NOT NULL,
    published_at INTEGER NOT NULL
);
CREATE INDEX article_stories_story ON article_stories (story_id);
CREATE INDEX article_stories_published ON article_stories (published_at);

-- One process at a time assigns stories (its clusterer holds the open stories in memory): the one holding this lease.
-- A process that stops renewing it loses it when it expires; the next holder restores the open stories from the tables above.
CREATE TABLE story_assigner_lease (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    holder     TEXT    NOT NULL,
    expires_at INTEGER NOT NULL
);
