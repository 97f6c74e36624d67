import type { StoryAssignment } from "../../store/Store.js";
import type { StoryCluster, StoryItem } from "../StoryCluster.js";
import { articleFeatures, type ArticleFeatures } from "./features.js";
import { articleVectors, corpusStats, topKeys, type ArticleVectors } from "./vectors.js";
import { DEFAULT_WEIGHTS, pairSimilarity, spanGapFactor, type SimilarityWeights } from "./similarity.js";
import { averageLink, type Edge } from "./averageLink.js";
import { clusterLabel } from "./clusterLabel.js";

/** Options of `clusterStories`; every field has a default. */
export interface ClusterOptions {
  /**
   * Two groups of articles merge into one story while their average pairwise similarity
   * (missing pairs count 0) reaches this. Default 0.025, chosen on stories-dev (real coverage of
   * three events by 20 outlets each, plus distractors; see docs/EVALUATION.md `stories`).
   */
  threshold?: number;
  /** Similarity weights and date penalty (default `DEFAULT_WEIGHTS`). */
  weights?: SimilarityWeights;
  /** Blocking: the top content words per article used to find candidates (default 12). */
  blockingTerms?: number;
  /** Full similarity is computed for at most this many candidates per article (default 60). */
  maxCandidates?: number;
}

export const DEFAULT_THRESHOLD = 0.025;

interface Node {
  item: StoryItem;
  docId: string;
  f: ArticleFeatures;
  v: ArticleVectors;
  keys: string[];
}

/** Compare strings by code unit (locale-independent, so output is stable everywhere). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Candidate pairs: articles sharing an entity or a top content word (keys most of the corpus shares are left out). */
function candidateEdges(nodes: readonly Node[], maxCandidates: number, weights: SimilarityWeights): Edge[] {
  const postings = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    for (const k of n.keys) {
      const p = postings.get(k);
      if (p) p.push(i);
      else postings.set(k, [i]);
    }
  });
  const edges: Edge[] = [];
  const seen = new Set<number>();
  nodes.forEach((n, i) => {
    const shared = new Map<number, number>();
    for (const k of n.keys) for (const j of postings.get(k)!) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    const candidates = [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, maxCandidates)
      .map(([j]) => j);
    for (const j of candidates) {
      const [a, b] = i < j ? [i, j] : [j, i];
      const key = a * nodes.length + b;
      if (seen.has(key)) continue;
      seen.add(key);
      const w = pairSimilarity(nodes[a].f, nodes[a].v, nodes[b].f, nodes[b].v, weights).score;
      if (w > 0) edges.push({ a, b, w });
    }
  });
  return edges;
}

/**
 * Story ids for a new partition given the previous assignments: a cluster keeps the id most of
 * its previously assigned members had (each id goes to one cluster, the one holding most of its
 * articles); other clusters get new ids after the largest known one, in the clusters' order.
 */
function assignIds(clusters: readonly number[][], nodes: readonly Node[], previous: readonly StoryAssignment[]): number[] {
  const prev = new Map(previous.map((a) => [a.articleId, a.storyId]));
  let maxId = previous.reduce((m, a) => Math.max(m, a.storyId), 0);
  const votes: { c: number; id: number; n: number }[] = [];
  clusters.forEach((members, c) => {
    const count = new Map<number, number>();
    for (const i of members) {
      const s = prev.get(nodes[i].item.articleId);
      if (s !== undefined) count.set(s, (count.get(s) ?? 0) + 1);
    }
    for (const [id, n] of count) votes.push({ c, id, n });
  });
  votes.sort((x, y) => y.n - x.n || x.id - y.id || x.c - y.c);
  const ids = new Array<number>(clusters.length).fill(-1);
  const taken = new Set<number>();
  for (const v of votes) {
    if (ids[v.c] !== -1 || taken.has(v.id)) continue;
    ids[v.c] = v.id;
    taken.add(v.id);
  }
  for (let c = 0; c < clusters.length; c++) if (ids[c] === -1) ids[c] = ++maxId;
  return ids;
}

