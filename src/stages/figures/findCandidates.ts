import type { Token } from "../../types.js";
import { CARDINAL_WORDS, ORDINAL_WORDS, VAGUE_MODIFIERS, VAGUE_PLURALS } from "../../lexicons/en/numberWords.js";
import { ORDINAL_HYPHEN_NON_UNITS } from "../../lexicons/en/figureUnits.js";
import type { NumberCandidate } from "./NumberCandidate.js";
import type { SentenceView } from "./SentenceView.js";
import { cleanValue, parseDigits } from "./parseNumber.js";
import { readNumberPhrase } from "./readNumberPhrase.js";
import { readOrdinal } from "./readOrdinal.js";
import { readVague } from "./readVague.js";
import { readFraction } from "./readFraction.js";
import { currencyPrefix, gluedPlus, readAmountSuffix } from "./readAmount.js";
import { readHyphenUnit } from "./readHyphenUnit.js";
import { isGluedHyphen, isWord } from "./tokenHelpers.js";

/** Words that can open a number expression. */
const START_WORDS = new Set<string>([
  ...Object.keys(CARDINAL_WORDS), ...Object.keys(ORDINAL_WORDS), ...Object.keys(VAGUE_PLURALS),
  ...VAGUE_MODIFIERS, "a", "an", "half",
]);

/** True when a token starts with a digit (or ".5"). */
function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (c !== 46 || s.length < 2) return false;
  const d = s.charCodeAt(1);
  return d >= 48 && d <= 57;
}
const RANGE_TOKEN_RE = /^(\d[\d,]*(?:\.\d+)?)[-\u2013](\d[\d,]*(?:\.\d+)?)$/;

function base(first: number, last: number, tokens: readonly Token[]): Pick<NumberCandidate, "first" | "last" | "start" | "end" | "coreStart" | "coreEnd" | "next"> {
  return { first, last, start: tokens[first].start, end: tokens[last].end, coreStart: tokens[first].start, coreEnd: tokens[last].end, next: last + 1 };
}

/**
 * Proposes every number expression in a sentence, left to right, without overlaps: cardinals in
 * digits or words (with currency, scale, percent and hyphenated unit), ordinals, vague counts
 * ("hundreds of"), fractions ("two-thirds") and one-token ranges ("10-15"). Filtering (dates,
 * identifiers, pronoun "one") happens later.
 */
export function findCandidates(view: SentenceView): NumberCandidate[] {
  const { tokens, sentence } = view;
  const end = sentence.tokenEnd;
  const out: NumberCandidate[] = [];
  for (let i = sentence.tokenStart; i < end; i++) {
    const t = tokens[i];
    const w = t.norm;
    let c: NumberCandidate | null = null;
    let skipTo = i;
    if (startsWithDigit(t.text)) {
      const m = RANGE_TOKEN_RE.exec(t.text);
      if (m) {
        const pair = rangeToken(view, i, m[1], m[2]);
        if (pair) out.push(pair[0], pair[1]);
        continue;
      }
      const o = readOrdinal(tokens, i, end);
      if (o) c = ordinalCandidate(view, i, o.last, o.value);
      else c = amountCandidate(view, i, i, null);
    } else if (START_WORDS.has(w)) {
      const v = readVague(tokens, i, end);
      if (v) {
        c = { ...base(v.first, v.last, tokens), value: v.value, kind: "vague", ordinal: false, scale: v.value, unit: null, unitKind: null, approx: v.approx, isOne: false, method: "pattern:vague", confidence: 0.7 };
      } else {
        const f = readFraction(tokens, i, end);
        if (f) {
          c = { ...base(f.first, f.last, tokens), value: cleanValue(f.value), kind: "fraction", ordinal: false, scale: 1, unit: null, unitKind: null, approx: null, isOne: false, method: "pattern:fraction", confidence: 0.8 };
        } else {
          const o = readOrdinal(tokens, i, end);
          if (o) c = ordinalCandidate(view, i, o.last, o.value);
          else c = amountCandidate(view, i, i, null);
        }
      }
      if (c === null && i + 1 < end && isGluedHyphen(tokens, i + 1, end) && CARDINAL_WORDS[w] !== undefined) skipTo = i + 2;
    } else {
      const cur = currencyPrefix(tokens, i);
      if (cur !== null && i + 1 < end && parseDigits(tokens[i + 1].text) !== null) c = amountCandidate(view, i, i + 1, cur);
    }
    if (c) {
      out.push(c);
      i = c.last;
    } else if (skipTo > i) {
      i = skipTo;
    }
  }
  return out;
}

