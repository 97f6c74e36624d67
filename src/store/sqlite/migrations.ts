/** One schema step. Versions are applied in order, each in its own transaction, and recorded. */
export interface SqliteMigration {
  version: number;
  name: string;
  sql: string;
  /**
   * The step rebuilds a table other tables reference (SQLite's table-rebuild procedure): it runs
   * with foreign key enforcement off, so dropping the old table cascades nothing, and a foreign
   * key check must pass before it commits.
   */
  rebuild?: boolean;
}

/**
 * The SQLite schema. Never edit a released step: append a new one. Offsets are UTF-16 indices
 * into `articles.text`. FTS tables are external-content tables kept in sync by the store.
 */
export const sqliteMigrations: SqliteMigration[] = [
  {
    version: 1,
    name: "initial schema",
    sql: `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  canonical_url TEXT UNIQUE,
  title TEXT,
  outlet TEXT,
  published TEXT,
  url TEXT,
  source TEXT NOT NULL,
  text TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE analyses (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  engine_version TEXT NOT NULL,
  json TEXT NOT NULL
);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  quote_id TEXT NOT NULL,
  type TEXT NOT NULL,
  speaker TEXT,
  speaker_norm TEXT,
  speaker_entity TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  cue TEXT,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  content TEXT NOT NULL,
  confidence REAL NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_norm);

CREATE TABLE entities (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  norm TEXT NOT NULL,
  type TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  first_start INTEGER,
  first_end INTEGER,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_norm ON entities(norm, type);
CREATE INDEX entities_type ON entities(type);

CREATE TABLE figures (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  value REAL NOT NULL,
  unit TEXT,
  approx TEXT NOT NULL,
  source_name TEXT,
  source_entity TEXT,
  quote_id TEXT
);
CREATE INDEX figures_article ON figures(article_id);

CREATE TABLE times (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  anchor TEXT NOT NULL
);
CREATE INDEX times_article ON times(article_id);
CREATE INDEX times_value ON times(value);

CREATE TABLE failures (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  reason TEXT NOT NULL,
  code TEXT,
  at TEXT NOT NULL
);

CREATE TABLE jobs (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'claimed', 'done', 'duplicate', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  worker TEXT,
  claimed_at INTEGER,
  finished_at TEXT,
  reason TEXT
);
CREATE INDEX jobs_status ON jobs(status, id);
CREATE INDEX jobs_source ON jobs(source);

CREATE TABLE story_members (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  story_id INTEGER NOT NULL
);
CREATE INDEX story_members_story ON story_members(story_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
  content, content='quotes', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
`,
  },
  {
    version: 2,
    name: "entity_names: distinct entity names, for fast name filters",
    sql: `
CREATE TABLE entity_names (norm TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO entity_names (norm) SELECT DISTINCT norm FROM entities;
`,
  },
  {
    version: 3,
    name: "covering indexes for filtered search (outlet + date, entity name → article)",
    sql: `
CREATE INDEX articles_filter ON articles(outlet COLLATE NOCASE, published);
CREATE INDEX entities_norm_article ON entities(norm, article_id);
`,
  },
  {
    version: 4,
    name: "wire copy: one row per outlet's article, linked to the first copy of its text (copy_of)",
    rebuild: true,
    // hash is no longer unique: the same text may be stored once per outlet. One article per
    // text has copy_of NULL (it holds the analysis); a source is the same when its canonical URL
    // is, or its text and outlet are. Ids are kept, so the FTS rowids stay valid.
    sql: `
CREATE TABLE articles_v4 (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  hash TEXT NOT NULL,
  canonical_url TEXT UNIQUE,
  title TEXT,
  outlet TEXT,
  published TEXT,
  url TEXT,
  source TEXT NOT NULL,
  text TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  copy_of INTEGER REFERENCES articles(id)
);
INSERT INTO articles_v4 (id, doc_id, hash, canonical_url, title, outlet, published, url, source, text, engine_version, ingested_at, copy_of)
  SELECT id, doc_id, hash, canonical_url, title, outlet, published, url, source, text, engine_version, ingested_at, NULL FROM articles;
DROP TABLE articles;
ALTER TABLE articles_v4 RENAME TO articles;
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_filter ON articles(outlet COLLATE NOCASE, published);
CREATE UNIQUE INDEX articles_source_text ON articles(hash, coalesce(outlet, ''));
CREATE UNIQUE INDEX articles_first_copy ON articles(hash) WHERE copy_of IS NULL;
CREATE INDEX articles_copy_of ON articles(copy_of) WHERE copy_of IS NOT NULL;
`,
  },
  {
    version: 5,
    name: "one jobs row per source, one failures row per (source, code) with an attempts count",
    sql: `
DELETE FROM jobs WHERE status NOT IN ('pending', 'claimed') AND id NOT IN (SELECT max(id) FROM jobs GROUP BY source);
ALTER TABLE failures ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;
UPDATE failures SET attempts = (SELECT count(*) FROM failures f WHERE f.source = failures.source AND f.code IS failures.code)
  WHERE id IN (SELECT max(id) FROM failures GROUP BY source, code);
DELETE FROM failures WHERE id NOT IN (SELECT max(id) FROM failures GROUP BY source, code);
CREATE INDEX failures_source ON failures(source, code);
`,
  },
  {
    version: 6,
    name: "store_version (bumped by triggers on every article, analysis and story-membership change); story_reports (serialised story reports)",
    // n counts every change, analyses the replaced analyses. The triggers count changes made by any connection or process, so a server can tell that
    // its cached listing and search pages are stale. A later step that rebuilds one of these
    // tables must create its triggers again.
    sql: `
CREATE TABLE store_version (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL, analyses INTEGER NOT NULL);
INSERT INTO store_version (id, n, analyses) VALUES (1, 0, 0);
CREATE TRIGGER articles_insert_version AFTER INSERT ON articles BEGIN UPDATE store_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER articles_update_version AFTER UPDATE ON articles BEGIN UPDATE store_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER articles_delete_version AFTER DELETE ON articles BEGIN UPDATE store_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER analyses_update_version AFTER UPDATE ON analyses BEGIN UPDATE store_version SET n = n + 1, analyses = analyses + 1 WHERE id = 1; END;
CREATE TRIGGER story_members_insert_version AFTER INSERT ON story_members BEGIN UPDATE store_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER story_members_update_version AFTER UPDATE ON story_members BEGIN UPDATE store_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER story_members_delete_version AFTER DELETE ON story_members BEGIN UPDATE store_version SET n = n + 1 WHERE id = 1; END;
CREATE TABLE story_reports (
  story_id INTEGER PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  json TEXT NOT NULL,
  computed_at TEXT NOT NULL
);
`,
  },
  {
    version: 7,
    name: "analysis_parts: an analysis's JSON after its first chunk (analyses.parts counts them), so a large one is written a piece at a time",
    // analyses.json holds the first chunk (the whole JSON of an ordinary article), analysis_parts
    // the rest in order: the JSON is analyses.json followed by the parts by seq.
    sql: `
ALTER TABLE analyses ADD COLUMN parts INTEGER NOT NULL DEFAULT 0;
CREATE TABLE analysis_parts (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (article_id, seq)
);
`,
  },
];

/** The schema version this build of dossier writes. */
export const SQLITE_SCHEMA_VERSION = sqliteMigrations[sqliteMigrations.length - 1].version;
