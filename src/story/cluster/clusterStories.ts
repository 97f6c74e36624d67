import type { StoryAssignment } from "../../store/Store.js";
import type { StoryCluster, StoryItem } from "../StoryCluster.js";
import { articleFeatures, type ArticleFeatures } from "./features.js";
import { articleVectors, corpusStats, topKeys, type ArticleVectors } from "./vectors.js";
import { DEFAULT_WEIGHTS, pairSimilarity, type SimilarityWeights } from "./similarity.js";
import { clusterLabel } from "./clusterLabel.js";

/** Options of `clusterStories`; every field has a default. */
export interface ClusterOptions {
  /**
   * An article joins a story when its best pairwise similarity to a member reaches this.
   * Default 0.19, chosen on news-dev (development data; see docs/EVALUATION.md `stories`).
   */
  threshold?: number;
  /** Similarity weights and date penalty (default `DEFAULT_WEIGHTS`). */
  weights?: SimilarityWeights;
  /** Blocking: the top content words per article used to find candidates (default 12). */
  blockingTerms?: number;
  /** Blocking: only the most recent this-many articles of each key are candidates (default 64). */
  maxPostings?: number;
  /** Full similarity is computed for at most this many candidates per article (default 40). */
  maxCandidates?: number;
}

export const DEFAULT_THRESHOLD = 0.19;

interface Node {
  item: StoryItem;
  f: ArticleFeatures;
  v: ArticleVectors;
  keys: string[];
}

/** Compare strings by code unit (locale-independent, so output is stable everywhere). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Groups articles about the same events into stories (single-pass, single-link clustering).
 *
 * Articles are taken in ascending `articleId` order. Articles present in `previous` keep their
 * story id. Each other article is compared with candidate articles already placed (those sharing
 * an entity or a top content word: blocking keeps the cost near O(n·k)), and joins the story of
 * its most similar one when the similarity reaches `threshold`, else starts a new story with id
 * max(known ids) + 1. Deterministic: no randomness, ties go to the lower story id.
 * Similarity: `pairSimilarity` (entities, TF-IDF cosine, quotes, figures, date penalty), with
 * IDF computed over `items`.
 */
export function clusterStories(
  items: readonly StoryItem[],
  previous: readonly StoryAssignment[] = [],
  options: ClusterOptions = {},
): StoryCluster[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const blockingTerms = options.blockingTerms ?? 12;
  const maxPostings = options.maxPostings ?? 64;
  const maxCandidates = options.maxCandidates ?? 40;

  const sorted = [...items].sort((a, b) => a.articleId - b.articleId);
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
    return { item, f, v, keys };
  });

  const prevStory = new Map<number, number>();
  let maxId = 0;
  for (const a of previous) {
    prevStory.set(a.articleId, a.storyId);
    if (a.storyId > maxId) maxId = a.storyId;
  }

  const storyOf: number[] = new Array(nodes.length).fill(-1);
  const postings = new Map<string, number[]>();
  const place = (i: number, story: number) => {
    storyOf[i] = story;
    for (const k of nodes[i].keys) {
      const p = postings.get(k);
      if (p) p.push(i);
      else postings.set(k, [i]);
    }
  };
  nodes.forEach((n, i) => {
    const s = prevStory.get(n.item.articleId);
    if (s !== undefined) place(i, s);
  });

  nodes.forEach((n, i) => {
    if (storyOf[i] !== -1) return;
    // Candidates: placed articles sharing keys, ranked by how many keys they share.
    const shared = new Map<number, number>();
    for (const k of n.keys) {
      const p = postings.get(k);
      if (!p) continue;
      for (let j = Math.max(0, p.length - maxPostings); j < p.length; j++) shared.set(p[j], (shared.get(p[j]) ?? 0) + 1);
    }
    const candidates = [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, maxCandidates)
      .map(([j]) => j);
    let best = -1;
    let bestScore = -1;
    for (const j of candidates) {
      const s = pairSimilarity(n.f, n.v, nodes[j].f, nodes[j].v, weights).score;
      const story = storyOf[j];
      if (s > bestScore || (s === bestScore && story < storyOf[best])) {
        best = j;
        bestScore = s;
      }
    }
    place(i, best >= 0 && bestScore >= threshold ? storyOf[best] : ++maxId);
  });

  const members = new Map<number, number[]>();
  storyOf.forEach((s, i) => {
    const m = members.get(s);
    if (m) m.push(i);
    else members.set(s, [i]);
  });
  return [...members.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([id, idx]) => {
      const dates = idx.map((i) => nodes[i].f.published).filter((d): d is string => d !== null).sort(cmp);
      const outlets = [...new Set(idx.map((i) => nodes[i].f.outlet).filter((o): o is string => !!o))].sort(cmp);
      return {
        id,
        label: clusterLabel(idx.map((i) => ({ f: nodes[i].f, v: nodes[i].v }))),
        articleIds: idx.map((i) => nodes[i].item.articleId),
        first: dates[0] ?? null,
        last: dates[dates.length - 1] ?? null,
        outlets,
      };
    });
}

/** The store rows for a clustering: one `{articleId, storyId}` per member article. */
export function storyAssignmentsOf(clusters: readonly StoryCluster[]): StoryAssignment[] {
  return clusters
    .flatMap((c) => c.articleIds.map((articleId) => ({ articleId, storyId: c.id })))
    .sort((a, b) => a.articleId - b.articleId);
}
