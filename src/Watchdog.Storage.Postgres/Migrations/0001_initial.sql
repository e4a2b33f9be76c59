-- Scale-out store schema (PostgreSQL 15+). Same aggregates as the embedded store; times are timestamptz.

CREATE TABLE sources (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url                  text        NOT NULL UNIQUE,
    kind                 text        NOT NULL,
    interval_ms          bigint      NOT NULL,
    tags                 text[]      NOT NULL DEFAULT '{}',
    title                text,
    max_depth            integer     NOT NULL,
    max_pages_per_run    integer     NOT NULL,
    include_pattern      text,
    exclude_pattern      text,
    created_at           timestamptz NOT NULL,
    status               text        NOT NULL,
    last_fetch_at        timestamptz,
    next_run_at          timestamptz,
    consecutive_failures integer     NOT NULL DEFAULT 0,
    items_stored         bigint      NOT NULL DEFAULT 0,
    error_count          bigint      NOT NULL DEFAULT 0,
    last_error           text,
    paused_reason        text
);
CREATE INDEX sources_next_run ON sources (next_run_at) WHERE status <> 'Paused';

CREATE TABLE articles (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id     bigint      NOT NULL,
    url           text        NOT NULL,
    canonical_url text        NOT NULL UNIQUE,
    title         text        NOT NULL,
    text          text        NOT NULL,
    html          text,
    authors       text[]      NOT NULL DEFAULT '{}',
    published_at  timestamptz,
    modified_at   timestamptz,
    fetched_at    timestamptz NOT NULL,
    language      text        NOT NULL,
    site_name     text,
    description   text,
    image_url     text,
    tags          text[]      NOT NULL DEFAULT '{}',
    content_hash  text        NOT NULL UNIQUE,
    raw_hash      text,
    -- false until the search index has the article; lets a restart re-index what a crash left out.
    indexed       boolean     NOT NULL DEFAULT false
);
CREATE INDEX articles_unindexed ON articles (id) WHERE NOT indexed;
CREATE INDEX articles_source ON articles (source_id, id);
CREATE INDEX articles_latest ON articles ((coalesce(published_at, fetched_at)) DESC, id DESC);

CREATE TABLE url_state (
    url             text        PRIMARY KEY,
    etag            text,
    last_modified   timestamptz,
    content_hash    text,
    last_fetched_at timestamptz NOT NULL,
    last_status     integer     NOT NULL
);

CREATE TABLE fetch_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id   bigint      NOT NULL,
    url         text        NOT NULL,
    outcome     text        NOT NULL,
    status_code integer     NOT NULL,
    elapsed_ms  bigint      NOT NULL,
    at          timestamptz NOT NULL,
    error       text
);
CREATE INDEX fetch_log_source ON fetch_log (source_id, id);

-- Bodies live in the database (gzip in bytea) so that workers on several machines share them without a shared disk.
CREATE TABLE raw_bodies (
    hash        text        PRIMARY KEY,
    size        bigint      NOT NULL,
    stored_size bigint      NOT NULL,
    body        bytea       NOT NULL,
    first_seen  timestamptz NOT NULL
);

CREATE TABLE raw_sightings (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hash         text        NOT NULL REFERENCES raw_bodies (hash),
    url          text        NOT NULL,
    content_type text,
    charset      text,
    fetched_at   timestamptz NOT NULL,
    source_id    bigint      NOT NULL,
    UNIQUE (hash, url)
);

CREATE TABLE work_items (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             text        NOT NULL,
    payload          text        NOT NULL,
    dedup_key        text,
    state            text        NOT NULL CHECK (state IN ('pending', 'leased', 'done', 'quarantined')),
    attempts         integer     NOT NULL DEFAULT 0,
    not_before       timestamptz NOT NULL,
    lease_owner      text,
    lease_expires_at timestamptz,
    last_error       text,
    created_at       timestamptz NOT NULL,
    finished_at      timestamptz
);
-- A dedup key is unique only among unfinished items: once done or quarantined, the same work may be queued again.
CREATE UNIQUE INDEX work_items_dedup ON work_items (dedup_key)
    WHERE dedup_key IS NOT NULL AND state IN ('pending', 'leased');
CREATE INDEX work_items_pending ON work_items (not_before, id) WHERE state = 'pending';
CREATE INDEX work_items_leased ON work_items (lease_expires_at) WHERE state = 'leased';
CREATE INDEX work_items_quarantined ON work_items (finished_at) WHERE state = 'quarantined';

-- The full-text index: a copy of what search needs, with a weighted tsvector in the article's language configuration.
CREATE TABLE search_documents (
    article_id   bigint      PRIMARY KEY,
    source_id    bigint      NOT NULL,
    language     text        NOT NULL,
    config       regconfig   NOT NULL,
    title        text        NOT NULL,
    text         text        NOT NULL,
    url          text        NOT NULL,
    published_at timestamptz,
    -- Published date, or fetched date when the page gave none: what "newest" and date ranges use.
    sort_at      timestamptz NOT NULL,
    document     tsvector GENERATED ALWAYS AS
        (setweight(to_tsvector(config, title), 'A') || setweight(to_tsvector(config, text), 'B')) STORED
);
CREATE INDEX search_documents_document ON search_documents USING GIN (document);
CREATE INDEX search_documents_sort_at ON search_documents (sort_at DESC, article_id DESC);
