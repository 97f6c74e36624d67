import type { Sentence, Token } from "../../types.js";
import type { CandidateFields } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";
import { DATELINE, insideSegment, isCueWord, segmentAround, segmentsIn, titleCaseHeadline, tokenSpan, trimContent } from "./QuoteContext.js";
import { finiteClause, onlyTrailing, ownAttribution, speakerDeclines } from "./phraseShapes.js";
import { nounPhraseStartingAt, WEEKDAYS, type TokenRange } from "./speakerPhrase.js";
import { ADDRESSEE_LEMMAS, CLAUSE_ENDING_PARTICIPLES, CLAUSE_ONLY_LEMMAS, DIRECTIVE_COMPLEMENTS, FRAGMENT_CUES, DIRECTIVE_LEMMAS, PARTICLE_VERBS, PHATIC_CONTENT } from "../../lexicons/en/reportingVerbs.js";
import { ADVERBIAL_STARTS, CLAUSE_OPENERS, FREE_RELATIVES, NON_SPEAKER_HEADS, SPEECH_OCCASIONS, STATEMENT_NOUNS_THAT, THATLESS_LEMMAS } from "../../lexicons/en/quoteWords.js";
import { REPORTING_FORMS } from "./cueLexicon.js";
import { endBeforeConjoinedCue } from "./endBeforeConjoinedCue.js";
import { clauseAroundAside } from "./clauseAroundAside.js";
import { accordingCueAt } from "./findAccordingTo.js";
import { clauseAfterAttribution } from "./clauseAfterAttribution.js";

/** Parts of speech that may follow a parenthetical cue before its closing comma: "said on Monday," "said in a statement,". */
const PARENTHETICAL_TAIL_POS = new Set(["ADP", "DET", "NOUN", "PROPN", "NUM", "ADV", "ADJ"]);

/**
 * Is token `k` (after the cue's end `after`) a participle modifying a noun rather than a verb of
 * its own: "in an interview published on Sunday", "reporters gathered outside", "in a televised
 * address"? Then a "that" after it still opens the reported clause.
 */
function modifyingParticiple(T: readonly Token[], k: number, after: number, addressee = false): boolean {
  const t = T[k];
  if (t.pos !== "VERB" || k <= after) return false;
  // (an occasion noun the tagger read as a verb: "in a televised address")
  if (SPEECH_OCCASIONS[t.norm] && T[k - 1] && (/^(DET|ADJ)$/.test(T[k - 1].pos) || /(ed|ing)$/.test(T[k - 1].norm))) return true;
  if (!/(ed|ing)$/.test(t.norm) || REPORTING_FORMS.has(t.norm)) return false;
  // ("told reporters before departing Doha that …": a participle after a preposition of time)
  if (/ing$/.test(t.norm) && /^(before|after|while|when|since|upon|on)$/.test(T[k - 1].norm)) return true;
  // (after its noun, past the cue's first word or the addressee; or between a determiner or
  // adjective and a noun)
  const noun = (i: number) => T[i]?.pos === "NOUN" || !!SPEECH_OCCASIONS[T[i]?.norm ?? ""];
  return ((k > after + 1 || addressee) && T[k - 1].pos === "NOUN") || (/^(DET|ADJ)$/.test(T[k - 1].pos) && noun(k + 1));
}

/** A cue found in a sentence: its tokens `[from, to)`, the first token after it, and the speaker phrase's position. */
export interface FoundCue {
  s: Sentence;
  /** The speaker phrase (for a speaker inherited later, where it would stand). */
  np: TokenRange;
  from: number;
  to: number;
  method: string;
  lemma: string;
  /** Where the complement starts when not right after the cue ("it was stated by the ministry that …"). */
  after?: number;
}

/**
 * The reported clause of a cue: "X said (that) …" (after the cue), "…, X said." (before it), or
 * "The deal, X said, could …" (around it). Returns the candidates in the order they are to be
 * tried: a parenthetical reading that claims quotations comes with the reading the rules fall
 * back on when another quote holds those quotations (both claim the cue, so at most one is kept).
 */
