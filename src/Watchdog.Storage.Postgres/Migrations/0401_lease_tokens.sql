-- Each lease gets its own token; completing, retrying or quarantining an item needs it, so a worker whose lease
-- expired and was taken over by another changes nothing.
ALTER TABLE work_items ADD COLUMN lease_token TEXT;
