/**
 * Lookup helpers that normalise quote marks, dashes and spaces for matching. They never change
 * the stored text: callers use the result for comparison and keep offsets into the original.
 * Every function here preserves string length, so an index into the normalised string is an
 * index into the original.
 */

/** Opening double quote marks (straight quotes are ambiguous and handled by position). */
export const OPEN_QUOTES = new Set(["\u201C", "\u201E", "\u00AB", "\u201F"]);
/** Closing double quote marks. */
export const CLOSE_QUOTES = new Set(["\u201D", "\u00BB"]);
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** Any character one of the patterns above changes (a quick test that skips the four replaces). */
const ANY_CHANGED = /[\u00A0\u00AB\u00BB\u2000-\u205F\u2212\u3000]/;

/** Same length as the input: curly quotes → straight, dashes → "-", odd spaces → " ". */
export function normalizePunct(s: string): string {
  if (!ANY_CHANGED.test(s)) return s;
  return s.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(DASHES, "-").replace(SPACES, " ");
}

/** Lower-cased and punctuation-normalised, same length as the input. */
export function normKey(s: string): string {
  return normalizePunct(s).toLowerCase();
}

/** True for any double quote mark, straight or typographic. */
export function isDoubleQuote(ch: string): boolean {
  return ch === '"' || OPEN_QUOTES.has(ch) || CLOSE_QUOTES.has(ch) || ch === "\u2033";
}

/** True for a dash used as punctuation (en/em dash, or a spaced hyphen is checked by callers). */
export function isDash(ch: string): boolean {
  return /[\u2012\u2013\u2014\u2015\u2212]/.test(ch);
}
