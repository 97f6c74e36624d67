import * as chrono from "chrono-node";
import { MONTH_NAMES } from "../../lexicons/en/calendarNames.js";
import { daysBetween, formatDay, type CalendarDate } from "./CalendarDate.js";
import { clauseTense } from "./clauseTense.js";
import { inferYear } from "./inferYear.js";
import { makeCandidate, type TimeCandidate } from "./TimeCandidate.js";
import type { Sentence } from "../../types.js";
import { isUpperAt, sentenceAt, wordBefore, type TimeContext } from "./TimeContext.js";

/**
 * chrono's strict English parsers that read calendar dates with a day ("Oct. 7, 2023", "7 July",
 * "2023-05-06", "05/06/2023"). The weekday, time-of-day and relative parsers are left out: this
 * stage reads those itself, with news conventions chrono does not follow. Kept by class name;
 * if a chrono release renames them, the full strict set is used and the filters below still
 * keep only day-precise dates.
 */
const KEEP_PARSERS = new Set([
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
]);

function buildChrono(): chrono.Chrono {
  const c = chrono.strict.clone();
  const kept = c.parsers.filter((p) => KEEP_PARSERS.has(p.constructor.name));
  if (kept.length > 0) c.parsers = kept;
  return c;
}

const CALENDAR = buildChrono();

/** A cheap test for text chrono could read a day-precise date in (month name next to a number, or digit dates). */
const TRIGGER =
  /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s*\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d\d?-\d\d?|\d\d?\/\d\d?\/\d{2,4}/g;
