-- Named entities per article, for aggregate counts (kind, key, display name, mentions), and which tagger version
-- tagged each article: an article with no row here, or an older version, is not yet tagged and is backfilled.

CREATE TABLE entity_tagging (
    article_id     bigint  PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    tagger_version integer NOT NULL
);
CREATE INDEX entity_tagging_version ON entity_tagging (tagger_version);

CREATE TABLE article_entities (
    article_id bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind       text    NOT NULL,
    key        text    NOT NULL,
    name       text    NOT NULL,
    mentions   integer NOT NULL,
    PRIMARY KEY (article_id, kind, key)
);
