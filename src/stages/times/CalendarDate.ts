/**
 * Plain calendar arithmetic on `{y, m, d}` days (proleptic Gregorian, no time zones), and the
 * TIMEX3 spellings of days, months and ISO weeks.
 */

/** A calendar day. `m` is 1..12, `d` is 1..31. */
export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

const ANCHOR = /^(\d{4})-(\d{2})-(\d{2})/;
const DAY_MS = 86_400_000;

/** Reads the day part of a `YYYY-MM-DD` or ISO timestamp; null when absent or malformed. */
export function parseCalendarDate(s: string | null | undefined): CalendarDate | null {
  if (!s) return null;
  const m = ANCHOR.exec(s.trim());
  if (!m) return null;
  const c = { y: +m[1], m: +m[2], d: +m[3] };
  if (c.m < 1 || c.m > 12 || c.d < 1 || c.d > daysInMonth(c.y, c.m)) return null;
  return c;
}

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toEpochDay(c: CalendarDate): number {
  return Math.floor(Date.UTC(c.y, c.m - 1, c.d) / DAY_MS);
}

function fromEpochDay(n: number): CalendarDate {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** The day `n` days after `c` (negative `n` goes back). */
export function addDays(c: CalendarDate, n: number): CalendarDate {
  return fromEpochDay(toEpochDay(c) + n);
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** `{y, m}` shifted by `n` months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(c: CalendarDate): number {
  const wd = new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(c: CalendarDate): { year: number; week: number } {
  const thursday = addDays(c, 4 - isoWeekday(c));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

/** `YYYY-MM-DD`. */
export function formatDay(c: CalendarDate): string {
  return `${pad(c.y, 4)}-${pad(c.m)}-${pad(c.d)}`;
}

/** `YYYY-MM`. */
export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** `YYYY-Www` for the ISO week containing `c`, shifted by `n` weeks. */
export function formatWeek(c: CalendarDate, n = 0): string {
  const w = isoWeek(addDays(c, 7 * n));
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}
