-- Leak watch: fingerprints of confidential documents (never their text) and the public articles found to quote them.

CREATE TABLE leak_documents (
    id                TEXT    PRIMARY KEY,
    name              TEXT    NOT NULL,
    fingerprint       BLOB    NOT NULL,
    fingerprint_count INTEGER NOT NULL,
    created_at        INTEGER NOT NULL
);

-- A finding goes with its document and with its article (retention deletes articles; the excerpt quotes it).
CREATE TABLE leak_findings (
    id                   INTEGER PRIMARY KEY,
    document_id          TEXT    NOT NULL REFERENCES leak_documents (id) ON DELETE CASCADE,
    article_id           INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    article_title        TEXT    NOT NULL,
    article_url          TEXT    NOT NULL,
    matched_fingerprints INTEGER NOT NULL,
    coverage             REAL    NOT NULL,
    spans                TEXT    NOT NULL,
    excerpt              TEXT    NOT NULL,
    found_at             INTEGER NOT NULL,
    UNIQUE (document_id, article_id)
);
CREATE INDEX leak_findings_article ON leak_findings (article_id);
CREATE INDEX leak_findings_found ON leak_findings (found_at, id);

-- Changes with every document saved or removed, so checkers reload fingerprints only when they changed. Written with an
-- upsert, so a missing row (an emptied table) heals itself.
CREATE TABLE leak_revision (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value BIGINT  NOT NULL
);
INSERT INTO leak_revision (id, value) VALUES (1, 0);
