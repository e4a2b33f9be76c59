-- Watchlists, standing queries, alerts and deliveries. Entries, rules and passages are JSON documents.

CREATE TABLE watchlists (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    -- Lower-cased name: names are unique case-insensitively (SQLite's lower() knows only ASCII).
    name_key   TEXT    NOT NULL UNIQUE,
    entries    TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE standing_queries (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    query_text TEXT    NOT NULL,
    enabled    INTEGER NOT NULL,
    rule       TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE alerts (
    id                  INTEGER PRIMARY KEY,
    query_id            INTEGER NOT NULL,
    article_id          INTEGER NOT NULL,
    story_key           TEXT    NOT NULL,
    created_at          INTEGER NOT NULL,
    title               TEXT    NOT NULL,
    url                 TEXT    NOT NULL,
    passages            TEXT    NOT NULL,
    is_read             INTEGER NOT NULL DEFAULT 0,
    related_article_ids TEXT    NOT NULL DEFAULT '[]'
);
CREATE INDEX alerts_story ON alerts (query_id, story_key, created_at);
CREATE INDEX alerts_query ON alerts (query_id, id);

CREATE TABLE alert_deliveries (
    id              INTEGER PRIMARY KEY,
    alert_id        INTEGER NOT NULL,
    query_id        INTEGER NOT NULL,
    channel         TEXT    NOT NULL,
    address         TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    delivered_at    INTEGER,
    last_error      TEXT
);
CREATE INDEX alert_deliveries_due ON alert_deliveries (next_attempt_at) WHERE status IN ('Pending', 'Failed');
CREATE INDEX alert_deliveries_alert ON alert_deliveries (alert_id);
