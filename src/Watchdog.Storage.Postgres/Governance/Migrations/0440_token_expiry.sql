-- API tokens expire (NULL: never) and can be revoked without removing their user.
ALTER TABLE users ADD COLUMN token_expires_at timestamptz;
ALTER TABLE users ADD COLUMN token_revoked_at timestamptz;
