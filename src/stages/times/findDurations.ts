import { TIME_UNITS, UNIT_MULTIPLIERS, VAGUE_COUNTS, type TimeUnit } from "../../lexicons/en/timeUnits.js";
import { COUNT_SOURCE, readCount } from "./countWords.js";
import { matchBefore } from "./matchBefore.js";
import { makeCandidate, type TimeCandidate } from "./TimeCandidate.js";
import type { TimeContext } from "./TimeContext.js";
import { unitWordHits } from "./unitWordHits.js";

// Everything here is read around a unit word ("hours", "day"): modifiers before it with
// `matchBefore`, suffixes after it with a sticky look at the following text.

/** "three-", "10 ", "two and a half ", "an " before the unit. */
const COUNT_BEFORE = new RegExp(String.raw`(?<![a-z0-9,.])(${COUNT_SOURCE})(\s+and\s+a\s+half)?[\s-]+$`);
/** " and a half" and "-long" after the unit. */
const HALF_AFTER = /^\s+and\s+a\s+half\b/;
const LONG_AFTER = /^-long\b/;
/** "the past ", "the last 24 ", "the coming few " before the unit. */
const THE_PERIOD_BEFORE = new RegExp(String.raw`(?<![a-z])the\s+(?:past|last|next|coming|previous)\s+(?:(${COUNT_SOURCE}|few|several)[\s-]+)?$`);
/** "several ", "a few ", "recent " before a plural unit. */
const VAGUE_SOURCE = VAGUE_COUNTS.map((w) => w.replace(/ /g, "\\s+")).join("|");
const VAGUE_BEFORE = new RegExp(String.raw`(?<![a-z])(?:${VAGUE_SOURCE})\s+$`);
/** "in as many months" is an idiom for the same count, not a vague duration. */
const AS_BEFORE = new RegExp(String.raw`(?<![a-z])as\s+(?:${VAGUE_SOURCE})\s+$`);
/** "For ", "after " before a bare plural unit ("For months"). */
const BARE_BEFORE = /(?<![a-z])(?:for|over|within|after)\s+$/;
/** "half a ", "half an " before a singular unit. */
const HALF_A_BEFORE = /(?<![a-z])half\s+an?\s+$/;
const ONE_DAY_IDIOM = /^,?\s+(?:it|he|she|they|we|i|you|the|there|this|that|our|my|his|her|their)\b/;
const AGE_AFTER = /^(?:-old\b|\s+old\b|-olds?\b)/;
const JOIN = /^\s*,?\s*(?:and\s+)?$/;
/** " ended", " ending" after a counted period ("the six months ended Oct. 1"). */
const ENDED_AFTER = /^\s+end(?:ed|ing)\b/;
/** "the ", "the first " before such a period. */
const THE_FIRST_BEFORE = /(?<![a-z])the\s+(?:first\s+)?$/;
/** "the [fiscal] year ended|ending" (group 1: the expression without the verb). */
const THE_YEAR_ENDED = /\b(the\s+(?:fiscal\s+)?year)\s+end(?:ed|ing)\b/g;
/** Units from largest to smallest, as `clock:code`. */
const UNIT_ORDER = ["d:CE", "d:DE", "d:Y", "d:M", "d:W", "d:D", "t:H", "t:M", "t:S"];

interface Counted {
  start: number;
  end: number;
  n: number;
  unit: TimeUnit;
}

function unitKey(u: TimeUnit): string {
  return (u.clock ? "t:" : "d:") + u.code;
}

function durationValue(n: number | null, unit: TimeUnit): string {
  const q = n === null ? "X" : String(Number.isInteger(n) ? n : Math.round(n * 100) / 100);
  return unit.clock ? `PT${q}${unit.code}` : `P${q}${unit.code}`;
}

/** "P1Y6M", "PT1H45M", "P2DT3H" from parts in decreasing unit order. */
function compoundValue(parts: readonly Counted[]): string {
  let date = "";
  let time = "";
  for (const p of parts) {
    if (p.unit.clock) time += `${p.n}${p.unit.code}`;
    else date += `${p.n}${p.unit.code}`;
  }
  return `P${date}${time ? "T" + time : ""}`;
}

/** "n and a half" of a unit, written in the next smaller unit when that is whole (P18M, PT90M). */
function halfValue(n: number, unit: TimeUnit, word: string): string {
  const whole = n + 0.5;
  if (!unit.clock && unit.code === "Y") return `P${whole * 12}M`;
  if (unit.clock && unit.code === "H") return `PT${whole * 60}M`;
  if (!unit.clock && unit.code === "D") return `PT${whole * 24}H`;
  if (unit.clock && unit.code === "M") return `PT${whole * 60}S`;
  return durationValue(whole * (UNIT_MULTIPLIERS[word] ?? 1), unit);
}

function push(ctx: TimeContext, out: TimeCandidate[], start: number, end: number, value: string, method: string, confidence: number, priority = 1): void {
  out.push(makeCandidate(ctx, start, end, { type: "DURATION", value, anchor: "absolute", method, confidence, priority }));
}

/** Durations: counted ("three-hour", "10 months", "a year and a half", "1 hour and 45 minutes"),
 * periods back from now ("the past year"), and vague ones ("For months", "several days"). */
