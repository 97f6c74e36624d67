import type { Analysis } from "../types.js";
import type { TimelineRow } from "./Store.js";
import { sentenceSpans } from "./sentenceSpans.js";

/**
 * The timeline facts of one article about the entities `entityIds`: quotes they speak, figures
 * credited to them, and dates stated in sentences that mention them. A quote or figure is dated
 * by the first absolute DATE in its sentence, else by the publication date.
 */
export function timelineRows(analysis: Analysis, articleId: number, entityIds: Set<string>): TimelineRow[] {
  const doc = analysis.document;
  const sentences = sentenceSpans(doc.text);
  const published = doc.published ? doc.published.slice(0, 10) : "";
  const sentenceOf = (start: number, end: number): { start: number; end: number } => {
    const first = sentences.find((s) => s.end > start) ?? { start, end };
    const last = [...sentences].reverse().find((s) => s.start < end) ?? first;
    return { start: Math.min(first.start, start), end: Math.max(last.end, end) };
  };
  const dates = analysis.times.filter((t) => t.type === "DATE" && /^\d{4}/.test(t.value));
  const dateIn = (range: { start: number; end: number }): string => dates.find((t) => t.start >= range.start && t.end <= range.end)?.value ?? published;
  const base = { articleId, docId: doc.id, outlet: doc.outlet };
  const rows: TimelineRow[] = [];
  const quotesBy = new Set<string>();
  for (const q of analysis.quotes) {
    if (!q.speaker?.entity || !entityIds.has(q.speaker.entity)) continue;
    quotesBy.add(q.id);
    rows.push({ ...base, date: dateIn(sentenceOf(q.content.start, q.content.end)), kind: "quote", text: q.content.text, start: q.content.start, end: q.content.end });
  }
  for (const f of analysis.figures) {
    const credited = (f.source?.entity && entityIds.has(f.source.entity)) || (f.source?.quote && quotesBy.has(f.source.quote));
    if (!credited) continue;
    rows.push({ ...base, date: dateIn(sentenceOf(f.start, f.end)), kind: "figure", text: f.text, start: f.start, end: f.end });
  }
  const mentioned = analysis.entities.filter((e) => entityIds.has(e.id)).flatMap((e) => e.mentions);
  for (const t of dates) {
    const s = sentenceOf(t.start, t.end);
    if (mentioned.some((m) => m.start >= s.start && m.end <= s.end)) rows.push({ ...base, date: t.value, kind: "time", text: t.text, start: t.start, end: t.end });
  }
  return rows;
}

/** Chronological order: date (by {@link timexSortKey}), then article, then position. */
export function compareTimeline(a: TimelineRow, b: TimelineRow): number {
  const ka = timexSortKey(a.date);
  const kb = timexSortKey(b.date);
  return ka < kb ? -1 : ka > kb ? 1 : a.articleId - b.articleId || a.start - b.start;
}

/**
 * A key that sorts TIMEX3 date values by the first day they cover: "2026-W10-WE" by the
 * Saturday of ISO week 10 (not after "2026-03-11" as strings would), "2026-03" just before 1 March,
 * "2026-Q1" just before 1 January; a value cannot be dated (undated rows) sorts last.
 */
export function timexSortKey(value: string): string {
  let m = /^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?/.exec(value);
  if (m) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86400000) + (+m[2] - 1) * 7 * 86400000;
    const offset = m[3] === "WE" ? 5 : m[3] ? +m[3] - 1 : 0;
    return new Date(monday + offset * 86400000).toISOString().slice(0, 10) + "~" + value;
  }
  m = /^(\d{4})-Q([1-4])/.exec(value);
  if (m) return `${m[1]}-${String((+m[2] - 1) * 3 + 1).padStart(2, "0")}-00~${value}`;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  // a month or year before its first day
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-00`;
  if (/^\d{4}$/.test(value)) return `${value}-00-00`;
  return `~${value}`;
}
