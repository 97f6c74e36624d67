import type { Token } from "../../types.js";
import { SCALE_WORDS, VAGUE_MODIFIERS, VAGUE_NEEDS_OF, VAGUE_PLURALS } from "../../lexicons/en/numberWords.js";
import type { Approx } from "../../types.js";

/** A vague count: "hundreds of", "tens of thousands", "several hundred". */
export interface VaguePhrase {
  first: number;
  last: number;
  value: number;
  approx: Approx;
}

const SINGULAR_SCALES = new Set(["hundred", "thousand", "million", "billion", "trillion"]);

/**
 * Reads a vague count at token `i`. Plural scale words ("hundreds", "tens of thousands") give the
 * scale with approx "at least"; "several"/"a few"/"many" before a scale word ("several
 * hundred", "a few thousand") give the scale with approx "more than".
 */
export function readVague(tokens: readonly Token[], i: number, end: number): VaguePhrase | null {
  const w = tokens[i].norm;
  let v = VAGUE_PLURALS[w];
  if (v !== undefined) {
    let last = i;
    // Chains: "tens of thousands", "hundreds of millions".
    while (last + 2 < end && tokens[last + 1].norm === "of") {
      const nv = VAGUE_PLURALS[tokens[last + 2].norm];
      if (nv === undefined || nv <= v || nv < 1000) break;
      v *= nv;
      last += 2;
    }
    if (last === i && VAGUE_NEEDS_OF.has(w) && !(i + 1 < end && tokens[i + 1].norm === "of")) return null;
    if (w === "tens" && last === i) return null;
    return { first: i, last, value: v, approx: "at least" };
  }
  if (VAGUE_MODIFIERS.has(w)) {
    // "a few" — the "a" belongs to the phrase; "few" alone ("few thousand") is rare but fine.
    const first = w === "few" && i > 0 && tokens[i - 1].norm === "a" ? i - 1 : i;
    let j = i + 1;
    let value = 0;
    let minScale = Infinity;
    while (j < end) {
      const n = tokens[j].norm;
      const base = SINGULAR_SCALES.has(n) ? SCALE_WORDS[n] : VAGUE_PLURALS[n];
      if (base === undefined || base < 100 || base >= minScale) break;
      value = value === 0 ? base : value * base;
      minScale = base;
      j++;
    }
    if (value === 0) return null;
    return { first, last: j - 1, value, approx: "more than" };
  }
  return null;
}
