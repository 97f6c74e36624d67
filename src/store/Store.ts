import type { Analysis, EntityType, QuoteType } from "../types.js";

/**
 * The one storage interface. Two implementations (SQLite via better-sqlite3, PostgreSQL via pg)
 * pass one shared test suite. Every method is async so both fit behind it.
 *
 * Invariants:
 *  - `putAnalysis` writes one article and everything derived from it in ONE transaction:
 *    either the article, its analysis and its index rows are all stored, or nothing is.
 *  - Re-putting the same source is a no-op reported as `duplicate` (counted, never an error):
 *    the same canonical URL, or the same text (content hash) from the same outlet.
 *  - The same text from another outlet (wire copy) is stored as a `copy`: an article row of its
 *    own (outlet, title, date, URL, index rows) linked by `copyOf` to the first article stored
 *    with that text, whose analysis it shares (one analysis per text; `getAnalysis` of a copy
 *    returns it with the copy's metadata). `copyOf` always names an article that is no copy.
 *  - Offsets in every row are UTF-16 indices into the stored article text, unchanged.
 */
/** Options of {@link Store.enqueue}. */
export interface EnqueueOptions {
  /** A source finished at or after this time (ms since the epoch) is not queued again. */
  finishedSince?: number;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** Where the store lives (file path or a postgres URL with the password masked). */
  readonly location: string;

  /** Creates or upgrades the schema; idempotent. Returns the schema version now in force. */
  migrate(): Promise<number>;
  close(): Promise<void>;

  /** Stores an article with its analysis in one transaction (see invariants above). */
  putAnalysis(analysis: Analysis, origin: ArticleOrigin): Promise<PutResult>;
  /**
   * Replaces the analysis of an existing article (reanalyze), in one transaction; the index rows
   * of its copies are rebuilt from it too. A copy itself is refused (re-analyse its `copyOf`).
   */
  replaceAnalysis(articleId: number, analysis: Analysis): Promise<void>;
  /** True if an article with this content hash or canonical URL is already stored. */
  has(key: { hash?: string; canonicalUrl?: string | null }): Promise<boolean>;
  /**
   * What `putAnalysis` would do with an article of this text, canonical URL and outlet, so a
   * caller can skip analysing it: `duplicate` (already stored: article `id`), `copy` (the text is
   * stored under another outlet: `copyOf`, whose analysis can be reused) or `new`.
   */
  lookup(key: SourceKey): Promise<SourceMatch>;

  getArticle(id: number): Promise<StoredArticle | null>;
  getAnalysis(id: number): Promise<Analysis | null>;
  listArticles(filter?: ArticleFilter): Promise<ArticleRow[]>;
  count(): Promise<StoreCounts>;

  /** Full-text search over article text and quote contents, with filters. */
  search(query: SearchQuery): Promise<SearchHit[]>;
  /**
   * The ids of every article matching a search query and its filters, in storage order: no
   * ranking (so not bounded to the newest `RANK_CANDIDATES` matches as `search` is) and no
   * snippets; `limit` / `offset` page it (default: all). For filtering a list by words.
   */
  matchingArticleIds(query: SearchQuery): Promise<number[]>;
  quotes(query: QuoteQuery): Promise<QuoteRow[]>;
  entities(query: EntityQuery): Promise<EntityRow[]>;
  timeline(query: TimelineQuery): Promise<TimelineRow[]>;

  /**
   * Failures are stored so nothing is silently dropped. One row per (source, code): recording the
   * same failure again (a re-run) updates its reason and time and counts the attempt.
   */
  recordFailure(failure: { source: string; reason: string; code?: string }): Promise<void>;
  failures(limit?: number): Promise<FailureRow[]>;

  /** A shared job queue (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: one writer, same API). */
  /**
   * Queues sources; one already pending or claimed is not queued twice, and a finished one is
   * queued again by resetting its row (one jobs row per source), unless it finished at or after
   * `opts.finishedSince` (ms since the epoch): a run that started before another run finished a
   * source does not analyse it again (two ingests of one folder started together). Returns how
   * many were queued.
   */
  enqueue(sources: string[], opts?: EnqueueOptions): Promise<number>;
  /**
   * Claims up to `max` pending jobs for `worker`, never one a live worker holds. A claim is
   * abandoned, and claimable again, when its worker is known dead (PostgreSQL: the claiming
   * session's advisory lock is gone; SQLite: the worker `<host>:<pid>` is on this host and its
   * process has exited) or its lease ran out (`StoreOptions.jobLeaseMs`, default 10 min, renewed
   * by {@link renewClaims}).
   */
  claim(worker: string, max: number): Promise<Job[]>;
  /** Renews the lease of every job `worker` holds (a heartbeat while it works). */
  renewClaims(worker: string): Promise<void>;
  /** Jobs held by live workers other than `worker`: their count and up to `limit` of their sources. */
  claimedByOthers(worker: string, limit?: number): Promise<{ count: number; sources: string[] }>;
  finishJob(id: number, outcome: { status: "done" | "duplicate" | "failed"; reason?: string }): Promise<void>;

