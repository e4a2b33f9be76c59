-- Embedded store schema. Times are Unix milliseconds (UTC); lists are JSON arrays.

CREATE TABLE sources (
    id                   INTEGER PRIMARY KEY,
    url                  TEXT    NOT NULL UNIQUE,
    kind                 TEXT    NOT NULL,
    interval_ms          INTEGER NOT NULL,
    tags                 TEXT    NOT NULL DEFAULT '[]',
    title                TEXT,
    max_depth            INTEGER NOT NULL,
    max_pages_per_run    INTEGER NOT NULL,
    include_pattern      TEXT,
    exclude_pattern      TEXT,
    created_at           INTEGER NOT NULL,
    status               TEXT    NOT NULL,
    last_fetch_at        INTEGER,
    next_run_at          INTEGER,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    items_stored         INTEGER NOT NULL DEFAULT 0,
    error_count          INTEGER NOT NULL DEFAULT 0,
    last_error           TEXT,
    paused_reason        TEXT
);
CREATE INDEX sources_next_run ON sources (next_run_at) WHERE status <> 'Paused';

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    source_id     INTEGER NOT NULL,
    url           TEXT    NOT NULL,
    canonical_url TEXT    NOT NULL UNIQUE,
    title         TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    html          TEXT,
    authors       TEXT    NOT NULL DEFAULT '[]',
    published_at  INTEGER,
    modified_at   INTEGER,
    fetched_at    INTEGER NOT NULL,
    language      TEXT    NOT NULL,
    site_name     TEXT,
    description   TEXT,
    image_url     TEXT,
    tags          TEXT    NOT NULL DEFAULT '[]',
    content_hash  TEXT    NOT NULL UNIQUE,
    raw_hash      TEXT,
    -- 0 until the search index has committed the article; lets a restart re-index what a crash left out.
    indexed       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_unindexed ON articles (id) WHERE indexed = 0;
CREATE INDEX articles_source ON articles (source_id, id);

CREATE TABLE url_state (
    url             TEXT    PRIMARY KEY,
    etag            TEXT,
    last_modified   INTEGER,
    content_hash    TEXT,
    last_fetched_at INTEGER NOT NULL,
    last_status     INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE fetch_log (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL,
    url         TEXT    NOT NULL,
    outcome     TEXT    NOT NULL,
    status_code INTEGER NOT NULL,
    elapsed_ms  INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    error       TEXT
);
CREATE INDEX fetch_log_source ON fetch_log (source_id, id);

-- One row per distinct body (the file data/raw/ab/cd/<hash>.gz) ...
CREATE TABLE raw_bodies (
    hash        TEXT    PRIMARY KEY,
    size        INTEGER NOT NULL,
    stored_size INTEGER NOT NULL,
    first_seen  INTEGER NOT NULL
) WITHOUT ROWID;

-- ... and one per URL it was fetched from, so identical bodies at several URLs are stored once but all remembered.
CREATE TABLE raw_sightings (
    id           INTEGER PRIMARY KEY,
    hash         TEXT    NOT NULL REFERENCES raw_bodies (hash),
    url          TEXT    NOT NULL,
    content_type TEXT,
    charset      TEXT,
    fetched_at   INTEGER NOT NULL,
    source_id    INTEGER NOT NULL,
    UNIQUE (hash, url)
);

CREATE TABLE work_items (
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL,
    payload          TEXT    NOT NULL,
    dedup_key        TEXT,
    state            TEXT    NOT NULL CHECK (state IN ('pending', 'leased', 'done', 'quarantined')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    not_before       INTEGER NOT NULL,
    lease_owner      TEXT,
    lease_expires_at INTEGER,
    last_error       TEXT,
    created_at       INTEGER NOT NULL,
    finished_at      INTEGER
);
-- A dedup key is unique only among unfinished items: once done or quarantined, the same work may be queued again.
CREATE UNIQUE INDEX work_items_dedup ON work_items (dedup_key)
    WHERE dedup_key IS NOT NULL AND state IN ('pending', 'leased');
CREATE INDEX work_items_pending ON work_items (not_before, id) WHERE state = 'pending';
CREATE INDEX work_items_leased ON work_items (lease_expires_at) WHERE state = 'leased';
CREATE INDEX work_items_quarantined ON work_items (finished_at) WHERE state = 'quarantined';
