-- Accountability: the audit log, users with roles, and what retention needs to delete old content quickly.

-- Append-only: Watchdog only inserts; the triggers stop anything else that tries to change or delete an entry.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    actor   TEXT    NOT NULL,
    action  TEXT    NOT NULL,
    target  TEXT,
    details TEXT
);
CREATE INDEX audit_log_at ON audit_log (at, id);
CREATE INDEX audit_log_actor ON audit_log (actor, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Only the SHA-256 of each API token is kept; the token is shown once when the user is added.
CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    -- Lower-cased name: names are unique case-insensitively.
    name_key   TEXT    NOT NULL UNIQUE,
    role       TEXT    NOT NULL CHECK (role IN ('Viewer', 'Analyst', 'Admin')),
    token_hash TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

-- Articles deleted by retention that the search index may still hold; cleared once the index has dropped them.
CREATE TABLE search_removals (
    article_id INTEGER PRIMARY KEY,
    deleted_at INTEGER NOT NULL
);

-- Retention looks bodies up by article and by age, and alerts by article.
CREATE INDEX articles_raw_hash ON articles (raw_hash) WHERE raw_hash IS NOT NULL;
CREATE INDEX raw_sightings_fetched ON raw_sightings (fetched_at);
CREATE INDEX alerts_article ON alerts (article_id);
