import type { ArticleFeatures } from "./features.js";

/** A sparse vector with unit length (or empty). */
export type SparseVector = Map<string, number>;

/** Corpus-weighted vectors of one article. */
export interface ArticleVectors {
  /** Entity keys weighted by type × mentions × IDF, unit length. */
  entities: SparseVector;
  /** TF-IDF over content words ((1 + ln tf) × IDF), unit length. */
  terms: SparseVector;
}

/** Document frequencies of entity keys and terms over the articles being clustered. */
export interface CorpusStats {
  size: number;
  entityDf: Map<string, number>;
  termDf: Map<string, number>;
}

/** Counts, for each entity key and term, how many of the articles contain it. */
export function corpusStats(features: readonly ArticleFeatures[]): CorpusStats {
  const entityDf = new Map<string, number>();
  const termDf = new Map<string, number>();
  for (const f of features) {
    for (const k of f.entities.keys()) entityDf.set(k, (entityDf.get(k) ?? 0) + 1);
    for (const k of f.terms.keys()) termDf.set(k, (termDf.get(k) ?? 0) + 1);
  }
  return { size: features.length, entityDf, termDf };
}

/** Smoothed inverse document frequency: ln(1 + N / df). */
export function idf(stats: CorpusStats, df: number): number {
  return Math.log(1 + stats.size / Math.max(1, df));
}

function unit(v: SparseVector): SparseVector {
  let n = 0;
  for (const x of v.values()) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (const [k, x] of v) v.set(k, x / n);
  return v;
}

/** The article's entity and term vectors weighted by the corpus. */
export function articleVectors(f: ArticleFeatures, stats: CorpusStats): ArticleVectors {
  const entities: SparseVector = new Map();
  for (const [k, w] of f.entities) entities.set(k, w * idf(stats, stats.entityDf.get(k) ?? 1));
  const terms: SparseVector = new Map();
  for (const [k, tf] of f.terms) terms.set(k, (1 + Math.log(tf)) * idf(stats, stats.termDf.get(k) ?? 1));
  return { entities: unit(entities), terms: unit(terms) };
}

/** Dot product of two unit vectors = their cosine. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  let d = 0;
  for (const [k, x] of s) {
    const y = l.get(k);
    if (y !== undefined) d += x * y;
  }
  return d;
}

/** The `n` highest-weighted keys of a vector (ties by key, so the order is stable). */
export function topKeys(v: SparseVector, n: number): string[] {
  return [...v.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([k]) => k);
}
