import { clauseTense } from "./clauseTense.js";
import { matchBefore } from "./matchBefore.js";
import { makeCandidate, type TimeCandidate } from "./TimeCandidate.js";
import { tokenIndexAt, type TimeContext } from "./TimeContext.js";
import { lookupTable } from "../../lexicons/lookupTable.js";

const ORDINAL: Record<string, number> = lookupTable({ first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 });

const O = { DET: 1, FISCAL: 2, ORD: 3, SEP: 4 } as const;
/** "[the|this year's|the year-ago] [fiscal] third[-| ]" before "quarter". */
const ORDINAL_BEFORE =
  /(?<![a-z])(?:(the|this year's|last year's|next year's|the year-ago|the year-earlier|the same|the (?:19|20)\d\d)\s+)?(?:(fiscal)[\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th)([\s-]+)$/;
const W = { WHICH: 1 } as const;
/** "the [latest|current|year-ago …] " or "this " before "quarter" / "period". */
const THE_BEFORE = /(?<![a-z])(?:the\s+(?:(latest|current|past|previous|last|recent|same|year-ago|year-earlier|fiscal)\s+)?|(this)\s+)$/;
/** "quarter" or "period" (the latter only after a modifier: "the year-ago period"). */
const QUARTER_WORD = /\b(quarter|period)\b/g;
/** " of 2024", " 2024", " of this year" after "quarter". */
const YEAR_AFTER = /^(?:,?\s+(?:of\s+)?((?:19|20)\d\d)\b(?![.,]\d)|\s+of\s+(this|last|next|the)\s+(?:fiscal\s+)?year\b)/;
/** "Q3 2023". */
const Q_CODE = /\bq([1-4])\s+((?:19|20)\d\d)\b(?![.,]\d)/g;
/** What after "quarter" makes it a fraction or another word: "quarter-century", "quarter of the vote". */
const NOT_QUARTER_AFTER = /^(?:-(?:century|to|point|final|mile|pound|inch|hour)|\s+(?:of\s+(?:a|an|its|their|his|her|all|those|these|them|us|\d)\b|mile|century|point|final|pounds?)\b)/;

/** Quarter of the year (1..4) a month falls in. */
function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** `y` and `q` of the quarter `n` quarters after `y`-Q`q`. */
function shiftQuarter(y: number, q: number, n: number): { y: number; q: number } {
  const k = y * 4 + (q - 1) + n;
  return { y: Math.floor(k / 4), q: (k % 4) + 1 };
}

/**
 * Quarters of the year: "the third quarter", "third-quarter (earnings)", "the fourth quarter of
 * 2024", "Q3 2023", "this year's first quarter", "the quarter", "the latest quarter", "the
 * year-ago quarter" / "the year-earlier period" → DATE `YYYY-Qn`.
 *
 * A quarter without a year is the publication year's, unless it has not begun yet and the clause
 * is not about the future (then it is last year's). "the quarter" / "the latest quarter" and the
 * "year-ago" forms take the last quarter mentioned before them (`contextQuarter`, resolved by
 * `resolveContextQuarters`), and without one the last complete quarter before publication.
 */
export function findQuarters(ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const lower = ctx.lower;
  const a = ctx.anchor;
  const dctQ = a ? quarterOf(a.m) : 0;

  QUARTER_WORD.lastIndex = 0;
  for (let m = QUARTER_WORD.exec(lower); m; m = QUARTER_WORD.exec(lower)) {
    const word = m[1];
    const at = m.index;
    let end = at + word.length;
    const after = lower.slice(end, end + 40);
    if (word === "quarter" && NOT_QUARTER_AFTER.test(after)) continue;
    if (lower[end] === "s") continue; // "quarters"
    const yearAfter = word === "quarter" ? YEAR_AFTER.exec(after) : null;
    const ord = word === "quarter" ? matchBefore(lower, at, ORDINAL_BEFORE) : null;
    if (ord) {
      const q = ORDINAL[ord.m[O.ORD]];
      let det: string | undefined = ord.m[O.DET];
      let start = ord.start;
      // "third-quarter earnings": the hyphenated adjective is the timex; "the" belongs to the noun.
      const k = tokenIndexAt(ctx, end);
      const next = ctx.tokens[k];
      const modifier = !yearAfter && ord.m[O.SEP] === "-" && next && next.start === end + 1 && /^[a-z]/.test(lower[next.start] ?? "") && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ" || next.pos === "VERB");
      if (modifier && (det === "the" || det === "the same")) {
        start = ord.start + ord.m[0].indexOf(ord.m[O.FISCAL] ?? ord.m[O.ORD]);
        det = undefined;
      }
      let y: number | null = null;
      let method = "pattern:quarter";
      if (yearAfter) {
        if (yearAfter[1]) y = +yearAfter[1];
        else if (a) y = a.y + (yearAfter[2] === "last" ? -1 : yearAfter[2] === "next" ? 1 : 0);
        end += yearAfter[0].length;
        method = "pattern:quarter+year";
      } else if (a) {
        if (det === "this year's") y = a.y;
        else if (det === "last year's") y = a.y - 1;
        else if (det === "next year's") y = a.y + 1;
        else if (det && /\d{4}$/.test(det)) y = +det.slice(-4);
        else {
          y = a.y;
          if (q > dctQ && clauseTense(ctx, start, end) !== "future") y--;
          method = "pattern:quarter+year:published";
        }
        if (det === "the year-ago" || det === "the year-earlier") y--;
      }
      const value = y === null ? `XXXX-Q${q}` : `${y}-Q${q}`;
      out.push(makeCandidate(ctx, start, end, { type: "DATE", value, anchor: yearAfter?.[1] ? "absolute" : a ? "published" : "none", method, confidence: 0.85, priority: 2 }));
      continue;
    }
    const the = matchBefore(lower, at, THE_BEFORE, 24);
    if (!the) continue;
    const which = the.m[W.WHICH] ?? (the.m[2] ? "current" : undefined);
    if (word === "period" && !(which === "year-ago" || which === "year-earlier" || which === "latest" || which === "same")) continue;
    if (word === "quarter" && which === "fiscal") continue;
    if (word === "quarter" && yearAfter) continue; // "the quarter of 2024" is not a phrase news uses
    let value = "XXXX-QX";
    let shift = 0;
    if (which === "year-ago" || which === "year-earlier") shift = -4;
    if (a) {
      const base = which === "current" ? { y: a.y, q: dctQ } : shiftQuarter(a.y, dctQ, -1);
      const v = shiftQuarter(base.y, base.q, shift);
      value = `${v.y}-Q${v.q}`;
    }
    out.push(makeCandidate(ctx, the.start, end, {
      type: "DATE",
      value,
      anchor: a ? "published" : "none",
      method: `pattern:the-${which ?? "bare"}-${word}`,
      confidence: 0.7,
      priority: 2,
      contextQuarter: which === "current" || which === "latest" ? undefined : shift,
    }));
  }

  Q_CODE.lastIndex = 0;
  for (let m = Q_CODE.exec(lower); m; m = Q_CODE.exec(lower)) {
    const q = +m[1];
    if (ctx.text[m.index] !== "Q") continue;
    out.push(makeCandidate(ctx, m.index, m.index + m[0].length, {
      type: "DATE",
      value: `${m[2]}-Q${q}`,
      anchor: "absolute",
      method: "pattern:quarter-code",
      confidence: 0.85,
      priority: 2,
    }));
  }
  return out;
}

/** `YYYY-Qn` of a value, or null. */
export function parseQuarter(value: string): { y: number; q: number } | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(value);
  return m ? { y: +m[1], q: +m[2] } : null;
}

export { shiftQuarter };