export function findDurations(ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const lower = ctx.lower;
  const counted: Counted[] = [];

  for (const hit of unitWordHits(ctx)) {
    const word = hit.word;
    const unit = TIME_UNITS[word];
    const plural = word.endsWith("s");
    const after = lower.slice(hit.end, hit.end + 16);
    const halfAfter = HALF_AFTER.exec(after);
    let end = hit.end + (halfAfter ? halfAfter[0].length : 0);
    const long = LONG_AFTER.exec(lower.slice(end, end + 6));
    if (long) end += long[0].length;

    if (!plural) {
      const half = matchBefore(lower, hit.start, HALF_A_BEFORE);
      if (half) {
        const v = unit.clock && unit.code === "H" ? "PT30M" : !unit.clock && unit.code === "Y" ? "P6M" : !unit.clock && unit.code === "D" ? "PT12H" : durationValue(0.5, unit);
        push(ctx, out, half.start, hit.end, v, "pattern:duration-half", 0.85);
        continue;
      }
    }
    const count = matchBefore(lower, hit.start, COUNT_BEFORE);
    if (count || halfAfter) {
      if (AGE_AFTER.test(after)) continue; // "a 10-year-old boy" is an age
      const countText = count?.m[1];
      // "one day it will …" is the idiom for "some day", not a duration.
      if (countText === "one" && word === "day" && ONE_DAY_IDIOM.test(after)) continue;
      const n = countText ? readCount(countText) : 1;
      if (n === null) continue;
      if ((word === "second" || word === "seconds") && countText && !/^\d/.test(countText) && n === 1) continue; // "a second round"
      const start = count ? count.start : hit.start;
      if (halfAfter || count?.m[2]) push(ctx, out, start, end, halfValue(n, unit, word), "pattern:duration", 0.9);
      else counted.push({ start, end, n: n * (UNIT_MULTIPLIERS[word] ?? 1), unit });
      // A longer "the past two years" may still apply; fall through to it.
    }

    const period = matchBefore(lower, hit.start, THE_PERIOD_BEFORE);
    if (period) {
      const countText = period.m[1];
      // "the next day", "the last day" are dates or ordinals, not durations.
      if (countText || plural || (word !== "day" && word !== "second" && word !== "minute")) {
        let n: number | null = 1;
        if (countText) n = countText === "few" || countText === "several" ? null : readCount(countText);
        else if (plural) n = null;
        if (n !== null) n *= UNIT_MULTIPLIERS[word] ?? 1;
        push(ctx, out, period.start, hit.end, durationValue(n, unit), "pattern:the-past-period", 0.85, 2);
      }
      continue;
    }
    if (count) continue;

    if (plural) {
      const vague = matchBefore(lower, hit.start, VAGUE_BEFORE);
      if (vague) {
        if (matchBefore(lower, hit.start, AS_BEFORE)) continue;
        // "in recent years" names the recent past (TimeML PAST_REF) more often than a length.
        if (word === "years" && lower.startsWith("recent", vague.start)) {
          out.push(makeCandidate(ctx, vague.start, hit.end, { type: "DATE", value: "PAST_REF", anchor: "none", method: "pattern:recent-years", confidence: 0.7, priority: 1 }));
        } else push(ctx, out, vague.start, hit.end, durationValue(null, unit), "pattern:duration-vague", 0.75);
        continue;
      }
      const bare = matchBefore(lower, hit.start, BARE_BEFORE);
      if (bare) {
        push(ctx, out, bare.start, hit.end, durationValue(null, unit), "pattern:duration-bare", 0.75, 0);
        continue;
      }
    }
    if (long) {
      push(ctx, out, hit.start, end, durationValue(plural ? null : UNIT_MULTIPLIERS[word] ?? 1, unit), "pattern:duration-long", 0.8);
    }
  }

  // "1 hour and 45 minutes" is one duration (PT1H45M).
  for (let i = 0; i < counted.length; i++) {
    const group = [counted[i]];
    while (i + 1 < counted.length) {
      const a = group[group.length - 1];
      const b = counted[i + 1];
      if (!JOIN.test(lower.slice(a.end, b.start)) || UNIT_ORDER.indexOf(unitKey(b.unit)) <= UNIT_ORDER.indexOf(unitKey(a.unit))) break;
      if (!Number.isInteger(a.n) || !Number.isInteger(b.n) || a.unit.code === "W" || b.unit.code === "W") break;
      group.push(b);
      i++;
    }
    const first = group[0];
    const last = group[group.length - 1];
    const value = group.length === 1 ? durationValue(first.n, first.unit) : compoundValue(group);
    // "the six months ended Oct. 1", "the first nine months ending June 30": a reporting period.
    const the = ENDED_AFTER.test(lower.slice(last.end, last.end + 10)) ? matchBefore(lower, first.start, THE_FIRST_BEFORE, 12) : null;
    push(ctx, out, the ? the.start : first.start, last.end, value, group.length === 1 ? "pattern:duration" : "pattern:duration-compound", 0.9);
  }

  // "the year ended March 31", "the fiscal year ending June 30": a twelve-month reporting period.
  THE_YEAR_ENDED.lastIndex = 0;
  for (let m = THE_YEAR_ENDED.exec(lower); m; m = THE_YEAR_ENDED.exec(lower)) {
    push(ctx, out, m.index, m.index + m[1].length, "P1Y", "pattern:the-year-ended", 0.8);
  }
  return out;
}
