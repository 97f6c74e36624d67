import type { Token } from "../../types.js";
import { CARDINAL_WORDS, CURRENCY_ONLY_SCALES, FRACTION_GLYPHS, SCALE_WORDS } from "../../lexicons/en/numberWords.js";
import { adjacent, isGluedHyphen } from "./tokenHelpers.js";
import { cleanValue, parseDigits } from "./parseNumber.js";

/** A cardinal number read from consecutive tokens. */
export interface NumberPhrase {
  /** Last token of the phrase (inclusive). */
  last: number;
  value: number;
  /** Largest scale word used ("million" → 1e6), 1 when none. */
  scale: number;
  /** True when any number word (not only digits) was read. */
  words: boolean;
}

type Prev = "none" | "unit" | "teen" | "tens" | "hundred" | "scale" | "digits" | "dozen" | "frac";

const PLURAL_RE = /[^s]s$/;

function isPluralNoun(t: Token): boolean {
  return (t.pos === "NOUN" || t.pos === "PROPN") && (PLURAL_RE.test(t.norm) || t.norm === "people" || t.norm === "children");
}

const FULL_SCALES = new Set(["hundred", "thousand", "million", "billion", "trillion", "dozen"]);

/**
 * Reads the longest well-formed cardinal starting at token `i` (before `end`): digits
 * ("40,130"), digits with a scale ("3.4 million", "$2bn" when `currency`), number words ("two
 * hundred and fifty", "twenty-five", "a dozen", "two and a half", "half a million") and mixed
 * forms ("1½", "3 1/2"). Returns null when token `i` does not start a number.
 */
export function readNumberPhrase(tokens: readonly Token[], i: number, end: number, currency: boolean): NumberPhrase | null {
  let total = 0;
  let current = 0;
  let prev: Prev = "none";
  let minScale = Infinity;
  let maxScale = 1;
  let lastTok = -1;
  let words = false;
  let j = i;
  const t0 = tokens[i];
  const n0 = t0.norm;
  if ((n0 === "a" || n0 === "an") && i + 1 < end && FULL_SCALES.has(tokens[i + 1].norm)) {
    current = 1;
    prev = "unit";
    words = true;
    j = i + 1;
  } else if (n0 === "half" && i + 2 < end && (tokens[i + 1].norm === "a" || tokens[i + 1].norm === "an")) {
    const s = SCALE_WORDS[tokens[i + 2].norm];
    if (s !== undefined && s >= 1000 && FULL_SCALES.has(tokens[i + 2].norm)) {
      return { last: i + 2, value: cleanValue(0.5 * s), scale: s, words: true };
    }
    return null;
  }
  for (; j < end; j++) {
    const t = tokens[j];
    const w = t.norm;
    if (prev === "none") {
      const d = parseDigits(t.text);
      if (d !== null) {
        current = d;
        prev = "digits";
        lastTok = j;
        continue;
      }
    }
    const c = CARDINAL_WORDS[w];
    if (c !== undefined) {
      if (c < 10) {
        if (prev !== "none" && prev !== "tens" && prev !== "hundred" && prev !== "scale") break;
        if (prev === "none" && c === 0 && j + 1 < end && SCALE_WORDS[tokens[j + 1].norm] !== undefined) break;
      } else if (prev !== "none" && prev !== "hundred" && prev !== "scale") break;
      current += c;
      prev = c < 10 ? "unit" : c < 20 ? "teen" : "tens";
      lastTok = j;
      words = true;
      continue;
    }
    if (w === "-" && prev === "tens" && isGluedHyphen(tokens, j, end)) {
      const u = CARDINAL_WORDS[tokens[j + 1].norm];
      if (u !== undefined && u >= 1 && u <= 9) continue;
      break;
    }
    if (w === "hundred") {
      if ((prev !== "unit" && prev !== "teen" && prev !== "digits" && prev !== "tens") || current === 0 || current >= 100) break;
      current *= 100;
      prev = "hundred";
      lastTok = j;
      if (maxScale < 100) maxScale = 100;
      continue;
    }
    let s: number | undefined = SCALE_WORDS[w];
    if (s === undefined && prev === "digits" && adjacent(tokens[j - 1], t)) {
      // "£3m", "$10k"; "1.5m people" (a plural noun after "m" means million, "a 5m wall" means metres)
      // "$25m." ending a sentence: the tokenizer keeps the full stop on the abbreviation (and may not end the sentence there).
      if (currency) s = CURRENCY_ONLY_SCALES[w] ?? (/^[mkb]\.$/.test(w) && (j + 1 === end || /^\p{Lu}/u.test(tokens[j + 1].text)) ? CURRENCY_ONLY_SCALES[w[0]] : undefined);
      else if (w === "m" && j + 1 < end && isPluralNoun(tokens[j + 1])) s = 1e6;
    }
    if (s !== undefined) {
      const abbrev = !FULL_SCALES.has(w);
      if (abbrev && prev !== "digits") break;
      if (prev !== "unit" && prev !== "teen" && prev !== "tens" && prev !== "hundred" && prev !== "digits" && prev !== "frac") break;
      if (s >= minScale) break;
      total += current * s;
      current = 0;
      minScale = s;
      if (s > maxScale) maxScale = s;
      prev = "scale";
      lastTok = j;
      continue;
    }
    if (w === "dozen") {
      if (prev !== "unit" && prev !== "digits") break;
      current *= 12;
      prev = "dozen";
      lastTok = j;
      continue;
    }
    if (w === "and" && j + 1 < end) {
      const nx = tokens[j + 1].norm;
      const nc = CARDINAL_WORDS[nx];
      if ((prev === "hundred" || prev === "scale") && nc !== undefined && nc > 0) continue;
      if ((prev === "unit" || prev === "teen" || prev === "tens" || prev === "digits") && (nx === "a" || nx === "an") && j + 2 < end && tokens[j + 2].norm === "half") {
        current += 0.5;
        prev = "frac";
        j += 2;
        lastTok = j;
        continue;
      }
      break;
    }
    const f = FRACTION_GLYPHS[t.text];
    if (f !== undefined && (prev === "digits" || prev === "unit") && Number.isInteger(current)) {
      if (t.text.length === 1 && !adjacent(tokens[j - 1], t)) break;
      current += f;
      prev = "frac";
      lastTok = j;
      continue;
    }
    break;
  }
  if (prev === "none" || lastTok < 0) return null;
  return { last: lastTok, value: cleanValue(total + current), scale: maxScale, words };
}
