import { FREQUENCY_WORDS, TIME_UNITS } from "../../lexicons/en/timeUnits.js";
import { PARTS_OF_DAY } from "../../lexicons/en/partsOfDay.js";
import { COUNT_SOURCE, readCount } from "./countWords.js";
import { matchBefore } from "./matchBefore.js";
import { makeCandidate, type TimeCandidate } from "./TimeCandidate.js";
import { unitWordHits } from "./unitWordHits.js";
import { isUpperAt, tokenIndexAt, type TimeContext } from "./TimeContext.js";

const SINGULAR_UNITS = Object.keys(TIME_UNITS).filter((w) => !w.endsWith("s") && w !== "fortnight" && w !== "second");
const ALL_UNITS = Object.keys(TIME_UNITS).sort((a, b) => b.length - a.length);

/** "daily", "weekly", "annually". */
const FREQUENCY = new RegExp(String.raw`\b(${Object.keys(FREQUENCY_WORDS).join("|")})\b`, "g");
const E = { OTHER: 1, COUNT: 2, UNIT: 3, PART: 4 } as const;
/** "every day", "each week", "every other day", "every two years", "every morning". */
const EVERY = new RegExp(
  String.raw`\b(?:every|each)\s+(other\s+)?(?:(${COUNT_SOURCE})\s+)?(?:(${ALL_UNITS.join("|")})|(${Object.keys(PARTS_OF_DAY).filter((w) => !["overnight", "nightfall"].includes(w)).join("|")}))\b`,
  "g",
);
const SINGULAR = new Set(SINGULAR_UNITS);
/** "once a ", "three times per " before a singular unit. */
const TIMES_PER_BEFORE = new RegExp(String.raw`(?<![a-z0-9,.])(once|twice|thrice|(${COUNT_SOURCE})\s+times)\s+(?:a|an|per|each|every)\s+$`);
/** "per ", "a " before a singular unit ("500 trucks a day"). */
const RATE_BEFORE = /(?<![a-z])(per|a|an)\s+$/;
/** Words before "a day" that make it a duration, not a rate ("for a day", "more than a day"). */
const NOT_RATE_BEFORE = new Set(["for", "over", "after", "in", "within", "about", "than", "just", "only", "nearly", "almost", "around", "half", "once", "twice", "of", "than", "least", "under", "up", "by", "spent", "took", "lasted", "last", "lasts", "take", "takes"]);
const NOUN_TAGS = new Set(["NOUN", "NUM"]);
/** Words after "a day" that make it a relative offset ("a day after the vote"). */
const NOT_RATE_AFTER = /^\s*(?:after|before|later|earlier|ago|or|and|of|to|early|late|in|into|since)\b/;
const DETERMINERS = new Set(["the", "a", "an"]);

function period(n: number, word: string): string {
  const u = TIME_UNITS[word];
  return u.clock ? `PT${n}${u.code}` : `P${n}${u.code}`;
}

function set(ctx: TimeContext, out: TimeCandidate[], start: number, end: number, value: string, method: string, confidence: number): void {
  out.push(makeCandidate(ctx, start, end, { type: "SET", value, anchor: "none", method, confidence, priority: 3 }));
}

/** Frequencies: "daily", "every week", "twice a year", "500 trucks a day". */
export function findSets(ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const lower = ctx.lower;
  const ts = ctx.tokens;

  FREQUENCY.lastIndex = 0;
  for (let m = FREQUENCY.exec(lower); m; m = FREQUENCY.exec(lower)) {
    const start = m.index;
    const end = start + m[0].length;
    const k = tokenIndexAt(ctx, start);
    const tok = ts[k];
    const prev = k > 0 && ts[k - 1].sentence === tok?.sentence ? ts[k - 1] : undefined;
    const next = ts[k + 1] && ts[k + 1].sentence === tok?.sentence ? ts[k + 1] : undefined;
    // A capitalised "Daily" mid-sentence, or after a name, is a newspaper ("The Times of Israel daily").
    if (prev && isUpperAt(ctx, start)) continue;
    if (prev && isUpperAt(ctx, prev.start) && prev.pos === "PROPN") continue;
    if (prev && DETERMINERS.has(prev.norm) && (!next || next.pos === "PUNCT" || next.pos === "VERB" || next.pos === "AUX" || next.pos === "ADP")) continue;
    // "its quarterly dividend", "quarterly results": a reporting period, not a recurrence.
    if (m[1] === "quarterly" && next && (next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "PROPN")) continue;
    set(ctx, out, start, end, FREQUENCY_WORDS[m[1]], "pattern:frequency-word", 0.8);
  }

  EVERY.lastIndex = 0;
  for (let m = EVERY.exec(lower); m; m = EVERY.exec(lower)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[E.PART]) {
      set(ctx, out, start, end, `XXXX-XX-XXT${PARTS_OF_DAY[m[E.PART]]}`, "pattern:every-part-of-day", 0.8);
      continue;
    }
    const word = m[E.UNIT];
    let n = m[E.COUNT] ? readCount(m[E.COUNT]) : 1;
    if (n === null) continue;
    if (m[E.OTHER]) n *= 2;
    if (word === "fortnight") n *= 2;
    set(ctx, out, start, end, period(n, word), "pattern:every-unit", 0.85);
  }

  for (const hit of unitWordHits(ctx)) {
    if (!SINGULAR.has(hit.word)) continue;
    const times = matchBefore(lower, hit.start, TIMES_PER_BEFORE);
    if (times) {
      if (!times.m[2] || readCount(times.m[2]) !== null) set(ctx, out, times.start, hit.end, period(1, hit.word), "pattern:times-per-unit", 0.85);
      continue;
    }
    const rate = matchBefore(lower, hit.start, RATE_BEFORE, 8);
    if (!rate) continue;
    if (rate.m[1] !== "per") {
      const k = tokenIndexAt(ctx, rate.start);
      const prev = k > 0 ? ts[k - 1] : undefined;
      if (!prev || prev.sentence !== ts[k]?.sentence || !NOUN_TAGS.has(prev.pos) || NOT_RATE_BEFORE.has(prev.norm)) continue;
      if (NOT_RATE_AFTER.test(lower.slice(hit.end, hit.end + 12))) continue;
    }
    set(ctx, out, rate.start, hit.end, period(1, hit.word), "pattern:rate", 0.7);
  }

  return out;
}
