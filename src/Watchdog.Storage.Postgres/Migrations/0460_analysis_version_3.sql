-- Watchdog's word keys changed (AnalysisVersion 3: capitalised Russian -ов/-ев words keep the suffix, lower-case
-- Russian words get plain Snowball, English keeps derivational suffixes, Kazakh keeps -ым/-ім and -ың/-ің): every
-- article's tsvector is built again by the indexer with today's keys. Until it has, an article keeps its old vector.
UPDATE articles SET indexed = false WHERE indexed;
