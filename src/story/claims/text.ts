/**
 * Text helpers for claims: word tokens with offsets, normalised for comparison (lower case,
 * quote marks and dashes folded, punctuation dropped, stop words kept), and sentence lookup.
 */
import type { Span } from "../../types.js";
import { segment } from "../../document/segment.js";

export interface WordToken {
  /** Normalised form used for comparison. */
  norm: string;
  start: number;
  end: number;
}

/** Folds a word for comparison: lower case, curly quotes and dashes folded, diacritics removed. */
export function normWord(w: string): string {
  return w
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, "-")
    .toLowerCase()
    .replace(/^'+|'+$/g, "");
}

/** Words of `text[start, end)` with absolute offsets (punctuation is not a word). */
export function words(text: string, start = 0, end = text.length): WordToken[] {
  const out: WordToken[] = [];
  const re = /[\p{L}\p{N}]+(?:['\u2019.,\-][\p{L}\p{N}]+)*/gu;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const norm = normWord(m[0]);
    if (norm) out.push({ norm, start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

/** The normalised content of a span: its words joined by single spaces. */
export function normText(text: string): string {
  return words(text).map((w) => w.norm).join(" ");
}

/** Sentence spans of a text (the engine's segmentation), cached per text. */
const cache = new Map<string, Span[]>();
export function sentenceSpans(text: string): Span[] {
  let s = cache.get(text);
  if (!s) {
    s = segment(text).sentences.map((x) => ({ start: x.start, end: x.end, text: x.text }));
    if (cache.size > 200) cache.clear();
    cache.set(text, s);
  }
  return s;
}

/** The sentence containing offset `at` (or the nearest one before it). */
export function sentenceAt(text: string, at: number): Span {
  const ss = sentenceSpans(text);
  let best: Span | null = null;
  for (const s of ss) {
    if (s.start <= at) best = s;
    if (s.start <= at && at < s.end) return s;
  }
  return best ?? { start: 0, end: text.length, text };
}

/** Where the clause ending at `offset` starts: after the last comma, semicolon, colon or dash before it, else at `sentenceStart`. */
export function clauseStartBefore(text: string, sentenceStart: number, offset: number): number {
  return Math.max(sentenceStart, ...[",", ";", ":", "\u2014", "\u2013"].map((p) => text.lastIndexOf(p, offset - 1) + 1));
}

/** A span object for `text[start, end)`. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Common English function words (kept in quotes; ignored when scoring content overlap). */
export const STOP_WORDS = new Set(
  ("a an the and or but of to in on at by for with from as is are was were be been being it its this that these those " +
    "he she they we you i his her their our your my him them us me will would can could should may might must has have had " +
    "do does did not no so than then there here which who whom whose what when where while after before about over into " +
    "said says say told also more most some any all one two new").split(" "),
);

/** Content words of a text (no stop words, no numbers). */
export function contentWords(text: string, start = 0, end = text.length): string[] {
  return words(text, start, end)
    .map((w) => w.norm)
    .filter((w) => !STOP_WORDS.has(w) && !/^\d/.test(w));
}

export interface SentenceWords {
  sentence: Span;
  words: WordToken[];
  norms: string[];
  set: Set<string>;
}

/** Every sentence of a text with its words (cached per text: comparisons scan them often). */
const wordCache = new Map<string, SentenceWords[]>();
export function sentenceWords(text: string): SentenceWords[] {
  let s = wordCache.get(text);
  if (!s) {
    s = sentenceSpans(text).map((sentence) => {
      const ws = words(text, sentence.start, sentence.end);
      const norms = ws.map((w) => w.norm);
      return { sentence, words: ws, norms, set: new Set(norms) };
    });
    if (wordCache.size > 200) wordCache.clear();
    wordCache.set(text, s);
  }
  return s;
}
