import type { Paragraph } from "../../types.js";

/** A stretch of text between double quote marks. */
export interface QuoteSegment {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ends first (a quotation that continues). */
  close: number;
  /** Offset just after the closing mark (`close + 1`, or `close + 2` for `''`); -1 with `close`. */
  closeEnd: number;
  /** Inner text span, without the marks. */
  start: number;
  end: number;
  paragraph: number;
}

const OPENERS = new Set(["\u201C", "\u201E", "\u00AB"]);
const CLOSERS = new Set(["\u201D", "\u00BB"]);

/**
 * Pairs double quote marks inside each paragraph. Typographic marks are directional; a straight
 * `"` opens when it follows a space or an opening bracket and closes otherwise. Two apostrophes
 * `''` (the New York Times' archive style, also the Penn Treebank's closing mark) count as a
 * straight `"`, and two backticks as an opening mark. A quotation still open at the end of a
 * paragraph ends there with `close = -1` (newswire convention: the next paragraph reopens it).
 */
export function findQuoteSegments(text: string, paragraphs: readonly Paragraph[]): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  for (const p of paragraphs) {
    const first = out.length;
    let openAt = -1;
    let openLen = 1;
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      // Only double quote marks matter: " “ „ « ” » and the two-character '' and ``
      if (c !== 0x22 && c !== 0x201c && c !== 0x201e && c !== 0xab && c !== 0x201d && c !== 0xbb && c !== 0x27 && c !== 0x60) continue;
      let ch = text[i];
      let len = 1;
      if (c === 0x27 || c === 0x60) {
        // a pair of the same character, not part of a longer run
        if (text.charCodeAt(i + 1) !== c || i + 1 >= p.end || text.charCodeAt(i + 2) === c || (i > p.start && text.charCodeAt(i - 1) === c)) continue;
        ch = c === 0x27 ? '"' : "\u201C";
        len = 2;
      }
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
        const after = i + len >= p.end ? " " : text[i + len];
        if (openAt < 0 && (/[\s(\[{\u2014\u2013:-]/.test(before) || i === p.start) && !/\s/.test(after)) kind = "open";
        else if (openAt >= 0) kind = "close";
        else if (/\s/.test(before)) kind = "open";
      }
      if (kind === "open") {
        if (openAt >= 0 && CLOSERS.size && ch === "\u201C" && len === 1 && text[openAt] === "\u201C") {
          // two openers in a row: the first was never closed; end it here
          if (i > openAt + openLen) out.push({ open: openAt, close: -1, closeEnd: -1, start: openAt + openLen, end: trimEnd(text, openAt + openLen, i), paragraph: p.index });
        }
        openAt = i;
        openLen = len;
      } else if (kind === "close" && openAt >= 0) {
        if (i > openAt + openLen) out.push({ open: openAt, close: i, closeEnd: i + len, start: openAt + openLen, end: i, paragraph: p.index });
        openAt = -1;
      }
      i += len - 1;
    }
    if (openAt >= 0 && p.end > openAt + openLen) out.push({ open: openAt, close: -1, closeEnd: -1, start: openAt + openLen, end: trimEnd(text, openAt + openLen, p.end), paragraph: p.index });
    const doubles = out.length - first;
    for (const sg of singleSegments(text, p)) {
      // (single marks inside a double quotation are nested; crossing one, they are apostrophes)
      if (out.some((d, k) => k >= first && d.open < (sg.close >= 0 ? sg.closeEnd : p.end) && sg.open < (d.close >= 0 ? d.closeEnd : p.end))) continue;
      out.push(sg);
    }
    if (out.length - first > doubles) {
      const mine = out.splice(first).sort((a, b) => a.open - b.open);
      out.push(...mine);
    }
  }
  return out;
}

const SINGLE_OPEN_BEFORE = /[\s(\[{\u2014\u2013:\-"\u201C]/;
const SINGLE_CLOSE_AFTER = /[\s,.;:!?)\]\u2014\u2013\-"\u201D]/;

/**
 * Quotations in single marks (‘…’ or '…'), the primary marks of many British, Irish, Australian
 * and Indian outlets. A mark opens after a space, a bracket, a dash or a colon (or at the
 * paragraph start) before a non-space, and closes after a non-space before a space or
 * punctuation; an apostrophe inside a word ("don’t", "Lima’s") is neither. A plural possessive
 * ("the workers’ union") does not close when a later mark can. A quotation left open closes at
 * the paragraph end only when it opened the paragraph (a quotation continued in the next one).
 */
function singleSegments(text: string, p: Paragraph): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let openAt = -1;
  for (let i = p.start; i < p.end; i++) {
    const c = text[i];
    if (c !== "\u2018" && c !== "\u2019" && c !== "'") continue;
    const before = i === p.start ? " " : text[i - 1];
    const after = i + 1 >= p.end ? " " : text[i + 1];
    const opens = c !== "\u2019" && SINGLE_OPEN_BEFORE.test(before) && /[\p{L}\p{N}\u201C"]/u.test(after);
    const closes = openAt >= 0 && c !== "\u2018" && !/\s/.test(before) && SINGLE_CLOSE_AFTER.test(after) && (c === "\u2019" || text[openAt] === "'");
    if (closes) {
      // ("the workers’ union": an s before and a word after, with a later mark that can close)
      if (/s/i.test(before) && /\s/.test(after) && /\p{L}/u.test(text[i + 2] ?? "") && laterCloser(text, i + 1, p.end, text[openAt] === "'")) continue;
      // (two characters at least: "rock 'n' roll")
      if (i > openAt + 2 && /\p{L}|\p{N}/u.test(text.slice(openAt + 1, i))) out.push({ open: openAt, close: i, closeEnd: i + 1, start: openAt + 1, end: i, paragraph: p.index });
      openAt = -1;
    } else if (opens) {
      openAt = i;
    }
  }
  if (openAt === p.start && p.end > openAt + 1) out.push({ open: openAt, close: -1, closeEnd: -1, start: openAt + 1, end: trimEnd(text, openAt + 1, p.end), paragraph: p.index });
  return out;
}

/** Is there a closing single mark in `[from, end)` before the next opening one? */
function laterCloser(text: string, from: number, end: number, straight: boolean): boolean {
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === "\u2018") return false;
    if ((c === "\u2019" || (straight && c === "'")) && !/\s/.test(text[i - 1]) && SINGLE_CLOSE_AFTER.test(i + 1 >= end ? " " : text[i + 1])) return true;
  }
  return false;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Number of words in a segment. */
export function segmentWords(text: string, s: QuoteSegment): number {
  return text.slice(s.start, s.end).split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}
