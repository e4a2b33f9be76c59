-- Named entities per article, for aggregate counts (kind, key, display name, mentions), and which tagger version
-- tagged each article: an article with no row here, or an older version, is not yet tagged and is backfilled.

CREATE TABLE entity_tagging (
    article_id     INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    tagger_version INTEGER NOT NULL
);
CREATE INDEX entity_tagging_version ON entity_tagging (tagger_version);

CREATE TABLE article_entities (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    key        TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article_id, kind, key)
);
