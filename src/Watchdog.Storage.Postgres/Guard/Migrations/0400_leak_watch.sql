-- Leak watch: fingerprints of confidential documents (never their text) and the public articles found to quote them.

CREATE TABLE leak_documents (
    id                text        PRIMARY KEY,
    name              text        NOT NULL,
    fingerprint       bytea       NOT NULL,
    fingerprint_count integer     NOT NULL,
    created_at        timestamptz NOT NULL
);

-- A finding goes with its document and with its article (retention deletes articles; the excerpt quotes it).
CREATE TABLE leak_findings (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id          text             NOT NULL REFERENCES leak_documents (id) ON DELETE CASCADE,
    article_id           bigint           NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    article_title        text             NOT NULL,
    article_url          text             NOT NULL,
    matched_fingerprints integer          NOT NULL,
    coverage             double precision NOT NULL,
    spans                text             NOT NULL,
    excerpt              text             NOT NULL,
    found_at             timestamptz      NOT NULL,
    UNIQUE (document_id, article_id)
);
CREATE INDEX leak_findings_article ON leak_findings (article_id);
CREATE INDEX leak_findings_found ON leak_findings (found_at, id);

-- Changes with every document saved or removed, so checkers reload fingerprints only when they changed. Written with an
-- upsert, so a missing row (an emptied table) heals itself.
CREATE TABLE leak_revision (
    id    integer PRIMARY KEY CHECK (id = 1),
    value bigint  NOT NULL
);
INSERT INTO leak_revision (id, value) VALUES (1, 0);