export function reportedClause(ctx: QuoteContext, f: FoundCue): CandidateFields[] {
  const T = ctx.tokens;
  const { s, np, lemma } = f;
  const after = f.after ?? f.to;
  // complement: skip adverbials up to "that"
  let c = after;
  let sawThat = false;
  // an aside between commas before "that": "said, citing intelligence reports, that …", "said,
  // according to Reuters, that …", "said, without providing evidence, that …"
  if (T[after]?.text === "," && !insideSegment(ctx, T[after].start)) {
    for (let k = after + 2; k < Math.min(after + 12, s.tokenEnd - 2); k++) {
      if (T[k].text !== ",") continue;
      if (T[k + 1].norm === "that" && T[k + 2].pos !== "VERB" && T[k + 2].pos !== "AUX" && !T.slice(after + 1, k).some((x) => /^[\u201C"\u201D;:]$/.test(x.text))) {
        c = k + 2;
        sawThat = true;
      }
      break;
    }
  }
  for (let k = after; !sawThat && k < Math.min(after + 14, s.tokenEnd); k++) {
    const t = T[k];
    if (modifyingParticiple(T, k, after, ADDRESSEE_LEMMAS.has(lemma))) continue;
    if (t.norm === "that" && (k === after || T[k - 1].pos !== "DET")) {
      const between = T.slice(after, k);
      // ("welcomed the ministry's announcement that …": the clause is the announcement's, see findNominalQuotes)
      if (between.some((x) => STATEMENT_NOUNS_THAT[x.norm]) && between.some((x) => /^('s|\u2019s)$/.test(x.norm))) return [];
      // ("held a hearing that lasted hours": after a noun, "that" + verb opens a relative clause)
      if (between.length && (T[k + 1]?.pos === "VERB" || T[k + 1]?.pos === "AUX")) break;
      if (between.every((x, j) => (x.pos !== "VERB" || modifyingParticiple(T, after + j, after, ADDRESSEE_LEMMAS.has(lemma))) && x.pos !== "AUX" && !/^[\u201C"]$/.test(x.text))) {
        c = k + 1;
        sawThat = true;
      }
      break;
    }
    if (t.pos === "VERB" || t.pos === "AUX" || /^[\u201C"\u201D]$/.test(t.text)) break;
  }
  const out: CandidateFields[] = [];
  if (!sawThat) {
    const p = parenthetical(ctx, f);
    if (p) {
      out.push(p);
      // (only quotations already claimed can reject it; without any it stands)
      if (!p.claims.length) return out;
    }
  }
  const reverse = (method: string) => {
    const r = reverseClause(ctx, f, np.from - 1, method);
    if (r) {
      out.push(r);
      // ("…, he said, and there was a shortage of rescuers": the coordinated clause is his too)
      const more = clauseAfterAttribution(ctx, f, "pattern:said-and-clause");
      if (more) out.push(more);
    }
    return out;
  };
  const afterMethod = f.method.replace("speaker-said", "speaker-said-after");
  if (!sawThat && T[np.from - 1]?.text === "," && np.from - 1 > s.tokenStart + 2 && onlyTrailing(ctx, after, s)) {
    // "The urgency …, Mr Zelenskiy said in a video address to the leaders."
    return reverse(afterMethod);
  }
  if (!sawThat) {
    if (ADDRESSEE_LEMMAS.has(lemma)) {
      const rec = nounPhraseStartingAt(T, c, s.tokenEnd);
      // ("told them the plan was approved": an object pronoun is the addressee)
      if (!rec && /^(me|us|you|him|her|them)$/.test(T[c]?.norm ?? "") && c + 1 < s.tokenEnd) c++;
      else if (rec) {
        // "told Al Jazeera the group had …": a determiner after a noun starts the complement
        // (in a title-case headline the recipient is one word: "Tells Reporters Deal Is Close")
        let to = titleCaseHeadline(ctx, s.index) ? Math.min(rec.to, rec.from + 1) : rec.to;
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
      // ("said at least 40 people died": a figure's qualifier, not an adverbial)
      if ((t.norm === "at" && /^(least|most)$/.test(T[c + 1]?.norm ?? "")) || (t.norm === "more" && T[c + 1]?.norm === "than")) break;
      // (a bare weekday: "said Monday the talks …", not "said Monday was the deadline")
      if (WEEKDAYS.has(t.norm) && t.norm !== "today" && T[c + 1] && T[c + 1].pos !== "VERB" && T[c + 1].pos !== "AUX" && T[c + 1].pos !== "ADP" && c + 1 < s.tokenEnd) {
        c++;
        continue;
      }
      if (!ADVERBIAL_STARTS[t.norm]) break;
      let k = c + 1;
      while (k < s.tokenEnd && (T[k].pos === "DET" || T[k].pos === "ADJ" || T[k].pos === "NUM" || T[k].norm === "'s" || (T[k].pos === "ADP" && T[k].norm === "on"))) k++;
      if (k < s.tokenEnd && (T[k].pos === "NOUN" || T[k].pos === "PROPN")) k++;
      else if (k === c + 1 && t.pos !== "ADV") break;
      c = k;
      if (T[c]?.text === ",") c++;
    }
    if (T[c]?.text === "," || T[c]?.text === ":") {
      if (/^[\u201C"]$/.test(T[c + 1]?.text ?? "")) return out; // direct quote, handled elsewhere
      c++;
    }
  }
  const midSentence = !sawThat && T[np.from - 1]?.text === "," && np.from - 1 > s.tokenStart && (T[after]?.text === "," || T[c]?.pos === "CCONJ" || adverbialThenAnd(T, after, s.tokenEnd));
  if (c >= s.tokenEnd || midSentence) {
    // nothing after the cue: "Israel is ready, the minister said."
    const before = np.from - 1;
    return before > s.tokenStart && T[before].text === "," ? reverse(afterMethod) : out;
  }
  // the rest must be a clause: a verb within it, a few words, not a greeting
  let endTok = s.tokenEnd;
  // a cue inside a quotation ("“…, he told me that Israel accepts the proposal,” Blinken said"):
  // the reported clause ends with the quotation
  const cueStart = T[f.from].start;
  const around = segmentAround(ctx, cueStart, T[f.to - 1].end);
  if (around) while (endTok > c + 1 && T[endTok - 1].start >= around.end) endTok--;
  // a cue inside a fronted adverbial clause ("Although Putin acknowledged that …, he continues
  // to …"): the reported clause ends at the comma before the main clause
  const inOpener = !!CLAUSE_OPENERS[T[s.tokenStart].norm] && !T.slice(s.tokenStart, f.from).some((x) => x.text === ",");
  for (let k = c; k < s.tokenEnd - 1; k++) {
    if (T[k].text !== ",") continue;
    if (inOpener && k > c + 1 && !insideSegment(ctx, T[k].start) && finiteClause(T.slice(k + 1, s.tokenEnd))) {
      endTok = k;
      break;
    }
    if (accordingCueAt(T, k + 1)) endTok = k;
    // ("X said the talks had failed, the state news agency reported": the relay's attribution
    // ends the clause; see relayAsVia)
    else if (k > c + 2 && !insideSegment(ctx, T[k].start) && trailingAttribution(ctx, k + 1, s)) {
      endTok = k;
      break;
    }
    // a participle clause of the writer's after the reported clause: "…, describing “…”"
    else if (k > c + 2 && CLAUSE_ENDING_PARTICIPLES.has(T[k + 1].norm) && !insideSegment(ctx, T[k].start)) {
      endTok = k;
      break;
    }
    // "Blinken, who said last week that a deal was close, arrived in Cairo": the relative clause
    // ends at the comma before the main clause's verb
    else if (f.method === "pattern:relative-who-said" && (T[k + 1].pos === "VERB" || T[k + 1].pos === "AUX") && !insideSegment(ctx, T[k].start)) {
      endTok = k;
      break;
    }
    // "He said he had not seen it, and when asked …, he said “…”": a coordinated clause with a
    // reporting verb and a subject of its own is another attribution, not part of this one
    // (also after "while", "whereas": "X said …, while the EMSC said …"; and the writer's "…, but
    // he declined to elaborate")
    else if (k > c && (((T[k + 1].norm === "and" || T[k + 1].norm === "but") && T[k + 1].pos === "CCONJ") || T[k + 1].norm === "while" || T[k + 1].norm === "whereas") && !insideSegment(ctx, T[k].start) && (ownAttribution(ctx, k + 2, endTok) || speakerDeclines(T, k + 2, endTok))) {
      endTok = k;
      break;
    }
  }
  // ("said the toll had jumped to 172 and warned that …": a second speech verb ends it)
  endTok = endBeforeConjoinedCue(ctx, f.from, c, endTok);
  const rest = T.slice(c, endTok);
  // ("Islamic State claimed responsibility for the attack": a claim of a deed, not a statement)
  if (lemma === "claim" && !sawThat && rest.slice(0, 3).some((t) => t.norm === "responsibility" || t.norm === "credit")) return out;
  const segs = segmentsIn(ctx, T[c].start, T[endTok - 1].end);
  // ("accusing the leader of playing an “egoistic game”": the quoted fragment is the quote, see findFragmentQuotes)
  if (!sawThat && segs.length && FRAGMENT_CUES.has(T[f.from].norm)) return out;
  // A directive, commissive or accusation with its complement and no quoted words ("urged
  // residents to leave", "vowed to rebuild", "accused X of …") is no quote: the gold guidelines
  // (test/gold/README.md) annotate these speech acts only when they carry quoted words, which
  // the reading below still takes ("urged both sides to “seize this moment”"). Recognising the
  // complement keeps it from being read as a reported clause.
  if (!sawThat && !segs.length && directiveComplement(rest, lemma, T[after - 1]?.norm ?? "")) return out;
  const hasQuote = segs.length > 0;
  const quoteFirst = hasQuote && segs[0].open <= T[c].start + 1;
  // ("acknowledged “shortcomings” in the response": quoted words without a verb as the verb's
  // object are the quote, not the rest of the sentence)
  if (quoteFirst && !sawThat && segs[0].close >= 0 && lemma !== "say" && lemma !== "tell") {
    const inner = T.slice(c + 1, endTok).filter((x) => x.end <= segs[0].end);
    if (inner.length && inner.length <= 6 && !inner.some((x) => x.pos === "VERB" || x.pos === "AUX") && T[endTok - 1].start > segs[0].close) {
      out.push({ type: "direct", np, cue: tokenSpan(ctx, f.from, f.to), cueToken: f.from, content: trimContent(ctx.text, segs[0].start, segs[0].end, false), claims: [segs[0]], rejectIf: "any", method: f.method.replace("pattern:", "pattern:object-fragment-"), confidence: [0.8, 0.65], sentence: s.index });
      return out;
    }
  }
  if (DIRECTIVE_LEMMAS.has(lemma) && !hasQuote) return out;
  // (a directive with quoted words is speech: "urged both sides to “seize this moment”")
  if (CLAUSE_ONLY_LEMMAS.has(lemma) && !(DIRECTIVE_LEMMAS.has(lemma) && hasQuote) && !sawThat && !quoteFirst && !f.method.startsWith("pattern:participle") && !(THATLESS_LEMMAS[lemma] && finiteClause(rest))) return out;
  if (!sawThat && !hasQuote && lemma !== "say" && !ADDRESSEE_LEMMAS.has(lemma) && lemma !== "add" && !(PARTICLE_VERBS[lemma] && T[after - 1] && PARTICLE_VERBS[lemma]?.includes(T[after - 1].norm))) {
    // (a noun phrase with a verb somewhere after it is no clause: "emphasized the need to
    // investigate", "underscored the priority of narrowing the deficit, which hit …")
    // ("claimed to have detained four men": an infinitive of having or being is a claim too)
    if (!finiteClause(rest) && !(rest[0]?.norm === "to" && /^(have|be)$/.test(rest[1]?.norm ?? ""))) return out;
  }
  // ("warned of an attack", "told us of the scenes": "of"/"about" + a noun phrase is a topic, not a statement)
  if (!sawThat && !hasQuote && /^(of|about)$/.test(rest[0]?.norm ?? "")) return out;
  // (a title-case headline's verbs are often tagged as names: "Says Israel Accepted Bridging Proposal")
  const headline = titleCaseHeadline(ctx, s.index) && rest.length >= 2 && rest[0].pos !== "ADP" && !/^(about|on|in|to|for|of|at|with)$/.test(rest[0].norm);
  // (after a complementizer "that" the rest is a clause even when the tagger found no verb in it:
  // "said that these span 21 states")
  const thatClause = sawThat && T[c - 1]?.norm === "that" && T[c - 1].pos === "SCONJ" && /^(DET|PRON|NOUN|PROPN|NUM|ADJ)$/.test(rest[0]?.pos ?? "") && rest.filter((x) => x.pos !== "PUNCT").length >= 4;
  if (!headline && (rest.length < 3 || (!rest.some((x) => x.pos === "VERB" || x.pos === "AUX") && !hasQuote && !(lemma === "call") && !thatClause))) {
    // "Blinken said goodbye" — but a remaining quote is still content
    if (!hasQuote) {
      const before = np.from - 1;
      if (before > s.tokenStart && T[before].text === "," && (onlyTrailing(ctx, c, s) || onlyTrailing(ctx, after, s))) return reverse(afterMethod);
      return out;
    }
  }
  const restText = ctx.text.slice(T[c].start, T[endTok - 1].end).toLowerCase();
  if (PHATIC_CONTENT.some((p) => restText.startsWith(p))) return out;
  // ("vowed to rebuild the bridge": the content is what is vowed, without "to")
  if (DIRECTIVE_LEMMAS.has(lemma) && !sawThat && T[c].norm === "to" && c + 1 < endTok) c++;
  const content = trimContent(ctx.text, T[c].start, T[endTok - 1].end, true);
  const fullyQuoted = segs.length === 1 && segs[0].start - 1 <= content.start && segs[0].end + 1 >= content.end - 1;
  out.push({
    type: fullyQuoted ? "direct" : hasQuote ? "mixed" : "indirect",
    np,
    cue: tokenSpan(ctx, f.from, f.to),
    cueToken: f.from,
    content: fullyQuoted ? trimContent(ctx.text, segs[0].start, segs[0].end, false) : content,
    claims: segs,
    // (a lone quotation opening the clause that another quote holds rejects it; other quotations are shared)
    rejectIf: segs.length === 1 && segs[0].start <= T[c].start + 1 ? "any" : "none",
    method: f.method,
    confidence: [0.8, 0.65],
    sentence: s.index,
  });
  return out;
}

/** "…, the state news agency reported.": a noun phrase, a cue and nothing but adverbials after it, from token `i`. */
function trailingAttribution(ctx: QuoteContext, i: number, s: Sentence): boolean {
  const T = ctx.tokens;
  const np = nounPhraseStartingAt(T, i, s.tokenEnd);
  if (!np) return false;
  // ("CNN reports": a cue tagged as a noun ends the phrase)
  const cue = np.to - 1 > i && isCueWord(ctx, np.to - 1) ? np.to - 1 : np.to;
  return cue < s.tokenEnd && isCueWord(ctx, cue) && onlyTrailing(ctx, cue + 1, s);
}

/** "said by telephone, and …": a short adverbial after the cue, then ", and". */
function adverbialThenAnd(T: readonly Token[], after: number, max: number): boolean {
  let k = after;
  while (k < max && k < after + 6 && PARENTHETICAL_TAIL_POS.has(T[k].pos)) k++;
  return k > after && T[k]?.text === "," && T[k + 1]?.pos === "CCONJ";
}

const NP_START = new Set(["DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"]);

/**
 * Is `rest` the complement of directive `lemma` (see `DIRECTIVE_COMPLEMENTS`)? `particle` is the
 * word after the verb ("called on" takes an object and "to", "called for" a noun phrase).
 */
function directiveComplement(rest: readonly Token[], lemma: string, particle: string): boolean {
  const shapes = DIRECTIVE_COMPLEMENTS[lemma];
  if (!shapes || rest.length < 2) return false;
  const infinitive = (i: number) => rest[i]?.norm === "to" && (rest[i + 1]?.pos === "VERB" || rest[i + 1]?.pos === "AUX" || (rest[i + 1]?.pos === "ADV" && rest[i + 2]?.pos === "VERB"));
  /** The index after an object noun phrase at the start (at most 8 tokens, no verb), or -1. */
  const objectEnd = (stop: string) => {
    if (!NP_START.has(rest[0].pos)) return -1;
    for (let i = 1; i < Math.min(rest.length, 9); i++) {
      if (rest[i].norm === stop) return i;
      if (rest[i].pos === "VERB" || rest[i].pos === "AUX" || rest[i].text === "," || rest[i].pos === "PUNCT") return -1;
    }
    return -1;
  };
  for (const shape of shapes) {
    if (lemma === "call" && (shape === "object") !== (particle === "for")) continue;
    if (shape === "to" && infinitive(0)) return true;
    if (shape === "object-to") {
      const e = objectEnd("to");
      if (e > 0 && infinitive(e)) return true;
    }
    if (shape === "object-of") {
      const e = objectEnd("of");
      if (e > 0 && rest[e + 1] && (rest[e + 1].pos === "VERB" || NP_START.has(rest[e + 1].pos))) return true;
    }
    // "demanded the release of …", "called for a ceasefire": a noun phrase, not a clause
    if (shape === "object" && NP_START.has(rest[0].pos) && rest[0].pos !== "PRON" && !rest.slice(0, 6).some((t) => t.pos === "AUX")) return true;
  }
  return false;
}

/** Content before the attribution ending at the comma `commaTok`: "Israel is ready, the minister said." */
export function reverseClause(ctx: QuoteContext, f: Pick<FoundCue, "s" | "np" | "from" | "to">, commaTok: number, method: string): CandidateFields | null {
  const T = ctx.tokens;
  const s = f.s;
  if (commaTok - s.tokenStart < 3) return null;
  let from = T[s.tokenStart].start;
  const dateline = DATELINE.exec(ctx.text.slice(from, T[commaTok].start));
  if (dateline) from += dateline[0].length;
  const content = trimContent(ctx.text, from, T[commaTok].start, false);
  const segs = segmentsIn(ctx, content.start - 1, content.end + 1);
  if (!T.slice(s.tokenStart, commaTok).some((x) => x.pos === "VERB" || x.pos === "AUX")) return null;
  return { type: segs.length ? "mixed" : "indirect", np: f.np, cue: tokenSpan(ctx, f.from, f.to), cueToken: f.from, content, claims: segs, rejectIf: "any", method, confidence: [0.75, 0.6], sentence: s.index };
}

/**
 * A reporting clause set off by commas inside the reported one: "The deal, the ministry said,
 * could collapse within days." The words before it are a subject without a verb and the words
 * after it go on with the predicate, so the content is the whole sentence (one span, the
 * attribution inside it). After a short adverbial opener ("Overall, she said, a number of …
 * are …") the clause after the aside is the content. Adverbials may follow the cue ("said on
 * Monday,"). Null when the sentence is not of that shape.
 */
function parenthetical(ctx: QuoteContext, f: FoundCue): CandidateFields | null {
  const T = ctx.tokens;
  const { s, np } = f;
  const after = f.to;
  const open = np.from - 1;
  if (open <= s.tokenStart || T[open].text !== ",") return null;
  const subject = T.slice(s.tokenStart, open);
  // (a clause opened by "what", "whatever", "whether" … is a subject too, verbs and all; one
  // opened by "when", "if", "after" … is an adverbial of the clause after the aside)
  const nounClause = !!FREE_RELATIVES[subject[0].norm];
  const adverbialClause = !!CLAUSE_OPENERS[subject[0].norm];
  let close = after;
  while (close < s.tokenEnd && close < after + 6 && T[close].text !== "," && PARENTHETICAL_TAIL_POS.has(T[close].pos)) close++;
  if (subject.some((x) => x.text === "," || /^[\u201C\u201D"]$/.test(x.text))) return null;
  if (!nounClause && !adverbialClause && subject.some((x) => x.pos === "VERB" || x.pos === "AUX")) return clauseAroundAside(ctx, f, close);
  if (T[close]?.text !== ",") return null;
  let v = close + 1;
  if (T[v]?.pos === "ADV") v++;
  if (!T[v] || T[v].sentence !== s.index) return null;
  // the predicate of the subject before the aside ("The deal, the ministry said, could …"), or,
  // after a short adverbial opener, a clause of its own ("Overall, she said, a number of … are …")
  const predicate = !adverbialClause && (T[v].pos === "VERB" || T[v].pos === "AUX");
  const clauseAfter = finiteClause(T.slice(close + 1, s.tokenEnd));
  // (a prepositional opener may be longer: "In the three years since the Sandy Hook shootings, Barden says, …")
  const opener = !nounClause && !adverbialClause && (subject.length <= 4 || (subject[0].pos === "ADP" && subject.length <= 12)) && clauseAfter;
  if (adverbialClause && !clauseAfter) return null;
  if (!predicate && !opener && !adverbialClause) return null;
  let from = T[s.tokenStart].start;
  const dateline = DATELINE.exec(ctx.text.slice(from, T[open].start));
  if (dateline) from += dateline[0].length;
  // (after an adverbial opener the clause alone is the content: "Of that total, the agency says, more than …";
  // an adverbial clause stays in it: "When the talks resume, she said, both sides will …")
  if (!predicate && !adverbialClause) from = T[close + 1].start;
  const content = trimContent(ctx.text, from, s.end, true);
  const segs = segmentsIn(ctx, content.start, content.end);
  return { type: segs.length ? "mixed" : "indirect", np, cue: tokenSpan(ctx, f.from, f.to), cueToken: f.from, content, claims: segs, rejectIf: "any", method: f.method.replace("speaker-said", "speaker-said-parenthetical"), confidence: [0.75, 0.6], sentence: s.index };
}
