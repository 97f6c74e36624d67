import type { Sentence, Span } from "../../types.js";
import type { QuoteCandidate } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";
import { isCueWord, segmentsIn, tokenSpan, trimContent } from "./QuoteContext.js";
import { personBySurname } from "./people.js";
import { personHead, speakerLike } from "./phraseShapes.js";
import { ATTRIBUTION_DASHES, SOURCELESS_HEADS } from "../../lexicons/en/quoteWords.js";

/** Single and double quotation marks that may wrap a headline's quoted words. */
const HEADLINE_MARKS = /^[\u2018\u2019\u201C\u201D'"]$/;

/**
 * Headline attributions: a paragraph of one sentence without a final full stop, where a person
 * or organisation (a mention, or the surname of a person named in full in the article) is
 * - before a colon: "Blinken: Gaza ceasefire push may be 'last opportunity'", "Hamas: US
 *   proposal gives Israel cover" (a place there is a topic: "Gaza: death toll rises");
 * - after a colon or a spaced dash at the end: "‘Talks will continue’: Lima", "Aid will arrive on
 *   Monday: WFP", "Lassa fever kills 152 in Nigeria – NCDC";
 * - after a quotation and a cue: "‘We will not give up,’ says Ana Lima" (single marks, which the
 *   quotation segments leave to apostrophes, are read as quotation marks in a headline);
 * - after a comma and a present-tense cue ending the line, headline words without a verb: "No
 *   scope for new poll, says election chief", also as a bullet of a standfirst ("- …").
 * At least three words are quoted.
 */
export function findHeadlineQuotes(ctx: QuoteContext): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  // (a headline repeated on the page, as a teaser and as the title, is annotated once)
  const seen = new Set<string>();
  for (const s of ctx.sentences) {
    const p = ctx.paragraphs[s.paragraph];
    if (!p || p.start !== s.start || p.end !== s.end || /[.!]$/.test(s.text)) continue;
    const key = s.text.replace(/^[-\u2013\u2014\u2022*\s]+/, "").trim();
    if (seen.has(key)) continue;
    seen.add(key);
    const c = colonFirst(ctx, s) ?? colonLast(ctx, s) ?? quotedThenCue(ctx, s) ?? clauseThenCue(ctx, s);
    if (c) out.push(c);
  }
  return out;
}

/** The entity named exactly by tokens `[from, to)`: a PER/ORG mention, or a surname. */
function namedSpeaker(ctx: QuoteContext, from: number, to: number): { ok: boolean; speaker?: QuoteCandidate["speaker"] } {
  const T = ctx.tokens;
  const a = T[from].start;
  const b = T[to - 1].end;
  if (ctx.mentions.inside(a, b).some((m) => (m.entity.type === "PER" || m.entity.type === "ORG") && m.mention.start === a && m.mention.end === b)) return { ok: true };
  // ("Trump: …" where the headline's word is no mention, the model being unsure of title case:
  // a person named in full in the article, whose surname it is)
  const person = personBySurname(ctx, ctx.text.slice(a, b));
  if (!person) return { ok: false };
  return { ok: true, speaker: { speaker: { entity: person.id, name: person.name, mention: { start: a, end: b, text: ctx.text.slice(a, b) } }, method: "speaker:surname" } };
}

function candidate(ctx: QuoteContext, s: Sentence, np: { from: number; to: number }, cue: Span, content: { start: number; end: number }, method: string, speaker: QuoteCandidate["speaker"]): QuoteCandidate {
  const segs = segmentsIn(ctx, content.start - 1, content.end + 1);
  const whole = segs.length === 1 && segs[0].start <= content.start && segs[0].end >= content.end;
  return { type: whole ? "direct" : segs.length ? "mixed" : "indirect", np, cue, cueToken: -1, content, claims: segs, rejectIf: "any", method, confidence: [0.6, 0.6], sentence: s.index, order: [1, s.index, 0], speaker };
}

/** "NAME: clause". */
function colonFirst(ctx: QuoteContext, s: Sentence): QuoteCandidate | null {
  const T = ctx.tokens;
  let colon = -1;
  for (let i = s.tokenStart + 1; i < Math.min(s.tokenEnd, s.tokenStart + 6); i++) {
    if (T[i].text === ":") {
      colon = i;
      break;
    }
  }
  if (colon < 0 || s.tokenEnd - colon - 1 < 3) return null;
  const who = namedSpeaker(ctx, s.tokenStart, colon);
  if (!who.ok) return null;
  const content = trimContent(ctx.text, T[colon + 1].start, s.end, true);
  return candidate(ctx, s, { from: s.tokenStart, to: colon }, tokenSpan(ctx, colon, colon + 1), content, "pattern:headline-colon", who.speaker);
}

