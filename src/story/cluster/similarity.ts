import type { ArticleFeatures } from "./features.js";
import { cosine, type ArticleVectors } from "./vectors.js";

/** Weights of the similarity components and the date penalty. Defaults chosen on news-dev. */
export interface SimilarityWeights {
  entities: number;
  terms: number;
  quotes: number;
  figures: number;
  /**
   * Shared vocabulary counts fully only with shared entities: the term part is multiplied by
   * max(termFloor, min(1, entity cosine / entityGate)). Formulaic wire wording ("the death toll
   * from the earthquake rose to") recurs across unrelated events; their actors and places do not.
   */
  entityGate: number;
  termFloor: number;
  /** Days apart with no penalty. */
  graceDays: number;
  /** After the grace period the score is multiplied by exp(-(days - grace) / decayDays). */
  decayDays: number;
  /** The date factor never falls below this (a long-running story can still chain). */
  minDateFactor: number;
  /** Groups of articles whose date spans are this many days apart merge freely (`spanGapFactor`). */
  spanGraceDays: number;
  /** Beyond it, their similarity is multiplied by exp(-(gap - grace) / spanDecayDays). */
  spanDecayDays: number;
}

export const DEFAULT_WEIGHTS: Readonly<SimilarityWeights> = {
  entities: 0.5,
  terms: 0.5,
  quotes: 0.25,
  figures: 0.15,
  entityGate: 0.15,
  termFloor: 0.25,
  graceDays: 3,
  decayDays: 7,
  minDateFactor: 0.1,
  spanGraceDays: 2,
  spanDecayDays: 3,
};

/** The parts of one pairwise similarity, for explaining and tuning. */
export interface SimilarityParts {
  entities: number;
  terms: number;
  quotes: number;
  figures: number;
  dateFactor: number;
  score: number;
}

/**
 * Share of the quotes of `a` (each a shingle list) that reappear in `b`: 70% of their word
 * 3-shingles found among b's quote shingles (a partial quotation of a longer quote counts, seen
 * from the shorter side).
 */
function quoteContainment(a: string[][], bAll: Set<string>): number {
  if (a.length === 0) return 0;
  let hit = 0;
  for (const q of a) {
    let c = 0;
    for (const s of q) if (bAll.has(s)) c++;
    if (q.length > 0 && c / q.length >= 0.7) hit++;
  }
  return hit / a.length;
}

const shingleSets = new WeakMap<ArticleFeatures, Set<string>>();
function allShingles(f: ArticleFeatures): Set<string> {
  let s = shingleSets.get(f);
  if (!s) {
    s = new Set(f.quotes.flat());
    shingleSets.set(f, s);
  }
  return s;
}

/** Shared quotes: the larger of the two containments (a short article quoting a long one counts). */
export function quoteOverlap(a: ArticleFeatures, b: ArticleFeatures): number {
  if (a.quotes.length === 0 || b.quotes.length === 0) return 0;
  return Math.max(quoteContainment(a.quotes, allShingles(b)), quoteContainment(b.quotes, allShingles(a)));
}

/** Shared figures: overlap coefficient, damped when only one figure is shared. */
export function figureOverlap(a: ArticleFeatures, b: ArticleFeatures): number {
  if (a.figures.size === 0 || b.figures.size === 0) return 0;
  let shared = 0;
  for (const k of a.figures) if (b.figures.has(k)) shared++;
  if (shared === 0) return 0;
  return Math.min(1, shared / Math.min(a.figures.size, b.figures.size)) * (1 - 0.5 ** shared);
}

/** 1 within the grace period, then exponential decay to a floor; 1 when either date is unknown. */
export function dateFactor(a: number | null, b: number | null, w: SimilarityWeights = DEFAULT_WEIGHTS): number {
  if (a === null || b === null) return 1;
  const d = Math.abs(a - b) - w.graceDays;
  if (d <= 0) return 1;
  return Math.max(w.minDateFactor, Math.exp(-d / w.decayDays));
}

/**
 * How likely two articles report the same story, 0..1: a weighted sum of entity overlap,
 * TF-IDF cosine (gated by entity overlap), shared quotes and shared figures (capped at 1), times
 * a date-distance factor.
 */
export function pairSimilarity(
  fa: ArticleFeatures,
  va: ArticleVectors,
  fb: ArticleFeatures,
  vb: ArticleVectors,
  w: SimilarityWeights = DEFAULT_WEIGHTS,
): SimilarityParts {
  const entities = cosine(va.entities, vb.entities);
  const terms = cosine(va.terms, vb.terms);
  const quotes = quoteOverlap(fa, fb);
  const figures = figureOverlap(fa, fb);
  const df = dateFactor(fa.day, fb.day, w);
  const gate = Math.max(w.termFloor, Math.min(1, entities / w.entityGate));
  const raw = Math.min(1, w.entities * entities + w.terms * terms * gate + w.quotes * quotes + w.figures * figures);
  return { entities, terms, quotes, figures, dateFactor: df, score: raw * df };
}

/**
 * How far apart in time two groups of articles are allowed to be: 1 when either has no known
 * date or their date spans overlap or lie within the grace period of each other, then the same
 * exponential decay, steeper than `dateFactor`'s, over the gap between the spans (no floor: two events weeks
 * apart in the same place are different stories).
 */
export function spanGapFactor(a: [number, number] | null, b: [number, number] | null, w: SimilarityWeights = DEFAULT_WEIGHTS): number {
  if (!a || !b) return 1;
  const gap = Math.max(0, Math.max(a[0], b[0]) - Math.min(a[1], b[1])) - w.spanGraceDays;
  return gap <= 0 ? 1 : Math.exp(-gap / w.spanDecayDays);
}
