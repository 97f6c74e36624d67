import type { StageContext } from "../../types.js";
import { daysBetween, daysInMonth, formatDay, isoWeekday } from "./CalendarDate.js";
import { makeCandidate, type TimeCandidate } from "./TimeCandidate.js";
import type { TimeContext } from "./TimeContext.js";

const JOINER = /^,?\s{0,2}$/;

/**
 * Joins a weekday and the calendar date right after it ("Monday, Aug. 19") into one DATE with
 * the calendar date's value. Reports a diagnostic when the named weekday is not that date's.
 * `cands` must be sorted by start.
 */
export function mergeWeekdayDates(ctx: TimeContext, cands: TimeCandidate[], report: StageContext["report"]): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const w = cands[i];
    if (w.weekday === undefined || w.type !== "DATE") {
      out.push(w);
      continue;
    }
    let merged: TimeCandidate | null = null;
    for (let j = i + 1; j < cands.length && cands[j].start <= w.end + 3; j++) {
      const c = cands[j];
      if (!c.method.startsWith("chrono:") || c.start < w.end || !JOINER.test(ctx.text.slice(w.end, c.start))) continue;
      // A year inferred from tense gives way to the year in which the weekday fits ("Tuesday, Aug. 20").
      let day = c.day;
      let method = c.method + "+weekday";
      if (day && c.anchor === "published" && ctx.anchor && isoWeekday(day) !== w.weekday) {
        const a = ctx.anchor;
        const inferred = day;
        const fits = [0, -1, 1]
          .map((k) => ({ ...inferred, y: a.y + k }))
          .find((d) => d.d <= daysInMonth(d.y, d.m) && isoWeekday(d) === w.weekday);
        // Only when that year is also nearer the publication date (a typo in the weekday stays a typo).
        if (fits && Math.abs(daysBetween(a, fits)) < Math.abs(daysBetween(a, inferred))) {
          day = fits;
          method = c.method.replace(/\+year:\w+$/, "") + "+year:weekday+weekday";
        }
      }
      merged = makeCandidate(ctx, w.start, c.end, {
        type: "DATE",
        value: day ? formatDay(day) : c.value,
        anchor: c.anchor,
        method,
        confidence: c.confidence,
        priority: c.priority + 1,
        day,
      });
      if (day && isoWeekday(day) !== w.weekday) {
        report({ stage: "times", rule: "weekday-mismatch", span: { start: merged.start, end: merged.end, text: merged.text }, message: `"${merged.text}": ${merged.value} is not that weekday` });
      }
      break;
    }
    out.push(merged ?? w);
  }
  return out;
}
