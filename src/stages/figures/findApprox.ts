import type { Approx, Token } from "../../types.js";
import { POST_QUALIFIERS, PRE_QUALIFIERS, RANGE_OPENERS } from "../../lexicons/en/approxQualifiers.js";

/** A qualifier found before a number: its approx and the token where it begins. */
export interface ApproxMatch {
  approx: Approx | null;
  /** First token of the qualifier (the number's first token when there is none). */
  first: number;
  /** "between" opens a range. */
  range: boolean;
}

interface Phrase {
  words: string[];
  approx: Approx;
}

/** Qualifier phrases indexed by their last word, longest first. */
const BY_LAST = new Map<string, Phrase[]>();
for (const [phrase, approx] of Object.entries(PRE_QUALIFIERS)) {
  const words = phrase.split(" ");
  const key = words[words.length - 1];
  let list = BY_LAST.get(key);
  if (!list) BY_LAST.set(key, (list = []));
  list.push({ words, approx });
}
for (const list of BY_LAST.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Finds "more than", "over", "nearly", "at least", "up to", "between", … right before token `first`. */
export function findApprox(tokens: readonly Token[], first: number, sentenceStart: number): ApproxMatch {
  const k = first - 1;
  if (k < sentenceStart) return { approx: null, first, range: false };
  const w = tokens[k].norm;
  if (RANGE_OPENERS.has(w)) return { approx: null, first: k, range: true };
  const list = BY_LAST.get(w);
  if (list) {
    for (const p of list) {
      const from = k - p.words.length + 1;
      if (from < sentenceStart) continue;
      let ok = true;
      for (let q = 0; q < p.words.length - 1; q++) {
        if (tokens[from + q].norm !== p.words[q]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        // "between more than 10 and …" is rare; "between" before a qualifier still opens a range.
        const range = from - 1 >= sentenceStart && RANGE_OPENERS.has(tokens[from - 1].norm);
        return { approx: p.approx, first: range ? from - 1 : from, range };
      }
    }
  }
  return { approx: null, first, range: false };
}

/** Finds "or more", "or so", "plus" right at token `k` (after a number or its noun). */
export function findPostApprox(tokens: readonly Token[], k: number, end: number): Approx | null {
  if (k >= end) return null;
  const w = tokens[k].norm;
  if (w === "or" && k + 1 < end) {
    const two = POST_QUALIFIERS["or " + tokens[k + 1].norm];
    if (two !== undefined) return two;
  }
  return null;
}
