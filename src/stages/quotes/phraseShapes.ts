import type { Sentence, Token } from "../../types.js";
import type { QuoteContext } from "./QuoteContext.js";
import { insideSegment, namesSomeone, negated, subjectStart, tokenAt } from "./QuoteContext.js";
import { REPORTING_FORMS } from "./cueLexicon.js";
import { ISSUED_DOCUMENTS, ISSUING_PARTICIPLES } from "../../lexicons/en/reportingVerbs.js";
import { PERSON_DESCRIPTION_HEADS, ROLES } from "../../lexicons/en/titles.js";
import { PERSON_HEADS as DESCRIBED_PERSON_HEADS } from "../../lexicons/en/descriptors.js";
import { APPOSITION_ROLE_HEADS, CLAUSE_OPENERS, FINITE_AUX, HEAD_ENDING_PREPOSITIONS, NON_SPEAKER_HEADS, SENDING_VERBS } from "../../lexicons/en/quoteWords.js";
import { TIME_NOUNS, nounPhraseEndingAt, nounPhraseStartingAt, type TokenRange } from "./speakerPhrase.js";

// Shapes of phrases around cues and speakers, read from tokens and mentions only.

const PERSON_HEADS = new Set(PERSON_DESCRIPTION_HEADS);
/** One-word heads of a description of one person that an appositive name may follow. */
const ROLE_HEADS = new Set([
  ...PERSON_DESCRIPTION_HEADS,
  ...DESCRIBED_PERSON_HEADS,
  ...Object.keys(APPOSITION_ROLE_HEADS),
  ...ROLES.flatMap((r) => r.aliases).filter((a) => /^[a-z-]+$/.test(a)),
]);
export const STATEMENT_HEADS = new Set(ISSUED_DOCUMENTS);
const ISSUED = new Set(ISSUING_PARTICIPLES);
const TIME_WORD = `(?:${[...TIME_NOUNS].join("|")})`;
/**
 * What may follow "…, the minister said" in the same sentence: a time ("Friday", "on Tuesday",
 * "late on Monday"), a place or occasion ("in a statement", "from Turkey"), the relay ("by IRNA"), "according
 * to …" or the relay's source (", quoting the weather service Vigicrues"), a relative clause about the speaker (", who spoke on condition of anonymity", "a police
 * officer who requested anonymity"), or a contrasting clause of
 * the writer's (", while more than 92,000 have been wounded").
 */
const TRAILING_AFTER_ATTRIBUTION = new RegExp(
  `^\\s*(?:(?:on|in|at|by|from|late|early|earlier|later)\\s+[\\w\\s'-]{0,40}?|(?:(?:last|this|on|late|early)\\s+)?${TIME_WORD}(?:\\s+(?:morning|afternoon|evening|night))?)?\\s*(?:,\\s*according to[^.]*|,\\s*(?:quoting|citing)\\s[^.]*|,?\\s*(?:who|which)\\s[^.]*|,\\s*(?:while|whereas)\\s[^.]*)?[.!?\\u201D"]*\\s*$`,
  "i",
);

/**
 * Steps left over an aside between a speaker and the cue, ending at token `e`: a bracketed tag
 * ("Sen. Rand Paul (R-Ky.) said") or an age between commas ("Sarandon, 69, told"). Returns the
 * index of the token before the aside (or `e` when there is none); `min` bounds the scan.
 */
