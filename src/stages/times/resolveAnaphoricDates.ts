import { addDays, formatDay, type CalendarDate } from "./CalendarDate.js";
import type { TimeCandidate } from "./TimeCandidate.js";
import type { TimeContext } from "./TimeContext.js";

const YEAR_VALUE = /^(\d{4})(?!\d)/;

/**
 * Resolves `refersBack` candidates ("that year", "the following day") against the last DATE or
 * TIME before them that names a year (for `Y`) or a day (for `D`), shifted by their offset; a
 * year with none takes the publication year, a day with none is dropped (generic "that day"). `cands` are sorted; resolved candidates are new objects and
 * themselves count as mentions for the ones after them.
 */
export function resolveAnaphoricDates(ctx: TimeContext, cands: readonly TimeCandidate[]): TimeCandidate[] {
  let lastYear: number | null = null;
  let lastDay: CalendarDate | null = null;
  const kept: TimeCandidate[] = [];
  for (const c of cands) {
    let out = c;
    const r = c.refersBack;
    if (r) {
      const fromContext = r.unit === "Y" ? lastYear !== null : lastDay !== null;
      // "that day" with no day before it is usually generic ("strong redemptions that day").
      if (!fromContext && r.unit === "D") continue;
      const a = ctx.anchor;
      if (r.unit === "Y") {
        const y = lastYear ?? a?.y ?? null;
        if (y !== null) out = { ...c, value: String(y + r.shift), anchor: fromContext ? "context" : "published" };
      } else {
        const d = lastDay ?? a;
        if (d) {
          const day = addDays(d, r.shift);
          out = { ...c, value: formatDay(day), day, anchor: fromContext ? "context" : "published" };
        }
      }
      if (out !== c) out = { ...out, method: c.method + (fromContext ? "+context" : "+published"), confidence: fromContext ? c.confidence : c.confidence - 0.1 };
    }
    if (out.type === "DATE" || out.type === "TIME") {
      const y = YEAR_VALUE.exec(out.value);
      if (y) lastYear = +y[1];
      if (out.day) lastDay = out.day;
    }
    kept.push(out);
  }
  return kept;
}
