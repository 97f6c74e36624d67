import { AMBIGUOUS_MONTHS, MONTH_NAMES } from "../../lexicons/en/calendarNames.js";
import { formatMonth } from "./CalendarDate.js";
import { clauseTense } from "./clauseTense.js";
import { inferYear } from "./inferYear.js";
import { matchBefore } from "./matchBefore.js";
import { makeCandidate, type TimeCandidate } from "./TimeCandidate.js";
import { isUpperAt, wordAfter, wordBefore, type TimeContext } from "./TimeContext.js";

const EDGE =
  "early|mid|late|the end of|the start of|the beginning of|the middle of|end of|start of|beginning of|middle of|the first half of|the second half of|the first week of|the last week of";
const MONTH_KEYS = Object.keys(MONTH_NAMES).sort((a, b) => b.length - a.length);
const FULL_MONTHS = new Set(Object.keys(MONTH_NAMES).filter((k) => k.length > 4 || k === "may" || k === "june" || k === "july"));

const M = { MONTH: 1, YEAR: 2 } as const;
/** "Month[.] [, ][of] [YYYY]" on lower-cased text. */
const MONTH = new RegExp(String.raw`\b(${MONTH_KEYS.join("|")})\b\.?(?:,?\s+(?:of\s+)?((?:19|20)\d\d)\b(?!,\d))?`, "g");
const MB = { EDGE: 1, WHICH: 2, WHICH_ALONE: 3 } as const;
/** "[edge] [this|last|next|every] " before a month name. */
const MONTH_BEFORE = new RegExp(String.raw`(?<![a-z])(?:(${EDGE})[\s-]+(?:(this|last|next|every|each)\s+)?|(this|last|next|every|each)\s+)$`);

