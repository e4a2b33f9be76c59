-- Tone of each article (positive, negative, neutral), computed at ingest from its sentences (Analysis/Tones).
-- NULL: not tagged — stored before tone existed, or in a language without a tone model; shown as untagged.
ALTER TABLE articles ADD COLUMN tone TEXT CHECK (tone IN ('positive', 'negative', 'neutral'));
