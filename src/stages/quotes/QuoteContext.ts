import { firstStartingAt } from "../../document/firstStartingAt.js";
import type { Entity, Paragraph, Sentence, Span, StageContext, Token } from "../../types.js";
import { findQuoteSegments, type QuoteSegment } from "./quoteSegments.js";
import { MentionIndex } from "./resolveSpeaker.js";
import { REPORTING_FORMS } from "./cueLexicon.js";
import { NEGATION_OR_MODAL } from "../../lexicons/en/reportingVerbs.js";
import { NARRATIVE_WOULD, REFUSALS } from "../../lexicons/en/quoteWords.js";
import { TIME_NOUNS, type TokenRange } from "./speakerPhrase.js";

/**
 * Everything the quote finders and refiners read about one document: its text, layers, the
 * quotation segments and the entity mentions. Read-only for finders; the two caches only
 * memoise pure functions of the document.
 */
export interface QuoteContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly segments: readonly QuoteSegment[];
  readonly mentions: MentionIndex;
  readonly report: StageContext["report"];
  /** Memo of `titleCaseHeadline` by sentence index. */
  readonly headlineCache: Map<number, boolean>;
  /** Memo of `countriesOf` (people.ts) by entity. */
  readonly personCountries: Map<Entity, Set<string>>;
}

export function createQuoteContext(text: string, paragraphs: readonly Paragraph[], sentences: readonly Sentence[], tokens: readonly Token[], entities: readonly Entity[], report: StageContext["report"]): QuoteContext {
  return { text, tokens, sentences, paragraphs, segments: findQuoteSegments(text, paragraphs), mentions: new MentionIndex(entities), report, headlineCache: new Map(), personCountries: new Map() };
}

/** A dateline before the lead: "GAZA CITY (AP) — ", "ORLANDO, Fla. (Reuters) - ", "BEIRUT, Lebanon — ". */
export const DATELINE = /^[A-Z][A-Z.'\/ ,-]{2,}(?:,\s*[A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12})?)?(?:\s*\([^)]{1,40}\))?\s*[-\u2013\u2014]+\s*/;

/** Index of the first token starting at or after `offset`. */
export function tokenAt(ctx: QuoteContext, offset: number): number {
  return firstStartingAt(ctx.tokens, offset);
}

/** The span of tokens `[from, to)`. */
export function tokenSpan(ctx: QuoteContext, from: number, to: number): Span {
  const start = ctx.tokens[from].start;
  const end = ctx.tokens[to - 1].end;
  return { start, end, text: ctx.text.slice(start, end) };
}

/** Trims whitespace and trailing `,;:` (and, when `dropStop`, a final `.`) from a content span. */
export function trimContent(text: string, start: number, end: number, dropStop: boolean): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && (/\s/.test(text[end - 1]) || /[,;:]/.test(text[end - 1]) || (dropStop && /[.]/.test(text[end - 1])))) end--;
  return { start, end };
}

/**
 * Index of the first quotation segment starting after `offset` (segments are in text order and
 * do not overlap, so the one before it is the only one that can contain `offset`).
 */
function segmentAfter(ctx: QuoteContext, offset: number): number {
  const segs = ctx.segments;
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The quotation segments lying within `[start, end + 1]`, in text order. */
export function segmentsIn(ctx: QuoteContext, start: number, end: number): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  for (let i = segmentAfter(ctx, start - 1); i < ctx.segments.length && ctx.segments[i].start <= end + 1; i++) {
    if (ctx.segments[i].end <= end + 1) out.push(ctx.segments[i]);
  }
  return out;
}

/** Is `offset` inside a quotation? */
export function insideSegment(ctx: QuoteContext, offset: number): boolean {
  const sg = ctx.segments[segmentAfter(ctx, offset) - 1];
  return sg !== undefined && offset < sg.end;
}

/** The quotation segment containing `[start, end)`, if any. */
export function segmentAround(ctx: QuoteContext, start: number, end: number): QuoteSegment | undefined {
  const sg = ctx.segments[segmentAfter(ctx, start) - 1];
  return sg !== undefined && end <= sg.end ? sg : undefined;
}

/** Does the token range contain an entity mention? */
export function namesSomeone(ctx: QuoteContext, r: TokenRange): boolean {
  return ctx.mentions.inside(ctx.tokens[r.from].start, ctx.tokens[r.to - 1].end).length > 0;
}

