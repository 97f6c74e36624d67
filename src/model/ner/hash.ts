export { mulberry32 } from "../../util/mulberry32.js";
import { fmix32 } from "../../util/fmix32.js";

/** MurmurHash3 finaliser (`fmix32`); returns an unsigned 32-bit integer. */
export const fmix = fmix32;
/**
 * Hashing used by the NER model: MurmurHash3 (32-bit) over UTF-16 code units, and a two-word
 * (64-bit) feature key built from a template id and up to two atoms. Features are never stored as
 * strings: a feature is the pair `(lo, hi)` of two independently seeded 32-bit hashes, so the
 * model holds no string table and lookups allocate nothing.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** One MurmurHash3 mixing round: folds the 32-bit value `k` into the running hash `h`. */
export function mixIn(h: number, k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Hash of `s.slice(start, end)` (UTF-16 code units), without allocating the slice. */
export function hashString(s: string, seed = 0, start = 0, end = s.length): number {
  let h = seed | 0;
  for (let i = start; i < end; i++) h = mixIn(h, s.charCodeAt(i));
  h ^= end - start;
  return fmix(h);
}

/** Seed of the word hash (`W` atom of the features, one-token gazetteer entries). */
export const SEED_W = 11;
/** Seed of the lower-cased word hash (`L` atom, capitalisation statistics, gazetteer). */
export const SEED_L = 12;

/** Seeds of the two halves of a feature key. */
export const KEY_SEED_LO = 0x5bd1e995;
export const KEY_SEED_HI = 0x27d4eb2f;

/**
 * Low word of the key of feature `(template, a, b)`, as a signed 32-bit integer: the same bits as
 * the unsigned hash, but a small integer to V8, so a call that is not inlined allocates nothing.
 * Keys are stored in `Uint32Array`s and compared after `| 0`, so the sign never matters.
 */
export function keyLo(template: number, a: number, b: number): number {
  return fmix(mixIn(mixIn(mixIn(KEY_SEED_LO, template), a), b)) | 0;
}

/** High word of the key of feature `(template, a, b)`, signed as {@link keyLo}. */
export function keyHi(template: number, a: number, b: number): number {
  return fmix(mixIn(mixIn(mixIn(KEY_SEED_HI, template), a), b) ^ 0x9e3779b9) | 0;
}


/** Fisher–Yates shuffle in place with the given PRNG. */
export function shuffleInPlace<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = xs[i];
    xs[i] = xs[j];
    xs[j] = t;
  }
  return xs;
}
