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

/** Chronological order: date, then article, then position. */
export function compareTimeline(a: TimelineRow, b: TimelineRow): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.articleId - b.articleId || a.start - b.start;
}