/** "YYYY", 1900–2100, not part of a larger number, amount or code. */
const YEAR = /(?<![\d$£€¥#.,/:])\b(1[6-9]\d\d|20\d\d|2100)\b(?![.,]\d|[\d%°/]|-\d|\s*(?:bc|ad|bce|ce)\b)/g;
/** Words before a year before 1900 that make it a year ("in 1898"); later years take `YEAR_CONTEXT`. */
const OLD_YEAR_CONTEXT = new Set(["in", "since", "of", "until", "till", "from", "by", "before", "after", "circa", "between", "and"]);
/** "fiscal ", "fiscal year " before a year: part of the expression ("fiscal 1989"). */
const FISCAL_BEFORE = /(?<![a-z])fiscal(?:\s+year)?\s+$/;
/** "early ", "mid-", "the end of " before a year or month. */
const EDGE_BEFORE = new RegExp(String.raw`(?<![a-z])(${EDGE})[\s-]+$`);

/** "2019-2020", "2014–16": two years. */
const YEAR_RANGE = /(?<![\d$£€¥#.,/:-])\b(19\d\d|20\d\d)\s?-\s?((?:19|20)?\d\d)\b(?![.,]\d|[\d%-])/g;

const OPENS_SENTENCE = /(?:^|[.!?\n]\s*|\n)$/;

const D = { CENTURY: 1, DIGIT: 2, SHORT: 3 } as const;
/** "1990s", "'90s". */
const DECADE = /(?:\b(19|20)(\d)0s|'(\d)0s)\b/g;
/** "the ", "the early " before a decade. */
const DECADE_BEFORE = /(?<![a-z])(?:the\s+(?:(?:early|mid|late)[\s-]+)?|(?:early|mid|late)[\s-]+)$/;

const S = { SEASON: 1, YEAR: 2 } as const;
/** "spring 2023", "summer of 2022", and (with a modifier before) "last summer". */
const SEASON = /\b(spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?((?:19|20)\d\d)\b(?!,\d))?/g;
/** "early ", "last ", "early next " before a season. */
const SEASON_BEFORE = /(?<![a-z])(?:(early|mid|late)[\s-]+)?(this|last|next)\s+$|(?<![a-z])(early|mid|late)[\s-]+$/;
const SEASON_CODES: Record<string, { code: string; first: number }> = {
  spring: { code: "SP", first: 3 },
  summer: { code: "SU", first: 6 },
  autumn: { code: "FA", first: 9 },
  fall: { code: "FA", first: 9 },
  winter: { code: "WI", first: 12 },
};

/** Words before a bare month name that make it a date ("in May", "since March", "last June"). */
const MONTH_CONTEXT = new Set([
  "in", "since", "until", "till", "by", "from", "to", "through", "throughout", "during", "of", "before",
  "after", "between", "and", "or", "early", "late", "mid", "around", "last", "next", "this", "each",
  "every", "since", "for", "on", "that", "until", "starting", "beginning", "ending",
]);

/** Words before a year number that make it a year ("in 2021", "the 2015 deal", "Maduro's 2018 re-election"). */
const YEAR_CONTEXT = new Set([
  "in", "since", "of", "by", "until", "till", "from", "to", "through", "throughout", "before", "after",
  "during", "around", "circa", "between", "and", "or", "year", "early", "late", "mid", "spring", "summer",
  "autumn", "fall", "winter", "the", "its", "his", "her", "their", "our", "this", "that", "s", "'s", "for",
  "fiscal", "calendar", "against",
]);
/** Words after a year number that make it a year ("restore 2015 nuclear deal", "2018 elections"). */
const YEAR_NEXT = new Set([
  "election", "elections", "deal", "nuclear", "accord", "accords", "agreement", "war", "invasion", "summit",
  "vote", "polls", "poll", "referendum", "census", "budget", "constitution", "uprising", "revolution", "coup",
  "attack", "attacks", "ceasefire", "cease-fire", "truce", "talks", "treaty", "protests", "law", "campaign",
  "crisis", "conflict", "offensive", "earthquake", "olympics", "presidential", "parliamentary", "general",
  "peace", "pact", "world", "midterm", "midterms", "re-election", "reelection", "victory", "defeat",
  "raid", "massacre", "war's", "season", "report", "budget", "plan", "framework", "roadmap",
]);
/** Words before a year number after which it is a count ("the 2000 troops"). */
const COUNT_NOUNS = new Set([
  "people", "persons", "troops", "soldiers", "civilians", "children", "women", "men", "residents",
  "refugees", "fighters", "prisoners", "hostages", "deaths", "dead", "cases", "votes", "members", "units",
  "dollars", "euros", "pounds", "tons", "tonnes", "km", "kilometres", "kilometers", "miles", "meters",
  "metres", "feet", "homes", "houses", "families", "workers", "jobs", "trucks", "lorries", "vehicles",
  "rockets", "missiles", "drones", "shells", "barrels", "flights", "delegates", "seats", "points",
  "students", "patients", "migrants", "detainees", "militants", "police", "officers", "employees",
  "kg", "mw", "bpd", "sq", "square", "acres", "hectares", "times", "percent", "per", "more", "other",
]);

/** Tokens after "May" that show the modal verb, not the month ("May I", "may be"). */
const MODAL_NEXT = new Set(["i", "we", "you", "he", "she", "it", "they", "be", "have", "not", "the", "god", "allah"]);

/** Bare months and month-years ("in May", "early August", "May 2023"), years ("2023", "mid-2023"),
 * decades ("the 1990s") and seasons ("last summer"). */
export function findMonthsAndYears(ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const a = ctx.anchor;
  const lower = ctx.lower;

  MONTH.lastIndex = 0;
  for (let m = MONTH.exec(lower); m; m = MONTH.exec(lower)) {
    const key = m[M.MONTH];
    const year = m[M.YEAR];
    const monthAt = m.index;
    if (!isUpperAt(ctx, monthAt)) continue;
    const before = matchBefore(lower, monthAt, MONTH_BEFORE);
    const edge = before?.m[MB.EDGE];
    const which = before ? before.m[MB.WHICH] ?? before.m[MB.WHICH_ALONE] : undefined;
    const isFull = FULL_MONTHS.has(key);
    if (!isFull && !year) continue; // "Aug." alone is not a month reference
    let end = m.index + m[0].length;
    if (!year && lower[end - 1] === ".") end--; // a sentence-final period, not part of the month
    const monthEnd = monthAt + key.length;
    if (!year && !edge && !which) {
      if (!MONTH_CONTEXT.has(wordBefore(ctx, monthAt))) continue;
      if (AMBIGUOUS_MONTHS.has(key) && MODAL_NEXT.has(wordAfter(ctx, monthEnd))) continue;
    }
    if (AMBIGUOUS_MONTHS.has(key) && !year && /^\s*\d/.test(lower.slice(monthEnd, monthEnd + 3))) continue; // "May 31" is chrono's
    const month = MONTH_NAMES[key];
    const start = before ? before.start : monthAt;
    if (which === "every" || which === "each") {
      out.push(makeCandidate(ctx, start, end, { type: "SET", value: `XXXX-${String(month).padStart(2, "0")}`, anchor: "none", method: "pattern:month-set", confidence: 0.8, priority: 1 }));
      continue;
    }
    if (year) {
      out.push(makeCandidate(ctx, start, end, { type: "DATE", value: formatMonth(+year, month), anchor: "absolute", method: "pattern:month-year", confidence: 0.95, priority: 1 }));
      continue;
    }
    if (!a) {
      out.push(makeCandidate(ctx, start, end, { type: "DATE", value: `XXXX-${String(month).padStart(2, "0")}`, anchor: "none", method: "pattern:month", confidence: 0.8, priority: 1 }));
      continue;
    }
    let y: number;
    let method: string;
    if (which === "this") {
      y = a.y;
      method = "pattern:this-month-name";
    } else if (which === "last") {
      y = month < a.m ? a.y : a.y - 1;
      method = "pattern:last-month-name";
    } else if (which === "next") {
      y = month > a.m ? a.y : a.y + 1;
      method = "pattern:next-month-name";
    } else {
      const tense = clauseTense(ctx, start, end);
      y = inferYear(a, month, null, tense);
      method = `pattern:month+year:${tense}`;
    }
    out.push(makeCandidate(ctx, start, end, { type: "DATE", value: formatMonth(y, month), anchor: "published", method, confidence: 0.85, priority: 1 }));
  }

  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(lower); m; m = YEAR.exec(lower)) {
    const year = m[1];
    const edgeMatch = matchBefore(lower, m.index, EDGE_BEFORE);
    const edge = edgeMatch?.m[1];
    if (!edge && lower[m.index - 1] === "-") continue; // "1990-2000", "COVID-2019"
    const fiscal = edgeMatch ? null : matchBefore(lower, m.index, FISCAL_BEFORE, 16);
    const start = edgeMatch ? edgeMatch.start : fiscal ? fiscal.start : m.index;
    const end = m.index + m[0].length;
    if (+year < 1900 && !OLD_YEAR_CONTEXT.has(wordBefore(ctx, m.index))) continue;
    const next = wordAfter(ctx, end);
    const gap = lower.slice(end, end + 2);
    if (COUNT_NOUNS.has(next) && /^\s[a-z]/.test(gap)) continue;
    if (!edge && !fiscal) {
      const prev = wordBefore(ctx, start);
      const between = lower.slice(Math.max(0, start - 2), start);
      const parenthesised = between.endsWith("(") && lower[end] === ")";
      const afterComma = between.endsWith(", ") || between.endsWith(",\u00a0");
      const possessive = prev.endsWith("'s") || prev.endsWith("s'");
      if (!YEAR_CONTEXT.has(prev) && !possessive && !parenthesised && !(YEAR_NEXT.has(next) && /^\s[a-z]/.test(gap)) && !(afterComma && /^[\s.,;)]/.test(gap))) continue;
    }
    out.push(makeCandidate(ctx, start, end, { type: "DATE", value: year, anchor: "absolute", method: edge ? "pattern:year+edge" : fiscal ? "pattern:fiscal-year" : "pattern:year", confidence: edge ? 0.9 : 0.85, priority: 0 }));
  }

  YEAR_RANGE.lastIndex = 0;
  for (let m = YEAR_RANGE.exec(lower); m; m = YEAR_RANGE.exec(lower)) {
    const first = +m[1];
    const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + +m[2] : +m[2];
    if (second <= first || second - first > 50) continue;
    // Want a year-like word before ("in 2019-2020") or the start of a sentence or line.
    const opensSentence = OPENS_SENTENCE.test(lower.slice(Math.max(0, m.index - 3), m.index));
    if (!opensSentence && !YEAR_CONTEXT.has(wordBefore(ctx, m.index))) continue;
    const secondAt = m.index + m[0].length - m[2].length;
    out.push(makeCandidate(ctx, m.index, m.index + m[1].length, { type: "DATE", value: String(first), anchor: "absolute", method: "pattern:year-range", confidence: 0.85, priority: 1 }));
    out.push(makeCandidate(ctx, secondAt, m.index + m[0].length, { type: "DATE", value: String(second), anchor: "absolute", method: "pattern:year-range", confidence: 0.8, priority: 1 }));
  }

  DECADE.lastIndex = 0;
  for (let m = DECADE.exec(lower); m; m = DECADE.exec(lower)) {
    let value: string;
    if (m[D.CENTURY]) value = m[D.CENTURY] + m[D.DIGIT];
    else {
      const d = +m[D.SHORT];
      const current = a ? Math.floor((a.y % 100) / 10) : 2;
      value = d <= current ? "20" + d : "19" + d;
    }
    const start = matchBefore(lower, m.index, DECADE_BEFORE)?.start ?? m.index;
    out.push(makeCandidate(ctx, start, m.index + m[0].length, { type: "DATE", value, anchor: m[D.CENTURY] ? "absolute" : a ? "published" : "none", method: "pattern:decade", confidence: 0.85, priority: 1 }));
  }

  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(lower); m; m = SEASON.exec(lower)) {
    const year = m[S.YEAR];
    const before = matchBefore(lower, m.index, SEASON_BEFORE);
    const which = before?.m[2];
    if (!which && !year) continue;
    const start = before ? before.start : m.index;
    const s = SEASON_CODES[m[S.SEASON]];
    let value: string;
    let anchor: TimeCandidate["anchor"] = "absolute";
    if (year) value = `${year}-${s.code}`;
    else if (!a) {
      value = `XXXX-${s.code}`;
      anchor = "none";
    } else {
      anchor = "published";
      const started = a.m >= s.first || (s.code === "WI" && a.m <= 2);
      const yy = which === "this" ? a.y : which === "last" ? (started && a.m > s.first + 2 ? a.y : a.y - 1) : started ? a.y + 1 : a.y;
      value = `${yy}-${s.code}`;
    }
    out.push(makeCandidate(ctx, start, m.index + m[0].length, { type: "DATE", value, anchor, method: "pattern:season", confidence: 0.8, priority: 1 }));
  }
  return out;
}
