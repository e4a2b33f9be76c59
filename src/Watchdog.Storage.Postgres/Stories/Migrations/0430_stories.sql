-- Stories: each article's story, given once at ingest (so ids mean the same in every answer), and each story's words and span.

CREATE TABLE stories (
    id         integer     PRIMARY KEY,
    label      text[]      NOT NULL DEFAULT '{}',
    languages  text[]      NOT NULL DEFAULT '{}',
    first_seen timestamptz NOT NULL,
    last_seen  timestamptz NOT NULL,
    size       integer     NOT NULL
);

-- simhash: the 64-bit fingerprint of the text as a signed integer (reprints are a few bits from what they copy).
CREATE TABLE article_stories (
    article_id   bigint      PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id     integer     NOT NULL,
    simhash      bigint      NOT NULL,
    published_at timestamptz NOT NULL
);
CREATE INDEX article_stories_story ON article_stories (story_id);
CREATE INDEX article_stories_published ON article_stories (published_at);

-- One process at a time assigns stories (its clusterer holds the open stories in memory): the one holding this lease.
-- A process that stops renewing it loses it when it expires; the next holder restores the open stories from the tables above.
CREATE TABLE story_assigner_lease (
    id         integer PRIMARY KEY CHECK (id = 1),
    holder     text        NOT NULL,
    expires_at timestamptz NOT NULL
);
