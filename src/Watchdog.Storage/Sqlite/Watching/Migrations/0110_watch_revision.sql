-- A number that changes with every change to standing queries or watchlists, so matchers can tell with one cheap read
-- whether their compiled queries are stale instead of recompiling on a timer.
CREATE TABLE watch_revision (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value BIGINT  NOT NULL
);
INSERT INTO watch_revision (id, value) VALUES (1, 0);

-- Story grouping looks up every query's alerts of one story at once.
CREATE INDEX alerts_story_key ON alerts (story_key, created_at);
