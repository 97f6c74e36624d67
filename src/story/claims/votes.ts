/**
 * Vote tallies: "approved by 31 votes to 9", "a 31-9 vote", "with 30 voting in favour and 10
 * against". Each tally gives two figure claims, `votes in favour` and `votes against`, so outlets
 * reporting 31–9 and 30–10 meet in the figure timelines of those two quantities.
 */
import type { Analysis } from "../../types.js";
import type { ActorKeyFn, FigureClaim } from "./types.js";
import { evidenceFor, namesIn } from "./evidence.js";
import { contentWords, sentenceSpans } from "./text.js";

/** A sentence is about a vote when it says so ("backed" or "passed" alone can be a match report's). */
const VOTE_WORDS = /\b(?:vote[sd]?|voting|ballot|approval|in favou?r)\b/i;
/** "by 31 votes to 9", "31 to 9", "31-9", "31–9". */
const TALLY = /(?<![\d.,:\-–—\/])(\d{1,3})\s*(?:votes?\s+)?(?:to|-|–|—)\s*(\d{1,3})(?![\d.,:\-–—\/%])(?!\s*(?:per\s*cent|percent|years?|people|months?|days?|hours?|minutes?|[ap]\.?m\b))/g;
/** "30 voting in favour and 10 against", "30 in favor, 10 against". */
const FOR_AGAINST = /(?<![\d.,])(\d{1,3})\s+(?:\w+\s+){0,2}?(?:voting\s+|voted\s+)?(?:in favou?r|for)\b[^.;]{0,30}?(?<![\d.,])(\d{1,3})\s+(?:\w+\s+)?(?:voting\s+|voted\s+)?against\b/gi;

/** The vote tallies of an article as figure claims. */
export function voteClaims(a: Analysis, key: ActorKeyFn): FigureClaim[] {
  const text = a.document.text;
  const out: FigureClaim[] = [];
  for (const s of sentenceSpans(text)) {
    const sentence = text.slice(s.start, s.end);
    if (!VOTE_WORDS.test(sentence)) continue;
    const seen = new Set<number>();
    for (const re of [FOR_AGAINST, TALLY]) {
      re.lastIndex = 0;
      for (const m of sentence.matchAll(re)) {
        const at = s.start + (m.index ?? 0);
        if (seen.has(at)) continue;
        seen.add(at);
        const yes = Number(m[1]);
        const no = Number(m[2]);
        // A tally has the winning side first ("31 to 9"); "4-5 people" or "10-15" are ranges.
        if (re === TALLY && yes <= no) continue;
        const first = at + m[0].indexOf(m[1]);
        const second = at + m[0].lastIndexOf(m[2]);
        for (const [quantity, value, start, len] of [["votes in favour", yes, first, m[1].length], ["votes against", no, second, m[2].length]] as const) {
          out.push({
            kind: "figure",
            quantity,
            generic: false,
            value,
            unit: "votes",
            approx: "exact",
            rounding: 0,
            citedSource: null,
            citedSpan: null,
            citedInQuote: false,
            context: contentWords(text, s.start, s.end),
            scope: null,
            parts: [],
            years: [],
            names: namesIn(a, key, s.start, s.end, null),
            evidence: evidenceFor(a, start, start + len),
          });
        }
      }
    }
  }
  return out;
}
