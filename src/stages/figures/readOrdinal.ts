import type { Token } from "../../types.js";
import { CARDINAL_WORDS, ORDINAL_WORDS } from "../../lexicons/en/numberWords.js";
import { isGluedHyphen } from "./tokenHelpers.js";

/** An ordinal read from tokens ("ninth", "21st", "twenty-first"). */
export interface OrdinalPhrase {
  last: number;
  value: number;
}

const DIGIT_ORDINAL_RE = /^(\d+)(?:st|nd|rd|th)$/i;

/** Reads an ordinal starting at token `i`, or returns null. */
export function readOrdinal(tokens: readonly Token[], i: number, end: number): OrdinalPhrase | null {
  const t = tokens[i];
  const m = DIGIT_ORDINAL_RE.exec(t.text);
  if (m) return { last: i, value: Number(m[1]) };
  const o = ORDINAL_WORDS[t.norm];
  if (o !== undefined) return { last: i, value: o };
  const tens = CARDINAL_WORDS[t.norm];
  if (tens !== undefined && tens >= 20 && tens % 10 === 0 && isGluedHyphen(tokens, i + 1, end)) {
    const u = ORDINAL_WORDS[tokens[i + 2].norm];
    if (u !== undefined && u >= 1 && u <= 9) return { last: i + 2, value: tens + u };
  }
  return null;
}
