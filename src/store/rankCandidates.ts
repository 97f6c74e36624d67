/**
 * How many full-text matches a search ranks at most, the most recently stored first. A query
 * with at most this many matches is ranked over all of them; a more common one (a word in most
 * articles) is ranked among its newest RANK_CANDIDATES matches, so its best hits are the best of
 * recent coverage. Ranking costs about a microsecond a candidate (bm25 / ts_rank read each
 * candidate's term positions and length), so the window bounds that part of a search; matching,
 * and the one pass over each term's matches that SQLite's bm25 makes for the term's weight, still
 * grow with the number of matches. Listing every match, unranked, is `Store.matchingArticleIds`.
 * Measured in docs/BENCHMARKS.md ("dossier serve under load").
 */
export const RANK_CANDIDATES = 1000;

/** The ranking window a store uses: `options.rankCandidates` (a positive integer) or RANK_CANDIDATES. */
export function rankWindow(options: { rankCandidates?: number }): number {
  const n = options.rankCandidates ?? RANK_CANDIDATES;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`rankCandidates must be a positive integer, got ${n}`);
  return n;
}
