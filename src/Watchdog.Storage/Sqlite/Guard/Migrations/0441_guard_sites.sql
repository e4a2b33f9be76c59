-- Sites registered for the site audit: audited only once control is proven (verified_at), on demand or on a schedule.
CREATE TABLE guard_sites (
    id                     INTEGER PRIMARY KEY,
    origin                 TEXT    NOT NULL UNIQUE,
    token                  TEXT    NOT NULL,
    added_by               TEXT    NOT NULL,
    added_at               INTEGER NOT NULL,
    verified_at            INTEGER,
    verified_by            TEXT,
    verified_with          TEXT,
    audit_every_seconds    INTEGER,
    last_audit_at          INTEGER,
    last_high_findings     TEXT    NOT NULL DEFAULT '[]',
    certificate_expires_at INTEGER
);

CREATE TABLE guard_site_alerts (
    id      INTEGER PRIMARY KEY,
    origin  TEXT    NOT NULL,
    at      INTEGER NOT NULL,
    kind    TEXT    NOT NULL,
    message TEXT    NOT NULL
);
CREATE INDEX guard_site_alerts_at ON guard_site_alerts (at, id);
