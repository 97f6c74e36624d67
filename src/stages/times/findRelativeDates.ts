import { PARTS_OF_DAY } from "../../lexicons/en/partsOfDay.js";
import { addDays, addMonths, formatDay, formatMonth, formatWeek, isoWeekday, type CalendarDate } from "./CalendarDate.js";
import { clauseTense } from "./clauseTense.js";
import { COUNT_SOURCE, readCount } from "./countWords.js";
import { matchBefore } from "./matchBefore.js";
import { makeCandidate, type TimeCandidate } from "./TimeCandidate.js";
import { isUpperAt, wordBefore, type TimeContext } from "./TimeContext.js";

const PARTS = "morning|afternoon|evening|night";
const EDGE = "early|earlier|late|later|mid|the end of|the start of|the beginning of|the middle of|end of|start of|beginning of|middle of";

/** "today", "yesterday morning", "tomorrow", "tonight". */
const DEICTIC_DAY = new RegExp(String.raw`\b(today|yesterday|tomorrow|tonight)\b(?:\s+(${PARTS})\b)?`, "g");
/** "early ", "later " before a deictic day. */
const EARLY_LATE_BEFORE = /(?<![a-z])(?:early|earlier|late|later)\s+$/;
/** "this morning", "last night". */
const DEICTIC_PART = new RegExp(String.raw`\b(this|last)\s+(${PARTS})\b`, "g");
/** "last week", "next year", "this weekend" (and "earlier this month" with `EDGE_BEFORE`). */
const RELATIVE_PERIOD = /\b(this|last|next|past|coming|current|the)\s+(?:fiscal\s+)?(week|month|year|weekend|decade)\b/g;
const EDGE_BEFORE = new RegExp(String.raw`(?<![a-z])(${EDGE})[\s-]+$`);
/** "the weekend" (direction from the clause tense). */
const THE_WEEKEND = /\bthe\s+weekend\b/g;
/** "ago", read with the count and unit before it ("two months ago"). */
const AGO = /\b(ago|earlier)\b/g;
const AGO_BEFORE = new RegExp(String.raw`(?<![a-z0-9,.])(?:(?:about|almost|nearly|more\s+than|less\s+than|some|roughly|just|only|over)\s+)?(${COUNT_SOURCE})[\s-]+(day|week|month|year|decade)s?\s+$`);
/** "year-earlier", "year-ago" as adjectives ("a year-earlier loss", "the year-ago results"). */
const YEAR_ADJECTIVE = /\byear-(?:earlier|ago)\b/g;