/**
 * Groups articles about the same events into stories: group-average agglomerative clustering
 * over pairwise similarities (entities, TF-IDF cosine, quotes, figures, times a date factor),
 * where two groups far apart in time (their date spans more than a few days apart) merge only on
 * much stronger evidence — so a second event in the same place two weeks later stays apart.
 *
 * Deterministic whatever the input order: articles are ordered by document id (a hash of the
 * text), every tie is broken by that order, and on a store without earlier assignments the story
 * ids follow the stories' earliest date (undated last), then their first document id. With
 * `previous` assignments, a story keeps the id most of its earlier members had.
 * Candidate pairs come from blocking on shared entities and top content words, so the cost stays
 * near O(n·k) similarities.
 */
export function clusterStories(
  items: readonly StoryItem[],
  previous: readonly StoryAssignment[] = [],
  options: ClusterOptions = {},
): StoryCluster[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const blockingTerms = options.blockingTerms ?? 12;
  const maxCandidates = options.maxCandidates ?? 60;

  const sorted = [...items].sort((a, b) => cmp(a.analysis.document.id, b.analysis.document.id) || a.articleId - b.articleId);
  const features = sorted.map((it) => articleFeatures(it.articleId, it.analysis));
  const stats = corpusStats(features);
  // Keys shared by most of the corpus block nothing; they are left out of the candidate index.
  const commonDf = Math.max(8, Math.ceil(stats.size * 0.3));
  const nodes: Node[] = sorted.map((item, i) => {
    const f = features[i];
    const v = articleVectors(f, stats);
    const keys = [
      ...[...v.entities.keys()].filter((k) => (stats.entityDf.get(k) ?? 0) <= commonDf).map((k) => `e:${k}`),
      ...topKeys(v.terms, blockingTerms).filter((k) => (stats.termDf.get(k) ?? 0) <= commonDf).map((k) => `t:${k}`),
    ];
    return { item, docId: item.analysis.document.id, f, v, keys };
  });

  const edges = candidateEdges(nodes, maxCandidates, weights);
  const days = nodes.map((n) => n.f.day);
  const span = (m: readonly number[]): [number, number] | null => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const i of m) {
      const d = days[i];
      if (d === null) continue;
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
    return lo === Infinity ? null : [lo, hi];
  };
  const groups = averageLink(nodes.length, edges, { threshold, gate: (a, b) => spanGapFactor(span(a), span(b), weights) });

  // Canonical order of the stories: earliest date (undated last), then first document id.
  const ordered = groups
    .map((m) => ({ m, s: span(m) }))
    .sort((x, y) => (x.s?.[0] ?? Infinity) - (y.s?.[0] ?? Infinity) || cmp(nodes[x.m[0]].docId, nodes[y.m[0]].docId))
    .map((x) => x.m);
  const ids = assignIds(ordered, nodes, previous);

  return ordered
    .map((idx, c) => {
      const dates = idx.map((i) => nodes[i].f.published).filter((d): d is string => d !== null).sort(cmp);
      const outlets = [...new Set(idx.map((i) => nodes[i].f.outlet).filter((o): o is string => !!o))].sort(cmp);
      return {
        id: ids[c],
        label: clusterLabel(idx.map((i) => ({ f: nodes[i].f, v: nodes[i].v }))),
        articleIds: idx.map((i) => nodes[i].item.articleId).sort((a, b) => a - b),
        first: dates[0] ?? null,
        last: dates[dates.length - 1] ?? null,
        outlets,
      };
    })
    .sort((a, b) => a.id - b.id);
}

/** The store rows for a clustering: one `{articleId, storyId}` per member article. */
export function storyAssignmentsOf(clusters: readonly StoryCluster[]): StoryAssignment[] {
  return clusters
    .flatMap((c) => c.articleIds.map((articleId) => ({ articleId, storyId: c.id })))
    .sort((a, b) => a.articleId - b.articleId);
}