/** Words before a year-less date that make it a deadline or due date ("payable Dec. 7"). */
const DEADLINE_BEFORE = new Set(["to", "until", "till", "by", "through", "payable", "record", "before", "expires", "expire", "due"]);
/** "deadline", "as the deadline" after a year-less date ("has set Nov. 10 as the deadline"). */
const DEADLINE_AFTER = /^\s+(?:as\s+(?:the|a)\s+)?deadline\b/;
/** How far ahead of publication a deadline date may lie (days). */
const DEADLINE_REACH_DAYS = 120;
/** The " date YYYY-MM-DD " marker a search index puts before some texts: furniture, not content. */
const DATE_MARKER = /^\s*date \d{4}-\d\d-\d\d\s$/;
const LEADING_WORDS = /^(?:(?:on|the|of|at|from|by|in|since|until|till|to|before|after|between|and|during)\s+)+/i;
const TRAILING_PUNCT = /[\s,;:()[\]"'“”]+$/;
const RANGE_SEPARATOR = /\s*(?:-|–|—|\bto\b|\buntil\b|\bthrough\b|\band\b)\s*/g;
const FIRST_WORD = /[A-Za-z]+/;
const FOUR_DIGITS = /\d{4}/;
const HAS_DIGIT = /\d/;
/** A day number and conjunction just before a "12 July"-style date: "11 and 12 July". */
const COORDINATED_DAY = /(?:^|[^\d.,])(\d{1,2})(?:st|nd|rd|th)?\s*(?:,|and|&|or)\s*$/;

interface DateParts {
  y: number | null;
  m: number;
  d: number;
}

function partsOf(c: chrono.ParsedResult["start"]): DateParts | null {
  if (!c.isCertain("month") || !c.isCertain("day")) return null;
  const m = c.get("month");
  const d = c.get("day");
  if (m === null || d === null) return null;
  return { y: c.isCertain("year") ? c.get("year") : null, m, d };
}

/** Reads the year-less parts against the anchor and clause tense; returns value, anchor and day. */
function resolve(ctx: TimeContext, p: DateParts, start: number, end: number) {
  if (p.y !== null) {
    const day = { y: p.y, m: p.m, d: p.d };
    return { value: formatDay(day), anchor: "absolute" as const, day, method: "chrono:date" };
  }
  if (!ctx.anchor) {
    const mm = String(p.m).padStart(2, "0");
    const dd = String(p.d).padStart(2, "0");
    return { value: `XXXX-${mm}-${dd}`, anchor: "none" as const, day: null, method: "chrono:date" };
  }
  const tense = clauseTense(ctx, start, end);
  let day: CalendarDate = { y: inferYear(ctx.anchor, p.m, p.d, tense), m: p.m, d: p.d };
  // A deadline or payment date ("extended to Nov. 20", "payable Dec. 7", "by Jan. 14", "the
  // Jan. 14 deadline") points ahead even in a past-tense clause, when the coming one is near.
  if (tense !== "future" && daysBetween(ctx.anchor, day) < 0 && (DEADLINE_BEFORE.has(wordBefore(ctx, start)) || DEADLINE_AFTER.test(ctx.lower.slice(end, end + 24)))) {
    const ahead: CalendarDate = { y: inferYear(ctx.anchor, p.m, p.d, "future"), m: p.m, d: p.d };
    if (daysBetween(ctx.anchor, ahead) <= DEADLINE_REACH_DAYS) {
      return { value: formatDay(ahead), anchor: "published" as const, day: ahead, method: "chrono:date+year:deadline" };
    }
  }
  return { value: formatDay(day), anchor: "published" as const, day, method: `chrono:date+year:${tense}` };
}

/** True when the span's month word, if it has one, is written with a capital ("may 5" is not a date). */
function monthIsCapitalised(ctx: TimeContext, start: number, spanText: string): boolean {
  const w = FIRST_WORD.exec(spanText);
  if (!w) return true;
  const key = w[0].toLowerCase();
  if (!(key in MONTH_NAMES)) {
    // "12 July": the month is the second word.
    const rest = spanText.slice(w.index + w[0].length);
    const w2 = FIRST_WORD.exec(rest);
    if (!w2) return true;
    return isUpperAt(ctx, start + w.index + w[0].length + w2.index);
  }
  return isUpperAt(ctx, start + w.index);
}

function dateCandidate(ctx: TimeContext, p: DateParts, start: number, end: number, confidence: number): TimeCandidate {
  const r = resolve(ctx, p, start, end);
  return makeCandidate(ctx, start, end, {
    type: "DATE",
    value: r.value,
    anchor: r.anchor,
    method: r.method,
    confidence: r.anchor === "published" ? confidence - 0.05 : confidence,
    day: r.day,
    priority: 2,
  });
}

/** The end of sentence `s` and, when it is short (a split after "Oct."), of the next one too; capped at `cap`. */
function nextSentenceEnd(ctx: TimeContext, s: Sentence | null, cap: number): number {
  if (!s) return cap;
  const next = ctx.sentences[s.index + 1];
  return next && next.start < cap && s.end - s.start < 12 ? next.end : s.end;
}

/** How far (in characters) before and after a trigger chrono reads. */
const WINDOW_REACH = 80;

/** `i`, moved back to the start of the word it falls in. */
function wordStartAtOrBefore(s: string, i: number): number {
  while (i > 0 && !/\s/.test(s[i - 1])) i--;
  return i;
}

/** `i`, moved on to the end of the word it falls in (never past the line or text end it was capped at). */
function wordEndAtOrAfter(s: string, i: number): number {
  while (i < s.length && i > 0 && !/\s/.test(s[i - 1]) && !/\s/.test(s[i])) i++;
  return i;
}

/** Calendar dates with a day, read by chrono over the sentences that look like they hold one. */
export function findCalendarDates(ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const lower = ctx.lower;
  const ref = ctx.anchor ? new Date(Date.UTC(ctx.anchor.y, ctx.anchor.m - 1, ctx.anchor.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  TRIGGER.lastIndex = 0;
  let doneUntil = -1;
  for (let m = TRIGGER.exec(lower); m; m = TRIGGER.exec(lower)) {
    if (m.index < doneUntil) continue;
    // Parse the sentence(s) the trigger sits in, within its line: chrono's cost grows with the
    // input, and a date never crosses a line break.
    const lineStart = lower.lastIndexOf("\n", m.index) + 1;
    let lineEnd = lower.indexOf("\n", m.index);
    if (lineEnd < 0) lineEnd = lower.length;
    const s1 = sentenceAt(ctx, m.index);
    const s2 = sentenceAt(ctx, m.index + m[0].length - 1);
    // Only the words near the trigger: a date with its weekday, range or year fits in
    // WINDOW_REACH characters on each side, and chrono's cost grows with its input.
    const winStart = wordStartAtOrBefore(lower, Math.max(lineStart, s1 ? s1.start : lineStart, m.index - WINDOW_REACH));
    const winEnd = wordEndAtOrAfter(lower, Math.min(lineEnd, nextSentenceEnd(ctx, s2, lineEnd), m.index + m[0].length + WINDOW_REACH));
    doneUntil = winEnd;
    TRIGGER.lastIndex = winEnd;
    for (const r of CALENDAR.parse(ctx.text.slice(winStart, winEnd), { instant: ref, timezone: 0 })) {
      if (winStart < 16 && DATE_MARKER.test(ctx.text.slice(0, winStart + r.index + r.text.length + 1))) continue;
      let start = winStart + r.index;
      let span = r.text;
      const lead = LEADING_WORDS.exec(span);
      if (lead) {
        start += lead[0].length;
        span = span.slice(lead[0].length);
      }
      span = span.replace(TRAILING_PUNCT, "");
      const end = start + span.length;
      if (!span || !HAS_DIGIT.test(span)) continue;
      const p = partsOf(r.start);
      if (!p) continue;
      const hasWord = FIRST_WORD.test(span);
      if (!hasWord && (p.y === null || !FOUR_DIGITS.test(span))) continue; // "24/7", "9/11"
      if (hasWord && !monthIsCapitalised(ctx, start, span)) continue;
      const q = r.end ? partsOf(r.end) : null;
      let split = false;
      if (q) {
        RANGE_SEPARATOR.lastIndex = 0;
        for (let s = RANGE_SEPARATOR.exec(span); s; s = RANGE_SEPARATOR.exec(span)) {
          const left = span.slice(0, s.index);
          const right = span.slice(s.index + s[0].length);
          if (HAS_DIGIT.test(left) && HAS_DIGIT.test(right)) {
            if (p.y === null && q.y !== null) p.y = q.y;
            out.push(dateCandidate(ctx, p, start, start + left.length, 0.9));
            out.push(dateCandidate(ctx, q, end - right.length, end, 0.9));
            split = true;
            break;
          }
        }
      }
      if (split) continue;
      out.push(dateCandidate(ctx, p, start, end, 0.95));
      // "11 and 12 July": the first day shares the month.
      if (!hasWord || /^\d/.test(span)) {
        const before = COORDINATED_DAY.exec(lower.slice(Math.max(0, start - 16), start));
        if (before) {
          const d = +before[1];
          if (d >= 1 && d <= 31 && d !== p.d) {
            const dayStart = start - before[0].length + before[0].indexOf(before[1]);
            out.push(dateCandidate(ctx, { ...p, d }, dayStart, dayStart + before[1].length, 0.8));
          }
        }
      }
    }
  }
  return out;
}