/** A cardinal with its currency, scale, percent mark or hyphenated unit. */
function amountCandidate(view: SentenceView, first: number, numStart: number, currency: string | null): NumberCandidate | null {
  const { tokens } = view;
  const end = view.sentence.tokenEnd;
  const p = readNumberPhrase(tokens, numStart, end, currency !== null);
  if (!p) return null;
  let last = p.last;
  let unit: string | null = currency;
  let unitKind: NumberCandidate["unitKind"] = currency ? "currency" : null;
  let approx: NumberCandidate["approx"] = null;
  const parts: string[] = [p.words ? "words" : "digits"];
  if (!currency) {
    const s = readAmountSuffix(tokens, last + 1, end);
    if (s) {
      unit = s.unit;
      unitKind = s.kind;
      last = s.last;
    }
  }
  if (unitKind) parts.push(unitKind);
  if (gluedPlus(tokens, last + 1, end)) {
    approx = "more than";
    last++;
  }
  if (!unitKind) {
    const h = readHyphenUnit(tokens, last + 1, end, p.value);
    if (h?.type === "reject") return null;
    if (h?.type === "unit") {
      unit = h.unit;
      unitKind = "hyphen";
      last = h.last;
      parts.push("hyphen-unit");
    } else if (h?.type === "pass") {
      approx = h.approx ?? approx;
      last = h.last;
    }
  }
  const isOne = p.words && p.last === numStart && tokens[numStart].norm === "one";
  return {
    first, last, start: tokens[first].start, end: tokens[last].end,
    coreStart: tokens[numStart].start, coreEnd: tokens[p.last].end, next: last + 1,
    value: p.value, kind: p.words ? "words" : "digits", ordinal: false, scale: p.scale,
    unit, unitKind, approx, isOne,
    method: "pattern:" + parts.join("+"),
    confidence: p.words ? (isOne ? 0.7 : 0.9) : 0.95,
  };
}

/** An ordinal, with a glued "-word" ("second-largest") kept in its text. */
function ordinalCandidate(view: SentenceView, i: number, oLast: number, value: number): NumberCandidate | null {
  const { tokens } = view;
  const end = view.sentence.tokenEnd;
  let last = oLast;
  let unitPrefix: string | null = null;
  if (isGluedHyphen(tokens, oLast + 1, end) && isWord(tokens[oLast + 2])) {
    const hw = tokens[oLast + 2].norm;
    if (ORDINAL_HYPHEN_NON_UNITS.has(hw)) return null;
    last = oLast + 2;
    if (hw !== "ever") unitPrefix = hw;
  }
  const weak = value <= 2 && !/^\d/.test(tokens[i].text);
  return {
    ...base(i, last, tokens), coreEnd: tokens[oLast].end,
    value, kind: "ordinal", ordinal: true, scale: 1, unit: unitPrefix, unitKind: null, approx: null, isOne: false,
    method: "pattern:ordinal", confidence: weak ? 0.6 : 0.85,
  };
}

/** Two candidates inside one token "10-15", when the second is larger (not a score or "2023-24"). */
function rangeToken(view: SentenceView, i: number, a: string, b: string): [NumberCandidate, NumberCandidate] | null {
  const { tokens } = view;
  const end = view.sentence.tokenEnd;
  const va = parseDigits(a);
  const vb = parseDigits(b);
  if (va === null || vb === null || !(vb > va)) return null;
  const t = tokens[i];
  const bStart = t.start + t.text.length - b.length;
  let last = i;
  let unit: string | null = null;
  let unitKind: NumberCandidate["unitKind"] = null;
  const s = readAmountSuffix(tokens, i + 1, end);
  if (s) {
    unit = s.unit;
    unitKind = s.kind;
    last = s.last;
  } else {
    const h = readHyphenUnit(tokens, i + 1, end, vb);
    if (h?.type === "reject") return null;
    if (h?.type === "unit") {
      unit = h.unit;
      unitKind = "hyphen";
      last = h.last;
    }
  }
  const common = { kind: "digits" as const, ordinal: false, scale: 1, unit, unitKind, approx: null, isOne: false, method: "pattern:digits-range", confidence: 0.9 };
  const low: NumberCandidate = {
    ...common, first: i, last: i, start: t.start, end: t.start + a.length, coreStart: t.start, coreEnd: t.start + a.length,
    next: last + 1, value: va, tokenRange: "low",
  };
  const high: NumberCandidate = {
    ...common, first: i, last, start: bStart, end: tokens[last].end, coreStart: bStart, coreEnd: t.end,
    next: last + 1, value: vb, tokenRange: "high",
  };
  return [low, high];
}