  /** Story membership (written by the story clustering, src/story/): stable story ids. */
  /** Sets the story of each given article (replacing its previous one); other articles keep theirs. */
  setStories(assignments: StoryAssignment[]): Promise<void>;
  storyAssignments(): Promise<StoryAssignment[]>;

  /**
   * Counters kept by database triggers, so they see writes from any connection or process:
   * `any` grows whenever an article, an analysis or a story membership changes (whoever caches
   * what it read compares it to know the cache is stale), `analyses` whenever an analysis is
   * replaced (`replaceAnalysis`).
   */
  changeCount(): Promise<StoreChanges>;
  /**
   * Serialised story reports (`dossier.story/1` JSON), each stored with the fingerprint of what
   * it was computed from (src/story/report/storyFingerprint.ts). Returns the stored JSON when its
   * fingerprint is this one, else null (none stored, or stored from other members or versions).
   */
  storyReport(storyId: number, fingerprint: string): Promise<string | null>;
  /** Stores a story's serialised report and its fingerprint, replacing the previous one. */
  putStoryReport(storyId: number, fingerprint: string, json: string): Promise<void>;
  /** The fingerprint of every stored story report, by story id. */
  storyReportFingerprints(): Promise<Map<number, string>>;
}

export interface StoreChanges {
  any: number;
  analyses: number;
}

export interface StoryAssignment {
  articleId: number;
  storyId: number;
}

export interface ArticleOrigin {
  /** The file path, URL or "stdin" the article came from. */
  source: string;
  canonicalUrl?: string | null;
}

export interface PutResult {
  /** `stored` a new text; `copy` a new article repeating a stored text; `duplicate` a no-op. */
  status: "stored" | "copy" | "duplicate";
  id: number;
  /** With `copy`: the article whose text (and analysis) it repeats. */
  copyOf?: number;
}

/** What identifies a source: its text (content hash), canonical URL and outlet. */
export interface SourceKey {
  /** `sha256:<hex>` of the text (or the bare hex digest). */
  hash: string;
  canonicalUrl?: string | null;
  outlet?: string | null;
}

export type SourceMatch = { status: "new" } | { status: "duplicate"; id: number } | { status: "copy"; copyOf: number };

export interface ArticleRow {
  id: number;
  /** The analysis document id ("sha256:…" of the text). */
  docId: string;
  hash: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  canonicalUrl: string | null;
  source: string;
  engineVersion: string;
  ingestedAt: string;
  /** The article whose text this one repeats (wire copy from another outlet), or null. */
  copyOf: number | null;
}

export interface StoredArticle extends ArticleRow {
  text: string;
}

export interface ArticleFilter {
  outlet?: string;
  since?: string;
  until?: string;
  engineVersionNot?: string;
  limit?: number;
  offset?: number;
}

export interface StoreCounts {
  articles: number;
  quotes: number;
  entities: number;
  failures: number;
  jobsPending: number;
}

export interface SearchQuery extends ArticleFilter {
  text: string;
  /** Restrict to articles mentioning an entity whose name matches. */
  entity?: string;
}

export interface SearchHit {
  articleId: number;
  docId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /**
   * The sentence of the article that best matches the query: UTF-16 offsets into the article
   * text, with `snippet === text.slice(start, end)`.
   */
  start: number;
  end: number;
  snippet: string;
  /** Relevance, higher is better (SQLite: −bm25; PostgreSQL: ts_rank). */
  score: number;
  /** The first matching word inside that sentence (null when the match could not be placed). */
  match?: { start: number; end: number; text: string } | null;
}

export interface QuoteQuery extends ArticleFilter {
  speaker?: string;
  text?: string;
}

export interface QuoteRow {
  articleId: number;
  docId: string;
  outlet: string | null;
  published: string | null;
  quoteId: string;
  type: QuoteType;
  speaker: string | null;
  speakerEntity: string | null;
  cue: { start: number; end: number; text: string } | null;
  content: { start: number; end: number; text: string };
}

export interface EntityQuery extends ArticleFilter {
  type?: EntityType;
  name?: string;
  top?: number;
}

export interface EntityRow {
  name: string;
  type: EntityType;
  articles: number;
  mentions: number;
}

export interface TimelineQuery extends ArticleFilter {
  entity: string;
}

export interface TimelineRow {
  /** TIMEX3 value of the date the fact is about (or the publication date when none). */
  date: string;
  articleId: number;
  docId: string;
  outlet: string | null;
  kind: "quote" | "figure" | "time";
  text: string;
  start: number;
  end: number;
}

export interface FailureRow {
  id: number;
  source: string;
  reason: string;
  code: string | null;
  /** When it last failed. */
  at: string;
  /** How many times this source failed this way (re-runs update one row). */
  attempts: number;
}

export interface Job {
  id: number;
  source: string;
  attempts: number;
}
