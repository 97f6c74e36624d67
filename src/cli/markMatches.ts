import type { Span } from "../types.js";

/** The stem a query word is matched by: lower case without a plural or verb ending ("talks" → "talk"). */
function stemOf(word: string): string {
  const w = word.toLowerCase();
  const cut = w.replace(/(?:ies|es|s|ed|ing)$/, "");
  return cut.length >= 3 ? cut : w;
}

/**
 * The words of `text[start, end)` that match a search query's words (by stem, as the full-text
 * index matches them, and by prefix for a `term*`), as spans into `text`. Operators and quotes
 * in the query are ignored.
 */
export function matchedWords(text: string, start: number, end: number, query: string): Span[] {
  const terms = (query.match(/[\p{L}\p{N}]+\*?/gu) ?? [])
    .filter((t) => !/^(?:AND|OR|NOT|NEAR)$/.test(t))
    .map((t) => (t.endsWith("*") ? t.slice(0, -1).toLowerCase() : stemOf(t)));
  if (!terms.length) return [];
  const out: Span[] = [];
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const w = m[0].toLowerCase();
    if (terms.some((t) => w.startsWith(t))) out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The sentence `text[start, end)` on one line with the matched words marked (bold/underline on a terminal, «…» otherwise). */
export function markMatches(text: string, start: number, end: number, matches: readonly Span[], color: boolean, max = 240): string {
  const parts: string[] = [];
  let at = start;
  for (const m of matches) {
    parts.push(text.slice(at, m.start));
    parts.push(color ? `\x1b[1m\x1b[4m${m.text}\x1b[0m` : `«${m.text}»`);
    at = m.end;
  }
  parts.push(text.slice(at, end));
  const line = parts.join("").replace(/\s+/g, " ").replace(/[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD").trim();
  return line.length > max ? line.slice(0, max - 1) + "…" : line;
}
