/**
 * Word-level alignment of two token sequences (longest common subsequence), and the diff and
 * similarity measures built on it.
 */
import type { DiffPart } from "../StoryReport.js";

/** Index pairs [i, j] of one longest common subsequence of `a` and `b`, ascending. */
export function lcsPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  }
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return out;
}

export interface Alignment {
  pairs: [number, number][];
  diff: DiffPart[];
  /** Matched words / words of the shorter side. */
  containment: number;
  /** Matched words / words of the longer side. */
  similarity: number;
  /**
   * Differences inside the aligned region: a word changed, added or removed between two matched
   * words, or both sides differing at an end. A shorter excerpt of the same words has none.
   */
  innerChanges: number;
}

/**
 * Aligns two word sequences. Unmatched words at an end of only one side are an excerpt boundary
 * (not a change); unmatched words on both sides at an end are a change.
 */
export function alignWords(a: readonly string[], b: readonly string[]): Alignment {
  const pairs = lcsPairs(a, b);
  const diff: DiffPart[] = [];
  let innerChanges = 0;
  let pi = 0;
  let pj = 0;
  const gap = (i1: number, j1: number, edge: boolean, tail = false) => {
    const ga = a.slice(pi, i1).join(" ");
    const gb = b.slice(pj, j1).join(" ");
    // A text cut off mid-word at an end ("… of the a" vs "… of the agreement is"): an excerpt end.
    const cut =
      edge && ga && gb && (tail ? i1 - pi === 1 && b[pj].startsWith(a[pi]) : false) ? "a" :
      edge && ga && gb && (tail ? j1 - pj === 1 && a[pi].startsWith(b[pj]) : false) ? "b" : null;
    if (cut === "a") {
      diff.push({ op: "added", a: "", b: gb });
    } else if (cut === "b") {
      diff.push({ op: "removed", a: ga, b: "" });
    } else if (ga && gb) {
      diff.push({ op: "changed", a: ga, b: gb });
      innerChanges++;
    } else if (ga) {
      diff.push({ op: "removed", a: ga, b: "" });
      if (!edge) innerChanges++;
    } else if (gb) {
      diff.push({ op: "added", a: "", b: gb });
      if (!edge) innerChanges++;
    }
  };
  for (let k = 0; k < pairs.length; k++) {
    const [i, j] = pairs[k];
    gap(i, j, k === 0);
    const last = diff[diff.length - 1];
    if (last && last.op === "same") {
      last.a += " " + a[i];
      last.b += " " + b[j];
    } else diff.push({ op: "same", a: a[i], b: b[j] });
    pi = i + 1;
    pj = j + 1;
  }
  gap(a.length, b.length, true, true);
  const short = Math.min(a.length, b.length);
  const long = Math.max(a.length, b.length);
  return {
    pairs,
    diff,
    containment: short ? pairs.length / short : 0,
    similarity: long ? pairs.length / long : 0,
    innerChanges,
  };
}

/**
 * An upper bound of `alignWords(a, b).containment` from word counts alone (cheap): pairs that
 * cannot reach a threshold are skipped before the quadratic alignment.
 */
export function containmentBound(a: readonly string[], b: readonly string[]): number {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of long) counts.set(w, (counts.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of short) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      n++;
      counts.set(w, c - 1);
    }
  }
  return n / short.length;
}

/** Same bound from precomputed word sets (multiplicity ignored, still an upper bound). */
export function setContainmentBound(a: readonly string[], aSet: ReadonlySet<string>, b: readonly string[], bSet: ReadonlySet<string>): number {
  const [short, longSet] = a.length <= b.length ? [a, bSet] : [b, aSet];
  if (short.length === 0) return 0;
  let n = 0;
  for (const w of short) if (longSet.has(w)) n++;
  return n / short.length;
}