/** Is the speech at token `i` negated or hypothetical ("did not say", "declined to comment")? */
export function negated(ctx: QuoteContext, i: number, min: number): boolean {
  for (let k = i - 1; k >= Math.max(min, i - 3); k--) {
    const w = ctx.tokens[k].norm;
    // ("would later say" tells what happened afterwards)
    if (w === "would" && NARRATIVE_WOULD[ctx.tokens[k + 1]?.norm ?? ""]) continue;
    if (REFUSALS[w] ? ctx.tokens[k + 1]?.norm === "to" : NEGATION_OR_MODAL.has(w)) return true;
  }
  return false;
}

/**
 * Can token `i` be a reporting cue: a reporting-verb form, not a noun (except "said", "says",
 * "told", "added" mis-tagged), not capitalised inside a sentence unless in a title-case headline.
 * Whether another quote already took it is the `claimCues` refiner's business.
 */
export function isCueWord(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || !REPORTING_FORMS.has(t.norm)) return false;
  // (a third-person form after a name, tagged as a plural noun: "…, ITV News' Emma Murphy reports from Turkey")
  // (then only at the end of its clause, before a place or before "that" opening a clause: not
  // "Trump claims ‘total reset’ …" nor "Putin claims that were …", but "Putin claims that …")
  const next = ctx.tokens[i + 1];
  // (not after a place or a list of names: "in Ondo, Taraba and Ebonyi states" are states of a federation)
  const prevTok = ctx.tokens[i - 1];
  const afterPlace = !!prevTok && ctx.mentions.inside(ctx.sentences[t.sentence].start, prevTok.end).some((m) => m.mention.end === prevTok.end && (m.entity.type === "LOC" || m.entity.type === "GPE"));
  const afterList = ctx.tokens[i - 2]?.norm === "and" && ctx.tokens[i - 3]?.pos === "PROPN";
  const afterName = /s$/.test(t.norm) && prevTok?.pos === "PROPN" && !afterPlace && !afterList && (!next || next.sentence !== t.sentence || next.pos === "ADP" || /^[.,;]$/.test(next.text) || (next.norm === "that" && !/^(VERB|AUX)$/.test(ctx.tokens[i + 2]?.pos ?? "")));
  // ("what officials say was …": "say" tagged as a noun after its subject, not after a
  // determiner or possessive: "have a say", "their say")
  const prev = ctx.tokens[i - 1];
  const sayAfterSubject = t.norm === "say" && !!prev && /^(NOUN|PROPN|PRON)$/.test(prev.pos) && !/^(their|his|her|its|our|my|your)$/.test(prev.norm);
  if (t.pos === "NOUN" && !/^(said|says|told|added)$/.test(t.norm) && !afterName && !sayAfterSubject) return false;
  if (/^[A-Z]/.test(t.text) && t.index !== ctx.sentences[t.sentence].tokenStart && !titleCaseHeadline(ctx, t.sentence)) return false;
  return true;
}

/**
 * Is sentence `i` a headline in title case ("Blinken Says Israel Accepted Bridging Proposal"):
 * a paragraph of its own, no final full stop, most longer words capitalised? There a
 * capitalised "Says" is a cue.
 */
export function titleCaseHeadline(ctx: QuoteContext, i: number): boolean {
  let v = ctx.headlineCache.get(i);
  if (v === undefined) {
    const s = ctx.sentences[i];
    const p = ctx.paragraphs[s.paragraph];
    const words = ctx.tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => /^\p{L}{4,}/u.test(t.text));
    const caps = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
    v = !!p && p.start === s.start && p.end === s.end && !/[.!]$/.test(s.text) && words.length >= 3 && caps >= 0.7 * words.length;
    ctx.headlineCache.set(i, v);
  }
  return v;
}

/**
 * Where the subject of sentence `s` starts, before token `limit`: after a dateline, or after a
 * fronted adverbial and its comma ("In May, a judge sided …", "Here in Columbia, Sanders stepped
 * up …"), else at the sentence start.
 */
export function subjectStart(ctx: QuoteContext, s: Sentence, limit: number): number {
  const T = ctx.tokens;
  // after a dateline ("ORLANDO, Fla. (Reuters) - President Obama met …")
  const dateline = DATELINE.exec(s.text);
  if (dateline) {
    const at = s.start + dateline[0].length;
    let i = s.tokenStart;
    while (i < limit && T[i].start < at) i++;
    if (i < limit) return i;
  }
  const first = T[s.tokenStart];
  if (!first || !(first.pos === "ADP" || first.pos === "ADV" || first.pos === "SCONJ" || TIME_NOUNS.has(first.norm))) return s.tokenStart;
  for (let i = s.tokenStart + 1; i < Math.min(limit, s.tokenStart + 9); i++) {
    if (T[i].text === ",") return i + 1 < limit ? i + 1 : s.tokenStart;
    if (T[i].pos === "VERB" && first.pos !== "SCONJ") return s.tokenStart;
  }
  return s.tokenStart;
}
