import { formatDay } from "./CalendarDate.js";
import { makeCandidate, type TimeCandidate } from "./TimeCandidate.js";
import type { TimeContext } from "./TimeContext.js";

/** Between a clock time and the day after it: a space, or ", " ("10 p.m., Wednesday" is rare but seen). */
const JOINER = /^,?\s{1,2}$/;

/**
 * Joins a clock time and the dated day right after it ("10 p.m. Wednesday", "noon Thursday",
 * "9 a.m. EST Tuesday") into one TIME whose value is that day at that time, as TimeML
 * annotates them. `cands` must be sorted by start; the joined candidate is added next to its
 * parts and wins in `dropOverlaps` by length.
 */
export function mergeClockDates(ctx: TimeContext, cands: TimeCandidate[]): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    out.push(c);
    if (c.clock === undefined) continue;
    for (let j = i + 1; j < cands.length && cands[j].start <= c.end + 3; j++) {
      const d = cands[j];
      if (d.start < c.end || !d.day || d.type !== "DATE" || !JOINER.test(ctx.text.slice(c.end, d.start))) continue;
      out.push(makeCandidate(ctx, c.start, d.end, {
        type: "TIME",
        value: `${formatDay(d.day)}T${c.clock}`,
        anchor: d.anchor,
        method: `${c.method}+${d.method}`,
        confidence: Math.min(c.confidence, d.confidence),
        priority: d.priority + 1,
        day: d.day,
      }));
      break;
    }
  }
  return out;
}
