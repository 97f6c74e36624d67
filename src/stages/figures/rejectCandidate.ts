import type { TimeExpression, Token } from "../../types.js";
import {
  CLOCK_SUFFIXES, IDENTIFIER_PREFIXES, IDENTIFIER_PREFIXES_CAPITALISED, MONTHS, YEAR_CUES,
} from "../../lexicons/en/figureUnits.js";
import type { NumberCandidate } from "./NumberCandidate.js";
import type { SentenceView } from "./SentenceView.js";
import { isCapitalised, isGluedHyphen } from "./tokenHelpers.js";
import { isPlainInteger } from "./parseNumber.js";

const LETTER_END_RE = /\p{L}$/u;
const OPENERS = new Set(['"', "'", "(", "[", "-", "\u201C", "\u2018", "\u2014", "\u2013", ":"]);
/** Dashes that open a clause (after a dateline), where a capitalised number word starts it. */
const CLAUSE_DASHES = new Set(["\u2014", "\u2013", "--"]);
const PHONE_RE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?!\d)/g;
const DIGIT_RE = /\d/g;
const GLUE_BEFORE_RE = /[\p{L}\d\/._]$/u;

function isMonth(t: Token | undefined): boolean {
  return t !== undefined && MONTHS.has(t.norm) && isCapitalised(t);
}

/** True when [start, end) overlaps a time expression (times sorted by start). */
function overlapsTime(times: readonly TimeExpression[], start: number, end: number): boolean {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  // times[0..lo) start before `end`; any of them ending after `start` overlaps.
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (times[k].end > start) return true;
  return false;
}

/** Phone-number-like stretches of a sentence, computed on demand. */
const phoneCache = new WeakMap<SentenceView, [number, number][]>();
function phoneSpans(view: SentenceView): [number, number][] {
  let spans = phoneCache.get(view);
  if (spans) return spans;
  spans = [];
  const s = view.sentence;
  const text = view.text.slice(s.start, s.end);
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(text); m; m = PHONE_RE.exec(text)) {
    const digits = m[0].match(DIGIT_RE)?.length ?? 0;
    if (digits >= 9) spans.push([s.start + m.index, s.start + m.index + m[0].length]);
  }
  phoneCache.set(view, spans);
  return spans;
}

/**
 * Why a candidate is not a figure, or null when it is one: inside a time expression (unless a
 * hyphenated unit, "three-hour"), a day of the month, a year, a clock time, an identifier
 * ("Resolution 2334", "Su-25"), part of a name ("the Group of Seven"), a list number, a long code
 * or a phone number. `approx` is the qualifier found before it ("more than 2000 people" is no year).
 */
export function rejectReason(c: NumberCandidate, view: SentenceView, times: readonly TimeExpression[], hasQualifier: boolean): string | null {
  const { tokens, sentence } = view;
  const sStart = sentence.tokenStart;
  const numTok = tokens[c.unitKind === "currency" && !c.tokenRange ? c.first + 1 : c.first];
  const prev = c.first > sStart ? tokens[c.first - 1] : undefined;
  const next = c.last + 1 < sentence.tokenEnd ? tokens[c.last + 1] : undefined;
  const digits = c.kind === "digits" || (c.kind === "ordinal" && /^\d/.test(numTok.text));

  if (times.length > 0 && c.unitKind !== "hyphen" && overlapsTime(times, c.coreStart, c.coreEnd)) return "time";

  if (digits && c.unitKind === null) {
    const v = c.value;
    // Day of the month: "May 31", "31 May", "Oct. 7", "the 7th of October".
    if (Number.isInteger(v) && v >= 1 && v <= 31) {
      if (isMonth(prev) || isMonth(next)) return "date";
      if (next?.norm === "of" && isMonth(tokens[c.last + 2])) return "date";
      // "11 and 12 July", "5-6 May", "3, 4 and 5 June"
      for (let k = c.last + 1, hops = 0; k + 1 < sentence.tokenEnd && hops < 3; k += 2, hops++) {
        const sep = tokens[k].norm;
        if (sep !== "and" && sep !== "-" && sep !== "to" && sep !== ",") break;
        const d = tokens[k + 1];
        if (!/^\d{1,2}(?:st|nd|rd|th)?$/.test(d.text)) break;
        if (isMonth(tokens[k + 2])) return "date";
      }
    }
    // Clock time: "10 a.m.", "1500 GMT".
    if (next && CLOCK_SUFFIXES.has(next.norm)) return "clock";
    const plain = c.kind === "digits" && isPlainInteger(view.text.slice(c.coreStart, c.coreEnd));
    // Years: four plain digits 1800–2100, unless clearly a count ("2000 troops", "more than 2000").
    if (plain && c.coreEnd - c.coreStart === 4 && v >= 1800 && v <= 2100 && !hasQualifier) {
      const countNoun = next !== undefined && next.pos === "NOUN" && next.norm.length > 2 && next.norm.endsWith("s");
      if (!countNoun || (prev !== undefined && (YEAR_CUES.has(prev.norm) || isMonth(prev)))) return "year";
    }
    if (plain && c.coreEnd - c.coreStart >= 8) return "code";
  }
  // Page furniture: "2 min read".
  if (next && next.norm === "min" && tokens[c.last + 2]?.norm === "read") return "furniture";
  if (prev) {
    // Glued to a URL or code before it: "pic.twitter.com/4bmD…", "MH-17" is handled below.
    if (prev.end === c.start && c.unitKind !== "currency" && GLUE_BEFORE_RE.test(prev.text)) return "identifier";
    // Identifiers: "Resolution 2334", "Flight 17", "Phase 2", "Group of 20", "Su-25", "mid-2023".
    if (IDENTIFIER_PREFIXES.has(prev.norm)) return "identifier";
    if (IDENTIFIER_PREFIXES_CAPITALISED.has(prev.norm) && isCapitalised(prev)) return "identifier";
    if (prev.norm === "of" && c.first - 2 >= sStart && tokens[c.first - 2].text === "Group") return "identifier";
    if (c.first - 2 >= sStart && isGluedHyphen(tokens, c.first - 1, sentence.tokenEnd) && LETTER_END_RE.test(tokens[c.first - 2].text)) return "identifier";
  }
  // Capitalised number words inside a sentence are parts of names ("the Group of Seven", "Second World War").
  if (!view.titleCase && (c.kind === "words" || c.kind === "ordinal" || c.kind === "fraction") && isCapitalised(tokens[c.first]) && c.first > sStart) {
    let k = c.first - 1;
    let dash = false;
    while (k >= sStart && OPENERS.has(tokens[k].norm)) dash ||= CLAUSE_DASHES.has(tokens[k--].text);
    // After a dateline's dash a new clause opens: "BRANNOCK — Eight people died".
    if (k >= sStart && !dash) return "name";
  }
  // "the 7th Fleet", "93rd Brigade"
  if (!view.titleCase && c.kind === "ordinal" && digits && next && next.pos === "PROPN" && isCapitalised(next)) return "name";
  // List numbering at the start of a paragraph: "1." / "2)".
  if (c.first === sStart && (sentence.start === 0 || view.text[sentence.start - 1] === "\n") && next && (next.norm === "." || next.norm === ")") && next.start === c.end) return "list-number";
  if (digits && phoneSpans(view).some(([a, b]) => c.coreStart >= a && c.coreEnd <= b)) return "phone";
  return null;
}
