import type { Entity, Mention, QuoteSpeaker, Token } from "../../types.js";
import type { TokenRange } from "./speakerPhrase.js";
import { STATEMENT_NOUNS } from "../../lexicons/en/reportingVerbs.js";

export interface MentionRef {
  mention: Mention;
  entity: Entity;
}

const STATEMENT = new Set(STATEMENT_NOUNS.filter((s) => !/\s/.test(s) && !/^spokes/.test(s)));
const LINKS = new Set(["by", "from", "of"]);
/** Words after a media organisation's name that describe it: "The Times of Israel daily". */
const MEDIA_DESCRIPTORS = /^\s+(?:daily|newspaper|paper|news agency|agency|website|news site|outlet|broadcaster|channel|television|tv|radio|magazine|weekly|network)$/i;
const DETERMINERS = /^(?:the|a|an)\s+/i;

/** Mentions sorted by start with a lookup of those inside a range. */
export class MentionIndex {
  readonly refs: MentionRef[];
  private readonly byId = new Map<string, Entity>();
  constructor(entities: readonly Entity[]) {
    this.refs = [];
    for (const e of entities) for (const m of e.mentions) this.refs.push({ mention: m, entity: e });
    this.refs.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
    for (const r of this.refs) if (!this.byId.has(r.entity.id)) this.byId.set(r.entity.id, r.entity);
  }
  /** The entity with this id that has a mention (as `refs.find` by id would give), else undefined. */
  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }
  /** Index of the first ref whose mention starts at or after `offset` (refs.length if none). */
  firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.refs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.refs[mid].mention.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Mentions lying within `[start, end)`. */
  inside(start: number, end: number): MentionRef[] {
    let lo = 0;
    let hi = this.refs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.refs[mid].mention.start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: MentionRef[] = [];
    for (let i = lo; i < this.refs.length && this.refs[i].mention.start < end; i++) if (this.refs[i].mention.end <= end) out.push(this.refs[i]);
    return out;
  }
}

/**
 * Resolves a speaker noun phrase to an entity: the mention that ends last in the phrase (its head:
 * "Netanyahu's office", "Israeli Prime Minister Benjamin Netanyahu"), or for "a statement by X"
 * the mention after "by". A phrase headed by a person noun linked to an organisation ("a
 * spokesman for the ministry") keeps its own words and no entity.
 */
export function resolveSpeaker(text: string, tokens: readonly Token[], np: TokenRange, mentions: MentionIndex): { speaker: QuoteSpeaker; method: string } {
  const start = tokens[np.from].start;
  const end = tokens[np.to - 1].end;
  let from = np.from;
  // "A statement by X", "a readout from X": the speaker is X
  for (let i = np.from; i < np.to - 1; i++) {
    if (STATEMENT.has(tokens[i].norm) && LINKS.has(tokens[i + 1].norm)) from = i + 2;
    // "a statement released by X"
    else if (STATEMENT.has(tokens[i].norm) && i + 2 < np.to && /^(released|issued|published|posted|sent)$/.test(tokens[i + 1].norm) && LINKS.has(tokens[i + 2].norm)) from = i + 3;
  }
  const fromOff = tokens[from].start;
  const cands = mentions.inside(fromOff, end);
  let best: MentionRef | null = null;
  for (const c of cands) {
    if (!best || c.mention.end > best.mention.end || (c.mention.end === best.mention.end && c.mention.start < best.mention.start)) best = c;
  }
  // co-speakers, "Hamas and Israel said", "Thailand and Cambodia on Thursday said": the first
  // speaks for both (as the gold guidelines credit them), when each conjunct is a name of its own
  const conjunct = best ? firstConjunct(text, tokens, fromOff, best, cands) : null;
  const lastConjunct = conjunct ? best : null;
  if (conjunct) best = conjunct;
  if (best) {
    // an uncovered "for"/"of" before the mention: "spokesman for the State Department"
    // (a capitalised title around "of" is no link: "U.S. Secretary of State Antony Blinken")
    const titleOf = (t: Token) => t.norm === "of" && /^\p{Lu}/u.test(tokens[t.index - 1]?.text ?? "") && /^\p{Lu}/u.test(tokens[t.index + 1]?.text ?? "");
    // ("Natural Hazards Expert at Nottingham Trent University in the U.K. Steven Godby": a
    // capitalised title before a person's name is no link, the name is the speaker)
    const titled = best.entity.type === "PER" && tokens.slice(from, np.to).every((t) => t.end > best!.mention.start || /^\p{Lu}/u.test(t.text) || /^(to|of|for|the|at|in|'s|\u2019s|-|\.)$/.test(t.norm));
    const linkBefore = !titled && tokens.slice(from, np.to).some((t) => t.end <= best!.mention.start && (t.norm === "for" || t.norm === "of" || t.norm === "at" || t.norm === "in") && !titleOf(t) && !STATEMENT.has(tokens[t.index - 1]?.norm ?? ""));
    // the mention must be the phrase's head: "the Sudanese army" is not "Sudanese"
    const rest = text.slice(best.mention.end, end);
    const headOk = best.mention.end >= end || /^\s*$/.test(rest) || lastConjunct?.mention.end === end || (best.entity.type === "ORG" && MEDIA_DESCRIPTORS.test(rest));
    // ("Another MP, who asked not to be named, said": an indefinite title is someone new, not
    // the holder the entities stage linked it to)
    const indefinite = best.mention.kind === "title" && /^(another|a|an|one|some|other)$/.test(tokens[np.from].norm);
    if (!linkBefore && headOk && !indefinite) {
      const m = best.mention;
      return { speaker: { entity: best.entity.id, name: best.entity.name, mention: { start: m.start, end: m.end, text: m.text } }, method: `speaker:${m.kind}` };
    }
  }
  // "a statement from the prime minister's office": the issuer's words, without "a statement from"
  const phraseStart = from > np.from && from < np.to ? fromOff : start;
  const phrase = text.slice(phraseStart, end);
  return { speaker: { entity: null, name: phrase.replace(DETERMINERS, ""), mention: { start: phraseStart, end, text: phrase } }, method: "speaker:phrase" };
}

/**
 * The first of two conjoined names ("Hamas and Israel"): `last` is the phrase's head mention and
 * "and" alone separates it from a name mention that opens the phrase (after "the") and has no
 * "of"-phrase; else null.
 */
function firstConjunct(text: string, tokens: readonly Token[], phraseStart: number, last: MentionRef, cands: readonly MentionRef[]): MentionRef | null {
  if (last.mention.kind !== "name") return null;
  for (const c of cands) {
    if (c === last || c.mention.kind !== "name" || c.entity === last.entity || c.mention.end > last.mention.start) continue;
    if (!/^\s+and\s+$/.test(text.slice(c.mention.end, last.mention.start))) continue;
    if (!/^(?:the\s+)?$/i.test(text.slice(phraseStart, c.mention.start))) continue;
    // ("the Ministry of Trade and Industry": one name whose "of"-phrase is conjoined)
    if (/\s(?:of|for)\s/i.test(c.mention.text)) continue;
    return c;
  }
  return null;
}
