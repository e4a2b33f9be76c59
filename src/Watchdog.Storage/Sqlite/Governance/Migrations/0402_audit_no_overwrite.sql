-- REPLACE, INSERT OR REPLACE and an upsert over an existing entry do not run the UPDATE/DELETE triggers (REPLACE
-- deletes the old row as conflict resolution), so they are stopped before the insert: no genuine entry (ids are
-- given by SQLite, from 1 up) can be written over. In a BEFORE INSERT trigger an id left to SQLite reads as -1.
CREATE TRIGGER audit_log_no_overwrite BEFORE INSERT ON audit_log
WHEN NEW.id > 0 AND EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
