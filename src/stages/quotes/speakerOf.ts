import type { Entity, QuoteSpeaker } from "../../types.js";
import type { QuoteDraft } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";
import { lastDraftBefore } from "./lastDraftBefore.js";
import { countriesOf, countryIn, isSubject, lastBodyBefore, lastPersonBefore, lastSayingBodyBefore } from "./people.js";
import { heldOfficeAt, isPersonDescription, personHead, STATEMENT_HEADS } from "./phraseShapes.js";
import { resolveSpeaker } from "./resolveSpeaker.js";
import type { TokenRange } from "./speakerPhrase.js";

/**
 * The speaker of phrase `np`, given the quotes accepted before it (`drafts`, in acceptance
 * order): the entity its head mentions; "the statement" → the previous quote's issuer; "he",
 * "she", "it", "they" → the previous speaker when compatible, else the last person named; a
 * person description ("the top U.S. diplomat") → the person quoted just before or named last,
 * whose country does not contradict it.
 */
export function speakerOf(ctx: QuoteContext, np: TokenRange | null, drafts: readonly QuoteDraft[]): { speaker: QuoteSpeaker | null; method: string } {
  if (!np) return { speaker: null, method: "speaker:none" };
  const T = ctx.tokens;
  const r = resolveSpeaker(ctx.text, T, np, ctx.mentions);
  const first = T[np.from];
  const entityType = (id: string) => ctx.mentions.entity(id);
  // "“…,” the statement added", "The joint statement also expressed …": the issuer of the quotation before
  const statement = first.norm === "the" && np.to - np.from <= 3 && STATEMENT_HEADS.has(T[np.to - 1].norm) && (np.to - np.from === 2 || T[np.from + 1].pos === "ADJ");
  if (statement) {
    const prev = lastDraftBefore(drafts, first.start);
    if (prev?.speaker && (prev.speaker.entity || prev.np) && prev.sentence >= first.sentence - 3) {
      return { speaker: { entity: prev.speaker.entity, name: prev.speaker.name, mention: { start: first.start, end: T[np.to - 1].end, text: ctx.text.slice(first.start, T[np.to - 1].end) } }, method: "coref:statement-issuer" };
    }
  }
  const quotation = ctx.segments.find((sg) => sg.start <= first.start && first.end <= sg.end);
  if (quotation && np.to - np.from === 1 && /^(he|she)$/.test(first.norm)) {
    // "“He told me that the government accepts the plan,” she said": inside a quotation "he" is
    // someone the speaker talks about, never the speaker: the last person named before it but her
    const outer = drafts.find((d) => d.segment === quotation)?.speaker?.entity;
    const who = lastPersonBefore(ctx, first.start, (e) => e.id !== outer);
    const mention = { start: first.start, end: first.end, text: first.text };
    return who ? { speaker: { entity: who.id, name: who.name, mention }, method: "coref:last-person" } : { speaker: { entity: null, name: first.text, mention }, method: "speaker:phrase" };
  }
  if (np.to - np.from === 1 && /^(he|she|it|they)$/.test(first.norm)) {
    // a pronoun speaker: the previous quote's speaker when compatible (newswire convention)
    const prev = lastDraftBefore(drafts, first.start);
    const prevType = prev?.speaker?.entity ? entityType(prev.speaker.entity)?.type : undefined;
    // (a name given after a description of an office-holder is a person's, whatever its entity type)
    const held = prev?.speaker?.mention && prevType !== "PER" ? heldOfficeAt(ctx, prev.speaker.mention.start, prev.speaker.mention.end) : false;
    const compatible = first.norm === "he" || first.norm === "she" ? prevType === "PER" || held : prevType !== undefined && prevType !== "PER" && !held;
    // (unless another person is named after that quote, outside quotations: "Yehuda Cohen … said he
    // had little faith. “…,” he said" is Cohen's, not the earlier speaker's)
    // ("Vice Premier He said": the surname He is a name, not a pronoun)
    const isName = ctx.mentions.inside(first.start, first.end).some((m) => m.mention.kind === "name");
    const between = prev && !isName && (first.norm === "he" || first.norm === "she") ? lastPersonBefore(ctx, first.start, (_, m) => isSubject(ctx, m), prev.content.end) : null;
    const interrupted = between !== null && between.id !== prev?.speaker?.entity;
    if (interrupted && between) return { speaker: { entity: between.id, name: between.name, mention: { start: first.start, end: first.end, text: first.text } }, method: "coref:last-person" };
    if (prev && prev.speaker && compatible && prev.sentence >= T[np.from].sentence - 3) {
      return { speaker: { entity: prev.speaker.entity, name: prev.speaker.name, mention: { start: first.start, end: first.end, text: first.text } }, method: "coref:previous-speaker" };
    }
    // ("The agency said …. “…,” it said", "…, sources said. …, they added": a previous speaker
    // given as a phrase without an entity, headed by a noun of the pronoun's number, a body's for "it")
    const head = prev?.speaker && !prev.speaker.entity && prev.np && prev.np.to - prev.np.from >= 1 ? T[prev.np.to - 1] : undefined;
    const plural = !!head && /[^s]s$/.test(head.norm);
    const bodyFits = !!head && (head.pos === "NOUN" || head.pos === "PROPN") && ((first.norm === "it" && !plural && !personHead(head.norm)) || (first.norm === "they" && plural));
    if (prev?.speaker && bodyFits && prev.sentence >= T[np.from].sentence - 3) {
      return { speaker: { entity: null, name: prev.speaker.name, mention: { start: first.start, end: first.end, text: first.text } }, method: "coref:previous-speaker" };
    }
  }
  if (!r.speaker.entity && np.to - np.from === 1 && /^(he|she)$/.test(first.norm)) {
    // "he said" with no earlier quote: the last person named before it, outside quotations
    const who = lastPersonBefore(ctx, first.start);
    if (who) return { speaker: { entity: who.id, name: who.name, mention: { start: first.start, end: first.end, text: first.text } }, method: "coref:last-person" };
  }
  if (np.to - np.from === 1 && first.norm === "it") {
    // "The agency said … “…,” it said": a body named by a phrase just before, saying something
    // (unless the name the entities stage took "it" for comes in a later sentence: "The ministry
    // said …. Hamas rejected it. “…,” it said" is Hamas's)
    const saying = lastSayingBodyBefore(ctx, first.start);
    const named = r.speaker.entity ? ctx.mentions.entity(r.speaker.entity)?.mentions.filter((m) => m.kind === "name" && m.end <= first.start).pop() : undefined;
    const sayingEnd = saying ? ctx.sentences[T[saying.from].sentence].end : 0;
    if (saying && (!r.speaker.entity || (named && named.end <= sayingEnd))) {
      const s = resolveSpeaker(ctx.text, T, saying, ctx.mentions).speaker;
      return { speaker: { entity: s.entity, name: s.name, mention: { start: first.start, end: first.end, text: first.text } }, method: "coref:previous-speaker" };
    }
  }
  if (!r.speaker.entity && np.to - np.from === 1 && first.norm === "it") {
    // "“…,” the press service said. … Kazakbayev said …. “…,” it said": the last body quoted
    // within eight sentences, past the people quoted since
    const body = lastBodySpeaker(ctx, drafts, first.start, first.sentence - 8);
    if (body?.speaker) return { speaker: { entity: body.speaker.entity, name: body.speaker.name, mention: { start: first.start, end: first.end, text: first.text } }, method: "coref:previous-body-speaker" };
  }
  if (!r.speaker.entity && np.to - np.from === 1 && first.norm === "it") {
    // "The committee reported … According to it, …": the organisation or country that was the
    // subject just before (no quote of its own to be the previous speaker)
    const body = lastBodyBefore(ctx, first.start);
    if (body) return { speaker: { entity: body.id, name: body.name, mention: { start: first.start, end: first.end, text: first.text } }, method: "coref:last-body" };
  }
  if (r.method === "speaker:phrase" && isPersonDescription(T, np)) {
    // "the top U.S. diplomat said", "the former Nigerian leader said": the person quoted just
    // before (within three sentences), else the last person named before it
    const prev = lastDraftBefore(drafts, first.start);
    const prevEntity = prev?.speaker?.entity ? entityType(prev.speaker.entity) : undefined;
    // (a description before any name, as in a lead, stays unresolved: the next person named is
    // often someone else)
    // (a country in the description must not contradict the person's: "the Ukrainian leader" is
    // not the French president quoted before)
    const country = countryIn(ctx, np.from, np.to);
    const fits = (e: Entity) => !country || !countriesOf(ctx, e).size || countriesOf(ctx, e).has(country);
    // (a person named with that very country comes first: "The Palestinian leader said" after
    // "Palestinian President Mahmoud Abbas …", even when someone else was quoted in between)
    const sameCountry = country ? lastPersonBefore(ctx, first.start, (e) => countriesOf(ctx, e).has(country)) : null;
    const who = sameCountry ?? (prev && prevEntity && prevEntity.type === "PER" && prev.sentence >= first.sentence - 3 && fits(prevEntity) ? prevEntity : lastPersonBefore(ctx, first.start, fits));
    if (who) return { speaker: { entity: who.id, name: who.name, mention: r.speaker.mention }, method: "coref:person-description" };
  }
  if (r.speaker.mention && r.method === "speaker:name") {
    const ref = ctx.mentions.inside(r.speaker.mention.start, r.speaker.mention.end).find((x) => x.mention.start === r.speaker!.mention!.start);
    if (ref && ref.mention.method.startsWith("fuzzy")) {
      ctx.report({ stage: "quotes", rule: "speaker-typo", span: r.speaker.mention, message: `speaker "${ref.mention.text}" taken as ${ref.entity.name} (one edit away)` });
    }
  }
  return r;
}

/**
 * The quote before `offset` (from sentence `minSentence` on) whose speaker is a body: an
 * organisation or country entity, or a phrase headed by a singular noun that is no person's.
 */
function lastBodySpeaker(ctx: QuoteContext, drafts: readonly QuoteDraft[], offset: number, minSentence: number): QuoteDraft | null {
  let best: QuoteDraft | null = null;
  for (const d of drafts) {
    if (!d.speaker || d.content.start >= offset || d.sentence < minSentence || (best && best.content.start >= d.content.start)) continue;
    const type = d.speaker.entity ? ctx.mentions.entity(d.speaker.entity)?.type : undefined;
    const head = !d.speaker.entity && d.np ? ctx.tokens[d.np.to - 1] : undefined;
    const body = type === "ORG" || type === "GPE" || (!!head && head.pos === "NOUN" && !/[^s]s$/.test(head.norm) && !personHead(head.norm));
    if (body) best = d;
  }
  return best;
}
