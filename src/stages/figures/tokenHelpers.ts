import type { Token } from "../../types.js";

/** True when token `b` starts exactly where token `a` ends (no space between). */
export function adjacent(a: Token, b: Token): boolean {
  return a.end === b.start;
}

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const WORD_RE = /^\p{L}+$/u;

/** True when the token's text begins with a capital letter. */
export function isCapitalised(t: Token): boolean {
  return UPPER_START.test(t.text);
}

/** True for a purely alphabetic token. */
export function isWord(t: Token): boolean {
  return WORD_RE.test(t.text);
}

/** True for an all-capitals token with at least two letters ("USD", "NIS"). */
export function isUpperCode(t: Token): boolean {
  return t.text.length >= 2 && !HAS_LOWER.test(t.text);
}

/** True for a hyphen (or dash normalised to "-") glued to both neighbours: "three-hour". */
export function isGluedHyphen(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.norm === "-" && k > 0 && k + 1 < end && adjacent(tokens[k - 1], t) && adjacent(t, tokens[k + 1]);
}

/** True for a noun or proper noun token. */
export function isNoun(t: Token): boolean {
  return t.pos === "NOUN" || t.pos === "PROPN";
}
