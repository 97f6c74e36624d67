import { CARDINAL_WORDS } from "../../lexicons/en/numberWords.js";
import { EXTRA_COUNT_WORDS } from "../../lexicons/en/timeUnits.js";

const TENS = Object.keys(CARDINAL_WORDS).filter((w) => CARDINAL_WORDS[w] >= 20);
const UNITS = Object.keys(CARDINAL_WORDS).filter((w) => CARDINAL_WORDS[w] >= 1 && CARDINAL_WORDS[w] <= 9);
const WORDS = [...Object.keys(CARDINAL_WORDS), ...Object.keys(EXTRA_COUNT_WORDS)].sort((a, b) => b.length - a.length);

/**
 * Regex source (no groups) for a count before a time unit, matched on lower-cased text:
 * digits ("10", "2.5", "1,000"), number words ("three", "twenty-five"), "a"/"an", "a dozen".
 */
export const COUNT_SOURCE =
  `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${TENS.join("|")})[- ](?:${UNITS.join("|")})|${WORDS.map((w) => w.replace(/ /g, "\\s+")).join("|")})`;

const SPACES = /\s+/g;

/** Reads a count matched by `COUNT_SOURCE`; null when it is not one. */
export function readCount(s: string): number | null {
  const k = s.toLowerCase().replace(SPACES, " ");
  if (/^[\d,.]+$/.test(k)) {
    const n = Number(k.replace(/,/g, ""));
    return Number.isFinite(n) ? n : null;
  }
  if (k in CARDINAL_WORDS) return CARDINAL_WORDS[k];
  if (k in EXTRA_COUNT_WORDS) return EXTRA_COUNT_WORDS[k];
  const parts = k.split(/[- ]/);
  if (parts.length === 2 && parts[0] in CARDINAL_WORDS && parts[1] in CARDINAL_WORDS) {
    return CARDINAL_WORDS[parts[0]] + CARDINAL_WORDS[parts[1]];
  }
  return null;
}
