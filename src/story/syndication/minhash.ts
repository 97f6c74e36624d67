/**
 * MinHash signatures and LSH banding for near-duplicate detection, with a fixed seeded hash
 * family (no dependencies, identical results on every run and machine).
 *
 * A text becomes the set of its word k-shingles (folded words, default k = 5); each of `numHashes`
 * hash functions h_i(x) = mix(x ⊕ seed_i) keeps its minimum over the set. The share of equal
 * positions in two signatures estimates the Jaccard similarity of the two shingle sets.
 */
import { foldedWords } from "../cluster/featuresText.js";
import { fmix32 } from "../../util/fmix32.js";

/** FNV-1a over UTF-16 code units, 32-bit. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `n` seeds from splitmix32 started at `seed` (fixed default, so signatures are stable). */
export function hashSeeds(n: number, seed = 0x5eed1234): Uint32Array {
  const out = new Uint32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    out[i] = fmix32(s);
  }
  return out;
}

/** The set of word k-shingles of a text (folded words; a text shorter than k is one shingle). */
export function wordShingles(text: string, k = 5): Set<string> {
  const words = foldedWords(text);
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length < k) {
    out.add(words.join(" "));
    return out;
  }
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(" "));
  return out;
}

/** A MinHash family: `numHashes` seeded hash functions. */
export interface MinHasher {
  numHashes: number;
  signature(shingles: Iterable<string>): Uint32Array;
}

/** Builds a MinHash family (default 128 hash functions, fixed seed). */
export function createMinHasher(numHashes = 128, seed?: number): MinHasher {
  const seeds = hashSeeds(numHashes, seed);
  return {
    numHashes,
    signature(shingles) {
      const sig = new Uint32Array(numHashes).fill(0xffffffff);
      for (const sh of shingles) {
        const x = hashString(sh);
        for (let i = 0; i < numHashes; i++) {
          const h = fmix32(x ^ seeds[i]);
          if (h < sig[i]) sig[i] = h;
        }
      }
      return sig;
    },
  };
}

/** Estimated Jaccard similarity: the share of equal signature positions. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let eq = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) eq++;
  return eq / n;
}

/** Exact Jaccard similarity of two sets (1 for two empty sets). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of s) if (l.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/**
 * LSH candidate pairs: signatures cut into `bands` bands of `numHashes / bands` rows; two items
 * sharing any whole band are candidates. With 128 hashes and 16 bands of 8 rows a pair at
 * Jaccard 0.8 is found with probability ≈ 0.95, at 0.5 with ≈ 0.06. Pairs are `[i, j]`, i < j,
 * sorted.
 */
export function lshCandidates(signatures: readonly Uint32Array[], bands = 16): [number, number][] {
  if (signatures.length < 2) return [];
  const rows = Math.floor(signatures[0].length / bands);
  if (rows < 1) throw new Error(`lshCandidates: ${bands} bands need at least ${bands} hashes`);
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = signatures.length;
  for (let b = 0; b < bands; b++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, i) => {
      const key = Array.from(sig.subarray(b * rows, (b + 1) * rows)).join(",");
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    });
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const id = bucket[x] * n + bucket[y];
          if (seen.has(id)) continue;
          seen.add(id);
          pairs.push([bucket[x], bucket[y]]);
        }
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
