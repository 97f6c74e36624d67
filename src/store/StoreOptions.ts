/** Options shared by both store implementations. */
export interface StoreOptions {
  /**
   * A claimed job whose worker has not finished it after this many milliseconds may be claimed
   * again (its worker is presumed dead). Default 10 minutes.
   */
  jobLeaseMs?: number;
  /**
   * Test hook: called inside the `putAnalysis` / `replaceAnalysis` transaction after every row
   * is written and before the commit. Throwing from it must roll the whole write back.
   */
  beforeCommit?: (articleId: number) => void | Promise<void>;
  /**
   * How many full-text matches `search` ranks at most, the most recently stored first
   * (default `RANK_CANDIDATES`, 1,000; tests use a small window).
   */
  rankCandidates?: number;
  /**
   * SQLite: rank with the `dossier_rank` extension when it was built (default true); false ranks
   * with FTS5's bm25() (the same order; tests compare the two). Ignored by PostgreSQL.
   */
  nativeRank?: boolean;
  /**
   * Characters of an analysis's JSON written per row (default `ANALYSIS_CHUNK_CHARS`,
   * 1 MiB; tests use a small size to store ordinary analyses in several parts).
   */
  analysisChunkChars?: number;
}

/** Default job lease: 10 minutes. */
export const DEFAULT_JOB_LEASE_MS = 10 * 60 * 1000;
