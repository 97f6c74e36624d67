import Database from "better-sqlite3";
import type { Analysis } from "../../types.js";
import type {
  ArticleFilter,
  ArticleOrigin,
  ArticleRow,
  EntityQuery,
  EntityRow,
  FailureRow,
  EnqueueOptions,
  Job,
  PutResult,
  QuoteQuery,
  SourceKey,
  SourceMatch,
  QuoteRow,
  SearchHit,
  SearchQuery,
  Store,
  StoreChanges,
  StoreCounts,
  StoredArticle,
  StoryAssignment,
  TimelineQuery,
  TimelineRow,
} from "../Store.js";
import { StoreError } from "../StoreError.js";
import { DEFAULT_JOB_LEASE_MS, type StoreOptions } from "../StoreOptions.js";
import { derivedRows, type DerivedRows } from "../derivedRows.js";
import { copyAnalysis, type CopyMetadata } from "../copyAnalysis.js";
import { ANALYSIS_CHUNK_CHARS, jsonChunks } from "../analysisJsonChunks.js";
import { NO_LIMIT, articleFilterSql, limitSql, sqliteBinder, type Bind } from "../filterSql.js";
import { ftsMatch, ftsQuery } from "../ftsQuery.js";
import { hitLocator } from "../locateHit.js";
import { entityNameInSql, nameMatchSql } from "../normName.js";
import { compareTimeline, timelineRows } from "../timelineRows.js";
import { normalizeHash } from "../normalizeHash.js";
import { ARTICLE_COLUMNS, articleRow, quoteRow, type Row } from "../rowMappers.js";
import { SQLITE_SCHEMA_VERSION, sqliteMigrations } from "./migrations.js";
import { rankWindow } from "../rankCandidates.js";
import { loadRankExtension } from "./rankExtension.js";
import { redactCredentials } from "../../util/webUrl.js";
import { searchQueryProblem } from "../searchQueryProblem.js";
import { workerMayBeAlive } from "../workerAlive.js";

/** Turns better-sqlite3 open/IO errors into one-line StoreErrors; anything else is rethrown. */
function mapSqliteError(err: unknown, location: string): unknown {
  const code = (err as { code?: string }).code ?? "";
  if (err instanceof TypeError && /directory does not exist/.test(err.message)) return new StoreError("unwritable", location, "the directory does not exist");
  if (code === "SQLITE_CANTOPEN") return new StoreError("unwritable", location, "cannot create or open the database file (missing directory or no permission)");
  if (code === "SQLITE_NOTADB") return new StoreError("not-sqlite", location, "not a SQLite database");
  if (code.startsWith("SQLITE_CORRUPT")) return new StoreError("not-sqlite", location, "the SQLite database file is corrupt");
  if (code.startsWith("SQLITE_READONLY")) return new StoreError("unwritable", location, "the database file is read-only");
  if (code === "SQLITE_IOERR" || code.startsWith("SQLITE_IOERR_")) return new StoreError("unwritable", location, `I/O error writing the database (${code})`);
  return err;
}

/**
 * The SQLite store (better-sqlite3): one file, WAL journal, `synchronous=NORMAL` (a committed
 * transaction survives a killed process), foreign keys on, a busy timeout so several processes
 * can share the file. Full-text search with FTS5 (porter stemming, bm25 ranking).
 */
