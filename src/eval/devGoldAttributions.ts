/**
 * The hand-made quote gold of a dev set (`test/gold/news-dev/`, `test/gold/README.md`) as
 * PolNeAR-style attributions, for training the attribution model beside PolNeAR train
 * (`scripts/train-attribution.ts --dev-gold news-dev`).
 *
 * The gold gives a quote's content as offsets but its speaker as a name ("the fullest name in the
 * article", pronouns resolved) and its cue as a string, so both are located in the text:
 *
 * - **cue**: the occurrence of the cue string (whole words, any case) nearest the content and
 *   outside it, within {@link CUE_WINDOW} characters; none → the quote is `unlocated` and left out;
 * - **source**: the nearest occurrence of the speaker's name, an alias or one of their words
 *   (`speakerTokens`) in the cue's sentence, widened to its noun phrase (capitalised words and a
 *   determiner before it, "the Sudanese army"), else a personal pronoun next to the cue ("he
 *   said", "said she"); none → `source: null` and `sourceFound: false` (the trainer then keeps its
 *   cue for the cue tagger but no argument-tagger instance: the source tokens are unknown);
 * - **content**: PolNeAR's convention, the gold content with its adjacent quotation marks and
 *   the complementizer "that" before it (`withQuoteMarks`, `withComplementizer`), and a
 *   continuation (gold cue `null`) joins the preceding quote of the same speaker as one more
 *   fragment of its content, as PolNeAR annotates one attribution per cue.
 */
import type { GoldQuote } from "./devGold.js";
import { speakerTokens } from "./devGold.js";
import { withComplementizer, withQuoteMarks } from "../model/attribution/polnearContent.js";

export interface Range {
  start: number;
  end: number;
}

export interface DevGoldAttribution {
  source: Range | null;
  cue: Range;
  content: Range & { fragments: Range[] };
  /** Whether the source was located (a quote whose speaker's words are not near its cue has none). */
  sourceFound: boolean;
}

export interface DevGoldAttributions {
  attributions: DevGoldAttribution[];
  /** Gold quotes with a cue that could not be located (left out). */
  unlocated: number;
}

/** Characters between a cue and its content, at most. */
export const CUE_WINDOW = 400;
/** Characters between a continuation and the quote it continues, at most. */
const CONTINUATION_WINDOW = 800;

const PRONOUN = /^(?:he|she|they|we|i|it)$/i;
const DETERMINER = /^(?:the|a|an)$/i;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every whole-word, case-insensitive occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): Range[] {
  const n = needle.trim();
  if (!n) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, "giu");
  const out: Range[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const distance = (a: Range, b: Range) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);
const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** The sentence-like stretch around `r`: up to a full stop, question mark, exclamation mark or line break. */
function clauseAround(text: string, r: Range): Range {
  let start = r.start;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1])) start--;
  let end = r.end;
  while (end < text.length && !/[.!?\n]/.test(text[end])) end++;
  return { start, end };
}

/** The word before `pos` (letters, digits, apostrophes, hyphens, dots of abbreviations), or null. */
function wordBefore(text: string, pos: number): Range | null {
  let end = pos;
  while (end > 0 && text[end - 1] === " ") end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{N}'’.-]/u.test(text[start - 1])) start--;
  return end > start ? { start, end } : null;
}

function wordAfter(text: string, pos: number): Range | null {
  let start = pos;
  while (start < text.length && text[start] === " ") start++;
  let end = start;
  while (end < text.length && /[\p{L}\p{N}'’-]/u.test(text[end])) end++;
  return end > start ? { start, end } : null;
}

/** A name occurrence widened to its noun phrase: capitalised words on both sides and a determiner before. */
function nounPhrase(text: string, r: Range, limit: Range): Range {
  let { start, end } = r;
  for (let w = wordBefore(text, start); w && w.start >= limit.start && /^\p{Lu}/u.test(text.slice(w.start, w.end)); w = wordBefore(text, start)) start = w.start;
  const det = wordBefore(text, start);
  if (det && det.start >= limit.start && DETERMINER.test(text.slice(det.start, det.end))) start = det.start;
  for (let w = wordAfter(text, end); w && w.end <= limit.end && /^\p{Lu}/u.test(text.slice(w.start, w.end)); w = wordAfter(text, end)) end = w.end;
  return { start, end };
}

function locateCue(text: string, q: GoldQuote, content: Range): Range | null {
  let best: Range | null = null;
  for (const o of occurrences(text, q.cue ?? "")) {
    if (overlaps(o, content)) continue;
    const d = distance(o, content);
    if (d <= CUE_WINDOW && (!best || d < distance(best, content))) best = o;
  }
  return best;
}

function locateSource(text: string, q: GoldQuote, cue: Range, content: Range): Range | null {
  const clause = clauseAround(text, cue);
  // (the clause may hold the content too: the source is outside it)
  const ok = (r: Range) => r.start >= clause.start && r.end <= clause.end && !overlaps(r, content) && !overlaps(r, cue);
  const nearest = (rs: Range[]) => rs.filter(ok).sort((a, b) => distance(a, cue) - distance(b, cue))[0] ?? null;
  for (const name of [q.speaker, ...q.speakerAliases]) {
    const r = nearest(occurrences(text, name));
    if (r) return nounPhrase(text, r, clause);
  }
  const words = [...new Set([q.speaker, ...q.speakerAliases].flatMap((n) => [...speakerTokens(n)]))];
  const r = nearest(words.flatMap((w) => occurrences(text, w)));
  if (r) return nounPhrase(text, r, clause);
  // a personal pronoun right before the cue (one word between at most: "he also said") or right after it
  const before = wordBefore(text, cue.start);
  // (not across a form of "be": "it was announced" is a passive without a source)
  const before2 = before && !/^(?:is|was|were|are|be|been|being)$/i.test(text.slice(before.start, before.end)) ? wordBefore(text, before.start) : null;
  const after = wordAfter(text, cue.end);
  for (const w of [before, before2, after]) if (w && ok(w) && PRONOUN.test(text.slice(w.start, w.end))) return w;
  return null;
}

/** The gold quotes of one article as PolNeAR-style attributions (see the module comment). */
export function devGoldAttributions(text: string, quotes: readonly GoldQuote[]): DevGoldAttributions {
  const sorted = [...quotes].sort((a, b) => a.content.start - b.content.start);
  const out: Array<DevGoldAttribution & { speaker: string }> = [];
  let unlocated = 0;
  for (const q of sorted) {
    const piece = withQuoteMarks(text, q.content);
    if (q.cue === null) {
      const prev = out.at(-1);
      if (prev && prev.speaker === q.speaker && piece.start - prev.content.end <= CONTINUATION_WINDOW && piece.start >= prev.content.end) {
        prev.content.fragments.push(piece);
        prev.content.end = piece.end;
      }
      continue;
    }
    const cue = locateCue(text, q, q.content);
    if (!cue) {
      unlocated++;
      continue;
    }
    const first = withComplementizer(text, piece);
    const source = locateSource(text, q, cue, first);
    out.push({ speaker: q.speaker, source, cue, sourceFound: source !== null, content: { start: first.start, end: first.end, fragments: [first] } });
  }
  return { attributions: out.map(({ speaker: _s, ...a }) => a), unlocated };
}
