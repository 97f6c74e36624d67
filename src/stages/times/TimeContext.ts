import type { NewsDocument, Sentence, Token } from "../../types.js";
import { parseCalendarDate, type CalendarDate } from "./CalendarDate.js";
import { spanIndexAt } from "../../document/spanIndexAt.js";

/** Everything the time extractors read: the text (and a same-length lower-cased copy), the
 * publication anchor, and the token layer for tense and part-of-speech checks. */
export interface TimeContext {
  readonly text: string;
  /** `lowerKey(text)`: lower case, straight quotes, "-" for dashes; same length as `text`. */
  readonly lower: string;
  /** The publication day, or null when unknown. */
  readonly anchor: CalendarDate | null;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

/** Typographic quotes, dashes and spaces, mapped to their plain forms in one pass. */
const FANCY = /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u2010-\u2015\u2212\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

function plain(ch: string): string {
  const c = ch.charCodeAt(0);
  if ((c >= 0x2018 && c <= 0x201b) || c === 0x2032) return "'";
  if ((c >= 0x201c && c <= 0x201f) || c === 0xab || c === 0xbb || c === 0x2033) return '"';
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return "-";
  return " ";
}

/**
 * Lower-cased text with plain quotes, dashes and spaces, the same length as the input (the
 * same result as `normKey` from document/normalize, in one pass over the text). Characters whose
 * lower case is longer (e.g. "İ") are kept as they are so offsets stay aligned.
 */
export function lowerKey(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    let out = "";
    for (const ch of text) {
      const l = ch.toLowerCase();
      out += l.length === ch.length ? l : ch;
    }
    lower = out;
  }
  return lower.replace(FANCY, plain);
}

/** Builds the context for one document. */
export function createTimeContext(doc: Readonly<NewsDocument>, sentences: readonly Sentence[], tokens: readonly Token[]): TimeContext {
  return { text: doc.text, lower: lowerKey(doc.text), anchor: parseCalendarDate(doc.published), tokens, sentences };
}

/** Index of the first token that ends after `offset` (the token at or after it); `tokens.length` if none. */
export function tokenIndexAt(ctx: TimeContext, offset: number): number {
  const ts = ctx.tokens;
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ts[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence containing `offset`, or null (offset in a gap between sentences). */
export function sentenceAt(ctx: TimeContext, offset: number): Sentence | null {
  const i = spanIndexAt(ctx.sentences, offset);
  return i < 0 ? null : ctx.sentences[i];
}

const WORD_BEFORE = /([a-z']+)[^a-z'\n]{0,2}$/;

/** The lower-cased word just before `offset` (skipping up to two non-letters on the same line), or "". */
export function wordBefore(ctx: TimeContext, offset: number): string {
  const m = WORD_BEFORE.exec(ctx.lower.slice(Math.max(0, offset - 30), offset));
  return m ? m[1] : "";
}

const WORD_AFTER = /^[^a-z'\n]{0,2}([a-z']+)/;

/** The lower-cased word just after `offset` (skipping up to two non-letters on the same line), or "". */
export function wordAfter(ctx: TimeContext, offset: number): string {
  const m = WORD_AFTER.exec(ctx.lower.slice(offset, offset + 30));
  return m ? m[1] : "";
}

/** True when the character at `offset` in the original text is an upper-case letter. */
export function isUpperAt(ctx: TimeContext, offset: number): boolean {
  const ch = ctx.text[offset];
  return ch !== undefined && ch !== ch.toLowerCase();
}
