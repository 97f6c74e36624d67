/**
 * Splits an evidence sentence into plain and marked pieces: the highlighted words when the
 * evidence has them (a changed word of a quote), else the claim span itself.
 */
import type { Evidence } from "../StoryReport.js";

export interface Piece {
  text: string;
  marked: boolean;
}

export function markedPieces(ev: Evidence): Piece[] {
  const s = ev.sentence;
  const marks = (ev.highlight && ev.highlight.length ? ev.highlight : [ev.span])
    .map((m) => ({ start: Math.max(m.start, s.start), end: Math.min(m.end, s.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let at = s.start;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: s.text.slice(at - s.start, m.start - s.start), marked: false });
    out.push({ text: s.text.slice(m.start - s.start, m.end - s.start), marked: true });
    at = m.end;
  }
  if (at < s.end) out.push({ text: s.text.slice(at - s.start), marked: false });
  return out;
}