const LETTER = /[A-Za-z]/;
const SENTENCE_END = /[.!?:"“”\n]\s*$/;

/** "Today" in an outlet name ("USA Today", "Russia Today"): capitalised, after a capitalised word mid-sentence. */
function isOutletToday(ctx: TimeContext, at: number): boolean {
  const t = ctx.text;
  if (!isUpperAt(ctx, at) || t[at - 1] !== " " || at < 2 || !LETTER.test(t[at - 2])) return false;
  let i = at - 2;
  while (i > 0 && LETTER.test(t[i - 1])) i--;
  return isUpperAt(ctx, i) && i > 0 && !SENTENCE_END.test(t.slice(Math.max(0, i - 3), i));
}

function dateOut(ctx: TimeContext, start: number, end: number, day: CalendarDate | null, part: string | null, method: string, confidence: number): TimeCandidate {
  const value = (day ? formatDay(day) : "XXXX-XX-XX") + (part ? "T" + part : "");
  return makeCandidate(ctx, start, end, {
    type: part ? "TIME" : "DATE",
    value,
    anchor: day ? "published" : "none",
    method,
    confidence,
    priority: 1,
    day,
  });
}

function weekendValue(anchor: CalendarDate, shift: number): string {
  return formatWeek(anchor, shift) + "-WE";
}

/** Relative dates anchored on the publication day: today, yesterday, last week, two months ago. */
export function findRelativeDates(ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const a = ctx.anchor;
  const lower = ctx.lower;

  DEICTIC_DAY.lastIndex = 0;
  for (let m = DEICTIC_DAY.exec(lower); m; m = DEICTIC_DAY.exec(lower)) {
    const word = m[1];
    if (word === "today" && isOutletToday(ctx, m.index)) continue;
    const shift = word === "yesterday" ? -1 : word === "tomorrow" ? 1 : 0;
    const part = word === "tonight" ? "NI" : m[2] ? PARTS_OF_DAY[m[2]] : null;
    const start = matchBefore(lower, m.index, EARLY_LATE_BEFORE)?.start ?? m.index;
    out.push(dateOut(ctx, start, m.index + m[0].length, a ? addDays(a, shift) : null, part, `pattern:deictic:${word}`, 0.9));
  }

  DEICTIC_PART.lastIndex = 0;
  for (let m = DEICTIC_PART.exec(lower); m; m = DEICTIC_PART.exec(lower)) {
    const part = PARTS_OF_DAY[m[2]];
    // "last night" is the night before publication; "last morning" is not an idiom.
    if (m[1] === "last" && m[2] !== "night") continue;
    const shift = m[1] === "last" ? -1 : 0;
    out.push(dateOut(ctx, m.index, m.index + m[0].length, a ? addDays(a, shift) : null, part, `pattern:deictic:${m[1]}-${m[2]}`, 0.85));
  }

  RELATIVE_PERIOD.lastIndex = 0;
  for (let m = RELATIVE_PERIOD.exec(lower); m; m = RELATIVE_PERIOD.exec(lower)) {
    const which = m[1];
    const unit = m[2];
    const edgeMatch = matchBefore(lower, m.index, EDGE_BEFORE);
    const edge = edgeMatch?.m[1];
    const start = edgeMatch ? edgeMatch.start : m.index;
    const end = m.index + m[0].length;
    const before = wordBefore(ctx, start);
    // "the end of the year" is this year; a bare "the year" is left alone.
    if (which === "the" && (!edge || !/end|start|beginning|middle/.test(edge) || unit === "weekend" || unit === "decade")) continue;
    if (which === "past" || which === "coming") {
      if (unit === "weekend") {
        if (!a) continue;
        const wd = isoWeekday(a);
        const shift = which === "past" ? (wd >= 6 ? 0 : -1) : wd >= 6 ? 1 : 0;
        out.push(makeCandidate(ctx, start, end, { type: "DATE", value: weekendValue(a, shift), anchor: "published", method: `pattern:${which}-weekend`, confidence: 0.8, priority: 1 }));
      }
      // "the past week" is a duration (read by findDurations); "past week" alone too.
      continue;
    }
    // "the last year" is a duration; "last year" is a date.
    if (which === "last" && before === "the" && !edge) continue;
    const shift = which === "last" ? -1 : which === "next" ? 1 : 0;
    let value: string;
    if (!a) value = unit === "week" ? "XXXX-WXX" : unit === "weekend" ? "XXXX-WXX-WE" : unit === "month" ? "XXXX-XX" : unit === "decade" ? "XXX" : "XXXX";
    else if (unit === "week") value = formatWeek(a, shift);
    else if (unit === "weekend") {
      const shiftWe = which === "last" ? -1 : which === "next" && isoWeekday(a) >= 6 ? 1 : 0;
      value = weekendValue(a, shiftWe);
    } else if (unit === "month") {
      const mm = addMonths(a.y, a.m, shift);
      value = formatMonth(mm.y, mm.m);
    } else if (unit === "year") value = String(a.y + shift);
    else value = String(Math.floor(a.y / 10) + shift);
    out.push(makeCandidate(ctx, start, end, {
      type: "DATE",
      value,
      anchor: a ? "published" : "none",
      method: `pattern:${which}-${unit}`,
      confidence: 0.9,
      priority: 1,
    }));
  }

  THE_WEEKEND.lastIndex = 0;
  for (let m = THE_WEEKEND.exec(lower); m; m = THE_WEEKEND.exec(lower)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!a) {
      out.push(makeCandidate(ctx, start, end, { type: "DATE", value: "XXXX-WXX-WE", anchor: "none", method: "pattern:the-weekend", confidence: 0.6, priority: 1 }));
      continue;
    }
    const tense = clauseTense(ctx, start, end);
    const wd = isoWeekday(a);
    const shift = tense === "future" ? (wd === 7 ? 1 : 0) : wd >= 6 ? 0 : -1;
    out.push(makeCandidate(ctx, start, end, { type: "DATE", value: weekendValue(a, shift), anchor: "published", method: `pattern:the-weekend+tense:${tense}`, confidence: 0.7, priority: 1 }));
  }

  AGO.lastIndex = 0;
  for (let m = AGO.exec(lower); m; m = AGO.exec(lower)) {
    const before = matchBefore(lower, m.index, AGO_BEFORE);
    if (!before) continue;
    const n = readCount(before.m[1]);
    if (n === null || !Number.isInteger(n)) continue;
    const unit = before.m[2];
    const start = before.start;
    const end = m.index + m[0].length;
    // "two days earlier" counts back from the publication day like "ago" (the usual news case: a
    // reference to an earlier report); TimeML would anchor it on the last date mentioned.
    let value: string;
    if (!a) value = unit === "day" ? "XXXX-XX-XX" : unit === "week" ? "XXXX-WXX" : unit === "month" ? "XXXX-XX" : unit === "decade" ? "XXX" : "XXXX";
    else if (unit === "day") value = formatDay(addDays(a, -n));
    else if (unit === "week") value = formatWeek(a, -n);
    else if (unit === "month") {
      const mm = addMonths(a.y, a.m, -n);
      value = formatMonth(mm.y, mm.m);
    } else if (unit === "year") value = String(a.y - n);
    else value = String(Math.floor((a.y - 10 * n) / 10));
    out.push(makeCandidate(ctx, start, end, {
      type: "DATE",
      value,
      anchor: a ? "published" : "none",
      method: `pattern:${unit}s-${m[1]}`,
      confidence: m[1] === "ago" ? 0.85 : 0.7,
      priority: 2,
      day: a && unit === "day" ? addDays(a, -n) : null,
      yearsBack: unit === "year" ? n : undefined,
    }));
  }

  YEAR_ADJECTIVE.lastIndex = 0;
  for (let m = YEAR_ADJECTIVE.exec(lower); m; m = YEAR_ADJECTIVE.exec(lower)) {
    out.push(makeCandidate(ctx, m.index, m.index + m[0].length, {
      type: "DATE",
      value: a ? String(a.y - 1) : "XXXX",
      anchor: a ? "published" : "none",
      method: "pattern:year-earlier",
      confidence: 0.7,
      priority: 2,
      yearsBack: 1,
    }));
  }
  return out;
}