export function skipAside(T: readonly Token[], e: number, min: number): number {
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

/** The comma that opens an apposition closed by the comma at token `e` ("X, a name, said"), or -1. */
export function openingComma(T: readonly Token[], e: number, s: Sentence): number {
  let c2 = e - 1;
  while (c2 > s.tokenStart && T[c2].text !== ",") c2--;
  if (T[c2]?.text !== ",") return -1;
  // "Roxana Leon, 63, an independent voter, said": the age is an aside of the name
  const aside = skipAside(T, c2, s.tokenStart);
  return aside < c2 ? aside + 1 : c2;
}

/**
 * The comma opening an aside that ends at the comma `e` before a cue and starts with a
 * preposition, "whose" or a participle ("X, during a town hall meeting in Columbus, Ohio, said",
 * "X, whose hometown, Miami, …, argues", "X, reporting from Amman, Jordan, said") or a past
 * participle with "by" ("The letter, signed by 40 MPs, said"); -1 when there is none within 20 tokens.
 */
export function asideOpening(T: readonly Token[], e: number, s: Sentence): number {
  for (let c = e - 1; c > s.tokenStart && c >= e - 20; c--) {
    if (T[c].text !== ",") continue;
    const next = T[c + 1];
    if (next && ((next.pos === "ADP" && next.norm !== "of") || next.norm === "whose" || (next.pos === "VERB" && /ing$/.test(next.norm) && (!REPORTING_FORMS.has(next.norm) || next.norm === "reporting")))) return c;
    // a past participle with its agent: "The letter, signed by 40 MPs, said"
    if (next && next.pos === "VERB" && /ed$/.test(next.norm) && T[c + 2]?.norm === "by") return c;
  }
  return -1;
}

/** The noun phrase filling the apposition between the commas at tokens `c2` and `e`, or null. */
export function appositionPhrase(T: readonly Token[], c2: number, e: number): TokenRange | null {
  const inner = nounPhraseStartingAt(T, c2 + 1, e);
  return inner && inner.to === e ? inner : null;
}

/** True when nothing but adverbials and punctuation follow token `i` in the sentence. */
export function onlyTrailing(ctx: QuoteContext, i: number, s: Sentence): boolean {
  const rest = ctx.text.slice(ctx.tokens[i]?.start ?? s.end, s.end);
  return TRAILING_AFTER_ATTRIBUTION.test(rest) || rest.trim() === "";
}

/** "…, said Ana Lima, the foreign minister.": a noun phrase after `np` ends the sentence. */
export function trailingApposition(ctx: QuoteContext, np: TokenRange, s: Sentence): boolean {
  if (ctx.tokens[np.to]?.text !== ",") return false;
  const app = nounPhraseStartingAt(ctx.tokens, np.to + 1, s.tokenEnd);
  return app !== null && onlyTrailing(ctx, app.to, s);
}

/** "said the head of their delegation, Getachew Reda": prefer the named apposition. */
export function withApposition(ctx: QuoteContext, np: TokenRange | null, s: Sentence): TokenRange | null {
  const T = ctx.tokens;
  if (!np || T[np.to]?.text !== ",") return np;
  const app = nounPhraseStartingAt(T, np.to + 1, s.tokenEnd);
  if (!app) return np;
  const hasName = ctx.mentions.inside(T[app.from].start, T[app.to - 1].end).some((m) => m.entity.type === "PER" && m.mention.kind === "name");
  // (or any name after a description of one office-holder: "said the prefect of Aude, Alain
  // Thirion", whatever type the entities stage gave the name)
  return (hasName || namedHolder(ctx, np, app)) && onlyTrailing(ctx, app.to, s) ? app : np;
}

/** Is `word` (lower case) the head of a description of a person ("official", "spokesman", "head")? */
export const personHead = (word: string): boolean => ROLE_HEADS.has(word) || ROLE_HEADS.has(word.replace(/s$/, ""));

/**
 * Is `name` a name given in apposition to `description`, a phrase headed by a lower-case noun
 * for one office-holder ("the head of the Election Commission, K.M. Nurul Huda", "the prefect of
 * Aude, Alain Thirion", "Company chairman, John Warnock")? The name must be covered by one name
 * mention of any type (the entities stage may type a foreign name as an organisation).
 */
export function namedHolder(ctx: QuoteContext, description: TokenRange, name: TokenRange): boolean {
  const T = ctx.tokens;
  let head = description.to - 1;
  for (let i = description.from + 1; i < description.to; i++) {
    if (HEAD_ENDING_PREPOSITIONS[T[i].norm]) {
      head = i - 1;
      break;
    }
  }
  if (head < description.from || !/^\p{Ll}/u.test(T[head].text) || !ROLE_HEADS.has(T[head].norm)) return false;
  if (!/^\p{Lu}/u.test(T[name.from].text)) return false;
  const start = T[name.from].start;
  const end = T[name.to - 1].end;
  return ctx.mentions.inside(start, end).some((m) => m.mention.kind === "name" && m.mention.start === start && m.mention.end === end);
}

/**
 * Was the mention at `[start, end)` given as a name in apposition to a description of one
 * office-holder ("the head of the Election Commission, K.M. Nurul Huda, told")? Then it names a
 * person, whatever type the entities stage gave it.
 */
export function heldOfficeAt(ctx: QuoteContext, start: number, end: number): boolean {
  const T = ctx.tokens;
  const from = tokenAt(ctx, start);
  let to = from;
  while (to < T.length && T[to].end <= end) to++;
  if (from < 2 || T[from - 1]?.text !== "," || to <= from) return false;
  const s = ctx.sentences[T[from].sentence];
  const description = s ? nounPhraseEndingAt(T, from - 2, s.tokenStart) : null;
  return description !== null && namedHolder(ctx, description, { from, to });
}

/** "it had sent envoys …", "direct talks … would start …": a subject and a finite auxiliary. */
export function finiteClause(rest: readonly Token[]): boolean {
  if (!rest.length || !/^(PRON|DET|NOUN|PROPN|ADJ|NUM)$/.test(rest[0].pos) || rest[0].norm === "that") return false;
  for (let i = 1; i < Math.min(rest.length, 12); i++) {
    const t = rest[i];
    if (t.text === "," || t.text === "." || /^[\u201C"]$/.test(t.text)) return false;
    // ("a plan that would cut taxes", "a plan which …": the noun phrase has a relative clause, no predicate)
    if (/^(that|which|who)$/.test(t.norm)) return false;
    // ("any involvement before ISIS claimed it": the verb is an adverbial clause's, after the noun phrase)
    if (CLAUSE_OPENERS[t.norm]) return false;
    if (FINITE_AUX[t.norm]) return i >= 1;
    // (a past tense after its subject too: "the concert hall suffered …", not a participle with
    // its agent: "a plan approved by parliament")
    const past = /ed$/.test(t.norm) && rest[i + 1]?.norm !== "by";
    if (t.pos === "VERB" && (!/(ing|ed)$/.test(t.norm) || past) && i <= 6 && rest[i - 1].pos !== "DET" && rest[i - 1].pos !== "ADP") return /^(NOUN|PROPN|PRON)$/.test(rest[i - 1].pos);
  }
  return false;
}

/** "US Ambassador to the UN", "Expert at Nottingham Trent University in the U.K." before a name: capitalised words and linking words only. */
export function titleRun(T: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = T[i];
    if (!/^[A-Z]/.test(t.text) && !/^(to|of|for|the|at|in|'s|\u2019s|-)$/.test(t.norm)) return false;
  }
  return to > from;
}

/** True when the token range is covered by a person's name mention. */
export function isPersonName(ctx: QuoteContext, r: TokenRange): boolean {
  const start = ctx.tokens[r.from].start;
  const end = ctx.tokens[r.to - 1].end;
  return ctx.mentions.inside(start, end).some((m) => m.entity.type === "PER" && m.mention.kind === "name" && m.mention.end - m.mention.start >= (end - start) / 2);
}

/**
 * A definite description of one person: "the" + words + a head from `PERSON_DESCRIPTION_HEADS`
 * ("The U.S. secretary of state", "the African Union mediator"), with no name or "of"-phrase
 * after the head that would name someone else.
 */
export function isPersonDescription(T: readonly Token[], np: TokenRange): boolean {
  if (np.to - np.from < 2 || T[np.from].norm !== "the") return false;
  let head = np.to - 1;
  // "secretary of state", "negotiator in the trade talks": the head is before the preposition
  for (let i = np.from + 1; i < np.to; i++) {
    if (HEAD_ENDING_PREPOSITIONS[T[i].norm]) {
      head = i - 1;
      break;
    }
  }
  if (head <= np.from) return false;
  const h = T[head].norm;
  if (!PERSON_HEADS.has(h) && !PERSON_HEADS.has(`${T[head - 1].norm} ${h}`)) return false;
  // the rest after the preposition must be lower-case words (no name: "the leader of Hamas" is not resolved here)
  for (let i = head + 1; i < np.to; i++) if (/^\p{Lu}/u.test(T[i].text)) return false;
  return true;
}

/**
 * When `np` is the object of a verb ("emailed supporters", "released a statement") right before a
 * participle cue, the verb's subject when it names someone (a mention or a pronoun); else null.
 */
export function subjectOfObject(ctx: QuoteContext, np: TokenRange, s: Sentence): TokenRange | null {
  const T = ctx.tokens;
  let v = np.from - 1;
  // ("released official and final figures from the outcome of the polls confirming …": back over
  // the object's complements to the verb)
  for (let j = v; j > s.tokenStart && j > np.from - 16 && T[v].pos !== "VERB"; j--) {
    if (T[j].pos === "VERB") v = j;
    else if (!/^(DET|ADJ|NOUN|PROPN|NUM|ADP|CCONJ|PART)$/.test(T[j].pos)) break;
  }
  if (v <= s.tokenStart || T[v].pos !== "VERB") return null;
  // only a verb of sending words or an object that carries them: "met protesters saying …" is the
  // protesters' ("released final figures from the polls confirming …": the head before its complement)
  const carries = T.slice(v + 1, np.to).some((t) => STATEMENT_HEADS.has(t.norm));
  if (!SENDING_VERBS[T[v].norm] && !carries) return null;
  const subj = nounPhraseStartingAt(T, subjectStart(ctx, s, v), v);
  if (!subj || subj.to > v) return null;
  const names = ctx.mentions.inside(T[subj.from].start, T[subj.to - 1].end).length > 0;
  // (or any noun that can speak issuing a statement: "The commission released final figures …")
  return names || /^(he|she|it|they|we)$/.test(T[subj.from].norm) || isPersonDescription(T, subj) || (carries && (SENDING_VERBS[T[v].norm] || ISSUED.has(T[v].norm)) && speakerLike(ctx, subj)) ? subj : null;
}

/** Does a finite clause follow cue token `k` in sentence `s` ("said both parties agreed")? A ", adding …" participle does not count. */
export function clauseAfter(T: readonly Token[], k: number, s: Sentence): boolean {
  for (let i = k + 1; i < s.tokenEnd; i++) {
    if (/^[\u201C"]$/.test(T[i].text)) return false;
    if ((T[i].pos === "VERB" || T[i].pos === "AUX") && !(/ing$/.test(T[i].norm) && T[i - 1].text === ",")) return true;
  }
  return false;
}

/** Is there a verb before the quotation's opening mark `open` in its sentence ("He calls her “…”")? */
export function verbBefore(ctx: QuoteContext, open: number): boolean {
  const T = ctx.tokens;
  const first = tokenAt(ctx, open);
  const s = ctx.sentences[T[first]?.sentence ?? -1];
  if (!s) return false;
  for (let i = s.tokenStart; i < first; i++) if (T[i].pos === "VERB") return true;
  return false;
}

/** Is the cue at `k` followed by a comma or colon and an opening quotation mark ("He adds, “…")? */
export function introducesQuote(T: readonly Token[], k: number): boolean {
  return (T[k + 1]?.text === "," || T[k + 1]?.text === ":") && /^[\u201C"]$/.test(T[k + 2]?.text ?? "") && T[k + 2].sentence === T[k].sentence;
}

/** Is there a reporting verb with a subject right before it ("he said") among tokens `from..to`, outside quotations? */
export function ownAttribution(ctx: QuoteContext, from: number, to: number): boolean {
  const T = ctx.tokens;
  for (let j = from + 1; j < to; j++) {
    const p = T[j - 1].pos;
    if ((p === "PRON" || p === "PROPN" || p === "NOUN") && REPORTING_FORMS.has(T[j].norm) && T[j].pos === "VERB" && !negated(ctx, j, from) && !insideSegment(ctx, T[j].start)) return true;
  }
  return false;
}

/** A noun phrase that can speak: it names someone, or it is headed by a noun that is no text, arrangement or time ("authorities"). */
export function speakerLike(ctx: QuoteContext, np: TokenRange): boolean {
  const head = ctx.tokens[np.to - 1];
  return namesSomeone(ctx, np) || ((head.pos === "NOUN" || head.pos === "PROPN") && !NON_SPEAKER_HEADS[head.norm] && !TIME_NOUNS.has(head.norm));
}

/**
 * "…, but he, too, declined to elaborate", "but she did not give details": from token `i`, a
 * pronoun and a refusal to say more, the writer's words after a reported clause (before `end`).
 */
export function speakerDeclines(T: readonly Token[], i: number, end: number): boolean {
  if (!/^(he|she|they)$/.test(T[i]?.norm ?? "")) return false;
  let k = i + 1;
  while (k < end && (T[k].text === "," || T[k].pos === "ADV")) k++;
  const w = T[k]?.norm ?? "";
  if (/^(declined|refused|did)$/.test(w) && /^(to|not|n't)$/.test(T[k + 1]?.norm ?? "")) return true;
  return /^(gave|offered|provided)$/.test(w) && T[k + 1]?.norm === "no";
}
