import { daysBetween, type CalendarDate } from "./CalendarDate.js";
import type { Tense } from "./clauseTense.js";

/** Days from the anchor within which a day-and-month date is always the anchor's year. */
const NEAR_DAYS = 7;

/**
 * The year of a month (and optional day) written without one, from the publication anchor and
 * the clause tense: past clauses take the most recent such date on or before the anchor, future
 * clauses the next one on or after it, and anything else the closest one (ties go to the past).
 */
export function inferYear(anchor: CalendarDate, month: number, day: number | null, tense: Tense): number {
  const y = anchor.y;
  if (day === null) {
    const diff = month - anchor.m; // months from the anchor's month, same year
    if (diff === 0) return y;
    if (tense === "past") return diff < 0 ? y : y - 1;
    if (tense === "future") return diff > 0 ? y : y + 1;
    if (diff < 0) return -diff <= 12 + diff ? y : y + 1;
    return diff < 12 - diff ? y : y - 1;
  }
  const at = (yy: number) => daysBetween(anchor, { y: yy, m: month, d: Math.min(day, month === 2 && day === 29 ? 28 : day) });
  const here = at(y);
  if (here === 0) return y;
  // A date a few days from the anchor is this year's whatever the tense: "Putin declared March 24
  // a day of mourning" in an article of March 23 announces the coming day (past verb, future
  // date); a year away would be absurd.
  if (Math.abs(here) <= NEAR_DAYS) return y;
  if (tense === "past") return here < 0 ? y : y - 1;
  if (tense === "future") return here > 0 ? y : y + 1;
  const other = here < 0 ? y + 1 : y - 1;
  const there = at(other);
  if (Math.abs(here) < Math.abs(there)) return y;
  if (Math.abs(here) > Math.abs(there)) return other;
  return here < 0 ? y : other;
}
