/**
 * Dated events across outlets: the same event (signing, meeting, arrival, …) resolved, each
 * against its own article's publication date, to different days is a date conflict.
 */
import type { Agreement, DateConflict, Side } from "../StoryReport.js";
import { sameOccasion, type DateClaim } from "../claims/claims.js";
import type { StoryDoc } from "./docs.js";

export interface DateOptions {
  /** Days further apart than this are taken to be different occurrences (default 3). */
  maxDays?: number;
}

/** Point events: one occurrence per story is the normal case, so two days are a contradiction. */
export const POINT_EVENTS = new Set(["signing", "meeting", "arrival", "departure", "vote", "release", "start", "end", "hearing", "sentence"]);

interface DayGroup {
  event: string;
  day: string;
  claims: { doc: StoryDoc; claim: DateClaim }[];
}

/**
 * Days since 1970 of a day (`YYYY-MM-DD`); a month alone (`YYYY-MM`) counts as its 15th (a month
 * is ±15 days of any of its days). With `ignoreYear` only the month and day count (read in 2000,
 * so "XXXX-03-22" and "2024-03-22" are one day); NaN for anything else (a weekday, a day without
 * a year when the year counts).
 */
export function dayNumber(day: string, ignoreYear = false): number {
  const m = /^(\d{4}|XXXX)-(\d{2})(?:-(\d{2}))?$/.exec(day);
  if (!m || (m[1] === "XXXX" && !ignoreYear)) return NaN;
  return Math.round(Date.parse(`${ignoreYear ? "2000" : m[1]}-${m[2]}-${m[3] ?? "15"}T00:00:00Z`) / 86400000);
}

/** Whether two values can name the same day: equal, or a month and a day in it ("June" / "June 12"). */
function sameDay(a: string, b: string): boolean {
  return a === b || (a.length === 7 && b.startsWith(a)) || (b.length === 7 && a.startsWith(b));
}

function side(g: DayGroup): Side & { value: string } {
  return { label: `${g.event} on ${g.day}`, value: g.day, evidence: g.claims.map((c) => c.claim.evidence), sources: new Set(g.claims.map((c) => c.doc.group)).size };
}

export interface DateFindings {
  conflicts: DateConflict[];
  agreements: Agreement[];
  groups: Map<string, DayGroup[]>;
}

export function compareDates(docs: readonly StoryDoc[], opts: DateOptions = {}): DateFindings {
  const maxDays = opts.maxDays ?? 3;
  const byEvent = new Map<string, DayGroup[]>();
  const ambiguous = new Set<string>();
  for (const d of docs) {
    const days = new Map<string, Set<string>>();
    for (const c of d.claims.dates) {
      if (!days.has(c.event)) days.set(c.event, new Set());
      days.get(c.event)!.add(c.day);
    }
    for (const [ev, s] of days) if (s.size > 1) ambiguous.add(`${d.index}|${ev}`);
    for (const c of d.claims.dates) {
      let list = byEvent.get(c.event);
      if (!list) byEvent.set(c.event, (list = []));
      let g = list.find((x) => x.day === c.day);
      if (!g) list.push((g = { event: c.event, day: c.day, claims: [] }));
      if (!g.claims.some((x) => x.doc === d)) g.claims.push({ doc: d, claim: c });
    }
  }
  const out: DateFindings = { conflicts: [], agreements: [], groups: byEvent };
  for (const [ev, list] of byEvent) {
    list.sort((a, b) => (a.day < b.day ? -1 : 1));
    for (const g of list) {
      const n = new Set(g.claims.map((c) => c.doc.group)).size;
      if (n >= 2) out.agreements.push({ kind: "date", key: ev, label: `${ev} on ${g.day}`, sources: n, evidence: g.claims.map((c) => c.claim.evidence) });
    }
    if (!POINT_EVENTS.has(ev.replace(/ \(planned\)$/, ""))) continue;
    const usable = list
      .map((g) => ({ ...g, claims: g.claims.filter((c) => !ambiguous.has(`${c.doc.index}|${ev}`)) }))
      .filter((g) => g.claims.length > 0);
    for (let i = 0; i < usable.length; i++) {
      for (let j = i + 1; j < usable.length; j++) {
        if (sameDay(usable[i].day, usable[j].day)) continue;
        // Months compare as months: June and July are a month apart, within reach of each other.
        const reach = usable[i].day.length === 7 || usable[j].day.length === 7 ? 45 : maxDays;
        if (Math.abs(dayNumber(usable[i].day) - dayNumber(usable[j].day)) > reach) continue;
        // "met Netanyahu on Monday" / "met Herzog on Tuesday": different people, different meetings.
        if (!usable[i].claims.some((x) => usable[j].claims.some((y) => sameOccasion(x.claim.names, y.claim.names)))) continue;
        out.conflicts.push({ event: ev, a: side(usable[i]), b: side(usable[j]) });
      }
    }
  }
  return out;
}
