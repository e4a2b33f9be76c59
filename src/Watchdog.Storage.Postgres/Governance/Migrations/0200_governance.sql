-- Accountability: the audit log, users with roles, and what retention needs to delete old content quickly.

-- Append-only: Watchdog only inserts; the trigger stops anything else that tries to change or delete an entry.
CREATE TABLE audit_log (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      timestamptz NOT NULL,
    actor   text        NOT NULL,
    action  text        NOT NULL,
    target  text,
    details text
);
CREATE INDEX audit_log_at ON audit_log (at, id);
CREATE INDEX audit_log_actor ON audit_log (actor, id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- Only the SHA-256 of each API token is kept; the token is shown once when the user is added.
CREATE TABLE users (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL,
    name_key   text        NOT NULL UNIQUE,
    role       text        NOT NULL CHECK (role IN ('Viewer', 'Analyst', 'Admin')),
    token_hash text        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);

-- Articles deleted by retention that the search index may still hold; cleared once the index has dropped them.
CREATE TABLE search_removals (
    article_id bigint      PRIMARY KEY,
    deleted_at timestamptz NOT NULL
);

-- Retention looks bodies up by article and by age, and alerts by article.
CREATE INDEX articles_raw_hash ON articles (raw_hash) WHERE raw_hash IS NOT NULL;
CREATE INDEX raw_sightings_fetched ON raw_sightings (fetched_at);
CREATE INDEX alerts_article ON alerts (article_id);
