import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Analysis } from "../../types.js";
import type {
  ArticleFilter,
  ArticleOrigin,
  ArticleRow,
  EntityQuery,
  EntityRow,
  FailureRow,
  Job,
  EnqueueOptions,
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
import { NO_LIMIT, articleFilterSql, limitSql, pgBinder, type Bind } from "../filterSql.js";
import { hitLocator } from "../locateHit.js";
import { maskUrl } from "../maskUrl.js";
import { entityNameInSql, nameMatchSql } from "../normName.js";
import { normalizeHash } from "../normalizeHash.js";
import { ARTICLE_COLUMNS, articleRow, isoTime, quoteRow, type Row } from "../rowMappers.js";
import { compareTimeline, timelineRows } from "../timelineRows.js";
import { POSTGRES_SCHEMA_VERSION, postgresMigrations } from "./migrations.js";
import { rankWindow } from "../rankCandidates.js";
import { redactCredentials } from "../../util/webUrl.js";
import { searchQueryProblem } from "../searchQueryProblem.js";
import { prefixTsQuery } from "./prefixTsQuery.js";

/**
 * SQL: the session that claimed job `j` is gone (no granted advisory lock on its `lease_key`;
 * a bigint key shows in pg_locks as classid = high 32 bits, objid = low 32 bits, objsubid = 1).
 */
const LEASE_GONE = `NOT EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.granted
  AND ((l.classid::bigint << 32) | l.objid::bigint) = j.lease_key)`;

/** Turns pg connection and server errors into one-line StoreErrors; anything else is rethrown. */
function mapPgError(err: unknown, location: string): unknown {
  if (err instanceof StoreError) return err;
  const e = err as { code?: string; message?: string; errors?: Array<{ code?: string }> };
  const code = e.code ?? e.errors?.[0]?.code ?? "";
  if (["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT", "ECONNRESET", "EAI_AGAIN"].includes(code) || /timeout exceeded when trying to connect|Connection terminated/i.test(e.message ?? "")) {
    return new StoreError("unreachable", location, `cannot connect to PostgreSQL (${code || e.message})`);
  }
  if (code === "28P01" || code === "28000") return new StoreError("auth", location, "PostgreSQL rejected the user name or password");
  if (code === "3D000") return new StoreError("no-database", location, "the PostgreSQL database does not exist");
  return err;
}

/**
 * The PostgreSQL store (pg Pool): the same tables as SQLite, `tsvector` + GIN search
 * (`websearch_to_tsquery`, `ts_rank`), a job queue claimed with `FOR UPDATE SKIP LOCKED`, and
 * article writes in one transaction whose duplicate check (`ON CONFLICT DO NOTHING`) is safe
 * under concurrent workers. A `?schema=NAME` URL parameter puts the tables in that schema.
 */
export class PostgresStore implements Store {
  readonly kind = "postgres" as const;
  readonly location: string;
  /** The schema the tables live in (from `?schema=`), or null for the server default. */
  readonly schema: string | null;
  private readonly pool: pg.Pool;
  private readonly leaseMs: number;
  private readonly beforeCommit?: StoreOptions["beforeCommit"];
  private readonly rankCandidates: number;
  private readonly chunkChars: number;
  private closed = false;
  private readonly clientConfig: pg.ClientConfig;
  /** The advisory-lock key of this store's claiming session, once it is open (see leaseSession). */
  private lease: Promise<string> | null = null;
  private leaseClient: pg.Client | null = null;

  /** Creates the connection pool (nothing connects until the first query; call `migrate()`). */
  static open(url: string, options: StoreOptions = {}): PostgresStore {
    return new PostgresStore(url, options);
  }

  private constructor(url: string, options: StoreOptions) {
    this.location = maskUrl(url);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new StoreError("bad-location", this.location, "not a valid postgres:// URL");
    }
    const schema = parsed.searchParams.get("schema");
    if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new StoreError("bad-location", this.location, `bad schema name ${JSON.stringify(schema)}`);
    parsed.searchParams.delete("schema");
    this.schema = schema;
    this.clientConfig = {
      connectionString: parsed.toString(),
      connectionTimeoutMillis: 5000,
      options: schema ? `-c search_path=${schema}` : undefined,
    };
    this.pool = new pg.Pool({ ...this.clientConfig, max: 4 });
    // An idle client losing its server must not crash the process; the next query reports it.
    this.pool.on("error", () => undefined);
    this.leaseMs = options.jobLeaseMs ?? DEFAULT_JOB_LEASE_MS;
    this.beforeCommit = options.beforeCommit;
    this.rankCandidates = rankWindow(options);
    this.chunkChars = options.analysisChunkChars ?? ANALYSIS_CHUNK_CHARS;
  }

  /**
   * Writes an analysis's JSON a chunk at a time on the transaction's client: the chunks after
   * the first into `analysis_parts`, then the `analyses` row with the first and their count, so
   * a large analysis is never serialised whole (issue 17).
   */
  private async writeAnalysis(c: pg.PoolClient, articleId: number, analysis: Analysis, replace: boolean): Promise<void> {
    if (replace) await c.query("DELETE FROM analysis_parts WHERE article_id = $1", [articleId]);
    let first: string | null = null;
    let parts = 0;
    for (const chunk of jsonChunks(analysis, this.chunkChars)) {
      if (first === null) first = chunk;
      else await c.query("INSERT INTO analysis_parts (article_id, seq, json) VALUES ($1, $2, $3)", [articleId, ++parts, chunk]);
    }
    if (replace) await c.query("UPDATE analyses SET engine_version = $1, json = $2, parts = $3 WHERE article_id = $4", [analysis.engine.version, first, parts, articleId]);
    else await c.query("INSERT INTO analyses (article_id, engine_version, json, parts) VALUES ($1, $2, $3, $4)", [articleId, analysis.engine.version, first, parts]);
  }

  private async query<R extends pg.QueryResultRow = Row>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query<R>(sql, params)).rows;
    } catch (err) {
      throw mapPgError(err, this.location);
    }
  }

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw mapPgError(err, this.location);
    }
    try {
      await client.query("BEGIN");
      const out = await fn(client);
      await client.query("COMMIT");
      return out;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw mapPgError(err, this.location);
    } finally {
      client.release();
    }
  }

  async migrate(): Promise<number> {
    return this.tx(async (c) => {
      await c.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`dossier:migrate:${this.schema ?? ""}`]);
      if (this.schema) await c.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
      await c.query("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
      const current = Number((await c.query("SELECT coalesce(max(version), 0) AS v FROM schema_migrations")).rows[0].v);
      if (current > POSTGRES_SCHEMA_VERSION) {
        throw new StoreError("schema-newer", this.location, `schema version ${current} is newer than this dossier supports (${POSTGRES_SCHEMA_VERSION}); upgrade dossier`);
      }
      for (const m of postgresMigrations) {
        if (m.version <= current) continue;
        await c.query(m.sql);
        await c.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
      }
      return POSTGRES_SCHEMA_VERSION;
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.lease?.catch(() => undefined);
    await this.leaseClient?.end().catch(() => undefined);
    await this.pool.end();
  }

  async putAnalysis(analysis: Analysis, origin: ArticleOrigin): Promise<PutResult> {
    const rows = derivedRows(analysis, this.location);
    const doc = analysis.document;
    const canonical = origin.canonicalUrl ? redactCredentials(origin.canonicalUrl) : null;
    const source = redactCredentials(origin.source);
    return this.tx(async (c) => {
      // Two tries: a concurrent writer may store the first copy of this text between our read and
      // our insert; its unique index makes our insert wait for it, then skip, and the retry sees it.
      for (let attempt = 0; ; attempt++) {
        const same = await this.sameSource(c, rows.hash, canonical, doc.outlet);
        if (same !== null) return { status: "duplicate", id: same };
        const copyOf = await this.firstCopy(c, rows.hash);
        const inserted = await c.query(
          `INSERT INTO articles (doc_id, hash, canonical_url, title, outlet, published, url, source, text, engine_version, copy_of)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING RETURNING id`,
          [doc.id, rows.hash, canonical, doc.title, doc.outlet, doc.published, doc.url, source, doc.text, analysis.engine.version, copyOf],
        );
        if (inserted.rowCount === 0) {
          // ON CONFLICT waited for the concurrent insert of the same key to commit; it is visible now.
          if (attempt < 2) continue;
          throw new StoreError("not-found", this.location, `${doc.id}: could not store the article (conflicting concurrent writes)`);
        }
        const id = Number(inserted.rows[0].id);
        // One analysis per text: a copy shares its first copy's (see getAnalysis).
        if (copyOf === null) await this.writeAnalysis(c, id, analysis, false);
        await this.insertDerived(c, id, rows);
        await this.beforeCommit?.(id);
        return copyOf === null ? { status: "stored", id } : { status: "copy", id, copyOf };
      }
    });
  }

  /** The stored article that is this source (same canonical URL, or same text and outlet), if any. */
  private async sameSource(c: pg.PoolClient | pg.Pool, hash: string, canonicalUrl: string | null, outlet: string | null): Promise<number | null> {
    const r = await c.query("SELECT id FROM articles WHERE canonical_url = $1 OR (hash = $2 AND coalesce(outlet, '') = coalesce($3, '')) ORDER BY id LIMIT 1", [canonicalUrl, hash, outlet]);
    return r.rows.length ? Number(r.rows[0].id) : null;
  }

  /** The article holding the analysis of this text (the first one stored with it), if any. */
  private async firstCopy(c: pg.PoolClient | pg.Pool, hash: string): Promise<number | null> {
    const r = await c.query("SELECT id FROM articles WHERE hash = $1 AND copy_of IS NULL", [hash]);
    return r.rows.length ? Number(r.rows[0].id) : null;
  }

  async lookup(key: SourceKey): Promise<SourceMatch> {
    const hash = normalizeHash(key.hash);
    try {
      const same = await this.sameSource(this.pool, hash, key.canonicalUrl ?? null, key.outlet?.trim() || null);
      if (same !== null) return { status: "duplicate", id: same };
      const first = await this.firstCopy(this.pool, hash);
      return first === null ? { status: "new" } : { status: "copy", copyOf: first };
    } catch (err) {
      throw mapPgError(err, this.location);
    }
  }

  /** Writes the derived rows with one `unnest` insert per table. */
  private async insertDerived(c: pg.PoolClient, id: number, rows: DerivedRows): Promise<void> {
    const q = rows.quotes;
    if (q.length) {
      await c.query(
        `INSERT INTO quotes (article_id, quote_id, type, speaker, speaker_norm, speaker_entity, cue_start, cue_end, cue, content_start, content_end, content, confidence)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::text[], $10::int[], $11::int[], $12::text[], $13::float8[])`,
        [
          id,
          q.map((x) => x.quoteId),
          q.map((x) => x.type),
          q.map((x) => x.speaker),
          q.map((x) => x.speakerNorm),
          q.map((x) => x.speakerEntity),
          q.map((x) => x.cueStart),
          q.map((x) => x.cueEnd),
          q.map((x) => x.cue),
          q.map((x) => x.contentStart),
          q.map((x) => x.contentEnd),
          q.map((x) => x.content),
          q.map((x) => x.confidence),
        ],
      );
    }
    const e = rows.entities;
    if (e.length) {
      await c.query(
        `INSERT INTO entities (article_id, entity_id, name, norm, type, mentions, first_start, first_end)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[])`,
        [id, e.map((x) => x.entityId), e.map((x) => x.name), e.map((x) => x.norm), e.map((x) => x.type), e.map((x) => x.mentions), e.map((x) => x.firstStart), e.map((x) => x.firstEnd)],
      );
      // Sorted, so concurrent writers take the name keys in one order (no deadlock).
      await c.query("INSERT INTO entity_names (norm) SELECT DISTINCT n FROM unnest($1::text[]) n ORDER BY n ON CONFLICT DO NOTHING", [e.map((x) => x.norm)]);
    }
    const f = rows.figures;
    if (f.length) {
      await c.query(
        `INSERT INTO figures (article_id, start, "end", text, value, unit, approx, source_name, source_entity, quote_id)
         SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::float8[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])`,
        [
          id,
          f.map((x) => x.start),
          f.map((x) => x.end),
          f.map((x) => x.text),
          f.map((x) => x.value),
          f.map((x) => x.unit),
          f.map((x) => x.approx),
          f.map((x) => x.sourceName),
          f.map((x) => x.sourceEntity),
          f.map((x) => x.quoteId),
        ],
      );
    }
    const t = rows.times;
    if (t.length) {
      await c.query(
        `INSERT INTO times (article_id, start, "end", text, type, value, anchor)
         SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[])`,
        [id, t.map((x) => x.start), t.map((x) => x.end), t.map((x) => x.text), t.map((x) => x.type), t.map((x) => x.value), t.map((x) => x.anchor)],
      );
    }
  }

  async replaceAnalysis(articleId: number, analysis: Analysis): Promise<void> {
    const rows = derivedRows(analysis, this.location);
    const doc = analysis.document;
    await this.tx(async (c) => {
      const old = (await c.query("SELECT text, copy_of FROM articles WHERE id = $1 FOR UPDATE", [articleId])).rows[0] as { text: string; copy_of: number | null } | undefined;
      if (!old) throw new StoreError("not-found", this.location, `no article with id ${articleId}`);
      if (old.copy_of !== null) throw new StoreError("is-copy", this.location, `article ${articleId} is a copy of article ${old.copy_of}, whose analysis it shares: replace that one`);
      if (old.text !== doc.text) throw new StoreError("text-mismatch", this.location, `article ${articleId}: the new analysis is of a different text`);
      for (const table of ["quotes", "entities", "figures", "times"]) await c.query(`DELETE FROM ${table} WHERE article_id = $1`, [articleId]);
      await c.query("UPDATE articles SET doc_id = $1, title = $2, outlet = $3, published = $4, url = $5, engine_version = $6 WHERE id = $7", [
        doc.id,
        doc.title,
        doc.outlet,
        doc.published,
        doc.url,
        analysis.engine.version,
        articleId,
      ]);
      await this.writeAnalysis(c, articleId, analysis, true);
      await this.insertDerived(c, articleId, rows);
      // The copies share the analysis: their index rows follow it.
      const copies = await c.query("SELECT id FROM articles WHERE copy_of = $1 ORDER BY id FOR UPDATE", [articleId]);
      for (const r of copies.rows) {
        const id = Number(r.id);
        for (const table of ["quotes", "entities", "figures", "times"]) await c.query(`DELETE FROM ${table} WHERE article_id = $1`, [id]);
        await c.query("UPDATE articles SET doc_id = $1, engine_version = $2 WHERE id = $3", [doc.id, analysis.engine.version, id]);
        await this.insertDerived(c, id, rows);
      }
      // The stored reports of its stories were computed from the old analysis.
      await c.query("DELETE FROM story_reports WHERE story_id IN (SELECT story_id FROM story_members WHERE article_id = $1 OR article_id IN (SELECT id FROM articles WHERE copy_of = $1))", [articleId]);
      await this.beforeCommit?.(articleId);
    });
  }

  async has(key: { hash?: string; canonicalUrl?: string | null }): Promise<boolean> {
    const hash = key.hash ? normalizeHash(key.hash) : null;
    const canonical = key.canonicalUrl ?? null;
    if (hash === null && canonical === null) return false;
    return (await this.query("SELECT 1 FROM articles WHERE hash = $1 OR canonical_url = $2 LIMIT 1", [hash, canonical])).length > 0;
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const r = (await this.query(`SELECT ${ARTICLE_COLUMNS}, text FROM articles WHERE id = $1`, [id]))[0];
    return r ? { ...articleRow(r), text: String(r.text) } : null;
  }

  async getAnalysis(id: number): Promise<Analysis | null> {
    const r = (
      // One statement, so the first chunk and the parts are of the same analysis.
      await this.query<CopyMetadata & { copy_of: number | null; json: string }>(
        `SELECT a.copy_of, a.title, a.outlet, a.published, a.url,
           CASE WHEN n.parts = 0 THEN n.json ELSE n.json || (SELECT string_agg(p.json, '' ORDER BY p.seq) FROM analysis_parts p WHERE p.article_id = n.article_id) END AS json
         FROM articles a JOIN analyses n ON n.article_id = coalesce(a.copy_of, a.id) WHERE a.id = $1`,
        [id],
      )
    )[0];
    if (!r) return null;
    const analysis = JSON.parse(r.json) as Analysis;
    return r.copy_of === null ? analysis : copyAnalysis(analysis, r);
  }

  async listArticles(filter: ArticleFilter = {}): Promise<ArticleRow[]> {
    const params: unknown[] = [];
    const bind = pgBinder(params);
    const where = articleFilterSql(filter, "a", bind);
    const sql = `SELECT ${ARTICLE_COLUMNS} FROM articles a${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY a.id${limitSql(filter, NO_LIMIT, bind)}`;
    return (await this.query(sql, params)).map(articleRow);
  }

  async count(): Promise<StoreCounts> {
    const r = (
      await this.query(`SELECT
        (SELECT count(*) FROM articles)::int AS articles,
        (SELECT count(*) FROM quotes)::int AS quotes,
        (SELECT count(*) FROM (SELECT DISTINCT norm, type FROM entities) d)::int AS entities,
        (SELECT count(*) FROM failures)::int AS failures,
        (SELECT count(*) FROM jobs WHERE status IN ('pending', 'claimed'))::int AS jobs_pending`)
    )[0];
    return { articles: Number(r.articles), quotes: Number(r.quotes), entities: Number(r.entities), failures: Number(r.failures), jobsPending: Number(r.jobs_pending) };
  }

  /** The `tsquery` of a search (as `q`) and its conditions on `articles a`. */
  private searchWhere(query: SearchQuery, bind: Bind): { tsquery: string; where: string[] } {
    const problem = searchQueryProblem(query.text);
    if (problem) throw new StoreError("bad-query", this.location, problem);
    const prefixed = prefixTsQuery(query.text);
    const tsquery = prefixed ? `to_tsquery('english', ${bind(prefixed)})` : `websearch_to_tsquery('english', ${bind(query.text)})`;
    const where = ["a.tsv @@ q", ...articleFilterSql(query, "a", bind)];
    if (query.entity) where.push(`a.id IN (SELECT e.article_id FROM entities e WHERE ${entityNameInSql("e.norm", query.entity, bind)})`);
    return { tsquery, where };
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const params: unknown[] = [];
    const bind = pgBinder(params);
    const { tsquery, where } = this.searchWhere(query, bind);
    // Rank first (no article text read), then fetch the few hits. As in SQLite, ranking is
    // bounded to the `rankCandidates` most recently stored matches (see RANK_CANDIDATES).
    const sql = `SELECT c.id, ts_rank(c.tsv, c.q) AS rank FROM (SELECT a.id, a.tsv, q FROM articles a, ${tsquery} q
      WHERE ${where.join(" AND ")} ORDER BY a.id DESC LIMIT ${this.rankCandidates}) c ORDER BY rank DESC, c.id${limitSql(query, 20, bind)}`;
    const ranked = await this.query(sql, params);
    if (!ranked.length) return [];
    const rows = await this.query("SELECT id, doc_id, title, outlet, published, text FROM articles WHERE id = ANY($1::int[])", [ranked.map((r) => Number(r.id))]);
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    const locate = hitLocator(query.text);
    return ranked.map((k) => {
      const r = byId.get(Number(k.id))!;
      const hit = locate(String(r.text));
      return {
        articleId: Number(r.id),
        docId: String(r.doc_id),
        title: (r.title as string | null) ?? null,
        outlet: (r.outlet as string | null) ?? null,
        published: (r.published as string | null) ?? null,
        start: hit.start,
        end: hit.end,
        snippet: hit.snippet,
        score: Number(k.rank),
        match: hit.match,
      };
    });
  }

  async matchingArticleIds(query: SearchQuery): Promise<number[]> {
    const params: unknown[] = [];
    const bind = pgBinder(params);
    const { tsquery, where } = this.searchWhere(query, bind);
    const sql = `SELECT a.id FROM articles a, ${tsquery} q WHERE ${where.join(" AND ")} ORDER BY a.id${limitSql(query, NO_LIMIT, bind)}`;
    return (await this.query(sql, params)).map((r) => Number(r.id));
  }

  async quotes(query: QuoteQuery): Promise<QuoteRow[]> {
    const params: unknown[] = [];
    const bind = pgBinder(params);
    const where = articleFilterSql(query, "a", bind);
    if (query.speaker) where.push(nameMatchSql("q.speaker_norm", query.speaker, bind));
    if (query.text) {
      const problem = searchQueryProblem(query.text);
      if (problem) throw new StoreError("bad-query", this.location, problem);
      const prefixed = prefixTsQuery(query.text);
      where.push(prefixed ? `q.tsv @@ to_tsquery('english', ${bind(prefixed)})` : `q.tsv @@ websearch_to_tsquery('english', ${bind(query.text)})`);
    }
    const sql = `SELECT q.*, a.doc_id, a.outlet, a.published FROM quotes q JOIN articles a ON a.id = q.article_id
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY a.published IS NULL, a.published, a.id, q.content_start${limitSql(query, 100, bind)}`;
    return (await this.query(sql, params)).map(quoteRow);
  }

  async entities(query: EntityQuery): Promise<EntityRow[]> {
    const params: unknown[] = [];
    const bind = pgBinder(params);
    const where = articleFilterSql(query, "a", bind);
    if (query.name) where.push(entityNameInSql("e.norm", query.name, bind));
    // One row per name: the type most articles give it (MISC last on ties), counts over all types,
    // so a name typed ORG in one article and MISC in another is listed once.
    const typeWhere = query.type ? ` AND r.type = ${bind(query.type)}` : "";
    const sql = `WITH base AS (SELECT e.norm, e.name, e.type, e.article_id, e.mentions
        FROM entities e JOIN articles a ON a.id = e.article_id ${where.length ? `WHERE ${where.join(" AND ")}` : ""}),
      per AS (SELECT norm, type, max(name) AS name, count(DISTINCT article_id) AS articles, sum(mentions) AS mentions FROM base GROUP BY norm, type),
      ranked AS (SELECT per.*, row_number() OVER (PARTITION BY norm ORDER BY articles DESC, mentions DESC, CASE WHEN type = 'MISC' THEN 1 ELSE 0 END, type) AS rk FROM per),
      totals AS (SELECT norm, count(DISTINCT article_id)::int AS articles, sum(mentions)::int AS mentions FROM base GROUP BY norm)
      SELECT r.name, r.type, t.articles, t.mentions FROM ranked r JOIN totals t ON t.norm = r.norm
      WHERE r.rk = 1${typeWhere}
      ORDER BY t.articles DESC, t.mentions DESC, r.norm${limitSql({ limit: query.top ?? query.limit, offset: query.offset }, 20, bind)}`;
    return (await this.query(sql, params)).map((r) => ({
      name: String(r.name),
      type: r.type as EntityRow["type"],
      articles: Number(r.articles),
      mentions: Number(r.mentions),
    }));
  }

  async timeline(query: TimelineQuery): Promise<TimelineRow[]> {
    const params: unknown[] = [];
    const bind = pgBinder(params);
    const where = [entityNameInSql("e.norm", query.entity, bind), ...articleFilterSql(query, "a", bind)];
    const sql = `SELECT e.article_id, e.entity_id FROM entities e JOIN articles a ON a.id = e.article_id
      WHERE ${where.join(" AND ")} ORDER BY a.published, a.id`;
    const byArticle = new Map<number, Set<string>>();
    for (const r of await this.query(sql, params)) {
      const id = Number(r.article_id);
      let ids = byArticle.get(id);
      if (!ids) byArticle.set(id, (ids = new Set()));
      ids.add(String(r.entity_id));
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
    await this.tx(async (c) => {
      // One row per (source, code); the lock serialises concurrent recorders of the same source.
      await c.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`dossier:failure:${failure.source}`]);
      const again = await c.query(
        "UPDATE failures SET reason = $1, at = now(), attempts = attempts + 1 WHERE source = $2 AND code IS NOT DISTINCT FROM $3",
        [failure.reason, failure.source, failure.code ?? null],
      );
      if (again.rowCount === 0) await c.query("INSERT INTO failures (source, reason, code) VALUES ($1, $2, $3)", [failure.source, failure.reason, failure.code ?? null]);
    });
  }

  async failures(limit = 100): Promise<FailureRow[]> {
    return (await this.query("SELECT id, source, reason, code, at, attempts FROM failures ORDER BY at DESC, id DESC LIMIT $1", [limit])).map((r) => ({
      id: Number(r.id),
      source: String(r.source),
      reason: String(r.reason),
      code: (r.code as string | null) ?? null,
      at: isoTime(r.at),
      attempts: Number(r.attempts),
    }));
  }

  async enqueue(raw: string[], opts: EnqueueOptions = {}): Promise<number> {
    const sources = raw.map(redactCredentials);
    const unique = [...new Set(sources)];
    if (!unique.length) return 0;
    return this.tx(async (c) => {
      // One jobs row per source: a finished source is queued again by resetting its row.
      await c.query("LOCK TABLE jobs IN SHARE ROW EXCLUSIVE MODE");
      const reset = await c.query(
        `UPDATE jobs j SET status = 'pending', worker = NULL, claimed_at = NULL, finished_at = NULL, reason = NULL, lease_key = NULL
         FROM (SELECT max(id) AS id FROM jobs WHERE source = ANY($1::text[]) GROUP BY source) l
         WHERE j.id = l.id AND j.status NOT IN ('pending', 'claimed')
           AND ($2::double precision IS NULL OR j.finished_at IS NULL OR j.finished_at < to_timestamp($2::double precision / 1000)) RETURNING j.id`,
        [unique, opts.finishedSince ?? null],
      );
      const added = await c.query(
        `INSERT INTO jobs (source) SELECT s FROM unnest($1::text[]) WITH ORDINALITY AS u(s, n)
         WHERE NOT EXISTS (SELECT 1 FROM jobs j WHERE j.source = u.s) ORDER BY u.n RETURNING id`,
        [unique],
      );
      return (reset.rowCount ?? 0) + (added.rowCount ?? 0);
    });
  }

  /**
   * The session that holds this store's claims: a connection of its own holding a session-level
   * advisory lock on a random key, recorded on every job it claims. When the process dies, the
   * connection closes, the lock goes, and its jobs are claimable at once by anyone.
   */
  private leaseSession(): Promise<string> {
    this.lease ??= (async () => {
      const client = new pg.Client(this.clientConfig);
      client.on("error", () => undefined);
      try {
        await client.connect();
        const key = String(randomBytes(6).readUIntBE(0, 6) + 1);
        await client.query("SELECT pg_advisory_lock($1::bigint)", [key]);
        this.leaseClient = client;
        return key;
      } catch (err) {
        await client.end().catch(() => undefined);
        this.lease = null;
        throw mapPgError(err, this.location);
      }
    })();
    return this.lease;
  }

  async claim(worker: string, max: number): Promise<Job[]> {
    const key = await this.leaseSession();
    const rows = await this.query(
      `WITH c AS (
         SELECT id FROM jobs j
         WHERE status = 'pending'
            OR (status = 'claimed' AND (claimed_at < now() - make_interval(secs => $2::float8 / 1000) OR (lease_key IS NOT NULL AND ${LEASE_GONE})))
         ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
       UPDATE jobs j SET status = 'claimed', worker = $1, claimed_at = now(), attempts = j.attempts + 1, lease_key = $4::bigint
       FROM c WHERE j.id = c.id RETURNING j.id, j.source, j.attempts`,
      [worker, this.leaseMs, Math.max(0, Math.floor(max)), key],
    );
    return rows.map((r) => ({ id: Number(r.id), source: String(r.source), attempts: Number(r.attempts) })).sort((a, b) => a.id - b.id);
  }

  async renewClaims(worker: string): Promise<void> {
    if (!this.lease) return;
    const key = await this.lease;
    await this.query("UPDATE jobs SET claimed_at = now() WHERE status = 'claimed' AND worker = $1 AND lease_key = $2::bigint", [worker, key]);
  }

  async claimedByOthers(worker: string, limit = 10): Promise<{ count: number; sources: string[] }> {
    const key = this.lease ? await this.lease : null;
    const rows = await this.query(
      `SELECT source, count(*) OVER () AS n FROM jobs j
       WHERE status = 'claimed' AND NOT (worker IS NOT DISTINCT FROM $1 AND lease_key IS NOT DISTINCT FROM $2::bigint)
         AND claimed_at >= now() - make_interval(secs => $3::float8 / 1000) AND NOT (lease_key IS NOT NULL AND ${LEASE_GONE})
       ORDER BY id LIMIT $4`,
      [worker, key, this.leaseMs, Math.max(1, limit)],
    );
    return { count: rows.length ? Number(rows[0].n) : 0, sources: rows.map((r) => String(r.source)) };
  }

  async finishJob(id: number, outcome: { status: "done" | "duplicate" | "failed"; reason?: string }): Promise<void> {
    await this.query("UPDATE jobs SET status = $1, reason = $2, finished_at = now() WHERE id = $3", [outcome.status, outcome.reason ?? null, id]);
  }

  async setStories(assignments: StoryAssignment[]): Promise<void> {
    const last = new Map<number, number>();
    for (const a of assignments) last.set(a.articleId, a.storyId);
    if (!last.size) return;
    await this.tx(async (c) => {
      await c.query(
        `INSERT INTO story_members (article_id, story_id) SELECT * FROM unnest($1::int[], $2::int[])
         ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id`,
        [[...last.keys()], [...last.values()]],
      );
    });
  }

  async storyAssignments(): Promise<StoryAssignment[]> {
    return (await this.query("SELECT article_id, story_id FROM story_members ORDER BY article_id")).map((r) => ({ articleId: Number(r.article_id), storyId: Number(r.story_id) }));
  }

  async changeCount(): Promise<StoreChanges> {
    const r = (await this.query("SELECT n, analyses FROM store_version WHERE id = 1"))[0];
    return { any: Number(r.n), analyses: Number(r.analyses) };
  }

  async storyReport(storyId: number, fingerprint: string): Promise<string | null> {
    const r = await this.query("SELECT json FROM story_reports WHERE story_id = $1 AND fingerprint = $2", [storyId, fingerprint]);
    return r.length ? (r[0].json as string) : null;
  }

  async putStoryReport(storyId: number, fingerprint: string, json: string): Promise<void> {
    await this.query(
      `INSERT INTO story_reports (story_id, fingerprint, json, computed_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (story_id) DO UPDATE SET fingerprint = excluded.fingerprint, json = excluded.json, computed_at = excluded.computed_at`,
      [storyId, fingerprint, json],
    );
  }

  async storyReportFingerprints(): Promise<Map<number, string>> {
    const rows = await this.query("SELECT story_id, fingerprint FROM story_reports");
    return new Map(rows.map((r) => [Number(r.story_id), r.fingerprint as string]));
  }
}