/** The quoted words without their wrapping marks (single or double), trimmed. */
function unwrap(ctx: QuoteContext, from: number, to: number): { start: number; end: number } | null {
  const T = ctx.tokens;
  let a = from;
  let b = to;
  while (b > a && (T[b - 1].text === "," || HEADLINE_MARKS.test(T[b - 1].text))) b--;
  const marked = HEADLINE_MARKS.test(T[a].text);
  if (marked) a++;
  if (b - a < 3) return null;
  return trimContent(ctx.text, T[a].start, T[b - 1].end, false);
}

/** "‘clause’: NAME", "clause: NAME", "clause – NAME". */
function colonLast(ctx: QuoteContext, s: Sentence): QuoteCandidate | null {
  const T = ctx.tokens;
  let colon = -1;
  for (let i = s.tokenEnd - 2; i > Math.max(s.tokenStart + 2, s.tokenEnd - 6); i--) {
    // (or a dash between spaces: "Lassa fever kills 152 in Nigeria – NCDC")
    const dash = ATTRIBUTION_DASHES[T[i].text] && T[i - 1].end < T[i].start && T[i].end < T[i + 1].start;
    if (T[i].text === ":" || dash) {
      colon = i;
      break;
    }
  }
  // (one colon only: "Read more: 180 dead …: Red Crescent" is a link label, then a headline)
  if (colon < 0 || T.slice(s.tokenStart, colon).some((t) => t.text === ":")) return null;
  const who = namedSpeaker(ctx, colon + 1, s.tokenEnd);
  if (!who.ok) return null;
  // (after a dash, only a clause: "PIPE OF PEACE – Paul McCartney" is a song and its singer)
  if (T[colon].text !== ":" && !T.slice(s.tokenStart, colon).some((t) => t.pos === "VERB" || t.pos === "AUX")) return null;
  const content = unwrap(ctx, s.tokenStart, colon);
  return content ? candidate(ctx, s, { from: colon + 1, to: s.tokenEnd }, tokenSpan(ctx, colon, colon + 1), content, "pattern:headline-colon-after", who.speaker) : null;
}

/** "‘clause,’ says NAME" (single marks; double ones are direct quotes). */
function quotedThenCue(ctx: QuoteContext, s: Sentence): QuoteCandidate | null {
  const T = ctx.tokens;
  if (T[s.tokenStart].text !== "\u2018" && T[s.tokenStart].text !== "'") return null;
  for (let k = s.tokenStart + 4; k < s.tokenEnd - 1; k++) {
    if (!/^[\u2019']$/.test(T[k - 1].text) || !isCueWord(ctx, k)) continue;
    const who = namedSpeaker(ctx, k + 1, s.tokenEnd);
    if (!who.ok) return null;
    const content = unwrap(ctx, s.tokenStart, k);
    return content ? candidate(ctx, s, { from: k + 1, to: s.tokenEnd }, tokenSpan(ctx, k, k + 1), content, "pattern:headline-quoted-says", who.speaker) : null;
  }
  return null;
}

/** Bullets that open a standfirst line ("- ‘No scope’ for new poll, says election chief"). */
const BULLETS = /^[-\u2013\u2014\u2022*]$/;

/**
 * "No scope for new poll, says election chief", "- ‘No scope’ for new poll, says K.M. Huda": a
 * present-tense cue after a comma, then a speaker phrase that ends the line (a name, or up to four
 * words headed by a noun that can speak), at least three words before it.
 */
function clauseThenCue(ctx: QuoteContext, s: Sentence): QuoteCandidate | null {
  const T = ctx.tokens;
  const start = BULLETS.test(T[s.tokenStart].text) ? s.tokenStart + 1 : s.tokenStart;
  for (let k = start + 4; k < s.tokenEnd - 1; k++) {
    if (T[k - 1].text !== "," || !/s$/.test(T[k].norm) || !isCueWord(ctx, k)) continue;
    const np = { from: k + 1, to: s.tokenEnd };
    const who = namedSpeaker(ctx, np.from, np.to);
    const head = T[np.to - 1];
    // (a role word may be tagged as an adjective: "election chief")
    const role = personHead(head.norm);
    // (not a document without its issuer: "Ten killed in clashes, says report")
    if (SOURCELESS_HEADS[head.norm] || SOURCELESS_HEADS[`${head.norm}s`]) return null;
    const phrase = np.to - np.from <= 4 && (head.pos === "NOUN" || head.pos === "PROPN" || role) && T.slice(np.from, np.to).every((t) => /^(NOUN|PROPN|ADJ|DET)$/.test(t.pos)) && (role || speakerLike(ctx, np));
    if (!who.ok && !phrase) return null;
    const content = trimContent(ctx.text, T[start].start, T[k - 2].end, false);
    return candidate(ctx, s, np, tokenSpan(ctx, k, k + 1), content, "pattern:headline-says", who.speaker);
  }
  return null;
}
