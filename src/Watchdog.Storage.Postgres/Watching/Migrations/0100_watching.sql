-- Watchlists, standing queries, alerts and deliveries. Entries, rules and passages are JSON documents (text, so
-- the SQL shared with the embedded store reads them the same way).

CREATE TABLE watchlists (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL,
    name_key   text        NOT NULL UNIQUE,
    entries    text        NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE standing_queries (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL,
    query_text text        NOT NULL,
    enabled    boolean     NOT NULL,
    rule       text        NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE alerts (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    query_id            bigint      NOT NULL,
    article_id          bigint      NOT NULL,
    story_key           text        NOT NULL,
    created_at          timestamptz NOT NULL,
    title               text        NOT NULL,
    url                 text        NOT NULL,
    passages            text        NOT NULL,
    is_read             boolean     NOT NULL DEFAULT false,
    related_article_ids text        NOT NULL DEFAULT '[]'
);
CREATE INDEX alerts_story ON alerts (query_id, story_key, created_at);
CREATE INDEX alerts_query ON alerts (query_id, id);

CREATE TABLE alert_deliveries (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id        bigint      NOT NULL,
    query_id        bigint      NOT NULL,
    channel         text        NOT NULL,
    address         text        NOT NULL,
    status          text        NOT NULL,
    attempts        integer     NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    delivered_at    timestamptz,
    last_error      text
);
CREATE INDEX alert_deliveries_due ON alert_deliveries (next_attempt_at) WHERE status IN ('Pending', 'Failed');
CREATE INDEX alert_deliveries_alert ON alert_deliveries (alert_id);
