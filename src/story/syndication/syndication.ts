import { createMinHasher, estimateJaccard, jaccard, lshCandidates, wordShingles } from "./minhash.js";
import { diffReprint, type ReprintDiff } from "./diff.js";

/** One copy of a text to check for syndication. */
export interface SyndicationInput {
  articleId: number;
  text: string;
  outlet?: string | null;
  /** `YYYY-MM-DD…`; the earliest copy is taken as the source. */
  published?: string | null;
}

/** A reprint in a syndication group, with what it changed against the source copy. */
export interface Reprint {
  articleId: number;
  outlet: string | null;
  /** Exact Jaccard similarity of its word 5-shingles with the source copy's. */
  jaccard: number;
  diff: ReprintDiff;
}

/** "One source, N outlets": near-duplicate copies of one text. */
export interface SyndicationGroup {
  /** The copy taken as the original: the earliest published, then the longest, then the lowest id. */
  sourceArticleId: number;
  sourceOutlet: string | null;
  /** All members (source included), ascending. */
  articleIds: number[];
  /** Distinct outlets of the members, sorted. */
  outlets: string[];
  reprints: Reprint[];
}

export interface SyndicationOptions {
  /** Two copies are near-duplicates at this Jaccard similarity of word shingles (default 0.8). */
  threshold?: number;
  /** Shingle length in words (default 5). */
  shingle?: number;
  /** MinHash functions (default 128) and LSH bands (default 16 bands of 8 rows). */
  numHashes?: number;
  bands?: number;
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Finds near-duplicate texts (syndicated wire copy) among the articles of a story: MinHash over
 * word 5-shingles, LSH bands for candidate pairs, a pair confirmed when its exact shingle Jaccard
 * similarity reaches `threshold` (groups are connected components of confirmed pairs). Each
 * group names its source copy and a word-level diff of each reprint against it. Only groups of
 * two or more copies are returned, ordered by their source article id.
 */
export function findSyndication(docs: readonly SyndicationInput[], options: SyndicationOptions = {}): SyndicationGroup[] {
  const threshold = options.threshold ?? 0.8;
  const hasher = createMinHasher(options.numHashes ?? 128);
  const sorted = [...docs].sort((a, b) => a.articleId - b.articleId);
  const sets = sorted.map((d) => wordShingles(d.text, options.shingle ?? 5));
  const sigs = sets.map((s) => hasher.signature(s));
  const uf = new UnionFind(sorted.length);
  for (const [i, j] of lshCandidates(sigs, options.bands ?? 16)) {
    // The signature estimate prunes cheaply; the exact Jaccard decides.
    if (estimateJaccard(sigs[i], sigs[j]) < threshold - 0.15) continue;
    if (jaccard(sets[i], sets[j]) >= threshold) uf.union(i, j);
  }
  const groups = new Map<number, number[]>();
  sorted.forEach((_, i) => {
    const r = uf.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const out: SyndicationGroup[] = [];
  for (const idx of groups.values()) {
    if (idx.length < 2) continue;
    const src = [...idx].sort((a, b) => {
      const da = sorted[a].published?.slice(0, 10) ?? "9999";
      const db = sorted[b].published?.slice(0, 10) ?? "9999";
      return da < db ? -1 : da > db ? 1 : sorted[b].text.length - sorted[a].text.length || a - b;
    })[0];
    const s = sorted[src];
    out.push({
      sourceArticleId: s.articleId,
      sourceOutlet: s.outlet ?? null,
      articleIds: idx.map((i) => sorted[i].articleId),
      outlets: [...new Set(idx.map((i) => sorted[i].outlet).filter((o): o is string => !!o))].sort(),
      reprints: idx
        .filter((i) => i !== src)
        .map((i) => ({
          articleId: sorted[i].articleId,
          outlet: sorted[i].outlet ?? null,
          jaccard: jaccard(sets[src], sets[i]),
          diff: diffReprint(s.text, sorted[i].text),
        })),
    });
  }
  return out.sort((a, b) => a.sourceArticleId - b.sourceArticleId);
}
