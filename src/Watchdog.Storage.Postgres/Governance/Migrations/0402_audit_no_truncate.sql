-- TRUNCATE runs no row triggers: it needs a statement trigger of its own. (An upsert over an existing entry runs the
-- UPDATE row trigger and is refused by it.) The application role should also be granted only SELECT and INSERT on
-- audit_log: see the README's PostgreSQL set-up.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
