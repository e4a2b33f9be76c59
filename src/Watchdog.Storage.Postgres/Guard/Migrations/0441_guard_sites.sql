-- Sites registered for the site audit: audited only once control is proven (verified_at), on demand or on a schedule.
CREATE TABLE guard_sites (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    origin                 text        NOT NULL UNIQUE,
    token                  text        NOT NULL,
    added_by               text        NOT NULL,
    added_at               timestamptz NOT NULL,
    verified_at            timestamptz,
    verified_by            text,
    verified_with          text,
    audit_every_seconds    bigint,
    last_audit_at          timestamptz,
    last_high_findings     text[]      NOT NULL DEFAULT '{}',
    certificate_expires_at timestamptz
);

CREATE TABLE guard_site_alerts (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    origin  text        NOT NULL,
    at      timestamptz NOT NULL,
    kind    text        NOT NULL,
    message text        NOT NULL
);
CREATE INDEX guard_site_alerts_at ON guard_site_alerts (at, id);
