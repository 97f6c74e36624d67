/**
 * When an article was written, for placing it in a story's time line: the publication date, else
 * the date the text gives itself — a leading ` date YYYY-MM-DD ` marker (search-index excerpts),
 * or a dated dateline in the first lines ("20 February, 2023", "Feb. 21, 2023 — …"). Null when
 * none is known: an undated article is placed by its content alone.
 */
import type { Analysis } from "../../types.js";

const MARKER = /^\s*date (\d{4}-\d{2}-\d{2})\b/;
/** A dateline sits in the first characters of the text. */
const DATELINE_CHARS = 400;

export function articleDate(a: Analysis): string | null {
  const doc = a.document;
  if (doc.published && /^\d{4}-\d{2}-\d{2}/.test(doc.published)) return doc.published.slice(0, 10);
  const m = MARKER.exec(doc.text);
  if (m && dayNumber(m[1]) !== null) return m[1];
  // A full date with its year written out, near the top: the dateline or the first sentence.
  for (const t of a.times) {
    if (t.start > DATELINE_CHARS) break;
    if (t.type === "DATE" && t.anchor === "absolute" && /^\d{4}-\d{2}-\d{2}$/.test(t.value) && /\b\d{4}\b/.test(t.text)) return t.value;
  }
  return null;
}

/** {@link articleDate} as days since 1970-01-01, or null. */
export function articleDay(a: Analysis): number | null {
  return dayNumber(articleDate(a));
}

/** `YYYY-MM-DD…` → days since epoch; null if absent or unparseable. */
export function dayNumber(date: string | null | undefined): number | null {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : null;
}
