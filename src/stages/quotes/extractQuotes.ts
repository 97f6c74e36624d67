import type { Entity, Mention, NewsDocument, Quote, QuoteSpeaker, QuoteType, Sentence, Span, Stage, StageContext, Token, Paragraph } from "../../types.js";
import { findQuoteSegments, segmentWords, type QuoteSegment } from "./quoteSegments.js";
import { REPORTING_FORMS, REPORTING_LEMMA } from "./cueLexicon.js";
import { CLAUSE_ENDING_PARTICIPLES, CLAUSE_ONLY_LEMMAS, DIRECTIVE_LEMMAS, FRAGMENT_CUES, REPORTING_PARTICIPLES, NEGATION_OR_MODAL, PARTICLE_VERBS, PHATIC_CONTENT, ISSUED_DOCUMENTS, ISSUING_PARTICIPLES } from "../../lexicons/en/reportingVerbs.js";
import { TIME_NOUNS, nounPhraseEndingAt, nounPhraseStartingAt, skipLeftAdverbs, type TokenRange } from "./speakerPhrase.js";
import { MentionIndex, resolveSpeaker } from "./resolveSpeaker.js";
import { PERSON_DESCRIPTION_HEADS } from "../../lexicons/en/titles.js";
import { defaultGazetteer } from "../entities/gazetteer.js";
import { spanIndexAt } from "../../document/spanIndexAt.js";

/** A quote before ids are assigned. */
interface Draft {
  type: QuoteType;
  np: TokenRange | null;
  speaker: QuoteSpeaker | null;
  cue: Span | null;
  content: { start: number; end: number };
  continues: Draft | null;
  method: string;
  confidence: number;
  sentence: number;
  via?: { name: string; span: Span } | null;
  segment?: QuoteSegment;
}

const PERSON_HEADS = new Set(PERSON_DESCRIPTION_HEADS);
const CLAUSE_OPENERS = new Set(["after", "before", "since", "until", "as", "while", "because", "once", "when", "although", "though", "if", "unless", "whereas"]);
const SPEAK_FORMS = new Set(["speak", "speaks", "spoke", "speaking", "spoken"]);
/** Speech verbs that take the subject of an earlier conjoined verb ("… and said …"); finite forms only. */
const CONJOINED_LEMMAS = new Set(["say", "tell", "add", "state", "note", "warn", "announce", "declare", "stress", "insist", "confirm", "claim", "explain", "reiterate", "acknowledge", "admit", "deny", "argue", "emphasize"]);
const STATEMENT_HEADS = new Set(ISSUED_DOCUMENTS);
const ISSUED = new Set(ISSUING_PARTICIPLES);
const CALL_FORMS = new Set(["call", "calls", "called", "calling"]);
const CALL_PARTICLES = new Set(["for", "on", "upon", "off", "up", "out", "in", "back"]);
const HEAD_ENDING_PREPOSITIONS = new Set(["of", "in", "for", "at", "on", "to", "from", "with"]);
const DASHES = new Set(["\u2014", "\u2013", "-", "\u2015"]);
const ADVERBIAL_STARTS = new Set(["in", "on", "at", "during", "late", "early", "earlier", "later", "after", "before", "yesterday", "today", "tonight", "this", "last", "via", "through", "over", "while", "when", "again", "also", "then", "separately", "recently", "publicly", "previously", "further", "repeatedly", "shortly", "afterwards", "afterward", "privately", "once", "too", "in a statement"]);
/** A wire dateline at the start of a paragraph: "WASHINGTON/BEIRUT (Reuters) -". */
/** Verbs of sending words to someone: "emailed supporters saying: “…”". */
const SENDING_VERBS = new Set(["emailed", "texted", "messaged", "wrote", "sent", "released", "issued", "posted", "published", "tweeted", "told", "informed", "briefed", "addressed"]);
/** Parts of speech that may follow a parenthetical cue before its closing comma: "said on Monday," "said in a statement,". */
const PARENTHETICAL_TAIL_POS = new Set(["ADP", "DET", "NOUN", "PROPN", "NUM", "ADV", "ADJ"]);
/** Words that open a clause used as a noun: "Whatever progress he has made, officials said, could …". */
const FREE_RELATIVES = new Set(["what", "whatever", "whoever", "whichever", "whether"]);
/** A dateline before the lead: "GAZA CITY (AP) — ", "ORLANDO, Fla. (Reuters) - ", "BEIRUT, Lebanon — ". */
const DATELINE = /^[A-Z][A-Z.'\/ ,-]{2,}(?:,\s*[A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12})?)?(?:\s*\([^)]{1,40}\))?\s*[-\u2013\u2014]+\s*/;
const REFUSALS = new Set(["declined", "refused", "failed", "unwilling", "reluctant"]);
const TIME_WORD = `(?:${[...TIME_NOUNS].join("|")})`;
/**
 * What may follow "…, the minister said" in the same sentence: a time ("Friday", "on Tuesday",
 * "late on Monday"), a place or occasion ("in a statement"), "according to …", a relative
 * clause about the speaker (", who spoke on condition of anonymity"), or a contrasting clause of
 * the writer's (", while more than 92,000 have been wounded").
 */
const TRAILING_AFTER_ATTRIBUTION = new RegExp(
  `^\\s*(?:(?:on|in|at|late|early|earlier|later)\\s+[\\w\\s'-]{0,40}?|(?:(?:last|this|on|late|early)\\s+)?${TIME_WORD}(?:\\s+(?:morning|afternoon|evening|night))?)?\\s*(?:,\\s*according to[^.]*|,\\s*(?:who|which)\\s[^.]*|,\\s*(?:while|whereas)\\s[^.]*)?[.!?\\u201D"]*\\s*$`,
  "i",
);
const FINITE_AUX = new Set(["would", "will", "had", "has", "have", "was", "were", "is", "are", "could", "can", "should", "may", "might", "must", "did", "does", "do"]);
/** Clause-only verbs that also take a complement clause without "that": "confirmed it had sent envoys". */
const THATLESS_LEMMAS = new Set(["confirm", "deny", "acknowledge", "admit", "indicate", "believe", "agree", "estimate", "reveal", "announce", "declare", "state", "predict", "warn", "signal", "hint", "maintain", "respond", "reply", "suggest"]);
const LINK_AUX = new Set(["was", "is", "has", "had", "been", "were", "are", "have"]);

/** Trims whitespace and trailing `,;:` (and, when `dropStop`, a final `.`) from a content span. */
function trimContent(text: string, start: number, end: number, dropStop: boolean): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && (/\s/.test(text[end - 1]) || /[,;:]/.test(text[end - 1]) || (dropStop && /[.]/.test(text[end - 1])))) end--;
  return { start, end };
}