export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  readonly location: string;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly leaseMs: number;
  private readonly beforeCommit?: StoreOptions["beforeCommit"];
  private readonly rankCandidates: number;
  /** How search ranks: the `dossier_rank` extension, or FTS5's bm25() where it was not built. */
  readonly ranking: "dossier_rank" | "bm25";
  private readonly chunkChars: number;

  /** Opens (creating if needed) the database file at `path`; call `migrate()` before use. */
  static open(path: string, options: StoreOptions = {}): SqliteStore {
    let db: Database.Database | null = null;
    try {
      db = new Database(path);
      db.pragma("busy_timeout = 30000");
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.pragma("foreign_keys = ON");
      return new SqliteStore(path, db, options);
    } catch (err) {
      db?.close();
      throw mapSqliteError(err, path);
    }
  }

  private constructor(path: string, db: Database.Database, options: StoreOptions) {
    this.location = path;
    this.db = db;
    this.leaseMs = options.jobLeaseMs ?? DEFAULT_JOB_LEASE_MS;
    this.beforeCommit = options.beforeCommit;
    this.rankCandidates = rankWindow(options);
    this.chunkChars = options.analysisChunkChars ?? ANALYSIS_CHUNK_CHARS;
    this.ranking = options.nativeRank !== false && loadRankExtension(db) ? "dossier_rank" : "bm25";
  }

  /** The underlying connection (for tests and maintenance such as `PRAGMA integrity_check`). */
  get connection(): Database.Database {
    return this.db;
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw mapSqliteError(err, this.location);
    }
  }

  async migrate(): Promise<number> {
    return this.guard(() => {
      this.db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
      const currentVersion = () => (this.db.prepare("SELECT coalesce(max(version), 0) AS v FROM schema_migrations").get() as { v: number }).v;
      // A table rebuild runs with foreign keys off (the pragma is ignored inside a transaction).
      const rebuild = sqliteMigrations.some((m) => m.rebuild && m.version > currentVersion());
      const run = this.db.transaction((): number => {
        const current = currentVersion();
        if (current > SQLITE_SCHEMA_VERSION) {
          throw new StoreError("schema-newer", this.location, `schema version ${current} is newer than this dossier supports (${SQLITE_SCHEMA_VERSION}); upgrade dossier`);
        }
        for (const m of sqliteMigrations) {
          if (m.version <= current) continue;
          this.db.exec(m.sql);
          this.db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(m.version, m.name, new Date().toISOString());
        }
        if (rebuild && (this.db.pragma("foreign_key_check") as unknown[]).length > 0) throw new StoreError("migration", this.location, "the schema upgrade left broken foreign keys; nothing was changed");
        return SQLITE_SCHEMA_VERSION;
      });
      if (rebuild) this.db.pragma("foreign_keys = OFF");
      try {
        return run.immediate();
      } finally {
        if (rebuild) this.db.pragma("foreign_keys = ON");
      }
    });
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  async putAnalysis(analysis: Analysis, origin: ArticleOrigin): Promise<PutResult> {
    const rows = derivedRows(analysis, this.location);
    const doc = analysis.document;
    const canonical = origin.canonicalUrl ? redactCredentials(origin.canonicalUrl) : null;
    const source = redactCredentials(origin.source);
    const put = this.db.transaction((): PutResult => {
      // The transaction is IMMEDIATE (one writer), so what these reads see stays true until commit.
      const same = this.sameSource(rows.hash, canonical, doc.outlet);
      if (same !== null) return { status: "duplicate", id: same };
      const copyOf = this.firstCopy(rows.hash);
      const inserted = this.stmt(
        `INSERT INTO articles (doc_id, hash, canonical_url, title, outlet, published, url, source, text, engine_version, ingested_at, copy_of)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      ).get(doc.id, rows.hash, canonical, doc.title, doc.outlet, doc.published, doc.url, source, doc.text, analysis.engine.version, new Date().toISOString(), copyOf) as { id: number };
      const id = inserted.id;
      this.stmt("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)").run(id, doc.title ?? "", doc.text);
      // One analysis per text: a copy shares its first copy's (see getAnalysis).
      if (copyOf === null) this.writeAnalysis(id, analysis, false);
      this.insertDerived(id, rows);
      this.beforeCommit?.(id);
      return copyOf === null ? { status: "stored", id } : { status: "copy", id, copyOf };
    });
    return this.guard(() => put.immediate());
  }

  /**
   * Writes an analysis's JSON a chunk at a time (inside the caller's transaction): the first
   * chunk into `analyses.json`, the others into `analysis_parts`, so a large analysis is never
   * serialised whole (issue 17: 70 MB of JSON for a 10 MB article, held two or three times over
   * while it was bound and copied by SQLite).
   */
  private writeAnalysis(articleId: number, analysis: Analysis, replace: boolean): void {
    if (replace) this.stmt("DELETE FROM analysis_parts WHERE article_id = ?").run(articleId);
    const part = this.stmt("INSERT INTO analysis_parts (article_id, seq, json) VALUES (?, ?, ?)");
    let first: string | null = null;
    let parts = 0;
    for (const chunk of jsonChunks(analysis, this.chunkChars)) {
      if (first === null) first = chunk;
      else part.run(articleId, ++parts, chunk);
    }
    // The analyses row last, with its count of parts: one write (one change counted by the triggers).
    if (replace) this.stmt("UPDATE analyses SET engine_version = ?, json = ?, parts = ? WHERE article_id = ?").run(analysis.engine.version, first, parts, articleId);
    else this.stmt("INSERT INTO analyses (article_id, engine_version, json, parts) VALUES (?, ?, ?, ?)").run(articleId, analysis.engine.version, first, parts);
  }

  /** The stored article that is this source (same canonical URL, or same text and outlet), if any. */
  private sameSource(hash: string, canonicalUrl: string | null, outlet: string | null): number | null {
    const r = this.stmt("SELECT id FROM articles WHERE canonical_url = ? OR (hash = ? AND coalesce(outlet, '') = coalesce(?, '')) ORDER BY id LIMIT 1").get(canonicalUrl, hash, outlet) as
      | { id: number }
      | undefined;
    return r ? r.id : null;
  }

  /** The article holding the analysis of this text (the first one stored with it), if any. */
  private firstCopy(hash: string): number | null {
    const r = this.stmt("SELECT id FROM articles WHERE hash = ? AND copy_of IS NULL").get(hash) as { id: number } | undefined;
    return r ? r.id : null;
  }

  async lookup(key: SourceKey): Promise<SourceMatch> {
    const hash = normalizeHash(key.hash);
    return this.guard(() => {
      const same = this.sameSource(hash, key.canonicalUrl ?? null, key.outlet?.trim() || null);
      if (same !== null) return { status: "duplicate", id: same };
      const first = this.firstCopy(hash);
      return first === null ? { status: "new" } : { status: "copy", copyOf: first };
    });
  }

  /** Removes an article's index rows (quotes, entities, figures, times and the quote FTS rows). */
  private deleteDerived(articleId: number): void {
    for (const q of this.stmt("SELECT id, content FROM quotes WHERE article_id = ?").all(articleId) as Array<{ id: number; content: string }>) {
      this.stmt("INSERT INTO quotes_fts (quotes_fts, rowid, content) VALUES ('delete', ?, ?)").run(q.id, q.content);
    }
    for (const table of ["quotes", "entities", "figures", "times"]) this.stmt(`DELETE FROM ${table} WHERE article_id = ?`).run(articleId);
  }

  private insertDerived(id: number, rows: DerivedRows): void {
    const quote = this.stmt(
      `INSERT INTO quotes (article_id, quote_id, type, speaker, speaker_norm, speaker_entity, cue_start, cue_end, cue, content_start, content_end, content, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    );
    const quoteFts = this.stmt("INSERT INTO quotes_fts (rowid, content) VALUES (?, ?)");
    for (const q of rows.quotes) {
      const { id: qid } = quote.get(id, q.quoteId, q.type, q.speaker, q.speakerNorm, q.speakerEntity, q.cueStart, q.cueEnd, q.cue, q.contentStart, q.contentEnd, q.content, q.confidence) as { id: number };
      quoteFts.run(qid, q.content);
    }
    const entity = this.stmt("INSERT INTO entities (article_id, entity_id, name, norm, type, mentions, first_start, first_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const entityName = this.stmt("INSERT INTO entity_names (norm) VALUES (?) ON CONFLICT DO NOTHING");
    for (const e of rows.entities) {
      entity.run(id, e.entityId, e.name, e.norm, e.type, e.mentions, e.firstStart, e.firstEnd);
      entityName.run(e.norm);
    }
    const figure = this.stmt(`INSERT INTO figures (article_id, start, "end", text, value, unit, approx, source_name, source_entity, quote_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const f of rows.figures) figure.run(id, f.start, f.end, f.text, f.value, f.unit, f.approx, f.sourceName, f.sourceEntity, f.quoteId);
    const time = this.stmt(`INSERT INTO times (article_id, start, "end", text, type, value, anchor) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    for (const t of rows.times) time.run(id, t.start, t.end, t.text, t.type, t.value, t.anchor);
  }

  async replaceAnalysis(articleId: number, analysis: Analysis): Promise<void> {
    const rows = derivedRows(analysis, this.location);
    const doc = analysis.document;
    const replace = this.db.transaction((): void => {
      const old = this.stmt("SELECT title, text, copy_of FROM articles WHERE id = ?").get(articleId) as { title: string | null; text: string; copy_of: number | null } | undefined;
      if (!old) throw new StoreError("not-found", this.location, `no article with id ${articleId}`);
      if (old.copy_of !== null) throw new StoreError("is-copy", this.location, `article ${articleId} is a copy of article ${old.copy_of}, whose analysis it shares: replace that one`);
      if (old.text !== doc.text) throw new StoreError("text-mismatch", this.location, `article ${articleId}: the new analysis is of a different text`);
      this.deleteDerived(articleId);
      this.stmt("INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)").run(articleId, old.title ?? "", old.text);
      this.stmt("UPDATE articles SET doc_id = ?, title = ?, outlet = ?, published = ?, url = ?, engine_version = ? WHERE id = ?").run(
        doc.id,
        doc.title,
        doc.outlet,
        doc.published,
        doc.url,
        analysis.engine.version,
        articleId,
      );
      this.stmt("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)").run(articleId, doc.title ?? "", doc.text);
      this.writeAnalysis(articleId, analysis, true);
      this.insertDerived(articleId, rows);
      // The copies share the analysis: their index rows follow it.
      for (const { id } of this.stmt("SELECT id FROM articles WHERE copy_of = ? ORDER BY id").all(articleId) as Array<{ id: number }>) {
        this.deleteDerived(id);
        this.stmt("UPDATE articles SET doc_id = ?, engine_version = ? WHERE id = ?").run(doc.id, analysis.engine.version, id);
        this.insertDerived(id, rows);
      }
      // The stored reports of its stories were computed from the old analysis.
      this.stmt("DELETE FROM story_reports WHERE story_id IN (SELECT story_id FROM story_members WHERE article_id = ? OR article_id IN (SELECT id FROM articles WHERE copy_of = ?))").run(articleId, articleId);
      this.beforeCommit?.(articleId);
    });
    this.guard(() => replace.immediate());
  }

  async has(key: { hash?: string; canonicalUrl?: string | null }): Promise<boolean> {
    const hash = key.hash ? normalizeHash(key.hash) : null;
    const canonical = key.canonicalUrl ?? null;
    if (hash === null && canonical === null) return false;
    return this.stmt("SELECT 1 FROM articles WHERE hash = ? OR canonical_url = ? LIMIT 1").get(hash, canonical) !== undefined;
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const r = this.stmt(`SELECT ${ARTICLE_COLUMNS}, text FROM articles WHERE id = ?`).get(id) as Row | undefined;
    return r ? { ...articleRow(r), text: r.text as string } : null;
  }

  async getAnalysis(id: number): Promise<Analysis | null> {
    // One statement, so the first chunk and the parts are of the same analysis.
    const r = this.stmt(
      `SELECT a.copy_of, a.title, a.outlet, a.published, a.url,
         CASE WHEN n.parts = 0 THEN n.json ELSE n.json || (SELECT group_concat(p.json, '' ORDER BY p.seq) FROM analysis_parts p WHERE p.article_id = n.article_id) END AS json
       FROM articles a JOIN analyses n ON n.article_id = coalesce(a.copy_of, a.id) WHERE a.id = ?`,
    ).get(id) as (CopyMetadata & { copy_of: number | null; json: string }) | undefined;
    if (!r) return null;
    const analysis = JSON.parse(r.json) as Analysis;
    return r.copy_of === null ? analysis : copyAnalysis(analysis, r);
  }

  async listArticles(filter: ArticleFilter = {}): Promise<ArticleRow[]> {
    const params: unknown[] = [];
    const bind = sqliteBinder(params);
    const where = articleFilterSql(filter, "a", bind);
    const sql = `SELECT ${ARTICLE_COLUMNS} FROM articles a${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY a.id${limitSql(filter, NO_LIMIT, bind)}`;
    return (this.db.prepare(sql).all(...params) as Row[]).map(articleRow);
  }

  async count(): Promise<StoreCounts> {
    const n = (sql: string): number => (this.stmt(sql).get() as { n: number }).n;
    return {
      articles: n("SELECT count(*) AS n FROM articles"),
      quotes: n("SELECT count(*) AS n FROM quotes"),
      entities: n("SELECT count(*) AS n FROM (SELECT DISTINCT norm, type FROM entities)"),
      failures: n("SELECT count(*) AS n FROM failures"),
      jobsPending: n("SELECT count(*) AS n FROM jobs WHERE status IN ('pending', 'claimed')"),
    };
  }

  /**
   * The FTS5 MATCH condition and the filter conditions of a search (filters become sets of
   * article ids answered from covering indexes — articles_filter, entities_norm_article — checked
   * per match without reading the large article rows; the unary + keeps SQLite from handing the
   * rowid set to FTS5 as a lookup constraint), or null when the query has no positive term.
   * Placeholders are positional: values are bound in the order they appear in the SQL.
   */
  private searchWhere(query: SearchQuery, bind: Bind): { where: string[]; positivePhrases: number } | null {
    const problem = searchQueryProblem(query.text);
    if (problem) throw new StoreError("bad-query", this.location, problem);
    const match = ftsMatch(query.text);
    if (match === null) return null;
    const where = [`articles_fts MATCH ${bind(match.expression)}`];
    const filters = query.outlet ? [`a.outlet = ${bind(query.outlet)} COLLATE NOCASE`] : [];
    filters.push(...articleFilterSql({ ...query, outlet: undefined }, "a", bind));
    if (filters.length) where.push(`+articles_fts.rowid IN (SELECT a.id FROM articles a WHERE ${filters.join(" AND ")})`);
    if (query.entity) where.push(`+articles_fts.rowid IN (SELECT e.article_id FROM entities e WHERE ${entityNameInSql("e.norm", query.entity, bind)})`);
    return { where, positivePhrases: match.positivePhrases };
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const params: unknown[] = [];
    const bind = sqliteBinder(params);
    const search = this.searchWhere(query, bind);
    if (search === null) return [];
    // Rank first (no article text read), then fetch the few hits. Ranking is bounded: BM25 is
    // computed for at most `rankCandidates` matches, the most recently stored first (see
    // RANK_CANDIDATES); ties keep storage order, so pages of one query never overlap. Title
    // words weigh twice text words. dossier_rank (native/dossier_rank.c) orders hits as bm25()
    // does, without bm25()'s pass over every match of a lone search phrase; its phrase count is
    // an integer computed here, written into the SQL (one statement per count is prepared).
    const rankSql = this.ranking === "dossier_rank" ? `dossier_rank(articles_fts, ${search.positivePhrases}, 2.0, 1.0)` : "bm25(articles_fts, 2.0, 1.0)";
    const sql = `SELECT id, rank FROM (SELECT articles_fts.rowid AS id, ${rankSql} AS rank FROM articles_fts
      WHERE ${search.where.join(" AND ")} ORDER BY articles_fts.rowid DESC LIMIT ${this.rankCandidates}) ORDER BY rank, id${limitSql(query, 20, bind)}`;
    // Prepared once per query shape (the values are bound), like the hit fetch below.
    const ranked = this.guard(() => this.stmt(sql).all(...params) as Array<{ id: number; rank: number }>);
    if (!ranked.length) return [];
    const rows = this.stmt(`SELECT id, doc_id, title, outlet, published, text FROM articles WHERE id IN (${ranked.map(() => "?").join(", ")})`).all(...ranked.map((r) => r.id)) as Row[];
    const byId = new Map(rows.map((r) => [r.id as number, r]));
    const locate = hitLocator(query.text);
    return ranked.map(({ id, rank }) => {
      const r = byId.get(id)!;
      const hit = locate(r.text as string);
      return {
        articleId: id,
        docId: r.doc_id as string,
        title: (r.title as string | null) ?? null,
        outlet: (r.outlet as string | null) ?? null,
        published: (r.published as string | null) ?? null,
        start: hit.start,
        end: hit.end,
        snippet: hit.snippet,
        score: -rank,
        match: hit.match,
      };
    });
  }

  async matchingArticleIds(query: SearchQuery): Promise<number[]> {
    const params: unknown[] = [];
    const bind = sqliteBinder(params);
    const search = this.searchWhere(query, bind);
    if (search === null) return [];
    const sql = `SELECT articles_fts.rowid AS id FROM articles_fts WHERE ${search.where.join(" AND ")} ORDER BY articles_fts.rowid${limitSql(query, NO_LIMIT, bind)}`;
    return this.guard(() => (this.stmt(sql).all(...params) as Array<{ id: number }>).map((r) => r.id));
  }

  async quotes(query: QuoteQuery): Promise<QuoteRow[]> {
    const params: unknown[] = [];
    const bind = sqliteBinder(params);
    const where = articleFilterSql(query, "a", bind);
    if (query.speaker) where.push(nameMatchSql("q.speaker_norm", query.speaker, bind));
    if (query.text) {
      const problem = searchQueryProblem(query.text);
      if (problem) throw new StoreError("bad-query", this.location, problem);
      const match = ftsQuery(query.text);
      if (match === null) return [];
      where.push(`q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ${bind(match)})`);
    }
    const sql = `SELECT q.*, a.doc_id, a.outlet, a.published FROM quotes q JOIN articles a ON a.id = q.article_id
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY a.published IS NULL, a.published, a.id, q.content_start${limitSql(query, 100, bind)}`;
    return (this.db.prepare(sql).all(...params) as Row[]).map(quoteRow);
  }

  async entities(query: EntityQuery): Promise<EntityRow[]> {
    const params: unknown[] = [];
    const bind = sqliteBinder(params);
    const where = articleFilterSql(query, "a", bind);
    if (query.name) where.push(entityNameInSql("e.norm", query.name, bind));
    // One row per name: the type most articles give it (MISC last on ties), counts over all types,
    // so a name typed ORG in one article and MISC in another is listed once.
    const typeWhere = query.type ? ` AND r.type = ${bind(query.type)}` : "";
    const sql = `WITH base AS (SELECT e.norm, e.name, e.type, e.article_id, e.mentions
        FROM entities e JOIN articles a ON a.id = e.article_id ${where.length ? `WHERE ${where.join(" AND ")}` : ""}),
      per AS (SELECT norm, type, max(name) AS name, count(DISTINCT article_id) AS articles, sum(mentions) AS mentions FROM base GROUP BY norm, type),
      ranked AS (SELECT per.*, row_number() OVER (PARTITION BY norm ORDER BY articles DESC, mentions DESC, CASE WHEN type = 'MISC' THEN 1 ELSE 0 END, type) AS rk FROM per),
      totals AS (SELECT norm, count(DISTINCT article_id) AS articles, sum(mentions) AS mentions FROM base GROUP BY norm)
      SELECT r.name, r.type, t.articles, t.mentions FROM ranked r JOIN totals t ON t.norm = r.norm
      WHERE r.rk = 1${typeWhere}
      ORDER BY t.articles DESC, t.mentions DESC, r.norm${limitSql({ limit: query.top ?? query.limit, offset: query.offset }, 20, bind)}`;
    return (this.db.prepare(sql).all(...params) as Row[]).map((r) => ({
      name: r.name as string,
      type: r.type as EntityRow["type"],
      articles: r.articles as number,
      mentions: r.mentions as number,
    }));
  }

  async timeline(query: TimelineQuery): Promise<TimelineRow[]> {
    const params: unknown[] = [];
    const bind = sqliteBinder(params);
    const where = [entityNameInSql("e.norm", query.entity, bind), ...articleFilterSql(query, "a", bind)];
    const sql = `SELECT e.article_id, e.entity_id FROM entities e JOIN articles a ON a.id = e.article_id
      WHERE ${where.join(" AND ")} ORDER BY a.published, a.id`;
    const byArticle = new Map<number, Set<string>>();
    for (const r of this.db.prepare(sql).all(...params) as Array<{ article_id: number; entity_id: string }>) {
      let ids = byArticle.get(r.article_id);
      if (!ids) byArticle.set(r.article_id, (ids = new Set()));
      ids.add(r.entity_id);
    }
    const out: TimelineRow[] = [];
    for (const [articleId, ids] of byArticle) {
      const analysis = await this.getAnalysis(articleId);
      if (analysis) out.push(...timelineRows(analysis, articleId, ids));
    }
    out.sort(compareTimeline);
    const offset = query.offset ?? 0;
    return out.slice(offset, query.limit === undefined ? undefined : offset + query.limit);
  }

  async recordFailure(raw: { source: string; reason: string; code?: string }): Promise<void> {
    // Credentials in a URL are never stored (nor shown again by `dossier failures`).
    const failure = { ...raw, source: redactCredentials(raw.source), reason: redactCredentials(raw.reason) };
    const record = this.db.transaction((): void => {
      const at = new Date().toISOString();
      const code = failure.code ?? null;
      const again = this.stmt("UPDATE failures SET reason = ?, at = ?, attempts = attempts + 1 WHERE source = ? AND code IS ?").run(failure.reason, at, failure.source, code);
      if (again.changes === 0) this.stmt("INSERT INTO failures (source, reason, code, at) VALUES (?, ?, ?, ?)").run(failure.source, failure.reason, code, at);
    });
    this.guard(() => record.immediate());
  }

  async failures(limit = 100): Promise<FailureRow[]> {
    return (this.stmt("SELECT id, source, reason, code, at, attempts FROM failures ORDER BY at DESC, id DESC LIMIT ?").all(limit) as Row[]).map((r) => ({
      id: r.id as number,
      source: r.source as string,
      reason: r.reason as string,
      code: (r.code as string | null) ?? null,
      at: r.at as string,
      attempts: r.attempts as number,
    }));
  }

  async enqueue(raw: string[], opts: EnqueueOptions = {}): Promise<number> {
    const sources = raw.map(redactCredentials);
    const since = opts.finishedSince === undefined ? null : new Date(opts.finishedSince).toISOString();
    const add = this.db.transaction((): number => {
      const latest = this.stmt("SELECT id, status, finished_at FROM jobs WHERE source = ? ORDER BY id DESC LIMIT 1");
      const reset = this.stmt("UPDATE jobs SET status = 'pending', worker = NULL, claimed_at = NULL, finished_at = NULL, reason = NULL WHERE id = ?");
      const insert = this.stmt("INSERT INTO jobs (source) VALUES (?)");
      let n = 0;
      for (const s of new Set(sources)) {
        const row = latest.get(s) as { id: number; status: string; finished_at: string | null } | undefined;
        if (!row) n += insert.run(s).changes;
        else if (row.status !== "pending" && row.status !== "claimed" && !(since && row.finished_at && row.finished_at >= since)) n += reset.run(row.id).changes;
      }
      return n;
    });
    return this.guard(() => add.immediate());
  }

  /** Workers holding claims that are known dead (local processes that have exited). */
  private deadHolders(except: string): string[] {
    const holders = this.stmt("SELECT DISTINCT worker FROM jobs WHERE status = 'claimed' AND worker IS NOT NULL").all() as Array<{ worker: string }>;
    return holders.map((h) => h.worker).filter((w) => w !== except && !workerMayBeAlive(w));
  }

  async claim(worker: string, max: number): Promise<Job[]> {
    const take = this.db.transaction((): Job[] => {
      const now = Date.now();
      const dead = this.deadHolders(worker);
      const rows = this.db
        .prepare(
          `SELECT id FROM jobs WHERE status = 'pending' OR (status = 'claimed' AND (claimed_at < ?${dead.length ? ` OR worker IN (${dead.map(() => "?").join(", ")})` : ""})) ORDER BY id LIMIT ?`,
        )
        .all(now - this.leaseMs, ...dead, Math.max(0, Math.floor(max))) as Array<{ id: number }>;
      const update = this.stmt("UPDATE jobs SET status = 'claimed', worker = ?, claimed_at = ?, attempts = attempts + 1 WHERE id = ? RETURNING id, source, attempts");
      return rows.map((r) => update.get(worker, now, r.id) as Job);
    });
    return this.guard(() => take.immediate());
  }

  async renewClaims(worker: string): Promise<void> {
    this.guard(() => this.stmt("UPDATE jobs SET claimed_at = ? WHERE status = 'claimed' AND worker = ?").run(Date.now(), worker));
  }

  async claimedByOthers(worker: string, limit = 10): Promise<{ count: number; sources: string[] }> {
    const rows = this.guard(
      () => this.stmt("SELECT source, worker FROM jobs WHERE status = 'claimed' AND worker IS NOT ? AND claimed_at >= ? ORDER BY id").all(worker, Date.now() - this.leaseMs) as Array<{ source: string; worker: string }>,
    );
    const live = rows.filter((r) => workerMayBeAlive(r.worker));
    return { count: live.length, sources: live.slice(0, limit).map((r) => r.source) };
  }

  async finishJob(id: number, outcome: { status: "done" | "duplicate" | "failed"; reason?: string }): Promise<void> {
    this.guard(() =>
      this.stmt("UPDATE jobs SET status = ?, reason = ?, finished_at = ? WHERE id = ?").run(outcome.status, outcome.reason ?? null, new Date().toISOString(), id),
    );
  }

  async setStories(assignments: StoryAssignment[]): Promise<void> {
    const set = this.db.transaction((): void => {
      const upsert = this.stmt("INSERT INTO story_members (article_id, story_id) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id");
      for (const a of assignments) upsert.run(a.articleId, a.storyId);
    });
    this.guard(() => set.immediate());
  }

  async storyAssignments(): Promise<StoryAssignment[]> {
    return (this.stmt("SELECT article_id, story_id FROM story_members ORDER BY article_id").all() as Array<{ article_id: number; story_id: number }>).map((r) => ({
      articleId: r.article_id,
      storyId: r.story_id,
    }));
  }

  async changeCount(): Promise<StoreChanges> {
    return this.guard(() => this.stmt("SELECT n AS \"any\", analyses FROM store_version WHERE id = 1").get() as StoreChanges);
  }

  async storyReport(storyId: number, fingerprint: string): Promise<string | null> {
    const r = this.guard(() => this.stmt("SELECT json FROM story_reports WHERE story_id = ? AND fingerprint = ?").get(storyId, fingerprint) as { json: string } | undefined);
    return r ? r.json : null;
  }

  async putStoryReport(storyId: number, fingerprint: string, json: string): Promise<void> {
    this.guard(() =>
      this.stmt(
        `INSERT INTO story_reports (story_id, fingerprint, json, computed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (story_id) DO UPDATE SET fingerprint = excluded.fingerprint, json = excluded.json, computed_at = excluded.computed_at`,
      ).run(storyId, fingerprint, json, new Date().toISOString()),
    );
  }

  async storyReportFingerprints(): Promise<Map<number, string>> {
    const rows = this.guard(() => this.stmt("SELECT story_id, fingerprint FROM story_reports").all() as Array<{ story_id: number; fingerprint: string }>);
    return new Map(rows.map((r) => [r.story_id, r.fingerprint]));
  }
}
