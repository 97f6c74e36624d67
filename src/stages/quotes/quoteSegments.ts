import type { Paragraph } from "../../types.js";

/** A stretch of text between double quote marks. */
export interface QuoteSegment {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ends first (a quotation that continues). */
  close: number;
  /** Inner text span, without the marks. */
  start: number;
  end: number;
  paragraph: number;
}

const OPENERS = new Set(["\u201C", "\u201E", "\u00AB"]);
const CLOSERS = new Set(["\u201D", "\u00BB"]);

/**
 * Pairs double quote marks inside each paragraph. Typographic marks are directional; a straight
 * `"` opens when it follows a space or an opening bracket and closes otherwise. A quotation still
 * open at the end of a paragraph ends there with `close = -1` (newswire convention: the next
 * paragraph reopens it).
 */
export function findQuoteSegments(text: string, paragraphs: readonly Paragraph[]): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  for (const p of paragraphs) {
    let openAt = -1;
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      // Only double quote marks matter: " “ „ « ” »
      if (c !== 0x22 && c !== 0x201c && c !== 0x201e && c !== 0xab && c !== 0x201d && c !== 0xbb) continue;
      const ch = text[i];
      let kind: "open" | "close" | null = null;
      if (OPENERS.has(ch)) kind = "open";
      else if (CLOSERS.has(ch)) {
        // a closing mark used as an opener ("”I want to …" at a paragraph start), a common typesetting slip
        const before = i === p.start ? " " : text[i - 1];
        const after = i + 1 >= p.end ? " " : text[i + 1];
        kind = openAt < 0 && ch === "\u201D" && /\s/.test(before) && /[\p{L}\p{N}]/u.test(after) ? "open" : "close";
      }
      else if (ch === '"') {
        const before = i === p.start ? " " : text[i - 1];
        const after = i + 1 >= p.end ? " " : text[i + 1];
        if (openAt < 0 && (/[\s(\[{\u2014\u2013:-]/.test(before) || i === p.start) && !/\s/.test(after)) kind = "open";
        else if (openAt >= 0) kind = "close";
        else if (/\s/.test(before)) kind = "open";
      }
      if (kind === "open") {
        if (openAt >= 0 && CLOSERS.size && ch === "\u201C" && text[openAt] === "\u201C") {
          // two openers in a row: the first was never closed; end it here
          if (i > openAt + 1) out.push({ open: openAt, close: -1, start: openAt + 1, end: trimEnd(text, openAt + 1, i), paragraph: p.index });
        }
        openAt = i;
      } else if (kind === "close" && openAt >= 0) {
        if (i > openAt + 1) out.push({ open: openAt, close: i, start: openAt + 1, end: i, paragraph: p.index });
        openAt = -1;
      }
    }
    if (openAt >= 0 && p.end > openAt + 1) out.push({ open: openAt, close: -1, start: openAt + 1, end: trimEnd(text, openAt + 1, p.end), paragraph: p.index });
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Number of words in a segment. */
export function segmentWords(text: string, s: QuoteSegment): number {
  return text.slice(s.start, s.end).split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}
