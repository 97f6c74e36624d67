import { normName } from "./normName.js";
import { sentenceSpans } from "./sentenceSpans.js";

/** Where a search query matches inside one article. */
export interface LocatedHit {
  /** The sentence holding the most query terms (UTF-16 offsets into the text). */
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  snippet: string;
  /** The first matching word inside that sentence, or null when no term could be placed. */
  match: { start: number; end: number; text: string } | null;
}

const STOPWORDS = new Set(
  "a an and are as at be been but by for from had has have he her his i if in into is it its of on or she so than that the their them then there these they this to was we were which who will with would you".split(" "),
);

/** Lower case; diacritics removed only when the word is not plain ASCII (the common case). */
function fold(word: string): string {
  return /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : normName(word);
}

/** A crude suffix stripper, close enough to Porter / Snowball for placing a hit. */
export function crudeStem(word: string): string {
  let w = fold(word).replace(/['\u2019]s$/, "");
  for (const suffix of ["ing", "ed", "es", "s"]) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix) && !w.endsWith("ss")) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** The positive terms of a web-style query (`"a phrase" word -excluded OR other`), stemmed. */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  const re = /(-?)("[^"]*"|[^\s"]+)/g;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    if (m[1] === "-") continue;
    const raw = m[2];
    if (raw === "OR" || raw === "AND") continue;
    const prefix = !raw.startsWith('"') && /[\p{L}\p{N}]\*+$/u.test(raw);
    const words = raw.match(/[\p{L}\p{N}]+/gu) ?? [];
    words.forEach((w, i) => {
      const n = fold(w);
      // a prefix term (`bri*`) keeps its star: it matches any word starting with it
      if (prefix && i === words.length - 1) terms.add(n + "*");
      else if (!STOPWORDS.has(n)) terms.add(crudeStem(n));
    });
  }
  return [...terms];
}

/** The term a text word matches (same stem, or one a prefix of the other at 4+ letters), if any. */
function matchTerm(stem: string, terms: string[]): string | undefined {
  return terms.find((t) => (t.endsWith("*") ? stem.startsWith(t.slice(0, -1)) : stem === t || (t.length >= 4 && stem.startsWith(t)) || (stem.length >= 4 && t.startsWith(stem))));
}

/** Words that may match a term: they start with the term's first four letters (case-insensitive). */
function candidateWords(terms: string[]): RegExp {
  const prefixes = [...new Set(terms.map((t) => t.replace(/\*$/, "").slice(0, 4).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))];
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${prefixes.join("|")})[\\p{L}\\p{N}]*(?:['\u2019]\\p{L}+)?`, "giu");
}

/** Every word of the text (the slow path, for texts whose accents the fast pattern cannot see). */
const ANY_WORD = /[\p{L}\p{N}]+(?:['\u2019]\p{L}+)?/gu;

/**
 * Finds the sentence of `text` that best matches `query` (most distinct terms, then earliest),
 * from the given sentence spans or, when none are given, from `sentenceSpans(text)`. Only words
 * starting like a query term are looked at; a text with non-ASCII letters falls back to every
 * word when that finds nothing (so "Zurich" still finds "Zürich").
 */
export function locateHit(text: string, query: string, sentences?: Array<{ start: number; end: number }>): LocatedHit {
  return hitLocator(query)(text, sentences);
}

/**
 * `locateHit` for one query and many texts: the query's terms and word pattern are worked out
 * once (a search places its query in every hit).
 */
export function hitLocator(query: string): (text: string, sentences?: Array<{ start: number; end: number }>) => LocatedHit {
  const terms = queryTerms(query);
  const words = terms.length ? candidateWords(terms) : null;
  return (text, sentences) => {
    const spans = sentences && sentences.length ? sentences : sentenceSpans(text);
    let best = null;
    if (words) {
      words.lastIndex = 0;
      best = bestSentence(text, terms, spans, words);
    }
    if (!best && terms.length && /[^\x00-\x7f]/.test(text)) best = bestSentence(text, terms, spans, new RegExp(ANY_WORD.source, "gu"));
    if (best) {
      const s = spans[best.index];
      return { start: s.start, end: s.end, snippet: text.slice(s.start, s.end), match: best.match };
    }
    const s = spans[0] ?? { start: 0, end: 0 };
    return { start: s.start, end: s.end, snippet: text.slice(s.start, s.end), match: null };
  };
}

function bestSentence(
  text: string,
  terms: string[],
  spans: Array<{ start: number; end: number }>,
  words: RegExp,
): { index: number; score: number; match: NonNullable<LocatedHit["match"]> } | null {
  let best: { index: number; score: number; match: NonNullable<LocatedHit["match"]> } | null = null;
  let current = { index: -1, found: new Set<string>(), match: null as LocatedHit["match"] };
  let si = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const term = matchTerm(crudeStem(m[0]), terms);
    if (term === undefined) continue;
    while (si < spans.length && spans[si].end <= m.index) si++;
    if (si >= spans.length || spans[si].start > m.index) continue;
    if (current.index !== si) current = { index: si, found: new Set(), match: null };
    current.found.add(term);
    current.match ??= { start: m.index, end: m.index + m[0].length, text: m[0] };
    if (!best || current.found.size > best.score) best = { index: si, score: current.found.size, match: current.match };
  }
  return best;
}
