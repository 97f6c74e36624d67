import { HOLIDAYS, type HolidayRule } from "../../lexicons/en/calendarNames.js";
import { addDays, daysBetween, daysInMonth, formatDay, isoWeekday, type CalendarDate } from "./CalendarDate.js";
import { clauseTense } from "./clauseTense.js";
import { matchBefore } from "./matchBefore.js";
import { makeCandidate, type TimeCandidate } from "./TimeCandidate.js";
import { isUpperAt, type TimeContext } from "./TimeContext.js";

const KEYS = Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length);
const HOLIDAY = new RegExp(String.raw`(?<![a-z])(${KEYS.map((k) => k.replace(/\./g, "\\.").replace(/ /g, "\\s+")).join("|")})(?![a-z])(?:,?\s+((?:19|20)\d\d)\b)?`, "g");
/** "last ", "next ", "this " before a holiday. */
const WHICH_BEFORE = /(?<![a-z])(last|next|this)\s+$/;
/** Words after a holiday that make it a modifier of something else than a day ("Christmas tree"). */
const NOT_DAY_AFTER = /^\s+(?:tree|trees|card|cards|carol|carols|island|market|markets|lights|party|parties|rising|uprising|offensive|agreement|accords?|bunny|egg|eggs)\b/;

/** Western Easter Sunday of year `y` (anonymous Gregorian computus). */
export function easterSunday(y: number): CalendarDate {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The day a holiday falls on in year `y`. */
export function holidayDate(rule: HolidayRule, y: number): CalendarDate {
  if ("easter" in rule) return addDays(easterSunday(y), rule.easter);
  if ("day" in rule) return { y, m: rule.month, d: rule.day };
  if (rule.nth > 0) {
    const first = { y, m: rule.month, d: 1 };
    return addDays(first, ((rule.weekday - isoWeekday(first) + 7) % 7) + 7 * (rule.nth - 1));
  }
  const last = { y, m: rule.month, d: daysInMonth(y, rule.month) };
  return addDays(last, -((isoWeekday(last) - rule.weekday + 7) % 7));
}

/**
 * Named holidays ("Thanksgiving Day", "last Christmas", "Easter 2013", "Good Friday") → the
 * DATE they fall on: the year written, else "last"/"next"/"this", else the clause tense (past:
 * the latest one on or before publication; future: the next one; otherwise the nearer one).
 */
export function findHolidays(ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const a = ctx.anchor;
  HOLIDAY.lastIndex = 0;
  for (let m = HOLIDAY.exec(ctx.lower); m; m = HOLIDAY.exec(ctx.lower)) {
    const key = m[1].replace(/\s+/g, " ");
    const nameAt = m.index + (key.startsWith("the ") ? 4 : 0);
    if (!isUpperAt(ctx, nameAt)) continue;
    const end = m.index + m[0].length;
    if (!m[2] && NOT_DAY_AFTER.test(ctx.lower.slice(end, end + 16))) continue;
    const rule = HOLIDAYS[key];
    const which = m[2] ? null : matchBefore(ctx.lower, m.index, WHICH_BEFORE, 8);
    const start = which ? which.start : m.index;
    let day: CalendarDate | null = null;
    let method = "pattern:holiday";
    if (m[2]) day = holidayDate(rule, +m[2]);
    else if (a) {
      const before = (y: number) => daysBetween(holidayDate(rule, y), a) >= 0;
      const latest = before(a.y) ? holidayDate(rule, a.y) : holidayDate(rule, a.y - 1);
      const coming = before(a.y) && daysBetween(a, holidayDate(rule, a.y)) !== 0 ? holidayDate(rule, a.y + 1) : holidayDate(rule, a.y);
      const w = which?.m[1];
      const tense = w ? null : clauseTense(ctx, start, end);
      if (w === "last" || tense === "past") day = latest;
      else if (w === "next" || tense === "future") day = coming;
      else if (w === "this") day = holidayDate(rule, a.y);
      else day = Math.abs(daysBetween(a, latest)) <= Math.abs(daysBetween(a, coming)) ? latest : coming;
      method += w ? `+${w}` : `+tense:${tense}`;
    }
    out.push(makeCandidate(ctx, start, end, {
      type: "DATE",
      value: day ? formatDay(day) : "XXXX-XX-XX",
      anchor: m[2] ? "absolute" : a ? "published" : "none",
      method,
      confidence: 0.8,
      priority: 2,
      day,
    }));
  }
  return out;
}