class QuoteFinder {
  private readonly drafts: Draft[] = [];
  private readonly personCountries = new Map<Entity, Set<string>>();
  private readonly usedCue = new Set<number>();
  private readonly usedSegment = new Set<QuoteSegment>();
  private readonly mentions: MentionIndex;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    private readonly tokens: readonly Token[],
    private readonly paragraphs: readonly Paragraph[],
    entities: readonly Entity[],
    private readonly ctx: StageContext,
  ) {
    this.mentions = new MentionIndex(entities);
  }

  private segments: QuoteSegment[] = [];

  run(): Quote[] {
    const segments = findQuoteSegments(this.text, this.paragraphs);
    this.segments = segments;
    for (const seg of segments) this.directAttribution(seg);
    for (const s of this.sentences) {
      this.colonHeadline(s, segments);
      this.indirectInSentence(s, segments);
    }
    this.fragmentQuotes(segments);
    this.unattributedSegments(segments);
    this.speakerFromNextParagraph();
    this.accordingToAsVia();
    return this.finish();
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────

  /** Index of the first token starting at or after `offset`. */
  private tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The comma that opens an apposition closed by the comma at token `e` ("X, a name, said"), or -1. */
  private openingComma(e: number, s: Sentence): number {
    let c2 = e - 1;
    while (c2 > s.tokenStart && this.tokens[c2].text !== ",") c2--;
    if (this.tokens[c2]?.text !== ",") return -1;
    // "Roxana Leon, 63, an independent voter, said": the age is an aside of the name
    const aside = this.skipAside(c2, s.tokenStart);
    return aside < c2 ? aside + 1 : c2;
  }

  /**
   * Steps left over an aside between a speaker and the cue, ending at token `e`: a bracketed tag
   * ("Sen. Rand Paul (R-Ky.) said") or an age between commas ("Sarandon, 69, told"). Returns the
   * index of the token before the aside (or `e` when there is none); `min` bounds the scan.
   */
  private skipAside(e: number, min: number): number {
    const T = this.tokens;
    if (T[e]?.text === ")") {
      for (let p = e - 1; p > min && p >= e - 8; p--) {
        if (T[p].text === "(") return p - 1 >= min ? p - 1 : e;
        if (T[p].text === ")" || T[p].text === ",") break;
      }
      return e;
    }
    if (T[e]?.text === "," && T[e - 1]?.pos === "NUM" && /^\d{1,3}$/.test(T[e - 1].text) && T[e - 2]?.text === "," && e - 3 >= min) return e - 3;
    return e;
  }

  /**
   * A headline "NAME: clause" ("Blinken: Gaza ceasefire push may be 'last opportunity'", "Hamas:
   * US proposal gives Israel cover"): a paragraph of one sentence without a final full stop, a
   * person or organisation named from its start to the colon, and at least three words after it.
   * A place before the colon is a topic, not a speaker ("Gaza: death toll rises").
   */
  private colonHeadline(s: Sentence, segments: readonly QuoteSegment[]): void {
    const T = this.tokens;
    const p = this.paragraphs[s.paragraph];
    if (!p || p.start !== s.start || p.end !== s.end || /[.!]$/.test(s.text)) return;
    let colon = -1;
    for (let i = s.tokenStart + 1; i < Math.min(s.tokenEnd, s.tokenStart + 6); i++) if (T[i].text === ":") { colon = i; break; }
    if (colon < 0 || s.tokenEnd - colon - 1 < 3) return;
    const from = T[s.tokenStart].start;
    const to = T[colon - 1].end;
    const named = this.mentions.inside(from, to).some((m) => (m.entity.type === "PER" || m.entity.type === "ORG") && m.mention.start === from && m.mention.end === to);
    // ("Trump: …" where the headline's word is no mention, the model being unsure of title case:
    // a person named in full in the article, whose surname it is)
    const person = named ? null : this.personBySurname(this.text.slice(from, to));
    if (!named && !person) return;
    const content = trimContent(this.text, T[colon + 1].start, s.end, true);
    const segs = this.segmentsIn(segments, content.start, content.end);
    if (segs.some((sg) => this.usedSegment.has(sg))) return;
    for (const sg of segs) this.usedSegment.add(sg);
    const np = { from: s.tokenStart, to: colon };
    const sp = person ? { speaker: { entity: person.id, name: person.name, mention: { start: from, end: to, text: this.text.slice(from, to) } }, method: "speaker:surname" } : this.speak(np);
    this.push({ type: segs.length ? "mixed" : "indirect", np, speaker: sp.speaker, cue: this.span(colon, colon + 1), content, continues: null, method: `pattern:headline-colon+${sp.method}`, confidence: 0.6, sentence: s.index });
  }

  /** The one person whose multi-word name ends with the capitalised word `word` ("Trump" → Donald Trump), else null. */
  private personBySurname(word: string): Entity | null {
    if (!/^\p{Lu}[\p{L}'\u2019-]+$/u.test(word)) return null;
    const found = new Set<Entity>();
    for (const r of this.mentions.refs) {
      const n = r.entity.name;
      if (r.entity.type === "PER" && n.length > word.length && n.endsWith(word) && n[n.length - word.length - 1] === " ") found.add(r.entity);
    }
    return found.size === 1 ? [...found][0] : null;
  }

  /**
   * When `np` is the object of a verb ("emailed supporters", "released a statement") right before a
   * participle cue, the verb's subject when it names someone (a mention or a pronoun); else null.
   */
  private subjectOfObject(np: TokenRange, s: Sentence): TokenRange | null {
    const T = this.tokens;
    const v = np.from - 1;
    if (v <= s.tokenStart || T[v].pos !== "VERB") return null;
    // only a verb of sending words or an object that carries them: "met protesters saying …" is the protesters'
    if (!SENDING_VERBS.has(T[v].norm) && !STATEMENT_HEADS.has(T[np.to - 1].norm)) return null;
    const subj = nounPhraseStartingAt(T, this.subjectStart(s, v), v);
    if (!subj || subj.to > v) return null;
    const names = this.mentions.inside(T[subj.from].start, T[subj.to - 1].end).length > 0;
    return names || /^(he|she|it|they|we)$/.test(T[subj.from].norm) || this.isPersonDescription(subj) ? subj : null;
  }

  /**
   * The comma opening an aside that ends at the comma `e` before a cue and starts with a
   * preposition, "whose" or a participle ("X, during a town hall meeting in Columbus, Ohio, said",
   * "X, whose hometown, Miami, …, argues", "X, reporting from Amman, Jordan, said"); -1 when there is none within 20 tokens.
   */
  private asideOpening(e: number, s: Sentence): number {
    const T = this.tokens;
    for (let c = e - 1; c > s.tokenStart && c >= e - 20; c--) {
      if (T[c].text !== ",") continue;
      const next = T[c + 1];
      if (next && ((next.pos === "ADP" && next.norm !== "of") || next.norm === "whose" || (next.pos === "VERB" && /ing$/.test(next.norm) && !REPORTING_FORMS.has(next.norm)))) return c;
    }
    return -1;
  }

  /** The noun phrase filling the apposition between the commas at tokens `c2` and `e`, or null. */
  private appositionPhrase(c2: number, e: number): TokenRange | null {
    const inner = nounPhraseStartingAt(this.tokens, c2 + 1, e);
    return inner && inner.to === e ? inner : null;
  }

  /** "said the head of their delegation, Getachew Reda": prefer the named apposition. */
  private withApposition(np: TokenRange | null, s: Sentence): TokenRange | null {
    if (!np || this.tokens[np.to]?.text !== ",") return np;
    const app = nounPhraseStartingAt(this.tokens, np.to + 1, s.tokenEnd);
    if (!app) return np;
    const hasName = this.mentions.inside(this.tokens[app.from].start, this.tokens[app.to - 1].end).some((m) => m.entity.type === "PER" && m.mention.kind === "name");
    return hasName && this.onlyTrailing(app.to, s) ? app : np;
  }

  /** "it had sent envoys …", "direct talks … would start …": a subject and a finite auxiliary. */
  private finiteClause(rest: readonly Token[]): boolean {
    if (!rest.length || !/^(PRON|DET|NOUN|PROPN|ADJ|NUM)$/.test(rest[0].pos) || rest[0].norm === "that") return false;
    for (let i = 1; i < Math.min(rest.length, 12); i++) {
      const t = rest[i];
      if (t.text === "," || t.text === "." || /^[\u201C"]$/.test(t.text)) return false;
      if (FINITE_AUX.has(t.norm)) return i >= 1;
      if (t.pos === "VERB" && !/(ing|ed)$/.test(t.norm) && i <= 6 && rest[i - 1].pos !== "DET" && rest[i - 1].pos !== "ADP") return /^(NOUN|PROPN|PRON)$/.test(rest[i - 1].pos);
    }
    return false;
  }

  /** "US Ambassador to the UN" before a name: capitalised words and linking words only. */
  private titleRun(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const t = this.tokens[i];
      if (!/^[A-Z]/.test(t.text) && !/^(to|of|for|the|'s|\u2019s|-)$/.test(t.norm)) return false;
    }
    return to > from;
  }

  /** True when the token range is covered by a person's name mention. */
  private isPersonName(r: TokenRange): boolean {
    const start = this.tokens[r.from].start;
    const end = this.tokens[r.to - 1].end;
    return this.mentions.inside(start, end).some((m) => m.entity.type === "PER" && m.mention.kind === "name" && m.mention.end - m.mention.start >= (end - start) / 2);
  }

  private isCue(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !REPORTING_FORMS.has(t.norm) || this.usedCue.has(i)) return false;
    if (t.pos === "NOUN" && !/^(said|says|told|added)$/.test(t.norm)) return false;
    if (/^[A-Z]/.test(t.text) && t.index !== this.sentences[t.sentence].tokenStart && !this.titleCaseHeadline(t.sentence)) return false;
    return true;
  }

  /**
   * Where the subject of sentence `s` starts, before token `limit`: after a fronted adverbial
   * and its comma ("In May, a judge sided …", "Here in Columbia, Sanders stepped up …"), else at
   * the sentence start.
   */
  private subjectStart(s: Sentence, limit: number): number {
    const T = this.tokens;
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

  private readonly headlineCache = new Map<number, boolean>();

  /**
   * Is sentence `i` a headline in title case ("Blinken Says Israel Accepted Bridging Proposal"):
   * a paragraph of its own, no final full stop, most longer words capitalised? There a
   * capitalised "Says" is a cue.
   */
  private titleCaseHeadline(i: number): boolean {
    let v = this.headlineCache.get(i);
    if (v === undefined) {
      const s = this.sentences[i];
      const p = this.paragraphs[s.paragraph];
      const words = this.tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => /^\p{L}{4,}/u.test(t.text));
      const caps = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
      v = !!p && p.start === s.start && p.end === s.end && !/[.!]$/.test(s.text) && words.length >= 3 && caps >= 0.7 * words.length;
      this.headlineCache.set(i, v);
    }
    return v;
  }

  private negated(i: number, min: number): boolean {
    for (let k = i - 1; k >= Math.max(min, i - 3); k--) {
      const w = this.tokens[k].norm;
      if (REFUSALS.has(w) ? this.tokens[k + 1]?.norm === "to" : NEGATION_OR_MODAL.has(w)) return true;
    }
    return false;
  }

  private span(from: number, to: number): Span {
    const start = this.tokens[from].start;
    const end = this.tokens[to - 1].end;
    return { start, end, text: this.text.slice(start, end) };
  }

  /** True when a quote already found contains the whole segment. */
  private insideDraft(seg: QuoteSegment): boolean {
    return this.drafts.some((d) => d.content.start <= seg.start && seg.end <= d.content.end + 1);
  }

  /** Is there a reporting verb with a subject right before it ("he said") among tokens `from..to`, outside quotations (attributed already or not)? */
  private ownAttribution(from: number, to: number, segments: readonly QuoteSegment[]): boolean {
    const T = this.tokens;
    for (let j = from + 1; j < to; j++) {
      const p = T[j - 1].pos;
      if ((p === "PRON" || p === "PROPN" || p === "NOUN") && REPORTING_FORMS.has(T[j].norm) && T[j].pos === "VERB" && !this.negated(j, from) && !this.insideSegment(segments, T[j].start)) return true;
    }
    return false;
  }

  private insideSegment(segments: readonly QuoteSegment[], offset: number): boolean {
    return segments.some((sg) => sg.start <= offset && offset < sg.end);
  }

  private segmentsIn(segments: readonly QuoteSegment[], start: number, end: number): QuoteSegment[] {
    return segments.filter((s) => s.start >= start && s.end <= end + 1);
  }

  private speak(np: TokenRange | null): { speaker: QuoteSpeaker | null; method: string } {
    if (!np) return { speaker: null, method: "speaker:none" };
    const r = resolveSpeaker(this.text, this.tokens, np, this.mentions);
    const first = this.tokens[np.from];
    // "“…,” the statement added": the issuer of the quotation before
    if (np.to - np.from === 2 && first.norm === "the" && STATEMENT_HEADS.has(this.tokens[np.from + 1].norm)) {
      const prev = this.lastDraftBefore(first.start);
      if (prev?.speaker?.entity && prev.sentence >= first.sentence - 3) {
        return { speaker: { entity: prev.speaker.entity, name: prev.speaker.name, mention: { start: first.start, end: this.tokens[np.to - 1].end, text: this.text.slice(first.start, this.tokens[np.to - 1].end) } }, method: "coref:statement-issuer" };
      }
    }
    if (np.to - np.from === 1 && /^(he|she|it|they)$/.test(first.norm)) {
      // a pronoun speaker: the previous quote's speaker when compatible (newswire convention)
      const prev = this.lastDraftBefore(first.start);
      const prevType = prev?.speaker?.entity ? this.mentions.refs.find((x) => x.entity.id === prev.speaker!.entity)?.entity.type : undefined;
      const compatible = first.norm === "he" || first.norm === "she" ? prevType === "PER" : prevType !== undefined && prevType !== "PER";
      // (unless another person is named after that quote, outside quotations: "Yehuda Cohen … said he
      // had little faith. “…,” he said" is Cohen's, not the earlier speaker's)
      // ("Vice Premier He said": the surname He is a name, not a pronoun)
      const isName = this.mentions.inside(first.start, first.end).some((m) => m.mention.kind === "name");
      const between = prev && !isName && (first.norm === "he" || first.norm === "she") ? this.lastPersonBefore(first.start, (_, m) => this.isSubject(m), prev.content.end) : null;
      const interrupted = between !== null && between.id !== prev?.speaker?.entity;
      if (interrupted && between) return { speaker: { entity: between.id, name: between.name, mention: { start: first.start, end: first.end, text: first.text } }, method: "coref:last-person" };
      if (prev && prev.speaker && compatible && prev.sentence >= this.tokens[np.from].sentence - 3) {
        return { speaker: { entity: prev.speaker.entity, name: prev.speaker.name, mention: { start: first.start, end: first.end, text: first.text } }, method: "coref:previous-speaker" };
      }
    }
    if (!r.speaker.entity && np.to - np.from === 1 && /^(he|she)$/.test(first.norm)) {
      // "he said" with no earlier quote: the last person named before it, outside quotations
      const who = this.lastPersonBefore(first.start);
      if (who) return { speaker: { entity: who.id, name: who.name, mention: { start: first.start, end: first.end, text: first.text } }, method: "coref:last-person" };
    }
    if (r.method === "speaker:phrase" && this.isPersonDescription(np)) {
      // "the top U.S. diplomat said", "the former Nigerian leader said": the person quoted just
      // before (within three sentences), else the last person named before it
      const prev = this.lastDraftBefore(first.start);
      const prevRef = prev?.speaker?.entity ? this.mentions.refs.find((x) => x.entity.id === prev.speaker!.entity) : undefined;
      // (a description before any name, as in a lead, stays unresolved: the next person named is
      // often someone else)
      // (a country in the description must not contradict the person's: "the Ukrainian leader" is
      // not the French president quoted before)
      const country = this.countryIn(np.from, np.to);
      const fits = (e: Entity) => !country || !this.countriesOf(e).size || this.countriesOf(e).has(country);
      // (a person named with that very country comes first: "The Palestinian leader said" after
      // "Palestinian President Mahmoud Abbas …", even when someone else was quoted in between)
      const sameCountry = country ? this.lastPersonBefore(first.start, (e) => this.countriesOf(e).has(country)) : null;
      const who =
        sameCountry ??
        (prev && prevRef && prevRef.entity.type === "PER" && prev.sentence >= first.sentence - 3 && fits(prevRef.entity)
          ? prevRef.entity
          : this.lastPersonBefore(first.start, fits));
      if (who) return { speaker: { entity: who.id, name: who.name, mention: r.speaker.mention }, method: "coref:person-description" };
    }
    if (r.speaker.mention && r.method === "speaker:name") {
      const ref = this.mentions.inside(r.speaker.mention.start, r.speaker.mention.end).find((x) => x.mention.start === r.speaker!.mention!.start);
      if (ref && ref.mention.method.startsWith("fuzzy")) {
        this.ctx.report({ stage: "quotes", rule: "speaker-typo", span: r.speaker.mention, message: `speaker "${ref.mention.text}" taken as ${ref.entity.name} (one edit away)` });
      }
    }
    return r;
  }

  /**
   * A definite description of one person: "the" + words + a head from `PERSON_DESCRIPTION_HEADS`
   * ("The U.S. secretary of state", "the African Union mediator"), with no name or "of"-phrase
   * after the head that would name someone else.
   */
  private isPersonDescription(np: TokenRange): boolean {
    const t = this.tokens;
    if (np.to - np.from < 2 || t[np.from].norm !== "the") return false;
    let head = np.to - 1;
    // "secretary of state", "negotiator in the trade talks": the head is before the preposition
    for (let i = np.from + 1; i < np.to; i++) {
      if (HEAD_ENDING_PREPOSITIONS.has(t[i].norm)) {
        head = i - 1;
        break;
      }
    }
    if (head <= np.from) return false;
    const h = t[head].norm;
    if (!PERSON_HEADS.has(h) && !PERSON_HEADS.has(`${t[head - 1].norm} ${h}`)) return false;
    // the rest after the preposition must be lower-case words (no name: "the leader of Hamas" is not resolved here)
    for (let i = head + 1; i < np.to; i++) if (/^\p{Lu}/u.test(t[i].text)) return false;
    return true;
  }

  /** Is the name at `offset` a byline ("By Tom Bateman, …" opening its paragraph)? */
  private isByline(offset: number): boolean {
    const i = this.tokenAt(offset);
    const by = this.tokens[i - 1];
    if (!by || by.norm !== "by") return false;
    const p = spanIndexAt(this.paragraphs, by.start);
    return p >= 0 && this.paragraphs[p].start === by.start;
  }

  /** The country named by a demonym or country word in tokens `[from, to)` ("the Ukrainian leader"), or null. */
  private countryIn(from: number, to: number): string | null {
    const gaz = defaultGazetteer();
    for (let i = from; i < to; i++) {
      const k = this.tokens[i].norm;
      const d = gaz.demonyms.get(k);
      if (d?.country) return d.country;
      const g = gaz.names.get(k);
      if (g && g.type === "GPE") return g.name;
    }
    return null;
  }

  /** Can the token be part of a title or role before a name ("Secretary of State", "Egypt's foreign minister")? */
  private titleWord(t: Token): boolean {
    if (/^\p{Lu}/u.test(t.text)) return true;
    if (/^(of|for|'s|\u2019s)$/.test(t.norm)) return true;
    return (t.pos === "NOUN" || t.pos === "ADJ") && /^\p{Ll}+$/u.test(t.text);
  }

  /** Countries of a person from the words right before its name mentions ("French President Emmanuel Macron"). */
  private countriesOf(e: Entity): Set<string> {
    let out = this.personCountries.get(e);
    if (out) return out;
    out = new Set<string>();
    for (const m of e.mentions) {
      if (m.kind !== "name") continue;
      const i = this.tokenAt(m.start);
      const sentence = this.tokens[i]?.sentence;
      // the title before the name, "of" included ("U.S. Secretary of State Antony Blinken"), or an
      // apposition's role before it ("Egypt's foreign minister, Badr Abdelatty")
      let j = i - 1;
      if (this.tokens[j]?.text === "," && this.tokens[j - 1]?.pos === "NOUN") j--;
      for (const min = Math.max(0, j - 5); j >= min && this.tokens[j].sentence === sentence && this.titleWord(this.tokens[j]); j--) {
        const c = this.countryIn(j, j + 1);
        if (c) out.add(c);
      }
    }
    this.personCountries.set(e, out);
    return out;
  }

  /** Is the mention a sentence's subject: a name before its sentence's first verb? */
  private isSubject(mention: Mention): boolean {
    const k = this.tokenAt(mention.start);
    const s = this.sentences[this.tokens[k]?.sentence ?? -1];
    return !!s && !this.tokens.slice(s.tokenStart, k).some((t) => t.pos === "VERB" || t.pos === "AUX");
  }

  /** The last person named (outside quotations and bylines) before `offset` and after `after`, with `ok(entity, mention)`. */
  private lastPersonBefore(offset: number, ok: (e: Entity, m: Mention) => boolean = () => true, after = -1): Entity | null {
    const limit = Math.max(offset - 1500, after);
    const refs = this.mentions.refs;
    for (let i = refs.length - 1; i >= 0; i--) {
      const { mention, entity } = refs[i];
      if (mention.start >= offset) continue;
      if (mention.start < limit) break;
      if (entity.type !== "PER" || mention.kind !== "name" || !ok(entity, mention)) continue;
      if (this.isByline(mention.start)) continue;
      if (this.segments.some((sg) => sg.start <= mention.start && mention.end <= sg.end)) continue;
      return entity;
    }
    return null;
  }

  /**
   * The draft whose content starts last before `offset`; with `topLevel`, a draft nested inside
   * another's content ("he told me that …" inside a quotation) gives way to the one around it.
   */
  private lastDraftBefore(offset: number, topLevel = false): Draft | null {
    let best: Draft | null = null;
    for (const d of this.drafts) if (d.content.start < offset && (!best || d.content.start > best.content.start)) best = d;
    if (best && topLevel) {
      const b = best;
      const around = this.drafts.find((o) => o !== b && o.content.start <= b.content.start && b.content.end <= o.content.end && o.content.end - o.content.start > b.content.end - b.content.start);
      if (around) return around;
    }
    return best;
  }

  private push(d: Draft): Draft {
    this.drafts.push(d);
    return d;
  }

  // ── direct quotes: attribution right after or right before the quote marks ─────────────────

  private directAttribution(seg: QuoteSegment): void {
    if (segmentWords(this.text, seg) < 1) return;
    const content = trimContent(this.text, seg.start, seg.end, false);
    if (content.end <= content.start) return;
    // right side: “…,” X said / “…,” said X / “…” — X
    if (seg.close >= 0) {
      let j = this.tokenAt(seg.closeEnd);
      const t0 = this.tokens[j];
      // “… constructive.” He Lifeng said both parties agreed …: a quote that ends its sentence is
      // not attributed by a next sentence whose cue has a clause of its own
      const endsSentence = /[.!?]\s*$/.test(this.text.slice(seg.start, seg.close));
      if (t0 && this.sentences[t0.sentence].paragraph === seg.paragraph) {
        const s = this.sentences[t0.sentence];
        if (t0.text === "," || t0.text === ";") j++;
        const t = this.tokens[j];
        if (t && j < s.tokenEnd) {
          if (DASHES.has(t.text) && t.start > seg.closeEnd) {
            const np = nounPhraseStartingAt(this.tokens, j + 1, s.tokenEnd);
            if (np && np.to >= s.tokenEnd - 1) {
              this.addDirect(seg, content, np, this.span(j, j + 1), "pattern:dash-after", s.index);
              return;
            }
          }
          if (this.isCue(j) && !/ing$/.test(t.norm)) {
            const np = this.withApposition(nounPhraseStartingAt(this.tokens, j + 1, s.tokenEnd), s);
            if (np) {
              this.usedCue.add(j);
              this.addDirect(seg, content, np, this.span(j, j + 1), "pattern:said-speaker", s.index);
              return;
            }
          }
          // (an apposition may be long: “…,” Jeb Bush, the former Florida governor and a Republican presidential candidate, told …)
          for (let k = j + 1; k < Math.min(j + 20, s.tokenEnd); k++) {
            const tk = this.tokens[k];
            if (/^[\u201C\u201D"\u00AB\u00BB]$/.test(tk.text) || tk.text === "." || tk.text === ";") break;
            if (!this.isCue(k)) continue;
            if (this.negated(k, j)) break;
            let e = this.skipAside(skipLeftAdverbs(this.tokens, k - 1, j), j);
            let np = nounPhraseEndingAt(this.tokens, e, j);
            // “…,” another friend, Mariam Emara told CNN: a description, then the name
            if (np && np.from > j && this.tokens[np.from - 1].text === "," && this.isPersonName(np)) {
              const desc = nounPhraseEndingAt(this.tokens, np.from - 2, j);
              const head = desc ? this.tokens[desc.to - 1] : undefined;
              if (desc && head && desc.from === j && desc.to - desc.from <= 6 && /^(DET|PRON)$/.test(this.tokens[desc.from].pos) && (head.pos === "NOUN" || PERSON_HEADS.has(head.norm))) {
                this.usedCue.add(k);
                this.addDirect(seg, content, np, this.span(k, k + 1), "pattern:speaker-said", s.index);
                return;
              }
            }
            if (!np && this.tokens[e]?.text === ",") {
              // “…,” Brent Bozell, founder of the Media Research Center, told …: the name before the apposition
              const c2 = this.openingComma(e, s);
              const name = c2 > j ? nounPhraseEndingAt(this.tokens, c2 - 1, j) : null;
              if (name && name.from === j && this.isPersonName(name)) {
                e = c2 - 1;
                np = name;
              }
            }
            if (np && (np.from === j || this.titleRun(j, np.from))) {
              // (He calls her “… experience.” He adds, “In a campaign …”: after a quotation inside a
              // clause of its sentence, a cue before a quotation of its own is that one's)
              if (endsSentence && (this.clauseAfter(k, s) || (this.introducesQuote(k) && this.verbBefore(seg)))) break;
              this.usedCue.add(k);
              this.addDirect(seg, content, { from: j, to: np.to }, this.span(k, k + 1), "pattern:speaker-said", s.index);
              return;
            }
            break;
          }
        }
      }
    }
    // left side: X said: “…” / X said, “…” / X: “…”
    const p = this.tokenAt(seg.open) - 1;
    if (p < 0) return;
    const tp = this.tokens[p];
    const s = this.sentences[tp.sentence];
    // "In a 1963 speech, he declared:" ending a paragraph introduces a quotation opening the next one
    const blockQuote = tp.text === ":" && s.paragraph === seg.paragraph - 1 && p === s.tokenEnd - 1 && this.paragraphs[seg.paragraph]?.start === seg.open;
    if ((s.paragraph !== seg.paragraph && !blockQuote) || p < s.tokenStart) return;
    if (tp.text === ":" || tp.text === ",") {
      for (let k = p - 1; k >= Math.max(s.tokenStart, p - 12); k--) {
        // "stated in a statement reported by the Saudi News Agency, SPA: “…”": "reported by"
        // describes the statement; the cue is further left
        if (STATEMENT_HEADS.has(this.tokens[k - 1]?.norm ?? "") && this.tokens[k + 1]?.norm === "by") continue;
        if (this.tokens[k].pos === "VERB" && !this.isCue(k)) break;
        if (!this.isCue(k)) continue;
        if (this.negated(k, s.tokenStart)) return;
        if (/ing$/.test(this.tokens[k].norm) && this.tokens[k - 1]?.text === ",") {
          // "Here in Columbia, Sanders stepped up …, saying, “…”": the participle's subject is the sentence's
          // (“Nefzi said, adding, “…””: the speaker of the sentence's earlier quote comes first)
          const prev = this.drafts.find((d) => d.sentence === s.index && d.np);
          const subj = prev?.np ?? nounPhraseStartingAt(this.tokens, this.subjectStart(s, k), k);
          if (subj && this.mentions.inside(this.tokens[subj.from].start, this.tokens[subj.to - 1].end).length) {
            this.usedCue.add(k);
            this.addDirect(seg, content, subj, this.span(k, k + 1), "pattern:participle-colon", s.index);
          }
          return;
        }
        const e = skipLeftAdverbs(this.tokens, k - 1, s.tokenStart);
        let np = nounPhraseEndingAt(this.tokens, e, s.tokenStart);
        // "The senator emailed supporters saying: “…”": the participle follows the verb's object
        if (np && /ing$/.test(this.tokens[k].norm)) np = this.subjectOfObject(np, s) ?? np;
        const c2 = !np && this.tokens[e]?.text === "," ? this.openingComma(e, s) : -1;
        if (c2 >= 0) {
          // "An Israeli government spokesman, David Mencer, said: “…”": the apposition
          const inner = this.appositionPhrase(c2, e);
          if (inner && this.isPersonName(inner)) np = inner;
          else if (c2 > s.tokenStart) np = nounPhraseEndingAt(this.tokens, c2 - 1, s.tokenStart);
        }
        if (np) {
          this.usedCue.add(k);
          this.addDirect(seg, content, np, this.span(k, k + 1), "pattern:speaker-said-colon", s.index);
        }
        return;
      }
      if (tp.text === ":") {
        const np = nounPhraseEndingAt(this.tokens, p - 1, s.tokenStart);
        if (np && np.from === s.tokenStart && this.mentions.inside(this.tokens[np.from].start, this.tokens[np.to - 1].end).length) {
          this.addDirect(seg, content, np, this.span(p, p + 1), "pattern:colon-speaker", s.index);
        }
      }
    }
  }

  /** Does a finite clause follow cue token `k` in sentence `s` ("said both parties agreed")? A ", adding …" participle does not count. */
  /** Is there a verb before the quotation's opening mark in its sentence ("He calls her “…”")? */
  private verbBefore(seg: QuoteSegment): boolean {
    const T = this.tokens;
    const first = this.tokenAt(seg.open);
    const s = this.sentences[T[first]?.sentence ?? -1];
    if (!s) return false;
    for (let i = s.tokenStart; i < first; i++) if (T[i].pos === "VERB") return true;
    return false;
  }

  /** Is the cue at `k` followed by a comma or colon and an opening quotation mark ("He adds, “…")? */
  private introducesQuote(k: number): boolean {
    const T = this.tokens;
    return (T[k + 1]?.text === "," || T[k + 1]?.text === ":") && /^[\u201C"]$/.test(T[k + 2]?.text ?? "") && T[k + 2].sentence === T[k].sentence;
  }

  private clauseAfter(k: number, s: Sentence): boolean {
    const T = this.tokens;
    for (let i = k + 1; i < s.tokenEnd; i++) {
      if (/^[\u201C"]$/.test(T[i].text)) return false;
      if ((T[i].pos === "VERB" || T[i].pos === "AUX") && !(/ing$/.test(T[i].norm) && T[i - 1].text === ",")) return true;
    }
    return false;
  }

  private addDirect(seg: QuoteSegment, content: { start: number; end: number }, np: TokenRange, cue: Span, method: string, sentence: number): void {
    const sp = this.speak(np);
    this.usedSegment.add(seg);
    this.push({
      type: "direct",
      np,
      speaker: sp.speaker,
      cue,
      content,
      continues: null,
      method: `${method}+${sp.method}`,
      confidence: sp.speaker?.entity ? 0.9 : 0.75,
      sentence,
      segment: seg,
    });
  }

  // ── indirect and mixed quotes: X said (that) …, according to X, … X said ───────────────────

  private indirectInSentence(s: Sentence, segments: readonly QuoteSegment[]): void {
    const T = this.tokens;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = T[k];
      if (t.norm === "according" && T[k + 1]?.norm === "to") {
        this.accordingTo(s, k, segments);
        k++;
        continue;
      }
      if (t.norm === "quoted" && T[k + 1]?.norm === "as" && /^(saying|stating|telling)$/.test(T[k + 2]?.norm ?? "")) {
        let b = k - 1;
        while (b >= s.tokenStart && LINK_AUX.has(T[b].norm)) b--;
        const np = nounPhraseEndingAt(T, skipLeftAdverbs(T, b, s.tokenStart), s.tokenStart);
        if (np) this.addIndirect(s, np, this.span(k, k + 3), k + 3, segments, "pattern:quoted-as-saying");
        k += 2;
        continue;
      }
      if (!this.isCue(k)) continue;
      const lemma = REPORTING_LEMMA.get(t.norm)!;
      if (/ing$/.test(t.norm)) {
        // ", adding that …", ", saying …": the subject of the sentence's earlier quote
        if (T[k - 1]?.text === "," && REPORTING_PARTICIPLES.has(t.norm)) {
          const prev = this.drafts.find((d) => d.sentence === s.index);
          let subj = prev?.np ?? nounPhraseStartingAt(T, this.subjectStart(s, k), k);
          // (a name, a pronoun or a person description: "The billionaire businessman began …, saying …")
          if (subj && !prev && !this.mentions.inside(T[subj.from].start, T[subj.to - 1].end).length && !/^(he|she|they)$/.test(T[subj.from].norm) && !this.isPersonDescription(subj)) subj = null;
          if (subj) this.addIndirect(s, subj, this.span(k, k + 1), k + 1, segments, "pattern:participle", lemma);
        } else if (/^(saying|adding|telling|warning|insisting|arguing|claiming|stating)$/.test(t.norm)) {
          // "…, with Ukrainian officials saying another round is on the agenda"
          const np = nounPhraseEndingAt(T, k - 1, s.tokenStart);
          if (np && T[np.from - 1]?.norm === "with" && this.mentions.inside(T[np.from].start, T[np.to - 1].end).length) {
            this.addIndirect(s, np, this.span(k, k + 1), k + 1, segments, "pattern:with-participle", lemma);
          } else if (np && (t.norm === "saying" || t.norm === "stating")) {
            // "She released a statement saying the deal was dead": the subject of the verb before the object
            const subj = this.subjectOfObject(np, s);
            if (subj) this.addIndirect(s, subj, this.span(k, k + 1), k + 1, segments, "pattern:object-participle", lemma);
          }
        }
        continue;
      }
      if (this.negated(k, s.tokenStart)) continue;
      let after = k + 1;
      const particles = PARTICLE_VERBS[lemma];
      if (particles) {
        if (!T[after] || !particles.includes(T[after].norm)) {
          if (lemma === "call") continue;
        } else after++;
      }
      let e = skipLeftAdverbs(T, k - 1, s.tokenStart);
      if (T[e]?.text === ")") e = this.skipAside(e, s.tokenStart);
      let np: TokenRange | null = null;
      if (e > s.tokenStart + 1 && T[e].norm === "who" && T[e - 1].text === ",") {
        // "… by the mediators, who stated that …": the antecedent speaks
        np = nounPhraseEndingAt(T, e - 2, s.tokenStart);
        if (np) {
          this.addIndirect(s, np, this.span(k, after), after, segments, "pattern:relative-who-said", lemma);
          continue;
        }
      }
      if (e > s.tokenStart && (T[e].norm === "and" || T[e].norm === "but") && T[e].pos === "CCONJ" && CONJOINED_LEMMAS.has(lemma) && t.norm !== lemma) {
        // "Netanyahu's office described the meeting as “positive” and said …": the subject of the
        // first verb (the sentence's earlier quote, else the sentence subject when it names someone)
        const host = this.drafts.find((d) => d.sentence === s.index && d.np && d.np.to <= e);
        let subj = host?.np ?? nounPhraseStartingAt(T, this.subjectStart(s, e), e);
        if (subj && !host && !this.mentions.inside(T[subj.from].start, T[subj.to - 1].end).length && !/^(he|she|it|they)$/.test(T[subj.from].norm)) subj = null;
        if (subj && subj.to < e && T.slice(subj.to, e).some((x) => x.pos === "VERB")) {
          this.addIndirect(s, subj, this.span(k, after), after, segments, "pattern:conjoined-said", lemma);
          continue;
        }
      }
      if (e >= s.tokenStart && T[e].text === ",") {
        // "Clinton, during a town hall meeting in Columbus, Ohio, said": an aside opened by a
        // preposition or "whose" after the speaker; the speaker is the phrase before it
        const c0 = this.asideOpening(e, s);
        const before = c0 > s.tokenStart ? nounPhraseEndingAt(T, c0 - 1, this.subjectStart(s, c0)) : null;
        if (before && this.mentions.inside(T[before.from].start, T[before.to - 1].end).some((m) => m.entity.type === "PER" || m.entity.type === "ORG")) np = before;
        // "X, a senior official, said": prefer the name before the apposition
        const c2 = np ? -1 : this.openingComma(e, s);
        if (c2 > s.tokenStart) {
          // "China's envoy to the UN, Zhang Jun, told": the name between the commas
          const inner = this.appositionPhrase(c2, e);
          if (inner && this.isPersonName(inner)) np = inner;
          const np1 = np ? null : nounPhraseEndingAt(T, c2 - 1, s.tokenStart);
          // "The official, who spoke on condition of anonymity, said": a relative clause about the speaker
          const relative = T[c2 + 1]?.norm === "who" && np1 !== null && np1.from === s.tokenStart;
          if (np1 && (this.mentions.inside(T[np1.from].start, T[np1.to - 1].end).length || relative)) np = np1;
        }
        if (!np) {
          // "…, said X" (inverted) is handled below
          e = -1;
        }
      } else {
        np = nounPhraseEndingAt(T, e, s.tokenStart);
        // "The EU official coordinating talks on a nuclear deal said": the phrase before the cue
        // sits inside a prepositional or participle phrase; the speaker is the sentence's subject
        const before = np ? T[np.from - 1] : undefined;
        // ("a day after Tehran announced …" is a clause of its own: its subject speaks)
        if (np && before && before.sentence === s.index && ((before.pos === "ADP" && before.norm !== "by" && !CLAUSE_OPENERS.has(before.norm)) || before.pos === "VERB")) {
          const subj = nounPhraseStartingAt(T, s.tokenStart, np.from);
          // (not a fronted time: "Saturday at the convention Sen. Elizabeth Warren said" is Warren's)
          const timeOnly = subj !== null && subj.to - subj.from <= 2 && TIME_NOUNS.has(T[subj.to - 1].norm);
          if (subj && subj.to < np.from && !timeOnly) np = subj;
        }
      }
      if (np) {
        this.addIndirect(s, np, this.span(k, after), after, segments, "pattern:speaker-said", lemma);
      } else if (T[k - 1]?.text === ",") {
        const rnp = nounPhraseStartingAt(T, k + 1, s.tokenEnd);
        if (rnp && (this.onlyTrailing(rnp.to, s) || this.trailingApposition(rnp, s))) {
          this.addReverse(s, rnp, this.span(k, k + 1), k - 1, segments, "pattern:said-speaker-inverted");
        }
      }
    }
  }

  /** "…, said Ana Lima, the foreign minister.": a noun phrase after `np` ends the sentence. */
  private trailingApposition(np: TokenRange, s: Sentence): boolean {
    if (this.tokens[np.to]?.text !== ",") return false;
    const app = nounPhraseStartingAt(this.tokens, np.to + 1, s.tokenEnd);
    return app !== null && this.onlyTrailing(app.to, s);
  }

  /** True when nothing but adverbials and punctuation follow token `i` in the sentence. */
  private onlyTrailing(i: number, s: Sentence): boolean {
    const rest = this.text.slice(this.tokens[i]?.start ?? s.end, s.end);
    return TRAILING_AFTER_ATTRIBUTION.test(rest) || rest.trim() === "";
  }

  private addIndirect(s: Sentence, np: TokenRange, cue: Span, after: number, segments: readonly QuoteSegment[], method: string, lemma = "say"): void {
    const T = this.tokens;
    const cueIndex = this.tokenAt(cue.start);
    // complement: skip adverbials up to "that"
    let c = after;
    let sawThat = false;
    for (let k = after; k < Math.min(after + 14, s.tokenEnd); k++) {
      const t = T[k];
      if (t.norm === "that" && (k === after || T[k - 1].pos !== "DET")) {
        const between = T.slice(after, k);
        if (between.every((x) => x.pos !== "VERB" && x.pos !== "AUX" && !/^[\u201C"]$/.test(x.text))) {
          c = k + 1;
          sawThat = true;
        }
        break;
      }
      if (t.pos === "VERB" || t.pos === "AUX" || /^[\u201C"\u201D]$/.test(t.text)) break;
    }
    if (!sawThat && this.parenthetical(s, np, cue, after, segments, method)) return;
    if (!sawThat && T[np.from - 1]?.text === "," && np.from - 1 > s.tokenStart + 2 && this.onlyTrailing(after, s)) {
      // "The urgency …, Mr Zelenskiy said in a video address to the leaders."
      this.addReverse(s, np, cue, np.from - 1, segments, method.replace("speaker-said", "speaker-said-after"));
      return;
    }
    if (!sawThat) {
      if (lemma === "tell") {
        const rec = nounPhraseStartingAt(T, c, s.tokenEnd);
        if (rec) {
          // "told Al Jazeera the group had …": a determiner after a noun starts the complement
          // (in a title-case headline the recipient is one word: "Tells Reporters Deal Is Close")
          let to = this.titleCaseHeadline(s.index) ? Math.min(rec.to, rec.from + 1) : rec.to;
          for (let i = rec.from + 1; i < to; i++) {
            if (T[i].pos === "DET" && (T[i - 1].pos === "NOUN" || T[i - 1].pos === "PROPN")) {
              to = i;
              break;
            }
          }
          c = to;
        }
      }
      // skip short adverbials: "in a statement", "on Sunday", "late on Monday"
      for (let guard = 0; guard < 3 && c < s.tokenEnd; guard++) {
        const t = T[c];
        if (!ADVERBIAL_STARTS.has(t.norm)) break;
        let k = c + 1;
        while (k < s.tokenEnd && (T[k].pos === "DET" || T[k].pos === "ADJ" || T[k].pos === "NUM" || T[k].norm === "'s" || (T[k].pos === "ADP" && T[k].norm === "on"))) k++;
        if (k < s.tokenEnd && (T[k].pos === "NOUN" || T[k].pos === "PROPN")) k++;
        else if (k === c + 1 && t.pos !== "ADV") break;
        c = k;
        if (T[c]?.text === ",") c++;
      }
      if (T[c]?.text === "," || T[c]?.text === ":") {
        if (/^[\u201C"]$/.test(T[c + 1]?.text ?? "")) return; // direct quote, handled elsewhere
        c++;
      }
    }
    const midSentence = !sawThat && T[np.from - 1]?.text === "," && np.from - 1 > s.tokenStart && (T[after]?.text === "," || T[c]?.pos === "CCONJ");
    if (c >= s.tokenEnd || midSentence) {
      // nothing after the cue: "Israel is ready, the minister said."
      const before = np.from - 1;
      if (before > s.tokenStart && T[before].text === ",") this.addReverse(s, np, cue, before, segments, method.replace("speaker-said", "speaker-said-after"));
      return;
    }
    // the rest must be a clause: a verb within it, a few words, not a greeting
    let endTok = s.tokenEnd;
    // a cue inside a quotation ("“…, he told me that Israel accepts the proposal,” Blinken said"):
    // the reported clause ends with the quotation
    const around = this.segments.find((sg) => sg.start <= cue.start && cue.end <= sg.end);
    if (around) while (endTok > c + 1 && T[endTok - 1].start >= around.end) endTok--;
    for (let k = c; k < s.tokenEnd - 1; k++) {
      if (T[k].text !== ",") continue;
      if (T[k + 1].norm === "according" && T[k + 2]?.norm === "to") endTok = k;
      // a participle clause of the writer's after the reported clause: "…, describing “…”"
      else if (k > c + 2 && CLAUSE_ENDING_PARTICIPLES.has(T[k + 1].norm) && !this.insideSegment(segments, T[k].start)) {
        endTok = k;
        break;
      }
      // "Blinken, who said last week that a deal was close, arrived in Cairo": the relative clause
      // ends at the comma before the main clause's verb
      else if (method === "pattern:relative-who-said" && (T[k + 1].pos === "VERB" || T[k + 1].pos === "AUX") && !this.insideSegment(segments, T[k].start)) {
        endTok = k;
        break;
      }
      // "He said he had not seen it, and when asked …, he said “…”": a coordinated clause with a
      // reporting verb and a subject of its own is another attribution, not part of this one
      else if (k > c && (T[k + 1].norm === "and" || T[k + 1].norm === "but") && T[k + 1].pos === "CCONJ" && !this.insideSegment(segments, T[k].start) && this.ownAttribution(k + 2, endTok, segments)) {
        endTok = k;
        break;
      }
    }
    const rest = T.slice(c, endTok);
    const segs = this.segmentsIn(segments, T[c].start, T[endTok - 1].end);
    const hasQuote = segs.length > 0;
    const quoteFirst = hasQuote && segs[0].open <= T[c].start + 1;
    if (DIRECTIVE_LEMMAS.has(lemma) && !hasQuote) return;
    // (a directive with quoted words is speech: "urged both sides to “seize this moment”")
    if (CLAUSE_ONLY_LEMMAS.has(lemma) && !(DIRECTIVE_LEMMAS.has(lemma) && hasQuote) && !sawThat && !quoteFirst && !method.startsWith("pattern:participle") && !(THATLESS_LEMMAS.has(lemma) && this.finiteClause(rest))) return;
    if (!sawThat && !hasQuote && lemma !== "say" && lemma !== "tell" && lemma !== "add" && !(particlesOf(lemma) && T[after - 1] && PARTICLE_VERBS[lemma]?.includes(T[after - 1].norm))) {
      if (!rest.some((x) => x.pos === "VERB" || x.pos === "AUX")) return;
    }
    // (a title-case headline's verbs are often tagged as names: "Says Israel Accepted Bridging Proposal")
    const headline = this.titleCaseHeadline(s.index) && rest.length >= 2 && rest[0].pos !== "ADP" && !/^(about|on|in|to|for|of|at|with)$/.test(rest[0].norm);
    if (!headline && (rest.length < 3 || (!rest.some((x) => x.pos === "VERB" || x.pos === "AUX") && !hasQuote && !(lemma === "call")))) {
      // "Blinken said goodbye" — but a remaining quote is still content
      if (!hasQuote) {
        const before = np.from - 1;
        if (before > s.tokenStart && T[before].text === "," && (this.onlyTrailing(c, s) || this.onlyTrailing(after, s))) this.addReverse(s, np, cue, before, segments, method.replace("speaker-said", "speaker-said-after"));
        return;
      }
    }
    const restText = this.text.slice(T[c].start, T[endTok - 1].end).toLowerCase();
    if (PHATIC_CONTENT.some((p) => restText.startsWith(p))) return;
    if (segs.length === 1 && this.usedSegment.has(segs[0]) && segs[0].start <= T[c].start + 1) return;
    const content = trimContent(this.text, T[c].start, T[endTok - 1].end, true);
    const fullyQuoted = segs.length === 1 && segs[0].start - 1 <= content.start && segs[0].end + 1 >= content.end - 1;
    for (const sg of segs) this.usedSegment.add(sg);
    this.usedCue.add(cueIndex);
    const sp = this.speak(np);
    this.push({
      type: fullyQuoted ? "direct" : hasQuote ? "mixed" : "indirect",
      np,
      speaker: sp.speaker,
      cue,
      content: fullyQuoted ? trimContent(this.text, segs[0].start, segs[0].end, false) : content,
      continues: null,
      method: `${method}+${sp.method}`,
      confidence: sp.speaker?.entity ? 0.8 : 0.65,
      sentence: s.index,
    });
  }

  /**
   * A reporting clause set off by commas inside the reported one: "The deal, the ministry said,
   * could collapse within days." The words before it are a subject without a verb and the words
   * after it go on with the predicate, so the content is the whole sentence (one span, the
   * attribution inside it). After a short adverbial opener ("Overall, she said, a number of …
   * are …") the clause after the aside is the content. `after` is the first token after the cue; adverbials may follow it
   * ("said on Monday,"). Returns false, adding nothing, when the sentence is not of that shape.
   */
  private parenthetical(s: Sentence, np: TokenRange, cue: Span, after: number, segments: readonly QuoteSegment[], method: string): boolean {
    const T = this.tokens;
    const open = np.from - 1;
    if (open <= s.tokenStart || T[open].text !== ",") return false;
    const subject = T.slice(s.tokenStart, open);
    // (a clause opened by "what", "whatever", "whether" … is a subject too, verbs and all; one
    // opened by "when", "if", "after" … is an adverbial of the clause after the aside)
    const nounClause = FREE_RELATIVES.has(subject[0].norm);
    const adverbialClause = CLAUSE_OPENERS.has(subject[0].norm);
    if (subject.some((x) => (!nounClause && !adverbialClause && (x.pos === "VERB" || x.pos === "AUX")) || x.text === "," || /^[\u201C\u201D"]$/.test(x.text))) return false;
    let close = after;
    while (close < s.tokenEnd && close < after + 6 && T[close].text !== "," && PARENTHETICAL_TAIL_POS.has(T[close].pos)) close++;
    if (T[close]?.text !== ",") return false;
    let v = close + 1;
    if (T[v]?.pos === "ADV") v++;
    if (!T[v] || T[v].sentence !== s.index) return false;
    // the predicate of the subject before the aside ("The deal, the ministry said, could …"), or,
    // after a short adverbial opener, a clause of its own ("Overall, she said, a number of … are …")
    const predicate = !adverbialClause && (T[v].pos === "VERB" || T[v].pos === "AUX");
    const clauseAfter = this.finiteClause(T.slice(close + 1, s.tokenEnd));
    // (a prepositional opener may be longer: "In the three years since the Sandy Hook shootings, Barden says, …")
    const opener = !nounClause && !adverbialClause && (subject.length <= 4 || (subject[0].pos === "ADP" && subject.length <= 12)) && clauseAfter;
    if (adverbialClause && !clauseAfter) return false;
    if (!predicate && !opener && !adverbialClause) return false;
    let from = T[s.tokenStart].start;
    const dateline = DATELINE.exec(this.text.slice(from, T[open].start));
    if (dateline) from += dateline[0].length;
    // (after an adverbial opener the clause alone is the content: "Of that total, the agency says, more than …";
    // an adverbial clause stays in it: "When the talks resume, she said, both sides will …")
    if (!predicate && !adverbialClause) from = T[close + 1].start;
    const content = trimContent(this.text, from, s.end, true);
    const segs = this.segmentsIn(segments, content.start, content.end);
    if (segs.some((sg) => this.usedSegment.has(sg))) return false;
    for (const sg of segs) this.usedSegment.add(sg);
    this.usedCue.add(this.tokenAt(cue.start));
    const sp = this.speak(np);
    this.push({ type: segs.length ? "mixed" : "indirect", np, speaker: sp.speaker, cue, content, continues: null, method: `${method.replace("speaker-said", "speaker-said-parenthetical")}+${sp.method}`, confidence: sp.speaker?.entity ? 0.75 : 0.6, sentence: s.index });
    return true;
  }

  /** Content before the attribution: "Israel is ready, the minister said." */
  private addReverse(s: Sentence, np: TokenRange, cue: Span, commaTok: number, segments: readonly QuoteSegment[], method: string): void {
    const T = this.tokens;
    if (commaTok - s.tokenStart < 3) return;
    let from = T[s.tokenStart].start;
    const dateline = DATELINE.exec(this.text.slice(from, T[commaTok].start));
    if (dateline) from += dateline[0].length;
    const content = trimContent(this.text, from, T[commaTok].start, false);
    const segs = this.segmentsIn(segments, content.start - 1, content.end + 1);
    if (segs.some((sg) => this.usedSegment.has(sg))) return;
    if (!T.slice(s.tokenStart, commaTok).some((x) => x.pos === "VERB" || x.pos === "AUX")) return;
    for (const sg of segs) this.usedSegment.add(sg);
    this.usedCue.add(this.tokenAt(cue.start));
    const sp = this.speak(np);
    this.push({ type: segs.length ? "mixed" : "indirect", np, speaker: sp.speaker, cue, content, continues: null, method: `${method}+${sp.method}`, confidence: sp.speaker?.entity ? 0.75 : 0.6, sentence: s.index });
  }

  /** "according to X": the rest of the sentence is X's, unless another cue already claims it. */
  private accordingTo(s: Sentence, k: number, segments: readonly QuoteSegment[]): void {
    const T = this.tokens;
    let np = nounPhraseStartingAt(T, k + 2, s.tokenEnd);
    if (!np) return;
    // "according to a statement released by the Qatari foreign ministry": the phrase runs on to
    // the issuer (resolveSpeaker takes the name after "by")
    const v = np.to;
    if (STATEMENT_HEADS.has(T[v - 1]?.norm ?? "") && ISSUED.has(T[v]?.norm ?? "") && (T[v + 1]?.norm === "by" || T[v + 1]?.norm === "from")) {
      const issuer = nounPhraseStartingAt(T, v + 2, s.tokenEnd);
      if (issuer) np = { from: np.from, to: issuer.to };
    }
    const cue = this.span(k, k + 2);
    const atStart = k === s.tokenStart || (k === s.tokenStart + 1 && T[s.tokenStart].pos === "CCONJ");
    let content: { start: number; end: number };
    if (atStart) {
      let c = np.to;
      if (T[c]?.text === ",") c++;
      if (c >= s.tokenEnd - 1) return;
      content = trimContent(this.text, T[c].start, s.end, true);
    } else if (T[k - 1]?.text === "," && this.accordingToAside(s, k, np)) {
      // "The proposal, according to Egyptian officials, includes a phased withdrawal": the
      // attribution sits between the subject and its predicate (or after an adverbial opener:
      // "Over the long term, according to the budget office, the rise … is"); the whole sentence
      // is the content
      content = trimContent(this.text, s.start, s.end, true);
    } else {
      let b = k - 1;
      if (T[b]?.text === ",") b--;
      if (b - s.tokenStart < 2) return;
      content = trimContent(this.text, s.start, T[b].end, false);
      // the clause before may already be a reported statement of someone else: then it's a "via"
    }
    if (content.end - content.start < 8) return;
    this.usedCue.add(k);
    const segs = this.segmentsIn(segments, content.start - 1, content.end + 1);
    const sp = this.speak(np);
    this.push({
      type: segs.length ? "mixed" : "indirect",
      np,
      speaker: sp.speaker,
      cue,
      content,
      continues: null,
      method: `pattern:according-to+${sp.method}`,
      confidence: sp.speaker?.entity ? 0.75 : 0.65,
      sentence: s.index,
    });
  }

  /**
   * Is "according to" at token `k` (source `np`) an aside between commas inside the reported
   * clause? The words before it have no verb and no comma; the aside may run on past the source
   * with an apposition, a relative clause or a prepositional phrase ("according to Dennis Ross,
   * another former envoy,", "according to members who spoke with reporters,"); after it comes
   * the predicate ("…, was a decision") or, after a verbless opener, a clause ("…, the rise … is").
   */
  private accordingToAside(s: Sentence, k: number, np: TokenRange): boolean {
    const T = this.tokens;
    if (T.slice(s.tokenStart, k - 1).some((x) => x.pos === "VERB" || x.pos === "AUX" || x.text === ",")) return false;
    // the comma that closes the aside
    let close = np.to;
    while (close < s.tokenEnd && close < np.to + 12 && T[close].text !== "," && !/^[\u201C\u201D"(]$/.test(T[close].text)) close++;
    if (T[close]?.text !== ",") return false;
    if (close === np.to) {
      const app = nounPhraseStartingAt(T, close + 1, s.tokenEnd);
      if (app && T[app.to]?.text === "," && T[app.to + 1] && (T[app.to + 1].pos === "VERB" || T[app.to + 1].pos === "AUX")) close = app.to;
    }
    const next = T[close + 1];
    if (!next || next.sentence !== s.index) return false;
    return next.pos === "VERB" || next.pos === "AUX" || this.finiteClause(T.slice(close + 1, s.tokenEnd));
  }

  // ── quoted fragments after a describing verb: "described the talks as “…”" ────────────────

  private fragmentQuotes(segments: readonly QuoteSegment[]): void {
    const T = this.tokens;
    for (const seg of segments) {
      if (this.usedSegment.has(seg) || seg.close < 0) continue;
      if (this.insideDraft(seg)) continue;
      const first = this.tokenAt(seg.open);
      const s = this.sentences[T[first]?.sentence ?? -1];
      if (!s || s.paragraph !== seg.paragraph) continue;
      let cue = -1;
      let cueEnd = -1;
      for (let k = first - 1; k >= Math.max(s.tokenStart, first - 10); k--) {
        const t = T[k];
        if (/^[\u201C\u201D"\u00AB\u00BB.;]$/.test(t.text)) break;
        if (FRAGMENT_CUES.has(t.norm) && (t.pos === "VERB" || /ing$/.test(t.norm))) {
          cue = k;
          break;
        }
        // "called the draft a “low-grade provocation”" (not the directives "called for/on …")
        if (CALL_FORMS.has(t.norm) && t.pos === "VERB" && !CALL_PARTICLES.has(T[k + 1]?.norm ?? "")) {
          cue = k;
          break;
        }
        // "spoke of “slow but steady progress”"
        if (SPEAK_FORMS.has(t.norm) && T[k + 1]?.norm === "of") {
          cue = k;
          cueEnd = k + 2;
          break;
        }
        if (REPORTING_FORMS.has(t.norm) && t.pos === "VERB") break;
      }
      if (cue < 0 || this.negated(cue, s.tokenStart)) continue;
      let np: TokenRange | null = null;
      const participle = /ing$/.test(T[cue].norm);
      if (participle) {
        const host = this.drafts.find((d) => d.sentence === s.index && d.np);
        np = host?.np ?? null;
        if (!np) {
          const subj = nounPhraseStartingAt(T, s.tokenStart, cue);
          if (subj && (this.mentions.inside(T[subj.from].start, T[subj.to - 1].end).length || /^(he|she|it|they)$/.test(T[subj.from].norm))) np = subj;
        }
      } else {
        let e = skipLeftAdverbs(T, cue - 1, s.tokenStart);
        while (e > s.tokenStart && (T[e].norm === "has" || T[e].norm === "have" || T[e].norm === "had")) e--;
        if (T[e]?.text === ",") {
          // "The Russian ambassador to Vienna, Mikhail Ulyanov, spoke of “…”": the apposition
          const c2 = this.openingComma(e, s);
          np = c2 >= 0 ? this.appositionPhrase(c2, e) : null;
        } else np = nounPhraseEndingAt(T, e, s.tokenStart);
        if (np && !this.mentions.inside(T[np.from].start, T[np.to - 1].end).length && !/^(he|she|it|they)$/.test(T[np.from].norm)) np = null;
      }
      if (!np) continue;
      const content = trimContent(this.text, seg.start, seg.end, false);
      if (content.end <= content.start) continue;
      const sp = this.speak(np);
      if (!sp.speaker) continue;
      this.usedSegment.add(seg);
      this.push({
        type: "direct",
        np,
        speaker: sp.speaker,
        cue: this.span(cue, cueEnd > cue ? cueEnd : cue + 1),
        content,
        continues: null,
        method: `pattern:fragment+${sp.method}`,
        confidence: 0.7,
        sentence: s.index,
        segment: seg,
      });
    }
  }

  // ── quotations without their own attribution ──────────────────────────────────────────────

  private unattributedSegments(segments: readonly QuoteSegment[]): void {
    for (const seg of segments) {
      if (this.usedSegment.has(seg)) continue;
      if (this.insideDraft(seg)) continue;
      const words = segmentWords(this.text, seg);
      const content = trimContent(this.text, seg.start, seg.end, false);
      if (content.end <= content.start) continue;
      const para = this.paragraphs[seg.paragraph];
      const startsPara = seg.open <= para.start + 1;
      const prev = this.lastDraftBefore(seg.start, true);
      const sentence = this.tokens[this.tokenAt(seg.start)]?.sentence ?? -1;
      const prevPara = prev ? this.sentences[prev.sentence]?.paragraph ?? -1 : -1;
      let method = "";
      let conf = 0;
      let continues: Draft | null = null;
      if (prev && prev.speaker && prev.segment && prev.segment.close < 0 && prevPara === seg.paragraph - 1 && startsPara) {
        method = "pattern:continuation-paragraph";
        conf = 0.85;
        continues = prev;
      } else if (prev && prev.speaker && prev.type === "direct" && prevPara === seg.paragraph && words >= 3) {
        method = "pattern:continuation-sentence";
        conf = 0.8;
        continues = prev;
      } else if (prev && prev.speaker && startsPara && prevPara >= seg.paragraph - 1 && words >= 4) {
        method = "pattern:previous-speaker";
        conf = 0.6;
      } else if (words >= 4 && (startsPara || this.text.slice(para.start, seg.open).trim().endsWith(":"))) {
        method = "pattern:unattributed";
        conf = 0.3;
      } else {
        continue;
      }
      this.usedSegment.add(seg);
      this.push({
        type: "direct",
        np: continues?.np ?? (method === "pattern:previous-speaker" ? prev!.np : null),
        speaker: method === "pattern:unattributed" ? null : prev!.speaker,
        cue: null,
        content,
        continues,
        method,
        confidence: conf,
        sentence,
        segment: seg,
      });
    }
  }

  /**
   * A run of whole-paragraph quotations without attribution, ended by a paragraph quotation that
   * has one ("“…,” he said."): the run is the same speaker's (newswire convention).
   */
  private speakerFromNextParagraph(): void {
    const ds = [...this.drafts].sort((a, b) => b.content.start - a.content.start);
    let next: Draft | null = null;
    for (const d of ds) {
      const para = this.sentences[d.sentence]?.paragraph ?? -1;
      const nextPara = next ? this.sentences[next.sentence]?.paragraph ?? -1 : -1;
      if (d.method === "pattern:unattributed" && next && next.speaker && next.type === "direct" && nextPara === para + 1 && next.segment && next.segment.open <= this.paragraphs[nextPara].start + 1 && d.segment && (d.segment.close < 0 || d.segment.close >= this.paragraphs[para].end - 2)) {
        d.speaker = next.speaker;
        d.np = next.np;
        d.method = "pattern:next-speaker";
        d.confidence = 0.55;
      }
      next = d;
    }
  }

  /** "…,” X said, according to The Times of Israel": the second source is a `via`. */
  private accordingToAsVia(): void {
    const bySentence = new Map<number, Draft[]>();
    for (const d of this.drafts) {
      const l = bySentence.get(d.sentence);
      if (l) l.push(d);
      else bySentence.set(d.sentence, [d]);
    }
    for (const list of bySentence.values()) {
      const acc = list.filter((d) => d.method.startsWith("pattern:according-to"));
      const others = list.filter((d) => !d.method.startsWith("pattern:according-to") && d.cue);
      if (!acc.length || !others.length) continue;
      for (const a of acc) {
        const host = others[0];
        host.via = { name: a.speaker?.name ?? "", span: a.speaker?.mention ?? a.cue! };
        this.drafts.splice(this.drafts.indexOf(a), 1);
      }
    }
  }

  private finish(): Quote[] {
    const ds = [...this.drafts].sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);
    // drop a quote whose content lies inside another's (keep the more confident)
    const kept: Draft[] = [];
    for (const d of ds) {
      const clash = kept.find((k) => d.content.start < k.content.end && k.content.start < d.content.end);
      if (!clash) {
        kept.push(d);
        continue;
      }
      if (d.confidence > clash.confidence) kept.splice(kept.indexOf(clash), 1, d);
    }
    kept.sort((a, b) => a.content.start - b.content.start);
    const ids = new Map<Draft, string>();
    kept.forEach((d, i) => ids.set(d, `q${i + 1}`));
    return kept.map((d) => {
      const q: Quote & { via?: { name: string; span: Span } } = {
        id: ids.get(d)!,
        type: d.type,
        speaker: d.speaker,
        cue: d.cue,
        content: { start: d.content.start, end: d.content.end, text: this.text.slice(d.content.start, d.content.end) },
        continues: d.continues ? ids.get(d.continues) ?? null : null,
        method: d.method,
        confidence: d.confidence,
      };
      if (d.via) q.via = d.via;
      return q;
    });
  }
}

function particlesOf(lemma: string): boolean {
  return !!PARTICLE_VERBS[lemma];
}

/** Finds direct, indirect and mixed quotes with their speakers, cues and contents. */
export function extractQuotes(doc: Readonly<NewsDocument>, paragraphs: readonly Paragraph[], sentences: readonly Sentence[], tokens: readonly Token[], entities: readonly Entity[], ctx: StageContext): Quote[] {
  return new QuoteFinder(doc.text, sentences, tokens, paragraphs, entities, ctx).run();
}

/** Stage: quotes. */
export const quotesStage: Stage<"quotes"> = {
  name: "quotes",
  requires: ["paragraphs", "sentences", "tokens", "entities"],
  produces: ["quotes"],
  run(doc, layers, ctx) {
    return { quotes: extractQuotes(doc, layers.paragraphs, layers.sentences, layers.tokens, layers.entities, ctx) };
  },
};
