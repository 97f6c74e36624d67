import { formatDay, type CalendarDate } from "./CalendarDate.js";
import type { TimeCandidate } from "./TimeCandidate.js";
import { sentenceAt, type TimeContext } from "./TimeContext.js";

function nearestDay(cands: readonly TimeCandidate[], i: number, from: number, to: number): TimeCandidate | null {
  let best: TimeCandidate | null = null;
  let bestDist = Infinity;
  const c = cands[i];
  for (let j = i - 1; j >= 0 && cands[j].end > from; j--) {
    const d = cands[j];
    if (d.day && d.start >= from) {
      bestDist = c.start - d.end;
      best = d;
      break;
    }
  }
  for (let j = i + 1; j < cands.length && cands[j].start < to; j++) {
    const d = cands[j];
    if (d.day && d.end <= to) {
      if (d.start - c.end < bestDist) best = d;
      break;
    }
  }
  return best;
}

function precedingDay(cands: readonly TimeCandidate[], i: number): TimeCandidate | null {
  for (let j = i - 1; j >= 0; j--) if (cands[j].day && cands[j].type === "DATE") return cands[j];
  return null;
}

/**
 * Gives clock times and context parts of day their date:
 * - a clock time ("3 p.m.") takes the nearest dated expression in its sentence ("on Wednesday"),
 *   else the publication day;
 * - a part of day ("the evening") takes the closest dated expression before it in the text,
 *   else the publication day.
 * Without either, the date part stays `XXXX-XX-XX` with anchor "none". `cands` are sorted and
 * non-overlapping; resolved candidates are replaced by new objects.
 */
export function resolveContextDays(ctx: TimeContext, cands: readonly TimeCandidate[]): TimeCandidate[] {
  return cands.map((c, i) => {
    if (c.clock === undefined && c.partOfDay === undefined) return c;
    let src: TimeCandidate | null = null;
    if (c.clock !== undefined) {
      const s = sentenceAt(ctx, c.start);
      src = s ? nearestDay(cands, i, s.start, s.end) : null;
    } else {
      src = precedingDay(cands, i);
    }
    const day: CalendarDate | null = src?.day ?? ctx.anchor;
    const anchor = src ? "context" : ctx.anchor ? "published" : "none";
    const tail = c.clock !== undefined ? c.clock : c.partOfDay;
    return {
      ...c,
      value: `${day ? formatDay(day) : "XXXX-XX-XX"}T${tail}`,
      anchor,
      day,
      method: c.method + (src ? "+context-day" : ctx.anchor ? "+published-day" : ""),
      confidence: src ? c.confidence : c.confidence - 0.1,
    } as TimeCandidate;
  });
}
