import type { Entity, Mention, Token } from "../../types.js";
import type { QuoteContext } from "./QuoteContext.js";
import { isCueWord, segmentAround, subjectStart, tokenAt } from "./QuoteContext.js";
import { personHead } from "./phraseShapes.js";
import { nounPhraseEndingAt, skipLeftAdverbs, type TokenRange } from "./speakerPhrase.js";
import { NON_SPEAKER_HEADS } from "../../lexicons/en/quoteWords.js";
import { defaultGazetteer } from "../entities/gazetteer.js";
import { spanIndexAt } from "../../document/spanIndexAt.js";

// Who is who around a quote: the people named before it, their countries, bylines.

/** The country named by a demonym or country word in tokens `[from, to)` ("the Ukrainian leader"), or null. */
export function countryIn(ctx: QuoteContext, from: number, to: number): string | null {
  const gaz = defaultGazetteer();
  for (let i = from; i < to; i++) {
    const k = ctx.tokens[i].norm;
    const d = gaz.demonyms.get(k);
    if (d?.country) return d.country;
    const g = gaz.names.get(k);
    if (g && g.type === "GPE") return g.name;
  }
  return null;
}

/** Can the token be part of a title or role before a name ("Secretary of State", "Egypt's foreign minister")? */
function titleWord(t: Token): boolean {
  if (/^\p{Lu}/u.test(t.text)) return true;
  if (/^(of|for|'s|\u2019s)$/.test(t.norm)) return true;
  return (t.pos === "NOUN" || t.pos === "ADJ") && /^\p{Ll}+$/u.test(t.text);
}

/** Countries of a person from the words right before its name mentions ("French President Emmanuel Macron"). */
export function countriesOf(ctx: QuoteContext, e: Entity): Set<string> {
  let out = ctx.personCountries.get(e);
  if (out) return out;
  out = new Set<string>();
  const T = ctx.tokens;
  for (const m of e.mentions) {
    if (m.kind !== "name") continue;
    const i = tokenAt(ctx, m.start);
    const sentence = T[i]?.sentence;
    // the title before the name, "of" included ("U.S. Secretary of State Antony Blinken"), or an
    // apposition's role before it ("Egypt's foreign minister, Badr Abdelatty")
    let j = i - 1;
    if (T[j]?.text === "," && T[j - 1]?.pos === "NOUN") j--;
    for (const min = Math.max(0, j - 5); j >= min && T[j].sentence === sentence && titleWord(T[j]); j--) {
      const c = countryIn(ctx, j, j + 1);
      if (c) out.add(c);
    }
  }
  ctx.personCountries.set(e, out);
  return out;
}

/**
 * Is the mention a sentence's subject: a name before its sentence's first verb, or before the
 * first verb after a fronted clause ("Speaking to reporters, Congress MP Priya Nair opined …")?
 */
export function isSubject(ctx: QuoteContext, mention: Mention): boolean {
  const k = tokenAt(ctx, mention.start);
  const s = ctx.sentences[ctx.tokens[k]?.sentence ?? -1];
  if (!s) return false;
  const before = ctx.tokens.slice(s.tokenStart, k);
  const verb = (t: (typeof before)[number]) => t.pos === "VERB" || t.pos === "AUX";
  if (!before.some(verb)) return true;
  // a fronted participle or adverbial clause, closed by a comma, with no verb after that comma
  const comma = before.map((t) => t.text).lastIndexOf(",");
  const first = before[0];
  const fronted = first.pos === "VERB" && /ing$/.test(first.norm) || first.pos === "ADP" || first.pos === "SCONJ";
  return fronted && comma > 0 && !before.slice(comma + 1).some(verb);
}

/** Is the name at `offset` a byline ("By Tom Bateman, …" opening its paragraph)? */
function isByline(ctx: QuoteContext, offset: number): boolean {
  const i = tokenAt(ctx, offset);
  const by = ctx.tokens[i - 1];
  if (!by || by.norm !== "by") return false;
  const p = spanIndexAt(ctx.paragraphs, by.start);
  return p >= 0 && ctx.paragraphs[p].start === by.start;
}

/** The last person named (outside quotations and bylines) before `offset` and after `after`, with `ok(entity, mention)`. */
export function lastPersonBefore(ctx: QuoteContext, offset: number, ok: (e: Entity, m: Mention) => boolean = () => true, after = -1): Entity | null {
  const limit = Math.max(offset - 1500, after);
  const refs = ctx.mentions.refs;
  for (let i = ctx.mentions.firstAtOrAfter(offset) - 1; i >= 0; i--) {
    const { mention, entity } = refs[i];
    if (mention.start < limit) break;
    if (entity.type !== "PER" || mention.kind !== "name" || !ok(entity, mention)) continue;
    if (isByline(ctx, mention.start)) continue;
    if (segmentAround(ctx, mention.start, mention.end)) continue;
    return entity;
  }
  return null;
}

/** The one person whose multi-word name ends with the capitalised word `word` ("Trump" → Donald Trump), else null. */
export function personBySurname(ctx: QuoteContext, word: string): Entity | null {
  if (!/^\p{Lu}[\p{L}'\u2019-]+$/u.test(word)) return null;
  const found = new Set<Entity>();
  for (const r of ctx.mentions.refs) {
    const n = r.entity.name;
    if (r.entity.type === "PER" && n.length > word.length && n.endsWith(word) && n[n.length - word.length - 1] === " ") found.add(r.entity);
  }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * The organisation or country named last (outside quotations, not inside a longer name: "Russia"
 * in "the Investigative Committee of Russia") as a sentence's subject, in the sentence of
 * `offset` or the two before it; the antecedent of a source "it" ("The committee reported …
 * According to it, …"). Null when there is none.
 */
export function lastBodyBefore(ctx: QuoteContext, offset: number): Entity | null {
  const refs = ctx.mentions.refs;
  const at = ctx.tokens[tokenAt(ctx, offset)]?.sentence ?? ctx.sentences.length;
  const first = ctx.sentences[Math.max(0, at - 2)]?.start ?? 0;
  for (let i = ctx.mentions.firstAtOrAfter(offset) - 1; i >= 0; i--) {
    const { mention, entity } = refs[i];
    if (mention.start < first) break;
    if ((entity.type !== "ORG" && entity.type !== "GPE") || mention.kind !== "name") continue;
    let nested = false;
    for (let j = i - 1; j >= Math.max(0, i - 6); j--) if (refs[j].mention.end >= mention.end && refs[j].mention.start < mention.start) nested = true;
    if (nested || segmentAround(ctx, mention.start, mention.end) || !isSubject(ctx, mention)) continue;
    return entity;
  }
  return null;
}

/**
 * The speaker phrase of the last "The agency said …" in the three sentences before `offset`: a
 * sentence subject headed by a singular common noun for a body (no person, not a name), right before
 * a reporting verb. The antecedent of "it" in "“…,” it said" when that quote is settled before
 * the agency's own (direct quotes come first) and no organisation is named. Null when none.
 */
export function lastSayingBodyBefore(ctx: QuoteContext, offset: number): TokenRange | null {
  const T = ctx.tokens;
  const at = T[tokenAt(ctx, offset)]?.sentence ?? ctx.sentences.length;
  for (let si = at - 1; si >= Math.max(0, at - 3); si--) {
    const s = ctx.sentences[si];
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      if (T[k].pos !== "VERB" || !isCueWord(ctx, k)) continue;
      const np = nounPhraseEndingAt(T, skipLeftAdverbs(T, k - 1, s.tokenStart), s.tokenStart);
      const head = np ? T[np.to - 1] : undefined;
      if (!np || !head || np.from !== subjectStart(ctx, s, k) || head.pos !== "NOUN" || /s$/.test(head.norm) || personHead(head.norm) || NON_SPEAKER_HEADS[head.norm]) break;
      // (a name heading the phrase is an entity of its own: lastBodyBefore's)
      if (ctx.mentions.inside(T[np.from].start, head.end).some((m) => m.mention.end === head.end)) break;
      return np;
    }
  }
  return null;
}
